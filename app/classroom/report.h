// A student's class report: what one collection knows about one deck tree, as the teacher's
// folder receives it. The file format (JSON, versioned, checksummed) is in docs/class.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace summit::classroom {

// The `format` member every report file starts with, and the version this build writes and
// reads. A file with another format name or a newer version is refused, never half-read.
inline constexpr const char* kReportFormat = "summit-class-report";
inline constexpr int kReportFormatVersion = 1;
// Report files end with this, so a shared folder can hold other files beside them.
inline constexpr const char* kReportSuffix = ".summit-report.json";

// The student's first answer to a question: what item analysis scores.
struct FirstAnswer {
    int64_t time_ms = 0;      // when it was given, ms since the epoch (UTC)
    bool correct = false;     // as graded when it was given
    std::string answer;       // the answer as the review log describes it; "" when self-rated
    std::vector<int> chosen;  // MC/TF: indexes into QuestionRecord::options; else empty
    int64_t duration_ms = 0;  // time spent on that answer
};

// One question of the deck tree, for one student.
struct QuestionRecord {
    std::string id;       // the question's GUID, "<bank id>/<question id>"
    std::string type;     // content::QuestionTypeName
    std::string topic;    // the topic tag; "" when none
    std::string prompt;   // plain text, cut to kPromptChars, for the teacher's tables
    std::string version;  // 16 hex digits of the question's content hash (changes marked)
    std::vector<std::string> options;  // MC: the choices; TF: "True", "False"; else empty
    std::vector<int> correct_options;  // indexes into `options`
    int attempts = 0;                  // every review and counted quiz answer
    int correct = 0;                   // of those, graded correct
    int64_t time_ms = 0;               // time spent answering, all attempts
    int64_t last_ms = 0;               // the latest attempt; 0 when never attempted
    std::optional<FirstAnswer> first;  // nullopt when never attempted
    std::string phase = "new";         // content::CardPhaseName of the question's first card
    double stability = 0;              // days (FSRS); 0 when new
    double retrievability = 0;         // predicted recall at export, 0..1; 0 when new
    int64_t due_ms = 0;                // next due, ms since the epoch; 0 when new

    static constexpr std::size_t kPromptChars = 200;
};

// A finished quiz over the deck, with each question's score.
struct QuizRecord {
    int64_t started_ms = 0;
    int64_t finished_ms = 0;
    double score = 0;
    double max_score = 0;
    struct Item {
        std::string id;  // question GUID
        double score = 0;
    };
    std::vector<Item> items;
};

// A bank whose questions are in the deck tree, and the hash of its questions' versions.
struct BankVersion {
    std::string id;
    std::string version;  // 16 hex digits over the bank's question versions in id order
};

struct ReportTotals {
    int questions = 0;  // in the deck tree
    int started = 0;    // attempted at least once
    int attempts = 0;
    int correct = 0;
    int64_t time_ms = 0;
    int64_t last_active_ms = 0;  // 0 when nothing was attempted
};

struct StudentReport {
    std::string student_name;
    std::string student_id;  // random, per collection (kept in its config); stable across exports
    std::string deck;        // the deck tree's root name
    double desired_retention = 0.9;  // the deck's: "mastered" is retrievability at or above it
    int64_t exported_ms = 0;
    std::vector<BankVersion> banks;
    std::vector<QuestionRecord> questions;
    std::vector<QuizRecord> quizzes;
    ReportTotals totals;
};

// The totals of `questions` (what ReportTotals documents).
ReportTotals ComputeTotals(const std::vector<QuestionRecord>& questions);

}  // namespace summit::classroom
