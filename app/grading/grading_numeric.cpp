// Grading numerical answers: the number typed, with or without the unit, against values with
// tolerances.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "app/grading/grading_parts.h"

namespace summit::study::grading_detail {
namespace {

std::string_view Trim(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// The number in `text`, after dropping the unit when it ends the text. A comma is read as the
// decimal point when there is no point ("3,5"). nullopt for anything else.
std::optional<double> ReadNumber(std::string_view text, std::string_view unit) {
    text = Trim(text);
    if (!unit.empty() && text.size() > unit.size() && text.ends_with(unit)) {
        text = Trim(text.substr(0, text.size() - unit.size()));
    }
    std::string digits(text);
    if (digits.find('.') == std::string::npos &&
        std::count(digits.begin(), digits.end(), ',') == 1) {
        digits[digits.find(',')] = '.';
    }
    const char* begin = digits.data() + (digits.starts_with('+') ? 1 : 0);
    const char* end = digits.data() + digits.size();
    double value = 0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end || begin == end || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

bool Accepts(const content::NumericAnswer& answer, double value) {
    // A little slack for decimal fractions that binary doubles cannot hold exactly.
    const double slack = 1e-9 * std::max(1.0, std::fabs(answer.value));
    return std::fabs(value - answer.value) <= answer.tolerance + slack;
}

}  // namespace

std::string FormatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

std::string NumericAnswerText(const content::Question& question) {
    for (const content::NumericAnswer& answer : question.numbers) {
        if (!answer.any_other && answer.credit >= 1.0) {
            std::string text = FormatNumber(answer.value);
            if (answer.tolerance > 0) {
                text += " ± " + FormatNumber(answer.tolerance);
            }
            return question.unit.empty() ? text : text + " " + question.unit;
        }
    }
    return "";
}

Result<GradeResult> GradeNumerical(const content::Question& question, const Answer& answer) {
    GradeResult result;
    if (StartTextAnswer(question, answer, NumericAnswerText(question), result)) {
        return result;
    }
    result.parts.push_back({Verdict::kWrong, result.correct_answer, answer.text, {}});
    const std::optional<double> value = ReadNumber(answer.text, question.unit);
    const content::NumericAnswer* other = nullptr;
    for (const content::NumericAnswer& number : question.numbers) {
        if (number.any_other) {
            other = other ? other : &number;
        } else if (value && Accepts(number, *value)) {
            ConcludeCredit(result, number.credit, number.feedback);
            return result;
        }
    }
    ConcludeCredit(result, other ? other->credit : 0.0, other ? other->feedback : "");
    return result;
}

}  // namespace summit::study::grading_detail
