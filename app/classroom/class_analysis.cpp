// The class analysis: one pass to index items, a score matrix, then per item and per topic.
#include "app/classroom/class_analysis.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace summit::classroom {
namespace {

constexpr int64_t kDayMs = 86'400'000;

StudentRow MakeStudentRow(const LoadedReport& loaded, int64_t now_ms) {
    const StudentReport& report = *loaded.report;
    StudentRow row;
    row.name = report.student_name;
    row.id = report.student_id;
    row.file = loaded.file.filename().string();
    row.questions = report.totals.questions;
    row.started = report.totals.started;
    row.attempts = report.totals.attempts;
    row.correct = report.totals.correct;
    row.time_ms = report.totals.time_ms;
    row.last_active_ms = report.totals.last_active_ms;
    int first_right = 0;
    for (const QuestionRecord& question : report.questions) {
        if (question.attempts > 0 && question.retrievability >= report.desired_retention) {
            ++row.mastered;
        }
        if (question.phase != "new" && question.due_ms <= now_ms) {
            ++row.due;
        }
        first_right += question.first && question.first->correct ? 1 : 0;
    }
    if (row.attempts > 0) {
        row.accuracy = static_cast<double>(row.correct) / row.attempts;
    }
    if (row.started > 0) {
        row.first_try_score = 100.0 * first_right / row.started;
    }
    for (const QuizRecord& quiz : report.quizzes) {
        row.quiz_scores.push_back(quiz.max_score > 0 ? 100 * quiz.score / quiz.max_score : 0);
    }
    row.summary = StudentSummary(row, now_ms);
    return row;
}

std::string Percent(double value) {
    return std::to_string(static_cast<int>(std::lround(value))) + "%";
}

void FlagItem(ItemRow& item) {
    const ItemFigures& figures = item.figures;
    if (figures.facility && *figures.facility < kFacilityTooLow) {
        item.flags.push_back("very hard: facility under " + Percent(kFacilityTooLow));
    }
    if (figures.facility && *figures.facility > kFacilityTooHigh) {
        item.flags.push_back("very easy: facility over " + Percent(kFacilityTooHigh));
    }
    if (figures.discrimination && *figures.discrimination < 0) {
        item.flags.push_back("negative discrimination: weaker students do better on it");
    } else if (figures.discrimination && *figures.discrimination < kDiscriminationWeak) {
        item.flags.push_back("weak discrimination: under 0.2");
    }
    if (figures.students > 0) {
        for (const OptionShare& option : item.options) {
            if (!option.correct && option.count == 0) {
                item.flags.push_back("distractor nobody picked: " + option.text);
            }
        }
    }
}

std::vector<std::string> Notes(const ClassAnalysis& analysis) {
    std::vector<std::string> notes;
    int high = 0;
    int low = 0;
    int scored = 0;
    for (const StudentRow& student : analysis.students) {
        if (student.first_try_score) {
            ++scored;
            high += *student.first_try_score >= 80 ? 1 : 0;
            low += *student.first_try_score < 50 ? 1 : 0;
        }
    }
    notes.push_back(std::to_string(high) + " of " + std::to_string(scored) +
                    " students get at least 80% right on the first try; " + std::to_string(low) +
                    " get under half right.");
    int hard = 0;
    int easy = 0;
    int weak = 0;
    for (const ItemRow& item : analysis.items) {
        const ItemFigures& figures = item.figures;
        hard += figures.facility && *figures.facility < kFacilityTooLow ? 1 : 0;
        easy += figures.facility && *figures.facility > kFacilityTooHigh ? 1 : 0;
        weak += figures.discrimination && *figures.discrimination < kDiscriminationWeak ? 1 : 0;
    }
    notes.push_back(std::to_string(hard) + " questions are very hard, " + std::to_string(easy) +
                    " very easy, and " + std::to_string(weak) +
                    " do not separate stronger from weaker students (discrimination under 0.2).");
    return notes;
}

}  // namespace

std::string StudentSummary(const StudentRow& row, int64_t now_ms) {
    if (row.started == 0) {
        return "not started yet";
    }
    std::string line;
    const int64_t idle_days = std::max<int64_t>(0, now_ms - row.last_active_ms) / kDayMs;
    line = idle_days == 0   ? std::string("active today")
           : idle_days == 1 ? std::string("1 day inactive")
                            : std::to_string(idle_days) + " days inactive";
    line += row.due == 0   ? std::string("; nothing overdue")
            : row.due == 1 ? std::string("; 1 question overdue")
                           : "; " + std::to_string(row.due) + " questions overdue";
    return line;
}

ClassAnalysis AnalyseClass(const ClassFolder& folder, int64_t now_ms) {
    ClassAnalysis analysis;
    analysis.deck = folder.deck;
    analysis.now_ms = now_ms;
    const std::size_t students = folder.reports.size();

    // Items by first appearance; each student's first-try score per item (-1: not answered).
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::vector<signed char>> scores(students);
    std::vector<double> totals(students, 0);
    std::map<std::pair<std::string, std::string>, int> bank_versions;
    for (std::size_t s = 0; s < students; ++s) {
        const StudentReport& report = *folder.reports[s].report;
        analysis.students.push_back(MakeStudentRow(folder.reports[s], now_ms));
        for (const BankVersion& bank : report.banks) {
            ++bank_versions[{bank.id, bank.version}];
        }
        for (const QuestionRecord& question : report.questions) {
            const auto [at, added] = index.try_emplace(question.id, analysis.items.size());
            if (added) {
                ItemRow item;
                item.id = question.id;
                item.type = question.type;
                item.topic = question.topic;
                item.prompt = question.prompt;
                for (std::size_t o = 0; o < question.options.size(); ++o) {
                    const bool correct =
                        std::find(question.correct_options.begin(), question.correct_options.end(),
                                  static_cast<int>(o)) != question.correct_options.end();
                    item.options.push_back({question.options[o], correct, 0, 0});
                }
                analysis.items.push_back(std::move(item));
            }
            ItemRow& item = analysis.items[at->second];
            if (std::find(item.versions.begin(), item.versions.end(), question.version) ==
                item.versions.end()) {
                item.versions.push_back(question.version);
            }
            if (scores[s].size() < analysis.items.size()) {
                scores[s].resize(analysis.items.size() * 2, -1);
            }
            if (question.first) {
                scores[s][at->second] = question.first->correct ? 1 : 0;
                totals[s] += question.first->correct ? 1 : 0;
                for (int chosen : question.first->chosen) {
                    if (static_cast<std::size_t>(chosen) < item.options.size()) {
                        ++item.options[static_cast<std::size_t>(chosen)].count;
                    }
                }
            }
        }
    }

    std::vector<double> item_scores;
    std::vector<double> rest;
    for (std::size_t i = 0; i < analysis.items.size(); ++i) {
        item_scores.clear();
        rest.clear();
        for (std::size_t s = 0; s < students; ++s) {
            if (i < scores[s].size() && scores[s][i] >= 0) {
                item_scores.push_back(scores[s][i]);
                rest.push_back(totals[s] - scores[s][i]);
            }
        }
        ItemRow& item = analysis.items[i];
        item.figures = ComputeItemFigures(item_scores, rest);
        for (OptionShare& option : item.options) {
            option.share = item.figures.students > 0
                               ? static_cast<double>(option.count) / item.figures.students
                               : 0;
        }
        item.changed = item.versions.size() > 1;
        analysis.changed_items += item.changed ? 1 : 0;
        FlagItem(item);
    }

    for (std::size_t i = 0; i < analysis.items.size(); ++i) {
        if (analysis.items[i].figures.facility) {
            analysis.hardest.push_back(i);
        }
    }
    std::stable_sort(
        analysis.hardest.begin(), analysis.hardest.end(), [&](std::size_t a, std::size_t b) {
            return *analysis.items[a].figures.facility < *analysis.items[b].figures.facility;
        });
    analysis.hardest.resize(std::min(analysis.hardest.size(), kHardestShown));

    // Per topic: the share of (student, question) pairs started and mastered.
    std::map<std::string, int> topic_questions;
    for (const ItemRow& item : analysis.items) {
        ++topic_questions[item.topic];
    }
    std::map<std::string, std::pair<int, int>> topic_counts;  // started, mastered
    for (const LoadedReport& loaded : folder.reports) {
        for (const QuestionRecord& question : loaded.report->questions) {
            auto& counts = topic_counts[question.topic];
            counts.first += question.attempts > 0 ? 1 : 0;
            counts.second +=
                question.attempts > 0 && question.retrievability >= loaded.report->desired_retention
                    ? 1
                    : 0;
        }
    }
    for (const auto& [topic, questions] : topic_questions) {
        TopicRow row{topic, questions, 0, 0};
        const double pairs = static_cast<double>(questions) * static_cast<double>(students);
        if (pairs > 0) {
            row.started = topic_counts[topic].first / pairs;
            row.mastered = topic_counts[topic].second / pairs;
        }
        analysis.topics.push_back(row);
    }

    for (const auto& [bank, count] : bank_versions) {
        analysis.bank_versions.push_back({bank.first, bank.second, count});
    }
    analysis.score_histogram.assign(10, 0);
    for (const StudentRow& student : analysis.students) {
        if (student.first_try_score) {
            const int bin = std::min(9, static_cast<int>(*student.first_try_score / 10));
            ++analysis.score_histogram[static_cast<std::size_t>(bin)];
        }
    }
    analysis.notes = Notes(analysis);
    return analysis;
}

}  // namespace summit::classroom
