// The hand-worked class of docs/class.md, as reports.
#include "hand_class.h"

#include <map>
#include <memory>

namespace summit::testing {

classroom::StudentReport HandStudent(char letter, int64_t exported_ms) {
    static const std::map<char, std::string> kScores = {
        {'A', "111"}, {'B', "110"}, {'C', "101"}, {'D', "010"}, {'E', "000"}};
    const std::string& scores = kScores.at(letter);
    classroom::StudentReport report;
    report.student_name = std::string("Student ") + letter;
    report.student_id = std::string("id-") + letter;
    report.deck = "Geography";
    report.exported_ms = exported_ms;
    report.banks = {{"geo", "0123456789abcdef"}};
    for (int q = 0; q < 3; ++q) {
        classroom::QuestionRecord question;
        question.id = "geo/q" + std::to_string(q + 1);
        question.type = q == 0 ? "multiple_choice" : "typed";
        question.topic = q == 2 ? "rivers" : "cities";
        question.prompt = "Question " + std::to_string(q + 1);
        question.version = "v1";
        const bool right = scores[static_cast<std::size_t>(q)] == '1';
        classroom::FirstAnswer first;
        first.time_ms = exported_ms - 3'600'000;
        first.correct = right;
        if (q == 0) {
            question.options = {"Paris", "Lyon", "Nice"};
            question.correct_options = {0};
            first.chosen = {right ? 0 : 1};
            first.answer = question.options[static_cast<std::size_t>(first.chosen[0])];
        }
        first.duration_ms = 10'000;
        question.first = first;
        question.attempts = 2;
        question.correct = right ? 2 : 1;
        question.time_ms = 20'000;
        question.last_ms = first.time_ms + 600'000;
        question.phase = "review";
        question.stability = right ? 10 : 1;
        question.retrievability = right ? 0.95 : 0.5;
        question.due_ms = right ? exported_ms + 86'400'000 : exported_ms - 1;
        report.questions.push_back(question);
    }
    report.totals = classroom::ComputeTotals(report.questions);
    return report;
}

classroom::ClassFolder HandClass(int64_t exported_ms) {
    classroom::ClassFolder folder;
    folder.deck = "Geography";
    for (char letter : std::string("ABCDE")) {
        folder.reports.push_back(
            {std::string(1, letter) + ".json",
             std::make_shared<const classroom::StudentReport>(HandStudent(letter, exported_ms))});
    }
    return folder;
}

classroom::StudentReport& Edit(classroom::LoadedReport& loaded) {
    auto copy = std::make_shared<classroom::StudentReport>(*loaded.report);
    classroom::StudentReport& report = *copy;
    loaded.report = std::move(copy);
    return report;
}

}  // namespace summit::testing
