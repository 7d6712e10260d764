// Building a student's class report from the collection and writing it into a shared folder.
#include "app/classroom/export.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/classroom/report_file.h"
#include "app/decks/deck_settings_store.h"
#include "app/scheduler/fsrs.h"
#include "content/formats/json_bank.h"
#include "content/json/json.h"
#include "content/json/writer.h"
#include "content/richtext/question_texts.h"
#include "content/richtext/sha256.h"
#include "storage/atomic_file.h"

namespace summit::classroom {
namespace {

std::string ShortHash(std::string_view bytes) {
    return content::Sha256Hex(bytes).substr(0, 16);
}

std::string RandomHex16() {
    std::random_device device;
    std::uniform_int_distribution<int> digit(0, 15);
    std::string id;
    for (int i = 0; i < 16; ++i) {
        id += "0123456789abcdef"[digit(device)];
    }
    return id;
}

// The prompt as one line of plain text of at most kPromptChars bytes, never splitting a
// UTF-8 sequence.
std::string PromptLine(const content::Question& question) {
    std::string line = content::PlainQuestion(question).prompt;
    std::replace_if(
        line.begin(), line.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
    if (line.size() > QuestionRecord::kPromptChars) {
        std::size_t cut = QuestionRecord::kPromptChars;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        line = line.substr(0, cut) + "…";
    }
    return line;
}

void SetOptions(const content::Question& question, QuestionRecord& record) {
    using content::QuestionType;
    if (question.type == QuestionType::kMultipleChoice) {
        for (std::size_t i = 0; i < question.choices.size(); ++i) {
            record.options.push_back(question.choices[i].text);
            if (question.choices[i].correct) {
                record.correct_options.push_back(static_cast<int>(i));
            }
        }
    } else if (question.type == QuestionType::kTrueFalse) {
        record.options = {"True", "False"};
        record.correct_options = {question.answer ? 0 : 1};
    }
}

// The options an answer names: the review log describes a choice answer by the chosen texts
// joined with "; " ("True"/"False" for true/false). A text that names no option chose nothing.
std::vector<int> ChosenOptions(const std::vector<std::string>& options, const std::string& answer) {
    std::vector<int> chosen;
    const auto index_of = [&](std::string_view text) {
        const auto found = std::find(options.begin(), options.end(), text);
        return found == options.end() ? -1 : static_cast<int>(found - options.begin());
    };
    if (const int whole = index_of(answer); whole >= 0) {
        return {whole};
    }
    std::size_t start = 0;
    while (start <= answer.size()) {
        const std::size_t end = std::min(answer.find("; ", start), answer.size());
        if (const int index = index_of(std::string_view(answer).substr(start, end - start));
            index >= 0) {
            chosen.push_back(index);
        }
        start = end + 2;
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    return chosen;
}

// Per bank id, a hash over its questions' ids and versions in id order.
std::vector<BankVersion> BankVersions(const std::vector<QuestionRecord>& questions) {
    std::map<std::string, std::map<std::string, std::string>> banks;
    for (const QuestionRecord& question : questions) {
        const std::size_t slash = question.id.find('/');
        banks[question.id.substr(0, slash)][question.id] = question.version;
    }
    std::vector<BankVersion> versions;
    for (const auto& [bank, members] : banks) {
        std::string text;
        for (const auto& [id, version] : members) {
            text += id + " " + version + "\n";
        }
        versions.push_back({bank, ShortHash(text)});
    }
    return versions;
}

// The finished quizzes that asked questions of this deck, each cut to those questions.
Result<std::vector<QuizRecord>> DeckQuizzes(const storage::Collection& collection,
                                            const std::unordered_set<std::string>& guids) {
    auto attempts = collection.ListQuizAttempts();
    if (!attempts) {
        return Fail(attempts.error());
    }
    std::vector<QuizRecord> quizzes;
    for (const storage::QuizAttempt& attempt : *attempts) {
        if (attempt.finished_ms == 0) {
            continue;
        }
        auto results = content::json::Parse(attempt.results_json);
        if (!results || results->kind != content::json::Value::Kind::kArray) {
            continue;  // a damaged record of the quiz layer is not this report's to judge
        }
        QuizRecord quiz{attempt.started_ms, attempt.finished_ms, 0, 0, {}};
        for (const content::json::Value& item : results->items) {
            std::string guid = content::json::GetString(item, "guid");
            if (!guids.contains(guid)) {
                continue;
            }
            const double score = content::json::GetDouble(item, "score");
            quiz.items.push_back({std::move(guid), score});
            quiz.score += score;
            quiz.max_score += 1;
        }
        if (!quiz.items.empty()) {
            quizzes.push_back(std::move(quiz));
        }
    }
    std::sort(quizzes.begin(), quizzes.end(),
              [](const QuizRecord& a, const QuizRecord& b) { return a.started_ms < b.started_ms; });
    return quizzes;
}

std::string Slug(const std::string& name) {
    std::string slug;
    for (unsigned char c : name) {
        const bool keep = std::isalnum(c) != 0 && c < 0x80;
        if (keep) {
            slug += static_cast<char>(std::tolower(c));
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
        if (slug.size() >= 40) {
            break;
        }
    }
    while (!slug.empty() && slug.back() == '-') {
        slug.pop_back();
    }
    return slug.empty() ? "deck" : slug;
}

}  // namespace

Result<std::string> StudentId(storage::Collection& collection) {
    auto stored = collection.GetConfig(kStudentIdKey);
    if (!stored) {
        return Fail(stored.error());
    }
    if (*stored) {
        auto value = content::json::Parse(**stored);
        if (value && value->kind == content::json::Value::Kind::kString && !value->string.empty()) {
            return value->string;
        }
    }
    std::string id = RandomHex16();
    if (auto saved = collection.SetConfig(kStudentIdKey, content::json::Quote(id)); !saved) {
        return Fail(saved.error());
    }
    return id;
}

Result<StudentReport> BuildStudentReport(storage::Collection& collection, storage::DeckId deck,
                                         const std::string& student_name, int64_t now_ms) {
    if (student_name.find_first_not_of(" \t") == std::string::npos) {
        return Fail(ErrorCode::kInvalidArgument, "a class report needs the student's name");
    }
    StudentReport report;
    report.student_name = student_name;
    report.exported_ms = now_ms;
    auto deck_name = collection.GetDeckName(deck);
    if (!deck_name) {
        return Fail(deck_name.error());
    }
    report.deck = *deck_name;
    auto id = StudentId(collection);
    auto settings = study::LoadDeckSettings(collection, deck);
    auto cards = collection.LoadCards(storage::CardQuery::All(deck));
    auto log = collection.ReadReviewLog(deck);
    auto answers = collection.ReadReviewAnswers(deck);
    for (const Error* error : {id ? nullptr : &id.error(), settings ? nullptr : &settings.error(),
                               cards ? nullptr : &cards.error(), log ? nullptr : &log.error(),
                               answers ? nullptr : &answers.error()}) {
        if (error) {
            return Fail(*error);
        }
    }
    report.student_id = *id;
    report.desired_retention = settings->desired_retention;
    auto fsrs = study::FsrsScheduler::Create(study::ToFsrsParams(*settings));
    if (!fsrs) {
        return Fail(fsrs.error());
    }

    // One record per question, in the order the cards were added; its first card's state.
    std::unordered_map<int64_t, std::size_t> by_question;
    for (const storage::StudyCard& card : *cards) {
        auto [at, added] = by_question.try_emplace(card.question_id.value, report.questions.size());
        if (added) {
            QuestionRecord record;
            record.id = card.guid;
            record.type = content::QuestionTypeName(card.question.type);
            record.topic = card.question.topic;
            record.prompt = PromptLine(card.question);
            record.version = ShortHash(content::WriteQuestionJson(card.question));
            SetOptions(card.question, record);
            report.questions.push_back(std::move(record));
        }
        if (card.ordinal == 0) {
            QuestionRecord& record = report.questions[at->second];
            record.phase = CardPhaseName(card.state.phase);
            record.stability = card.state.stability;
            record.retrievability = fsrs->Retrievability(card.state, now_ms);
            record.due_ms = card.state.phase == CardPhase::kNew ? 0 : card.state.due_ms;
        }
    }

    std::unordered_map<int64_t, const std::string*> answer_of;
    for (const storage::ReviewAnswer& answer : *answers) {
        answer_of[answer.review_id.value] = &answer.answer;
    }
    for (const storage::ReviewRow& review : *log) {  // oldest first
        const auto at = by_question.find(review.question_id.value);
        if (at == by_question.end()) {
            continue;
        }
        QuestionRecord& record = report.questions[at->second];
        ++record.attempts;
        record.correct += review.correct ? 1 : 0;
        record.time_ms += review.duration_ms;
        record.last_ms = std::max(record.last_ms, review.time_ms);
        if (!record.first) {
            const auto text = answer_of.find(review.id.value);
            FirstAnswer first;
            first.time_ms = review.time_ms;
            first.correct = review.correct;
            first.answer = text == answer_of.end() ? std::string() : *text->second;
            first.chosen = ChosenOptions(record.options, first.answer);
            first.duration_ms = review.duration_ms;
            record.first = std::move(first);
        }
    }

    report.banks = BankVersions(report.questions);
    std::unordered_set<std::string> guids;
    for (const QuestionRecord& question : report.questions) {
        guids.insert(question.id);
    }
    auto quizzes = DeckQuizzes(collection, guids);
    if (!quizzes) {
        return Fail(quizzes.error());
    }
    report.quizzes = std::move(*quizzes);
    report.totals = ComputeTotals(report.questions);
    return report;
}

std::string ReportFileName(const StudentReport& report) {
    const std::time_t seconds = static_cast<std::time_t>(report.exported_ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%S", &utc);
    char millis[8];
    std::snprintf(millis, sizeof millis, "%03dZ", static_cast<int>(report.exported_ms % 1000));
    return report.student_id + "-" + Slug(report.deck) + "-" + stamp + millis + kReportSuffix;
}

Result<std::filesystem::path> ExportStudentReport(storage::Collection& collection,
                                                  storage::DeckId deck,
                                                  const std::string& student_name,
                                                  const std::filesystem::path& out,
                                                  int64_t now_ms) {
    auto report = BuildStudentReport(collection, deck, student_name, now_ms);
    if (!report) {
        return Fail(report.error());
    }
    std::error_code error;
    std::filesystem::path path = out;
    const std::string text = out.string();
    const bool names_folder = !text.empty() && text.back() == '/';
    if (names_folder) {
        std::filesystem::create_directories(out, error);
    }
    if (names_folder || std::filesystem::is_directory(out, error)) {
        path = out / ReportFileName(*report);
    }
    if (auto written = storage::WriteFileAtomically(path, WriteReportText(*report)); !written) {
        return Fail(written.error());
    }
    return path;
}

}  // namespace summit::classroom
