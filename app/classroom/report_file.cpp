// Writing and reading the class report file: the envelope, the checksum, and the body's members.
#include "app/classroom/report_file.h"

#include "app/classroom/report_reader.h"
#include "content/json/json.h"
#include "content/json/writer.h"
#include "content/richtext/sha256.h"

namespace summit::classroom {
namespace {

using content::json::Writer;

void WriteFirst(Writer& out, const FirstAnswer& first) {
    out.StartObject();
    out.Field("time_ms", first.time_ms);
    out.Field("correct", first.correct);
    out.Field("answer", first.answer);
    out.Key("chosen").StartArray();
    for (int index : first.chosen) {
        out.Int(index);
    }
    out.EndArray();
    out.Field("duration_ms", first.duration_ms);
    out.EndObject();
}

void WriteQuestion(Writer& out, const QuestionRecord& question) {
    out.StartObject();
    out.Field("id", question.id);
    out.Field("type", question.type);
    out.Field("topic", question.topic);
    out.Field("prompt", question.prompt);
    out.Field("version", question.version);
    out.Key("options").StartArray();
    for (const std::string& option : question.options) {
        out.String(option);
    }
    out.EndArray();
    out.Key("correct_options").StartArray();
    for (int index : question.correct_options) {
        out.Int(index);
    }
    out.EndArray();
    out.Field("attempts", question.attempts);
    out.Field("correct", question.correct);
    out.Field("time_ms", question.time_ms);
    out.Field("last_ms", question.last_ms);
    out.Key("first");
    if (question.first) {
        WriteFirst(out, *question.first);
    } else {
        out.Null();
    }
    out.Field("phase", question.phase);
    out.Field("stability", question.stability);
    out.Field("retrievability", question.retrievability);
    out.Field("due_ms", question.due_ms);
    out.EndObject();
}

void WriteQuiz(Writer& out, const QuizRecord& quiz) {
    out.StartObject();
    out.Field("started_ms", quiz.started_ms);
    out.Field("finished_ms", quiz.finished_ms);
    out.Field("score", quiz.score);
    out.Field("max_score", quiz.max_score);
    out.Key("items").StartArray();
    for (const QuizRecord::Item& item : quiz.items) {
        out.StartObject().Field("id", item.id).Field("score", item.score).EndObject();
    }
    out.EndArray();
    out.EndObject();
}

std::string WriteBody(const StudentReport& report) {
    Writer out;
    out.StartObject();
    out.Field("student_name", report.student_name);
    out.Field("student_id", report.student_id);
    out.Field("deck", report.deck);
    out.Field("desired_retention", report.desired_retention);
    out.Field("exported_ms", report.exported_ms);
    out.Key("banks").StartArray();
    for (const BankVersion& bank : report.banks) {
        out.StartObject().Field("id", bank.id).Field("version", bank.version).EndObject();
    }
    out.EndArray();
    const ReportTotals& totals = report.totals;
    out.Key("totals").StartObject();
    out.Field("questions", totals.questions);
    out.Field("started", totals.started);
    out.Field("attempts", totals.attempts);
    out.Field("correct", totals.correct);
    out.Field("time_ms", totals.time_ms);
    out.Field("last_active_ms", totals.last_active_ms);
    out.EndObject();
    out.Key("questions").StartArray();
    for (const QuestionRecord& question : report.questions) {
        WriteQuestion(out, question);
    }
    out.EndArray();
    out.Key("quizzes").StartArray();
    for (const QuizRecord& quiz : report.quizzes) {
        WriteQuiz(out, quiz);
    }
    out.EndArray();
    out.EndObject();
    return out.str();
}

Error FileError(ErrorCode code, std::string message, std::string_view source_name) {
    return Error{code, std::move(message), std::string(source_name), 0, 0};
}

}  // namespace

ReportTotals ComputeTotals(const std::vector<QuestionRecord>& questions) {
    ReportTotals totals;
    totals.questions = static_cast<int>(questions.size());
    for (const QuestionRecord& question : questions) {
        totals.started += question.attempts > 0 ? 1 : 0;
        totals.attempts += question.attempts;
        totals.correct += question.correct;
        totals.time_ms += question.time_ms;
        totals.last_active_ms = std::max(totals.last_active_ms, question.last_ms);
    }
    return totals;
}

std::string WriteReportText(const StudentReport& report) {
    const std::string body = WriteBody(report);
    Writer head;
    head.StartObject();
    head.Field("format", kReportFormat);
    head.Field("format_version", kReportFormatVersion);
    head.Field("sha256", content::Sha256Hex(body));
    head.Key("body");
    std::string text = head.str();
    text += body;
    text += "}\n";
    return text;
}

Result<StudentReport> ReadReportText(std::string_view text, std::string_view source_name,
                                     bool padded) {
    auto scanned = ScanReportText(text, padded);
    if (!scanned) {
        Error error{ErrorCode::kParse,
                    "not a complete report (truncated?): " + scanned.error().message,
                    std::string(source_name), 0, 0};
        content::json::LineIndex(text).Locate(scanned.error().offset, error);
        return Fail(std::move(error));
    }
    ReportScan& scan = *scanned;
    if (!scan.root_is_object) {
        return Fail(FileError(ErrorCode::kParse, "not a class report", source_name));
    }
    if (scan.format != kReportFormat) {
        return Fail(FileError(ErrorCode::kUnsupportedVersion,
                              scan.format.empty()
                                  ? std::string("not a class report (no \"format\")")
                                  : "not a class report (format \"" + scan.format + "\")",
                              source_name));
    }
    if (scan.format_version != kReportFormatVersion) {
        return Fail(FileError(ErrorCode::kUnsupportedVersion,
                              "report format version " + std::to_string(scan.format_version) +
                                  " is not one this Summit reads (it reads " +
                                  std::to_string(kReportFormatVersion) + ")",
                              source_name));
    }
    if (!scan.body) {
        return Fail(FileError(ErrorCode::kParse, "the report has no body", source_name));
    }
    // The body is the envelope's last member, so its bytes run to the envelope's closing brace.
    const auto [body_start, body_end] = *scan.body;
    if (content::Sha256Hex(text.substr(body_start, body_end - body_start)) != scan.sha256) {
        return Fail(FileError(ErrorCode::kCorrupt,
                              "checksum mismatch: the report was changed or damaged after it was "
                              "written",
                              source_name));
    }
    if (scan.problem) {
        Error error = FileError(ErrorCode::kValidation, scan.problem->second, source_name);
        content::json::LineIndex(text).Locate(scan.problem->first, error);
        return Fail(std::move(error));
    }
    StudentReport& report = scan.report;
    if (report.student_id.empty() || report.deck.empty()) {
        return Fail(FileError(ErrorCode::kValidation, "the report names no student id or deck",
                              source_name));
    }
    // The totals are for people reading the file; the class view recomputes them from the
    // questions, so a file cannot disagree with itself.
    report.totals = ComputeTotals(report.questions);
    return std::move(report);
}

}  // namespace summit::classroom
