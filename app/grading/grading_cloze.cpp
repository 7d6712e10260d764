// Grading cloze answers: each gap as the one-part question it is (typed, numerical, a choice
// picked, options ticked), the gaps' scores combined by their weights.
#include <algorithm>

#include "app/grading/grading_parts.h"
#include "content/model/cloze_gaps.h"

namespace summit::study::grading_detail {
namespace {

using content::GapKind;
using content::ResolvedGap;

// The letters of `text` as typed, for a case-sensitive gap: ASCII letters and every non-ASCII
// byte, so "Paris." and "Paris" agree and "paris" does not.
std::string CaseKey(std::string_view text) {
    std::string key;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')) {
            key += c;
        }
    }
    return key;
}

content::Question TypedGapQuestion(const ResolvedGap& gap, std::string_view given) {
    content::Question sub;
    sub.type = content::QuestionType::kTyped;
    sub.accepted = gap.accepted;
    sub.answers = gap.answers;
    if (gap.case_sensitive) {
        // Only answers with the letters typed in their case can match; the catch-all stays.
        const std::string key = CaseKey(given);
        std::erase_if(sub.accepted, [&](const std::string& text) { return CaseKey(text) != key; });
        std::erase_if(sub.answers, [&](const content::TextAnswer& answer) {
            return answer.text != content::kAnyOtherAnswer && CaseKey(answer.text) != key;
        });
    }
    return sub;
}

std::string JoinTexts(const std::vector<content::Choice>& choices, const std::vector<int>& picks,
                      bool right_ones) {
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const bool included = right_ones
                                  ? choices[i].correct
                                  : std::ranges::find(picks, static_cast<int>(i)) != picks.end();
        if (included) {
            out += (out.empty() ? "" : "; ") + choices[i].text;
        }
    }
    return out;
}

struct GapGrade {
    PartResult part;
    double score = 0;
    std::string feedback;
};

// A gap graded as the one-part question it is; blank is wrong with score 0.
Result<GapGrade> GradeGap(const ResolvedGap& gap, const std::string& text,
                          const std::vector<int>& picks) {
    GapGrade out;
    out.part.expected = gap.shown;
    out.part.given = text;
    content::Question sub;
    Answer given;
    given.text = text;
    switch (gap.kind) {
        case GapKind::kTyped:
            sub = TypedGapQuestion(gap, text);
            break;
        case GapKind::kNumerical:
            sub.type = content::QuestionType::kNumerical;
            sub.numbers = gap.numbers;
            out.part.expected = NumericAnswerText(sub);
            break;
        case GapKind::kChoice: {
            // One option picked from a list: right or wrong, never almost.
            const auto picked = std::ranges::find(gap.choices, text, &content::Choice::text);
            if (picked != gap.choices.end()) {
                out.score =
                    picked->credit ? std::max(*picked->credit, 0.0) : (picked->correct ? 1.0 : 0.0);
                out.feedback = picked->feedback;
            }
            out.part.verdict = out.score >= 1.0 ? Verdict::kCorrect : Verdict::kWrong;
            return out;
        }
        case GapKind::kMultiResponse:
            sub.type = content::QuestionType::kMultipleChoice;
            sub.choices = gap.choices;
            given.chosen = picks;
            out.part.expected = JoinTexts(gap.choices, picks, true);
            out.part.given = JoinTexts(gap.choices, picks, false);
            if (picks.empty()) {
                return out;
            }
            break;
    }
    if (gap.kind != GapKind::kMultiResponse && IsBlank(text)) {
        return out;
    }
    auto graded = Grade(sub, given);
    if (!graded) {
        return Fail(graded.error());
    }
    out.score = graded->score;
    out.part.verdict = *graded->verdict == Verdict::kAlmost ? Verdict::kAlmost
                       : graded->score >= 1.0               ? Verdict::kCorrect
                                                            : Verdict::kWrong;
    if (gap.kind == GapKind::kTyped && !graded->parts.empty()) {
        out.part.diff = graded->parts.front().diff;
    }
    if (gap.kind == GapKind::kMultiResponse) {
        for (int pick : picks) {
            const std::string& feedback = gap.choices[static_cast<std::size_t>(pick)].feedback;
            out.feedback += (out.feedback.empty() || feedback.empty() ? "" : " ") + feedback;
        }
    } else {
        out.feedback = graded->feedback;
    }
    return out;
}

bool NothingGiven(const Answer& answer) {
    return std::ranges::all_of(answer.gaps, IsBlank) &&
           std::ranges::all_of(answer.gap_picks, &std::vector<int>::empty);
}

}  // namespace

Result<GradeResult> GradeCloze(const content::Question& question, const Answer& answer) {
    auto cloze = content::ResolveCloze(question);
    if (!cloze) {
        Error error = cloze.error();
        error.message = "cloze question '" + question.id + "': " + error.message;
        return Fail(std::move(error));
    }
    GradeResult result;
    result.type = question.type;
    result.read_chars = CountCodePoints(question.prompt);
    for (size_t i = 0; i < cloze->texts.size(); ++i) {
        result.correct_answer += cloze->texts[i];
        if (i < cloze->gaps.size()) {
            result.correct_answer += cloze->gaps[i].shown;
            result.answer_chars += CountCodePoints(cloze->gaps[i].shown);
        }
    }
    if (answer.dont_know || NothingGiven(answer)) {
        result.dont_know = true;
        result.verdict = Verdict::kWrong;
        return result;
    }
    const std::size_t count = cloze->gaps.size();
    if (answer.gaps.size() != count ||
        (!answer.gap_picks.empty() && answer.gap_picks.size() != count)) {
        return Fail(ErrorCode::kInvalidArgument,
                    "cloze answer has " + std::to_string(answer.gaps.size()) + " gaps for " +
                        std::to_string(count) + " in question '" + question.id + "'");
    }
    bool all_right = true;
    bool all_counted = true;
    static const std::vector<int> kNoPicks;
    for (size_t i = 0; i < count; ++i) {
        auto gap = GradeGap(cloze->gaps[i], answer.gaps[i],
                            answer.gap_picks.empty() ? kNoPicks : answer.gap_picks[i]);
        if (!gap) {
            return Fail(gap.error());
        }
        const double credit = gap->part.verdict == Verdict::kAlmost ? kAlmostCredit : gap->score;
        result.score += content::GapShare(*cloze, i) * credit;
        all_right = all_right && gap->part.verdict == Verdict::kCorrect;
        all_counted = all_counted && gap->part.verdict != Verdict::kWrong;
        if (!gap->feedback.empty()) {
            result.feedback += (result.feedback.empty() ? "" : "\n") + std::string("Gap ") +
                               std::to_string(i + 1) + ": " + gap->feedback;
        }
        result.parts.push_back(std::move(gap->part));
    }
    if (all_right) {
        result.score = 1.0;
        result.verdict = Verdict::kCorrect;
    } else {
        result.score = std::clamp(result.score, 0.0, 1.0);
        result.verdict = all_counted ? Verdict::kAlmost
                                     : (result.score > 0 ? Verdict::kPartial : Verdict::kWrong);
    }
    return result;
}

}  // namespace summit::study::grading_detail
