// What the text-format importers (GIFT, Aiken, Moodle XML) and writers share: ids for
// re-import, the bank's name from its file, Moodle categories, and dropping the questions a
// bank may not hold.
#pragma once

#include <cstddef>
#include <expected>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content/formats/parsed_bank.h"
#include "content/model/bank.h"
#include "content/model/error.h"

namespace summit::content::import {

// `text` without leading and trailing spaces, tabs and line breaks.
std::string_view Trim(std::string_view text);

// Calls line(text, number) for each line, numbered from 1, after a UTF-8 byte-order mark:
// "\r\n", "\n" and a lone "\r" each end a line. Line ends are not passed.
template <typename Line>
void ForEachLine(std::string_view text, Line&& line) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    int number = 0;
    std::size_t at = 0;
    while (true) {
        std::size_t end = text.find_first_of("\r\n", at);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        line(text.substr(at, end - at), ++number);
        if (end == text.size()) {
            return;
        }
        at = end + (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
    }
}

// The most questions a reader reserves room for up front; a bigger bank grows as usual. Far
// more than a 256 MiB file of sensible questions holds, and reserved pages are not resident
// until used.
inline constexpr std::size_t kMaxReservedQuestions = std::size_t{1} << 20;

// The back of a flashcard made from an essay without a model answer.
inline constexpr std::string_view kNoModelAnswer =
    "No model answer was given: Moodle grades essays by hand.";

// A Moodle category path as a sub-deck: "$course$/top/Unit 1/Week 2" -> "Unit 1::Week 2". The
// context ($course$, $system$, $module$...) and a leading "top" are dropped; "//" is a "/"
// inside a name.
std::string DeckOfCategory(std::string_view path);

// The inverse, as Moodle writes categories: "Unit 1::Week 2" -> "$course$/top/Unit 1/Week 2", a
// "/" in a name doubled; "" -> "$course$/top".
std::string CategoryOfDeck(std::string_view deck);

// Whether Moodle (GIFT or XML) should read the multiple-choice question as single-answer:
// with credits, exactly the choices worth 100% are correct; without, one choice is.
bool MoodleSingleAnswer(const Question& q);

// The shortest of 15 or 17 significant digits that ReadNumber reads back as the same double.
std::string Number(double value);

// A decimal number, optionally signed, spaces around it allowed; nullopt for anything else.
std::optional<double> ReadNumber(std::string_view text);

// Ends reading a short-answer question: when every one of `q.answers` is a plain full-credit
// answer (no feedback, not "*"), they move to `q.accepted`. Returns the problem that leaves
// the question out (no answer at all), if any.
std::optional<std::string> SettleShortAnswers(Question& q);

// Lowercase ASCII letters and digits kept, "-", "_", "." and ":" kept, every other run of
// characters one "-", trimmed of "-": "Moodle activities" -> "moodle-activities". May be empty.
std::string Slug(std::string_view text);

// "h" and 16 hex digits of a 64-bit FNV-1a hash of `text`: the same text always gives the
// same id, so re-importing an edited file keeps the history of the questions left alone.
std::string ContentHashId(std::string_view text);

// Makes ids unique in the order they are claimed: a repeated "q" becomes "q-2", "q-3"...
class UniqueIds {
  public:
    std::string Claim(const std::string& id);

  private:
    std::set<std::string> taken_;
};

// Sets an empty bank id and title from the file name: "week 1.gift.txt" gives the title
// "week 1" and the id "week-1"; `fallback` ("gift") when the name gives nothing.
void NameBankFromFile(Bank& bank, std::string_view file_name, std::string_view fallback);

// A warning (or error) at a position of `file`.
Error At(std::string_view file, int line, int column, std::string message,
         ErrorCode code = ErrorCode::kValidation);

// Drops each question that breaks a rule of the bank format, with one warning per problem at
// `lines[i]` (the line question i starts on). Returns the bank-level problems (a bad bank id)
// as errors, and when no question is left every warning as an error followed by "no question
// could be imported"; empty when the bank may be imported.
ErrorList KeepValidQuestions(Bank& bank, const std::vector<int>& lines, std::string_view file,
                             ErrorList& warnings);

// The end of every text reader: names the bank from `file` (NameBankFromFile with
// `fallback`), keeps its valid questions, and returns the bank with its warnings in line order,
// or the errors.
std::expected<ParsedBank, ErrorList> FinishBank(Bank bank, const std::vector<int>& lines,
                                                std::string_view file, std::string_view fallback,
                                                ErrorList warnings);

}  // namespace summit::content::import
