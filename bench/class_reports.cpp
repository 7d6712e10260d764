// The synthetic class: abilities and difficulties from one seed, answers by a logistic model.
#include "bench/class_reports.h"

#include <cmath>
#include <string>

#include "app/classroom/export.h"
#include "app/classroom/report_file.h"
#include "bench/synthetic.h"
#include "storage/atomic_file.h"

namespace summit::bench {

classroom::StudentReport SyntheticStudent(int index, int questions, uint64_t seed, int64_t now_ms) {
    Rng student(seed * 1'000'003 + static_cast<uint64_t>(index) + 1);
    const double ability = student.Unit() * 4 - 2;
    classroom::StudentReport report;
    report.student_name = "Student " + std::to_string(index + 1);
    char id[17];
    std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(student.Next()));
    report.student_id = id;
    report.deck = "Synthetic class";
    report.exported_ms = now_ms - student.Below(kDayMs);
    report.banks = {{"synthetic", "0123456789abcdef"}};
    report.questions.reserve(static_cast<std::size_t>(questions));
    Rng items(seed);  // the same questions for every student
    for (int q = 0; q < questions; ++q) {
        classroom::QuestionRecord record;
        record.id = "synthetic/q" + std::to_string(q);
        const int64_t kind = items.Below(100);
        record.topic = "topic-" + std::to_string(items.Below(20));
        const double difficulty = items.Unit() * 4 - 2;
        if (kind < 70) {
            record.type = "multiple_choice";
            record.options = {"The first option of question " + std::to_string(q),
                              "A second, plausible option", "A third option",
                              "A fourth option nobody may pick"};
            record.correct_options = {static_cast<int>(items.Below(4))};
        } else if (kind < 85) {
            record.type = "true_false";
            record.options = {"True", "False"};
            record.correct_options = {static_cast<int>(items.Below(2))};
        } else {
            record.type = "typed";
        }
        record.prompt = "Synthetic question " + std::to_string(q) +
                        ": a prompt of a typical length for a quiz question on a topic";
        record.version = "00000000000000" + std::to_string(10 + q % 90);
        if (student.Unit() < 0.15) {
            report.questions.push_back(std::move(record));  // not started yet
            continue;
        }
        const double chance = 1 / (1 + std::exp(difficulty - ability));
        classroom::FirstAnswer first;
        first.correct = student.Unit() < chance;
        first.time_ms = report.exported_ms - student.Below(60 * kDayMs);
        first.duration_ms = 2'000 + student.Below(20'000);
        if (!record.options.empty()) {
            const int right = record.correct_options[0];
            const int size = static_cast<int>(record.options.size());
            const int pick =
                first.correct
                    ? right
                    : (right + 1 + static_cast<int>(student.Below(std::max(1, size - 2)))) % size;
            first.chosen = {pick};
            first.answer = record.options[static_cast<std::size_t>(pick)];
        } else {
            first.answer = first.correct ? "right" : "wrong";
        }
        record.attempts = 1 + static_cast<int>(student.Below(6));
        record.correct = (first.correct ? 1 : 0) + static_cast<int>(student.Below(record.attempts));
        record.time_ms = first.duration_ms * record.attempts;
        record.last_ms = first.time_ms + student.Below(30 * kDayMs);
        record.first = std::move(first);
        record.phase = "review";
        record.stability = 1 + student.Unit() * 60;
        record.retrievability = 0.6 + student.Unit() * 0.4;
        record.due_ms = record.last_ms + static_cast<int64_t>(record.stability * kDayMs);
        report.questions.push_back(std::move(record));
    }
    report.totals = classroom::ComputeTotals(report.questions);
    return report;
}

Status WriteSyntheticClass(const std::filesystem::path& folder, int students, int questions,
                           uint64_t seed, int64_t now_ms) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    for (int s = 0; s < students; ++s) {
        const classroom::StudentReport report = SyntheticStudent(s, questions, seed, now_ms);
        if (auto written = storage::WriteFileAtomically(folder / classroom::ReportFileName(report),
                                                        classroom::WriteReportText(report));
            !written) {
            return written;
        }
    }
    return {};
}

}  // namespace summit::bench
