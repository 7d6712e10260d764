// What the teacher sees of a class: the students table, item analysis per question, mastery
// per topic and bank version differences, computed once from the loaded reports.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/classroom/class_folder.h"
#include "app/classroom/item_analysis.h"

namespace summit::classroom {

struct StudentRow {
    std::string name;
    std::string id;
    std::string file;  // the report's file name
    int questions = 0;
    int started = 0;   // attempted at least once
    int mastered = 0;  // started, retrievability at export >= the deck's desired retention
    int due = 0;       // not new and due at or before `now`
    int attempts = 0;
    int correct = 0;
    std::optional<double> accuracy;         // correct / attempts, 0..1; nullopt without attempts
    std::optional<double> first_try_score;  // % of started questions right the first time
    int64_t time_ms = 0;
    int64_t last_active_ms = 0;       // 0 when nothing was attempted
    std::vector<double> quiz_scores;  // % per finished quiz, oldest first
    std::string summary;              // "3 days inactive; 12 questions overdue"
};

struct OptionShare {
    std::string text;
    bool correct = false;
    int count = 0;     // students whose first answer chose it
    double share = 0;  // count / students who answered, 0..1
};

struct ItemRow {
    std::string id;  // question GUID
    std::string type;
    std::string topic;
    std::string prompt;
    ItemFigures figures;
    std::vector<OptionShare> options;   // MC and true/false
    std::vector<std::string> flags;     // "very hard (facility under 20%)", …
    bool changed = false;               // the students' reports hold different versions of it
    std::vector<std::string> versions;  // the distinct versions seen, by first appearance
};

struct TopicRow {
    std::string topic;  // "" for questions without one
    int questions = 0;
    double started = 0;   // share of (student, question) pairs started, 0..1
    double mastered = 0;  // share of pairs mastered, 0..1
};

struct BankVersionCount {
    std::string bank;
    std::string version;
    int students = 0;
};

// How many of the hardest questions the class lists.
inline constexpr std::size_t kHardestShown = 10;

struct ClassAnalysis {
    std::string deck;
    int64_t now_ms = 0;
    std::vector<StudentRow> students;             // in the loaded order (NaturalLess by name)
    std::vector<ItemRow> items;                   // in bank order of the first report holding each
    std::vector<TopicRow> topics;                 // by topic
    std::vector<BankVersionCount> bank_versions;  // by bank, then version
    int changed_items = 0;
    // The hardest questions: indexes into `items` of those answered by at least one student,
    // lowest facility first (ties in bank order), at most kHardestShown.
    std::vector<std::size_t> hardest;
    std::vector<int> score_histogram;  // students per 10% bin of first_try_score (10 bins)
    std::vector<std::string> notes;    // plain-language lines about the charts
};

// Everything above, from the reports (each kept as given) at `now_ms` (for "due" and "days
// inactive"). An item's score is a student's first answer (1 right, 0 wrong); the rest of the
// test is that student's first-try total over all other items, unanswered ones counting 0.
ClassAnalysis AnalyseClass(const ClassFolder& folder, int64_t now_ms);

// The sentence under a student's row, from its figures.
std::string StudentSummary(const StudentRow& row, int64_t now_ms);

}  // namespace summit::classroom
