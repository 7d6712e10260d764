// Writing Aiken: single-answer multiple choice only, each text on one line.
#include <algorithm>

#include "content/formats/aiken.h"

namespace summit::content {
namespace {

constexpr std::size_t kMaxChoices = 26;  // A to Z

// Line breaks and tabs become spaces: an Aiken question and each option are one line.
std::string OneLine(std::string_view text) {
    std::string out;
    for (const char c : text) {
        out += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    }
    return out;
}

// Why `q` cannot be written, or empty when it can.
std::string Unwritable(const Question& q) {
    if (q.type != QuestionType::kMultipleChoice) {
        return std::string(QuestionTypeName(q.type)) + " questions cannot be written in Aiken";
    }
    if (std::ranges::count_if(q.choices, [](const Choice& c) { return c.correct; }) != 1) {
        return "Aiken holds one correct choice only";
    }
    if (q.choices.size() > kMaxChoices) {
        return "Aiken holds at most 26 choices";
    }
    const std::string prompt = OneLine(q.prompt);
    const bool option_like = prompt.size() >= 2 && prompt[0] >= 'A' && prompt[0] <= 'Z' &&
                             (prompt[1] == ')' || prompt[1] == '.');
    if (prompt.size() < 2 || option_like || prompt.starts_with("ANSWER:")) {
        return "its prompt would read as an option or an answer line";
    }
    return {};
}

}  // namespace

ExportedText WriteAiken(const Bank& bank) {
    ExportedText out;
    auto warn = [&](const Question& q, const std::string& message) {
        out.warnings.push_back(
            Error{ErrorCode::kValidation, "question \"" + q.id + "\": " + message, {}, 0, 0});
    };
    for (const Question& q : bank.questions) {
        if (const std::string why = Unwritable(q); !why.empty()) {
            warn(q, why + "; left out");
            continue;
        }
        const bool lossy = !q.explanation.empty() || !q.note.empty() || !q.deck.empty() ||
                           std::ranges::any_of(q.choices, [](const Choice& c) {
                               return !c.feedback.empty() || c.credit.has_value();
                           });
        if (lossy) {
            warn(q, "feedback, credits, explanation, note and sub-deck are not written");
        }
        out.text += OneLine(q.prompt) + "\n";
        char answer = 'A';
        for (std::size_t i = 0; i < q.choices.size(); ++i) {
            const char label = static_cast<char>('A' + i);
            out.text += std::string(1, label) + ") " + OneLine(q.choices[i].text) + "\n";
            answer = q.choices[i].correct ? label : answer;
        }
        out.text += std::string("ANSWER: ") + answer + "\n\n";
    }
    return out;
}

}  // namespace summit::content
