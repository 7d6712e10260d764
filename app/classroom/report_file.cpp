// Writing and reading the class report file: the envelope, the checksum, and the body's members.
#include "app/classroom/report_file.h"

#include "content/json/json.h"
#include "content/json/writer.h"
#include "content/richtext/sha256.h"

namespace summit::classroom {
namespace {

using content::json::Value;
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

// Reads the body's members, remembering the first problem (with its offset) and then reading
// on with fallbacks, so one message names the first thing wrong.
class BodyReader {
  public:
    const Value* Member(const Value& object, std::string_view key, Value::Kind kind) {
        const Value* value = object.Find(key);
        if (value == nullptr || value->kind != kind) {
            Problem(value ? value->offset : object.offset,
                    "\"" + std::string(key) + "\" must be " + content::json::KindName(kind));
            return nullptr;
        }
        return value;
    }
    std::string String(const Value& object, std::string_view key) {
        const Value* value = Member(object, key, Value::Kind::kString);
        return value ? value->string : std::string();
    }
    double Number(const Value& object, std::string_view key) {
        const Value* value = Member(object, key, Value::Kind::kNumber);
        return value ? value->number : 0;
    }
    int64_t Integer(const Value& object, std::string_view key) {
        const Value* value = Member(object, key, Value::Kind::kNumber);
        if (value && !value->is_integer) {
            Problem(value->offset, "\"" + std::string(key) + "\" must be a whole number");
        }
        return value ? value->integer : 0;
    }
    bool Bool(const Value& object, std::string_view key) {
        const Value* value = Member(object, key, Value::Kind::kBool);
        return value && value->boolean;
    }
    std::vector<int> Indexes(const Value& object, std::string_view key, std::size_t limit) {
        std::vector<int> indexes;
        if (const Value* array = Member(object, key, Value::Kind::kArray)) {
            for (const Value& item : array->items) {
                if (!item.is_integer || item.integer < 0 ||
                    static_cast<std::size_t>(item.integer) >= limit) {
                    Problem(item.offset, "\"" + std::string(key) +
                                             "\" holds an option that "
                                             "does not exist");
                    continue;
                }
                indexes.push_back(static_cast<int>(item.integer));
            }
        }
        return indexes;
    }
    void Problem(std::size_t offset, std::string message) {
        if (!problem_) {
            problem_ = {offset, std::move(message)};
        }
    }
    const std::optional<std::pair<std::size_t, std::string>>& problem() const { return problem_; }

  private:
    std::optional<std::pair<std::size_t, std::string>> problem_;
};

QuestionRecord ReadQuestion(BodyReader& in, const Value& object) {
    QuestionRecord question;
    question.id = in.String(object, "id");
    question.type = in.String(object, "type");
    question.topic = in.String(object, "topic");
    question.prompt = in.String(object, "prompt");
    question.version = in.String(object, "version");
    if (const Value* options = in.Member(object, "options", Value::Kind::kArray)) {
        for (const Value& option : options->items) {
            question.options.push_back(option.string);
        }
    }
    question.correct_options = in.Indexes(object, "correct_options", question.options.size());
    question.attempts = static_cast<int>(in.Integer(object, "attempts"));
    question.correct = static_cast<int>(in.Integer(object, "correct"));
    question.time_ms = in.Integer(object, "time_ms");
    question.last_ms = in.Integer(object, "last_ms");
    const Value* first = object.Find("first");
    if (first && first->kind == Value::Kind::kObject) {
        FirstAnswer answer;
        answer.time_ms = in.Integer(*first, "time_ms");
        answer.correct = in.Bool(*first, "correct");
        answer.answer = in.String(*first, "answer");
        answer.chosen = in.Indexes(*first, "chosen", question.options.size());
        answer.duration_ms = in.Integer(*first, "duration_ms");
        question.first = std::move(answer);
    } else if (!first || first->kind != Value::Kind::kNull) {
        in.Problem(first ? first->offset : object.offset, "\"first\" must be an object or null");
    }
    question.phase = in.String(object, "phase");
    question.stability = in.Number(object, "stability");
    question.retrievability = in.Number(object, "retrievability");
    question.due_ms = in.Integer(object, "due_ms");
    return question;
}

QuizRecord ReadQuiz(BodyReader& in, const Value& object) {
    QuizRecord quiz;
    quiz.started_ms = in.Integer(object, "started_ms");
    quiz.finished_ms = in.Integer(object, "finished_ms");
    quiz.score = in.Number(object, "score");
    quiz.max_score = in.Number(object, "max_score");
    if (const Value* items = in.Member(object, "items", Value::Kind::kArray)) {
        for (const Value& item : items->items) {
            quiz.items.push_back({in.String(item, "id"), in.Number(item, "score")});
        }
    }
    return quiz;
}

StudentReport ReadBody(BodyReader& in, const Value& body) {
    StudentReport report;
    report.student_name = in.String(body, "student_name");
    report.student_id = in.String(body, "student_id");
    report.deck = in.String(body, "deck");
    report.desired_retention = in.Number(body, "desired_retention");
    report.exported_ms = in.Integer(body, "exported_ms");
    if (const Value* banks = in.Member(body, "banks", Value::Kind::kArray)) {
        for (const Value& bank : banks->items) {
            report.banks.push_back({in.String(bank, "id"), in.String(bank, "version")});
        }
    }
    if (const Value* questions = in.Member(body, "questions", Value::Kind::kArray)) {
        report.questions.reserve(questions->items.size());
        for (const Value& question : questions->items) {
            report.questions.push_back(ReadQuestion(in, question));
        }
    }
    if (const Value* quizzes = in.Member(body, "quizzes", Value::Kind::kArray)) {
        for (const Value& quiz : quizzes->items) {
            report.quizzes.push_back(ReadQuiz(in, quiz));
        }
    }
    // The totals are for people reading the file; the class view recomputes them from the
    // questions, so a file cannot disagree with itself.
    in.Member(body, "totals", Value::Kind::kObject);
    report.totals = ComputeTotals(report.questions);
    return report;
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

Result<StudentReport> ReadReportText(std::string_view text, std::string_view source_name) {
    auto parsed = content::json::Parse(text, source_name);
    if (!parsed) {
        Error error = parsed.error();
        error.message = "not a complete report (truncated?): " + error.message;
        return Fail(std::move(error));
    }
    const Value& root = *parsed;
    if (root.kind != Value::Kind::kObject) {
        return Fail(FileError(ErrorCode::kParse, "not a class report", source_name));
    }
    const std::string format = content::json::GetString(root, "format");
    if (format != kReportFormat) {
        return Fail(FileError(ErrorCode::kUnsupportedVersion,
                              format.empty() ? std::string("not a class report (no \"format\")")
                                             : "not a class report (format \"" + format + "\")",
                              source_name));
    }
    const int64_t version = content::json::GetInt(root, "format_version", -1);
    if (version != kReportFormatVersion) {
        return Fail(FileError(ErrorCode::kUnsupportedVersion,
                              "report format version " + std::to_string(version) +
                                  " is not one this Summit reads (it reads " +
                                  std::to_string(kReportFormatVersion) + ")",
                              source_name));
    }
    const Value* body = root.Find("body");
    const std::size_t end = text.rfind('}');
    if (body == nullptr || body->kind != Value::Kind::kObject || end == std::string_view::npos ||
        end <= body->offset) {
        return Fail(FileError(ErrorCode::kParse, "the report has no body", source_name));
    }
    // The body is the envelope's last member, so its bytes run to the envelope's closing brace.
    const std::string_view body_text = text.substr(body->offset, end - body->offset);
    if (content::Sha256Hex(body_text) != content::json::GetString(root, "sha256")) {
        return Fail(FileError(ErrorCode::kCorrupt,
                              "checksum mismatch: the report was changed or damaged after it was "
                              "written",
                              source_name));
    }
    BodyReader in;
    StudentReport report = ReadBody(in, *body);
    if (in.problem()) {
        Error error = FileError(ErrorCode::kValidation, in.problem()->second, source_name);
        content::json::LineIndex(text).Locate(in.problem()->first, error);
        return Fail(std::move(error));
    }
    if (report.student_id.empty() || report.deck.empty()) {
        return Fail(FileError(ErrorCode::kValidation, "the report names no student id or deck",
                              source_name));
    }
    return report;
}

}  // namespace summit::classroom
