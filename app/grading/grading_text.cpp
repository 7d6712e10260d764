// Grading the free-text types, typed answers and cloze gaps, plus the rules shared by graders.
#include <algorithm>

#include "app/grading/grading_parts.h"

namespace summit::study::grading_detail {

int CountCodePoints(std::string_view text) {
    return static_cast<int>(std::ranges::count_if(
        text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

PartResult GradeTextPart(std::string_view given, std::span<const std::string> accepted) {
    PartResult part;
    part.given = std::string(given);
    part.expected = accepted.empty() ? "" : accepted.front();
    const TextMatchResult match = MatchAnswerText(given, accepted);
    if (match.match == TextMatch::kExact) {
        part.verdict = Verdict::kCorrect;
    } else if (match.match == TextMatch::kAlmost) {
        part.verdict = Verdict::kAlmost;
        part.diff = DiffAnswerText(given, accepted[static_cast<size_t>(match.nearest)]);
    }
    return part;
}

Verdict VerdictForScore(double score) {
    if (score >= 1.0) {
        return Verdict::kCorrect;
    }
    return score > 0.0 ? Verdict::kPartial : Verdict::kWrong;
}

void ConcludeTextParts(GradeResult& result) {
    double credit = 0;
    bool all_counted = true;
    bool all_right = true;
    for (const PartResult& part : result.parts) {
        credit += part.verdict == Verdict::kCorrect  ? 1.0
                  : part.verdict == Verdict::kAlmost ? kAlmostCredit
                                                     : 0.0;
        all_right = all_right && part.verdict == Verdict::kCorrect;
        all_counted = all_counted && part.verdict != Verdict::kWrong;
    }
    result.score = result.parts.empty() ? 0.0 : credit / static_cast<double>(result.parts.size());
    if (all_right && !result.parts.empty()) {
        result.score = 1.0;
        result.verdict = Verdict::kCorrect;
    } else if (all_counted && !result.parts.empty()) {
        result.verdict = Verdict::kAlmost;
    } else {
        result.verdict = credit > 0 ? Verdict::kPartial : Verdict::kWrong;
    }
}

bool IsBlank(std::string_view text) {
    return std::ranges::all_of(
        text, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool StartTextAnswer(const content::Question& question, const Answer& answer,
                     std::string correct_answer, GradeResult& result) {
    result.type = question.type;
    result.read_chars = CountCodePoints(question.prompt);
    result.correct_answer = std::move(correct_answer);
    result.answer_chars = CountCodePoints(result.correct_answer);
    if (answer.dont_know || IsBlank(answer.text)) {
        result.dont_know = true;
        result.verdict = Verdict::kWrong;
        result.score = 0;
        return true;
    }
    return false;
}

void ConcludeCredit(GradeResult& result, double credit, std::string feedback) {
    result.score = credit;
    result.verdict = VerdictForScore(credit);
    result.parts.front().verdict = credit >= 1.0 ? Verdict::kCorrect : Verdict::kWrong;
    result.feedback = std::move(feedback);
}

namespace {

// Every answer but the wildcard, full-credit `accepted` first: Moodle takes the first answer
// that matches, so their order is kept.
struct TypedAnswers {
    std::vector<std::string> texts;
    std::vector<const content::TextAnswer*> sources;  // nullptr for `accepted`
    const content::TextAnswer* any_other = nullptr;

    explicit TypedAnswers(const content::Question& question) : texts(question.accepted) {
        sources.assign(texts.size(), nullptr);
        for (const content::TextAnswer& answer : question.answers) {
            if (answer.text == content::kAnyOtherAnswer) {
                any_other = any_other == nullptr ? &answer : any_other;
                continue;
            }
            texts.push_back(answer.text);
            sources.push_back(&answer);
        }
    }
    double Credit(std::size_t i) const { return sources[i] ? sources[i]->credit : 1.0; }
    std::string Canonical() const {
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (Credit(i) >= 1.0) {
                return texts[i];
            }
        }
        return texts.empty() ? "" : texts.front();
    }
};

}  // namespace

Result<GradeResult> GradeTyped(const content::Question& question, const Answer& answer) {
    const TypedAnswers answers(question);
    GradeResult result;
    if (StartTextAnswer(question, answer, answers.Canonical(), result)) {
        return result;
    }
    // Close misspellings are forgiven against full-credit answers only.
    std::vector<std::string> full;
    for (std::size_t i = 0; i < answers.texts.size(); ++i) {
        if (answers.Credit(i) >= 1.0) {
            full.push_back(answers.texts[i]);
        }
    }
    const TextMatchResult match = MatchAnswerText(answer.text, answers.texts);
    result.parts.push_back(GradeTextPart(answer.text, full));
    result.parts.front().expected = result.correct_answer;
    if (match.match == TextMatch::kExact) {
        const auto i = static_cast<std::size_t>(match.nearest);
        ConcludeCredit(result, answers.Credit(i),
                       answers.sources[i] ? answers.sources[i]->feedback : "");
        return result;
    }
    if (result.parts.front().verdict == Verdict::kAlmost) {
        result.diff = result.parts.front().diff;
        ConcludeTextParts(result);
        return result;
    }
    const content::TextAnswer* other = answers.any_other;
    ConcludeCredit(result, other ? other->credit : 0.0, other ? other->feedback : "");
    return result;
}

}  // namespace summit::study::grading_detail
