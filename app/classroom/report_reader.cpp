// The streaming report reader: a stack of where the parse is (envelope, body, a question, ...)
// and, per object, which members it holds, so a missing one is named when the object closes.
#include "app/classroom/report_reader.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace summit::classroom {
namespace {

using content::json::NumberToken;
using content::json::Value;
using Kind = Value::Kind;

// A member the reader knows: its name, the kind it must be, and for numbers whether it must be
// whole. A member's index in its table is its bit in Frame::seen.
struct Field {
    std::string_view name;
    Kind kind;
    bool whole = false;
};

constexpr Field kBodyFields[] = {
    {"student_name", Kind::kString},
    {"student_id", Kind::kString},
    {"deck", Kind::kString},
    {"desired_retention", Kind::kNumber},
    {"exported_ms", Kind::kNumber, true},
    {"banks", Kind::kArray},
    {"totals", Kind::kObject},
    {"questions", Kind::kArray},
    {"quizzes", Kind::kArray},
};
enum BodyField {
    kStudentName,
    kStudentId,
    kDeck,
    kRetention,
    kExported,
    kBanks,
    kTotals,
    kQuestions,
    kQuizzes
};

constexpr Field kBankFields[] = {{"id", Kind::kString}, {"version", Kind::kString}};

constexpr Field kQuestionFields[] = {
    {"id", Kind::kString},
    {"type", Kind::kString},
    {"topic", Kind::kString},
    {"prompt", Kind::kString},
    {"version", Kind::kString},
    {"options", Kind::kArray},
    {"correct_options", Kind::kArray},
    {"attempts", Kind::kNumber, true},
    {"correct", Kind::kNumber, true},
    {"time_ms", Kind::kNumber, true},
    {"last_ms", Kind::kNumber, true},
    {"first", Kind::kObject},
    {"phase", Kind::kString},
    {"stability", Kind::kNumber},
    {"retrievability", Kind::kNumber},
    {"due_ms", Kind::kNumber, true},
};
enum QuestionField {
    kId,
    kType,
    kTopic,
    kPrompt,
    kVersion,
    kOptions,
    kCorrectOptions,
    kAttempts,
    kCorrect,
    kTimeMs,
    kLastMs,
    kFirst,
    kPhase,
    kStability,
    kRetrievability,
    kDueMs
};

constexpr Field kFirstFields[] = {
    {"time_ms", Kind::kNumber, true},
    {"correct", Kind::kBool},
    {"answer", Kind::kString},
    {"chosen", Kind::kArray},
    {"duration_ms", Kind::kNumber, true},
};
enum FirstField { kFirstTime, kFirstCorrect, kFirstAnswer, kFirstChosen, kFirstDuration };

constexpr Field kQuizFields[] = {
    {"started_ms", Kind::kNumber, true},
    {"finished_ms", Kind::kNumber, true},
    {"score", Kind::kNumber},
    {"max_score", Kind::kNumber},
    {"items", Kind::kArray},
};
enum QuizField { kStarted, kFinished, kScore, kMaxScore, kItems };

constexpr Field kItemFields[] = {{"id", Kind::kString}, {"score", Kind::kNumber}};

// Where the parse is. Objects have a field table; arrays say what their items are.
enum class Place {
    kRoot,
    kEnvelope,
    kBody,
    kBanks,
    kBank,
    kTotals,
    kQuestions,
    kQuestion,
    kOptions,
    kCorrectOptions,
    kFirst,
    kChosen,
    kQuizzes,
    kQuiz,
    kItems,
    kItem,
    kSkip
};

std::span<const Field> FieldsOf(Place place) {
    switch (place) {
        case Place::kBody:
            return kBodyFields;
        case Place::kBank:
            return kBankFields;
        case Place::kQuestion:
            return kQuestionFields;
        case Place::kFirst:
            return kFirstFields;
        case Place::kQuiz:
            return kQuizFields;
        case Place::kItem:
            return kItemFields;
        default:
            return {};
    }
}

// A scalar value as it arrives.
struct Scalar {
    Kind kind = Kind::kNull;
    std::string_view string;
    NumberToken number;
    bool boolean = false;
};

struct Frame {
    Place place = Place::kSkip;
    std::size_t offset = 0;  // of the '{' or '['
    uint32_t seen = 0;       // bit i: the field table's member i was present
    int field = -1;          // the member whose value comes next; -1 when unknown
};

// Fewer bytes than the smallest question a valid body can hold (all its members, empty
// values): bounds what a report's stated question count may reserve.
constexpr std::size_t kMinQuestionBytes = 128;

class ReportEvents final : public content::json::Events {
  public:
    explicit ReportEvents(std::size_t text_size) : text_size_(text_size) {}

    ReportScan scan;

    void Null(std::size_t offset) override { OnScalar(Scalar{}, offset); }
    void Bool(bool value, std::size_t offset) override {
        Scalar scalar;
        scalar.kind = Kind::kBool;
        scalar.boolean = value;
        OnScalar(scalar, offset);
    }
    void Number(const NumberToken& value, std::size_t offset) override {
        Scalar scalar;
        scalar.kind = Kind::kNumber;
        scalar.number = value;
        OnScalar(scalar, offset);
    }
    void String(std::string_view value, std::size_t offset) override {
        Scalar scalar;
        scalar.kind = Kind::kString;
        scalar.string = value;
        OnScalar(scalar, offset);
    }
    void Key(std::string_view key, std::size_t) override {
        Frame& frame = stack_.back();
        if (frame.place == Place::kEnvelope) {
            frame.field = key == "format"               ? 0
                          : key == "format_version"     ? 1
                          : key == "sha256"             ? 2
                          : key == "body" && !scan.body ? 3
                                                        : -1;
            return;
        }
        if (frame.place == Place::kTotals) {
            // Not a field table: the totals are recomputed, and no member of them is required.
            frame.field = key == "questions" ? 0 : -1;
            return;
        }
        const std::span<const Field> fields = FieldsOf(frame.place);
        frame.field = -1;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (fields[i].name == key) {
                // A repeated member: the first one counts, as in the tree's Find.
                frame.field = frame.seen & (1u << i) ? -1 : static_cast<int>(i);
                frame.seen |= 1u << i;
                return;
            }
        }
    }
    void StartObject(std::size_t offset) override { OnContainer(Kind::kObject, offset); }
    void StartArray(std::size_t offset) override { OnContainer(Kind::kArray, offset); }
    void EndObject(std::size_t offset) override { Close(offset); }
    void EndArray(std::size_t offset) override { Close(offset); }

  private:
    void Problem(std::size_t offset, std::string message) {
        if (!scan.problem) {
            scan.problem = {offset, std::move(message)};
        }
    }
    static std::string MustBe(std::string_view name, Kind kind) {
        return "\"" + std::string(name) + "\" must be " + content::json::KindName(kind);
    }

    // The field the next value is for, checked against its kind; nullptr when the value is
    // not one the reader keeps (unknown member, wrong kind: the latter a problem).
    const Field* Expect(Frame& frame, Kind kind, const Scalar* scalar, std::size_t offset) {
        const std::span<const Field> fields = FieldsOf(frame.place);
        if (frame.field < 0 || fields.empty()) {
            return nullptr;
        }
        const Field& field = fields[static_cast<std::size_t>(frame.field)];
        if (frame.place == Place::kQuestion && frame.field == kFirst && kind == Kind::kNull) {
            return nullptr;  // never answered
        }
        if (field.kind != kind) {
            Problem(offset, frame.place == Place::kQuestion && frame.field == kFirst
                                ? std::string("\"first\" must be an object or null")
                                : MustBe(field.name, field.kind));
            return nullptr;
        }
        if (field.whole && scalar && !scalar->number.is_integer) {
            Problem(offset, "\"" + std::string(field.name) + "\" must be a whole number");
            return nullptr;
        }
        return &field;
    }

    void OnScalar(const Scalar& value, std::size_t offset) {
        if (stack_.empty()) {
            return;  // a root that is not an object
        }
        Frame& frame = stack_.back();
        switch (frame.place) {
            case Place::kEnvelope:
                OnEnvelope(frame.field, value);
                return;
            case Place::kOptions:
                scan.report.questions.back().options.emplace_back(value.string);
                return;
            case Place::kTotals:
                if (frame.field == 0) {
                    ReserveQuestions(value);
                }
                return;
            case Place::kCorrectOptions:
            case Place::kChosen:
                // Checked against the options when the question closes: they may come later.
                (frame.place == Place::kChosen ? chosen_ : correct_options_)
                    .push_back({value.kind == Kind::kNumber && value.number.is_integer
                                    ? value.number.integer
                                    : -1,
                                offset});
                return;
            case Place::kBanks:
            case Place::kQuestions:
            case Place::kQuizzes:
            case Place::kItems:
                Problem(offset, "\"" + std::string(ItemName(frame.place)) + "\" must hold objects");
                return;
            case Place::kBody:
            case Place::kBank:
            case Place::kQuestion:
            case Place::kFirst:
            case Place::kQuiz:
            case Place::kItem:
                if (Expect(frame, value.kind, &value, offset)) {
                    Assign(frame, value);
                }
                return;
            default:
                return;
        }
    }

    // The totals come before the questions (report_file.cpp writes them so): their count sizes
    // the list once instead of letting it grow. Only a hint, never trusted beyond what the text
    // could hold.
    void ReserveQuestions(const Scalar& value) {
        if (value.kind != Kind::kNumber || !value.number.is_integer || value.number.integer <= 0 ||
            !scan.report.questions.empty()) {
            return;
        }
        const auto stated = static_cast<uint64_t>(value.number.integer);
        scan.report.questions.reserve(
            static_cast<std::size_t>(std::min<uint64_t>(stated, text_size_ / kMinQuestionBytes)));
    }

    static std::string_view ItemName(Place place) {
        return place == Place::kBanks       ? "banks"
               : place == Place::kQuestions ? "questions"
               : place == Place::kQuizzes   ? "quizzes"
                                            : "items";
    }

    void OnEnvelope(int field, const Scalar& value) {
        if (field == 0 && value.kind == Kind::kString) {
            scan.format = value.string;
        } else if (field == 1 && value.kind == Kind::kNumber && value.number.is_integer) {
            scan.format_version = value.number.integer;
        } else if (field == 2 && value.kind == Kind::kString) {
            scan.sha256 = value.string;
        }
    }

    void Assign(const Frame& frame, const Scalar& value) {
        StudentReport& report = scan.report;
        const int64_t whole = value.number.integer;
        const double number = value.number.number;
        switch (frame.place) {
            case Place::kBody:
                switch (frame.field) {
                    case kStudentName:
                        report.student_name = value.string;
                        break;
                    case kStudentId:
                        report.student_id = value.string;
                        break;
                    case kDeck:
                        report.deck = value.string;
                        break;
                    case kRetention:
                        report.desired_retention = number;
                        break;
                    case kExported:
                        report.exported_ms = whole;
                        break;
                }
                break;
            case Place::kBank:
                (frame.field == 0 ? report.banks.back().id : report.banks.back().version) =
                    value.string;
                break;
            case Place::kQuestion:
                AssignQuestion(report.questions.back(), frame.field, value);
                break;
            case Place::kFirst: {
                FirstAnswer& first = *report.questions.back().first;
                switch (frame.field) {
                    case kFirstTime:
                        first.time_ms = whole;
                        break;
                    case kFirstCorrect:
                        first.correct = value.boolean;
                        break;
                    case kFirstAnswer:
                        first.answer = value.string;
                        break;
                    case kFirstDuration:
                        first.duration_ms = whole;
                        break;
                }
                break;
            }
            case Place::kQuiz: {
                QuizRecord& quiz = report.quizzes.back();
                switch (frame.field) {
                    case kStarted:
                        quiz.started_ms = whole;
                        break;
                    case kFinished:
                        quiz.finished_ms = whole;
                        break;
                    case kScore:
                        quiz.score = number;
                        break;
                    case kMaxScore:
                        quiz.max_score = number;
                        break;
                }
                break;
            }
            case Place::kItem: {
                QuizRecord::Item& item = report.quizzes.back().items.back();
                if (frame.field == 0) {
                    item.id = value.string;
                } else {
                    item.score = number;
                }
                break;
            }
            default:
                break;
        }
    }

    static void AssignQuestion(QuestionRecord& question, int field, const Scalar& value) {
        const int64_t whole = value.number.integer;
        switch (field) {
            case kId:
                question.id = value.string;
                break;
            case kType:
                question.type = value.string;
                break;
            case kTopic:
                question.topic = value.string;
                break;
            case kPrompt:
                question.prompt = value.string;
                break;
            case kVersion:
                question.version = value.string;
                break;
            case kAttempts:
                question.attempts = static_cast<int>(whole);
                break;
            case kCorrect:
                question.correct = static_cast<int>(whole);
                break;
            case kTimeMs:
                question.time_ms = whole;
                break;
            case kLastMs:
                question.last_ms = whole;
                break;
            case kPhase:
                question.phase = value.string;
                break;
            case kStability:
                question.stability = value.number.number;
                break;
            case kRetrievability:
                question.retrievability = value.number.number;
                break;
            case kDueMs:
                question.due_ms = whole;
                break;
        }
    }

    void OnContainer(Kind kind, std::size_t offset) {
        if (stack_.empty()) {
            scan.root_is_object = kind == Kind::kObject;
            stack_.push_back({kind == Kind::kObject ? Place::kEnvelope : Place::kSkip, offset});
            return;
        }
        Frame& frame = stack_.back();
        stack_.push_back({Child(frame, kind, offset), offset});
    }

    // The place a container opens into, with the record it fills started.
    Place Child(Frame& frame, Kind kind, std::size_t offset) {
        StudentReport& report = scan.report;
        switch (frame.place) {
            case Place::kEnvelope:
                if (frame.field == 3 && kind == Kind::kObject) {
                    scan.body = {offset, offset};
                    return Place::kBody;
                }
                return Place::kSkip;
            case Place::kBanks:
            case Place::kQuestions:
            case Place::kQuizzes:
            case Place::kItems:
                if (kind != Kind::kObject) {
                    Problem(offset,
                            "\"" + std::string(ItemName(frame.place)) + "\" must hold objects");
                    return Place::kSkip;
                }
                if (frame.place == Place::kBanks) {
                    report.banks.emplace_back();
                    return Place::kBank;
                }
                if (frame.place == Place::kQuestions) {
                    report.questions.emplace_back();
                    correct_options_.clear();
                    chosen_.clear();
                    return Place::kQuestion;
                }
                if (frame.place == Place::kQuizzes) {
                    report.quizzes.emplace_back();
                    return Place::kQuiz;
                }
                report.quizzes.back().items.emplace_back();
                return Place::kItem;
            case Place::kOptions:
                report.questions.back().options.emplace_back();
                return Place::kSkip;
            case Place::kCorrectOptions:
            case Place::kChosen:
                (frame.place == Place::kChosen ? chosen_ : correct_options_)
                    .push_back({-1, offset});
                return Place::kSkip;
            default:
                break;
        }
        if (!Expect(frame, kind, nullptr, offset)) {
            return Place::kSkip;
        }
        switch (frame.place) {
            case Place::kBody:
                return frame.field == kBanks       ? Place::kBanks
                       : frame.field == kTotals    ? Place::kTotals
                       : frame.field == kQuestions ? Place::kQuestions
                                                   : Place::kQuizzes;
            case Place::kQuestion:
                if (frame.field == kFirst) {
                    report.questions.back().first.emplace();
                    return Place::kFirst;
                }
                return frame.field == kOptions ? Place::kOptions : Place::kCorrectOptions;
            case Place::kFirst:
                return Place::kChosen;
            case Place::kQuiz:
                return Place::kItems;
            default:
                return Place::kSkip;
        }
    }

    void Close(std::size_t offset) {
        const Frame frame = stack_.back();
        stack_.pop_back();
        const std::span<const Field> fields = FieldsOf(frame.place);
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const bool optional_first = frame.place == Place::kQuestion && i == kFirst;
            if (!(frame.seen & (1u << i))) {
                Problem(frame.offset, optional_first
                                          ? std::string("\"first\" must be an object or null")
                                          : MustBe(fields[i].name, fields[i].kind));
            }
        }
        if (frame.place == Place::kEnvelope && scan.body) {
            scan.body->second = offset;
        } else if (frame.place == Place::kQuestion) {
            QuestionRecord& question = scan.report.questions.back();
            Indexes(correct_options_, question.options.size(), "correct_options",
                    question.correct_options);
            if (question.first) {
                Indexes(chosen_, question.options.size(), "chosen", question.first->chosen);
            }
        }
    }

    void Indexes(const std::vector<std::pair<int64_t, std::size_t>>& read, std::size_t limit,
                 std::string_view name, std::vector<int>& out) {
        for (const auto& [index, offset] : read) {
            if (index < 0 || static_cast<std::size_t>(index) >= limit) {
                Problem(offset,
                        "\"" + std::string(name) + "\" holds an option that does not exist");
                continue;
            }
            out.push_back(static_cast<int>(index));
        }
    }

    std::size_t text_size_;
    std::vector<Frame> stack_;
    // The current question's option indexes as read (value, offset), checked when it closes.
    std::vector<std::pair<int64_t, std::size_t>> correct_options_;
    std::vector<std::pair<int64_t, std::size_t>> chosen_;
};

}  // namespace

std::expected<ReportScan, content::json::SyntaxError> ScanReportText(std::string_view text,
                                                                     bool padded) {
    ReportEvents events(text.size());
    if (auto parsed = padded ? content::json::ParseEventsPadded(text, events)
                             : content::json::ParseEvents(text, events);
        !parsed) {
        return std::unexpected(std::move(parsed.error()));
    }
    return std::move(events.scan);
}

}  // namespace summit::classroom
