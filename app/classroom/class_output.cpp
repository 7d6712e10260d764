// Writing the class analysis as JSON and CSV.
#include "app/classroom/class_output.h"

#include <cmath>
#include <cstdio>
#include <optional>

#include "content/json/writer.h"

namespace summit::classroom {
namespace {

using content::json::Writer;

void WriteStudent(Writer& out, const StudentRow& row) {
    out.StartObject();
    out.Field("name", row.name);
    out.Field("id", row.id);
    out.Field("file", row.file);
    out.Field("questions", row.questions);
    out.Field("started", row.started);
    out.Field("mastered", row.mastered);
    out.Field("due", row.due);
    out.Field("attempts", row.attempts);
    out.Field("correct", row.correct);
    out.Key("accuracy").Fixed(row.accuracy);
    out.Key("first_try_score").Fixed(row.first_try_score);
    out.Field("time_ms", row.time_ms);
    out.Field("last_active_ms", row.last_active_ms);
    out.Key("quiz_scores").StartArray();
    for (double score : row.quiz_scores) {
        out.Fixed(score);
    }
    out.EndArray();
    out.Field("summary", row.summary);
    out.EndObject();
}

void WriteItem(Writer& out, const ItemRow& item) {
    out.StartObject();
    out.Field("id", item.id);
    out.Field("type", item.type);
    out.Field("topic", item.topic);
    out.Field("prompt", item.prompt);
    out.Field("students", item.figures.students);
    out.Key("facility").Fixed(item.figures.facility);
    out.Key("sd").Fixed(item.figures.sd);
    out.Key("discrimination_index").Fixed(item.figures.discrimination);
    out.Key("discriminative_efficiency").Fixed(item.figures.efficiency);
    out.Key("options").StartArray();
    for (const OptionShare& option : item.options) {
        out.StartObject();
        out.Field("text", option.text);
        out.Field("correct", option.correct);
        out.Field("count", option.count);
        out.Key("share").Fixed(option.share);
        out.EndObject();
    }
    out.EndArray();
    out.Key("flags").StartArray();
    for (const std::string& flag : item.flags) {
        out.String(flag);
    }
    out.EndArray();
    out.Field("changed", item.changed);
    out.Key("versions").StartArray();
    for (const std::string& version : item.versions) {
        out.String(version);
    }
    out.EndArray();
    out.EndObject();
}

std::string CsvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string quoted = "\"";
    for (char c : text) {
        quoted += c == '"' ? "\"\"" : std::string(1, c);
    }
    return quoted + "\"";
}

std::string CsvNumber(const std::optional<double>& value) {
    if (!value || !std::isfinite(*value)) {
        return "";
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", *value);
    return text;
}

}  // namespace

std::string ClassJson(const ClassAnalysis& analysis, const std::vector<RejectedReport>& rejected) {
    Writer out;
    out.StartObject();
    out.Field("deck", analysis.deck);
    out.Field("now_ms", analysis.now_ms);
    out.Key("students").StartArray();
    for (const StudentRow& row : analysis.students) {
        WriteStudent(out, row);
    }
    out.EndArray();
    out.Key("items").StartArray();
    for (const ItemRow& item : analysis.items) {
        WriteItem(out, item);
    }
    out.EndArray();
    out.Key("topics").StartArray();
    for (const TopicRow& topic : analysis.topics) {
        out.StartObject();
        out.Field("topic", topic.topic);
        out.Field("questions", topic.questions);
        out.Key("started").Fixed(topic.started);
        out.Key("mastered").Fixed(topic.mastered);
        out.EndObject();
    }
    out.EndArray();
    out.Key("bank_versions").StartArray();
    for (const BankVersionCount& bank : analysis.bank_versions) {
        out.StartObject();
        out.Field("bank", bank.bank);
        out.Field("version", bank.version);
        out.Field("students", bank.students);
        out.EndObject();
    }
    out.EndArray();
    out.Field("changed_items", analysis.changed_items);
    out.Key("score_histogram").StartArray();
    for (int count : analysis.score_histogram) {
        out.Int(count);
    }
    out.EndArray();
    out.Key("notes").StartArray();
    for (const std::string& note : analysis.notes) {
        out.String(note);
    }
    out.EndArray();
    out.Key("rejected").StartArray();
    for (const RejectedReport& bad : rejected) {
        out.StartObject();
        out.Field("file", bad.file.filename().string());
        out.Field("reason", bad.reason);
        out.EndObject();
    }
    out.EndArray();
    out.EndObject();
    return out.str();
}

std::string StudentsCsv(const ClassAnalysis& analysis) {
    std::string csv =
        "name,id,questions,started,mastered,due,attempts,correct,accuracy,first_try_score,"
        "time_ms,last_active_ms,quiz_scores,summary\n";
    for (const StudentRow& row : analysis.students) {
        std::string quizzes;
        for (double score : row.quiz_scores) {
            quizzes += (quizzes.empty() ? "" : " ") + CsvNumber(score);
        }
        csv += CsvField(row.name) + "," + CsvField(row.id) + "," + std::to_string(row.questions) +
               "," + std::to_string(row.started) + "," + std::to_string(row.mastered) + "," +
               std::to_string(row.due) + "," + std::to_string(row.attempts) + "," +
               std::to_string(row.correct) + "," + CsvNumber(row.accuracy) + "," +
               CsvNumber(row.first_try_score) + "," + std::to_string(row.time_ms) + "," +
               std::to_string(row.last_active_ms) + "," + quizzes + "," + CsvField(row.summary) +
               "\n";
    }
    return csv;
}

std::string ItemsCsv(const ClassAnalysis& analysis) {
    std::string csv =
        "id,type,topic,students,facility,sd,discrimination_index,discriminative_efficiency,"
        "changed,flags,prompt\n";
    for (const ItemRow& item : analysis.items) {
        std::string flags;
        for (const std::string& flag : item.flags) {
            flags += (flags.empty() ? "" : "; ") + flag;
        }
        const ItemFigures& f = item.figures;
        csv += CsvField(item.id) + "," + item.type + "," + CsvField(item.topic) + "," +
               std::to_string(f.students) + "," + CsvNumber(f.facility) + "," + CsvNumber(f.sd) +
               "," + CsvNumber(f.discrimination) + "," + CsvNumber(f.efficiency) + "," +
               (item.changed ? "yes" : "no") + "," + CsvField(flags) + "," + CsvField(item.prompt) +
               "\n";
    }
    return csv;
}

}  // namespace summit::classroom
