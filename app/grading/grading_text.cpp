// Grading the free-text types, typed answers and cloze gaps, plus the rules shared by graders.
#include <algorithm>

#include "app/grading/grading_parts.h"
#include "content/model/cloze.h"

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

namespace {

bool IsBlank(std::string_view text) {
    return std::ranges::all_of(
        text, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

GradeResult Start(const content::Question& question) {
    GradeResult result;
    result.type = question.type;
    result.read_chars = CountCodePoints(question.prompt);
    return result;
}

GradeResult DontKnow(GradeResult result) {
    result.dont_know = true;
    result.verdict = Verdict::kWrong;
    result.score = 0;
    return result;
}

}  // namespace

Result<GradeResult> GradeTyped(const content::Question& question, const Answer& answer) {
    GradeResult result = Start(question);
    result.correct_answer = question.accepted.empty() ? "" : question.accepted.front();
    result.answer_chars = CountCodePoints(result.correct_answer);
    if (answer.dont_know || IsBlank(answer.text)) {
        return DontKnow(std::move(result));
    }
    result.parts.push_back(GradeTextPart(answer.text, question.accepted));
    result.diff = result.parts.front().diff;
    ConcludeTextParts(result);
    return result;
}

Result<GradeResult> GradeCloze(const content::Question& question, const Answer& answer) {
    auto cloze = content::ParseCloze(question.prompt);
    if (!cloze) {
        Error error = cloze.error();
        error.message = "cloze question '" + question.id + "': " + error.message;
        return Fail(std::move(error));
    }
    GradeResult result = Start(question);
    for (size_t i = 0; i < cloze->texts.size(); ++i) {
        result.correct_answer += cloze->texts[i];
        if (i < cloze->gaps.size()) {
            const std::string& canonical = cloze->gaps[i].answers.front();
            result.correct_answer += canonical;
            result.answer_chars += CountCodePoints(canonical);
        }
    }
    if (answer.dont_know || std::ranges::all_of(answer.gaps, IsBlank)) {
        return DontKnow(std::move(result));
    }
    if (answer.gaps.size() != cloze->gaps.size()) {
        return Fail(ErrorCode::kInvalidArgument,
                    "cloze answer has " + std::to_string(answer.gaps.size()) + " gaps for " +
                        std::to_string(cloze->gaps.size()) + " in question '" + question.id + "'");
    }
    for (size_t i = 0; i < cloze->gaps.size(); ++i) {
        PartResult part = IsBlank(answer.gaps[i])
                              ? PartResult{Verdict::kWrong, cloze->gaps[i].answers.front(), "", {}}
                              : GradeTextPart(answer.gaps[i], cloze->gaps[i].answers);
        result.parts.push_back(std::move(part));
    }
    ConcludeTextParts(result);
    return result;
}

}  // namespace summit::study::grading_detail
