// The content model: what a question is, independent of any file format or storage.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summit::content {

enum class QuestionType {
    kFlashcard,       // front (prompt) and back, self-rated; optionally studied in both directions
    kMultipleChoice,  // one or several correct choices
    kTrueFalse,       // a statement that is true or false
    kTyped,           // a short free-text answer checked against accepted answers
    kCloze,           // a sentence with one or more {{gaps}}
    kMatching,        // pairs to match, left to right
    kOrdering,        // items to put in their correct order
    kNumerical,       // a number, right within a tolerance of one of the accepted values
};

inline constexpr QuestionType kAllQuestionTypes[] = {
    QuestionType::kFlashcard, QuestionType::kMultipleChoice, QuestionType::kTrueFalse,
    QuestionType::kTyped,     QuestionType::kCloze,          QuestionType::kMatching,
    QuestionType::kOrdering,  QuestionType::kNumerical,
};

// The name used in files and on the command line: "flashcard", "multiple_choice",
// "true_false", "typed", "cloze", "matching", "ordering", "numerical".
const char* QuestionTypeName(QuestionType type);
// Inverse of QuestionTypeName; nullopt for an unknown name.
std::optional<QuestionType> ParseQuestionType(std::string_view name);

// How a question's texts are written: plain text as shown, or Summit's Markdown subset
// (content/richtext/markdown.h; docs/bank-format.md, "Rich text").
enum class TextFormat { kPlain, kMarkdown };

struct Choice {
    std::string text;
    bool correct = false;
    std::string feedback;  // shown when this choice was picked; may be empty
    // The share of the question's credit picking it earns, -1..1 (Moodle's answer fraction):
    // partial credit, or a penalty for a wrong pick in a several-answer question. When no
    // choice of a question sets it, every correct choice is worth the same and a wrong pick
    // cancels a right one (docs/grading.md).
    std::optional<double> credit{};

    bool operator==(const Choice&) const = default;
};

// kTyped: an answer with its own credit and feedback. The text "*" stands for any answer no
// other one matches, for a catch-all feedback.
struct TextAnswer {
    std::string text;
    double credit = 1;  // 0..1
    std::string feedback;

    bool operator==(const TextAnswer&) const = default;
};

inline constexpr std::string_view kAnyOtherAnswer = "*";

// kNumerical: a value accepted within +/- tolerance, or, with `any_other`, every number no
// other answer accepts (value and tolerance unused).
struct NumericAnswer {
    double value = 0;
    double tolerance = 0;  // >= 0; a range a..b is stored as its midpoint +/- half its width
    double credit = 1;     // 0..1
    std::string feedback;
    bool any_other = false;

    bool operator==(const NumericAnswer&) const = default;
};

// kCloze: how a gap is answered (Moodle's embedded sub-question types).
enum class GapKind {
    kTyped,          // a text typed in (SHORTANSWER), matched like a typed question
    kChoice,         // one option picked from a drop-down list (MULTICHOICE)
    kNumerical,      // a number within a tolerance of a value (NUMERICAL)
    kMultiResponse,  // every right option ticked among checkboxes (MULTIRESPONSE)
};

// "typed", "choice", "numerical", "multi_response" (the bank format's names).
const char* GapKindName(GapKind kind);
// Inverse of GapKindName; nullopt for an unknown name.
std::optional<GapKind> ParseGapKind(std::string_view name);

// kCloze: what a {{gap}} marker of the prompt cannot say. Answers, choices or numbers given
// here replace the marker's variants for grading; the marker's first variant stays the answer
// shown as right, and the marker is what a format without gap details keeps.
struct GapDetail {
    GapKind kind = GapKind::kTyped;
    double weight = 1;                  // > 0: the gap's share of the marks against the other gaps'
    bool case_sensitive = false;        // kTyped: letters count only typed in the answer's case
    std::vector<TextAnswer> answers{};  // kTyped: with credit and feedback, tried in order
    std::vector<Choice> choices{};      // kChoice, kMultiResponse: the marker's options
    std::vector<NumericAnswer> numbers{};  // kNumerical: tried in order

    bool operator==(const GapDetail&) const = default;
};

struct MatchPair {
    std::string left;
    std::string right;

    bool operator==(const MatchPair&) const = default;
};

// Where a question comes from, so the answer view can point back to it.
struct SourceRef {
    std::string article;  // empty means the bank's own source
    int paragraph = -1;   // 0 is the title line, 1.. the body paragraphs; -1 when not given

    bool operator==(const SourceRef&) const = default;
};

struct Question {
    std::string id;  // stable within its bank; bank id + "/" + id is the collection-wide GUID
    QuestionType type = QuestionType::kFlashcard;
    std::string prompt;       // flashcard: the front; cloze: the sentence with {{gap}} markers
    std::string explanation;  // why the answer is right, shown after answering
    std::string topic;        // one topic tag, e.g. "arguments:china-motives"
    std::vector<std::string> tags;
    int difficulty = 0;  // hint, 1 (easy) .. 5 (hard); 0 when not given
    std::optional<SourceRef> source;
    // Read before the question, shown above its prompt (an imported description item).
    std::string note;
    // A deck below the bank's deck, "Part 1::Week 2" (Anki's separator); empty for the
    // bank's deck itself.
    std::string deck;
    // Applies to every text of the question: prompt, back, choices, feedback, explanation,
    // accepted answers, answers and their feedback, numbers' feedback, pairs and items.
    TextFormat text_format = TextFormat::kPlain;

    // kFlashcard
    std::string back;
    bool reversible = false;  // also ask back -> front, as a second card
    // kMultipleChoice
    std::vector<Choice> choices;
    // kMultipleChoice: show the choices in the order written instead of shuffling them, for
    // "all of the above"-style options that need their place.
    bool fixed_order = false;
    // kTrueFalse
    bool answer = false;
    // kTyped: full-credit answers; the first is the canonical answer shown after answering
    std::vector<std::string> accepted;
    // kTyped: answers with their own credit and feedback, tried after `accepted`, in order
    std::vector<TextAnswer> answers;
    // kNumerical: the accepted values, tried in order; the first full-credit one is canonical
    std::vector<NumericAnswer> numbers;
    // kNumerical: the unit, accepted after the number or left out ("m", "kg"); may be empty
    std::string unit;
    // kCloze: one per {{gap}} of the prompt, in order; empty when every gap is as its marker
    // says (typed, or a choice list when it has "~" options) and worth 1.
    std::vector<GapDetail> gaps;
    // kMatching: each left belongs with its right
    std::vector<MatchPair> pairs;
    // kOrdering: in the correct order
    std::vector<std::string> items;

    bool operator==(const Question&) const = default;
};

// How many cards (studied directions) a question has: 2 for a reversible flashcard, else 1.
int CardCount(const Question& question);

}  // namespace summit::content
