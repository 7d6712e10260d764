// Grading a student's answer to a question: a verdict, partial credit, which part was wrong,
// the right answer as text, and a character diff for a close miss. The rules are documented in
// docs/grading.md. Pure functions over the content model; safe to call from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/grading/answer_text.h"
#include "content/model/error.h"
#include "content/model/question.h"

namespace summit::study {

// What a student gave. Only the fields of the question's type are read; leave the rest empty.
struct Answer {
    bool dont_know = false;         // an explicit "I don't know": wrong, whatever else is set
    std::vector<int> chosen;        // multiple choice: choice indices; order, repeats ignored
    bool said_true = false;         // true/false: the statement was judged true
    std::string text;               // typed, numerical: as typed; "" or spaces = "I don't know"
    std::vector<std::string> gaps;  // cloze: one text per gap (a choice gap: the option picked)
    // cloze: per gap, the options ticked in a multi-response gap (indices into its options);
    // empty, or one list per gap (empty for the other kinds)
    std::vector<std::vector<int>> gap_picks;
    std::vector<int> matches;  // matching: per left, the chosen right (pair index); -1 none
    std::vector<int> order;    // ordering: top to bottom, indices into the correct order
    bool used_hint = false;    // a hint was shown before answering
    int64_t duration_ms = 0;   // ms from showing the question to answering; 0 = unknown
};

enum class Verdict {
    kCorrect,  // fully right: score 1
    kAlmost,   // typed/cloze: right but for close misspellings, which are shown, not accepted
    kPartial,  // some parts right: 0 < score < 1
    kWrong,    // nothing right (score 0), or "I don't know"
};

// One part of an answer, for showing which choice, gap, pair or item was wrong.
//  - multiple choice: one per choice, in order. kCorrect when it was picked exactly if it is a
//    correct choice; `expected` is its text when it should be picked, `given` when it was.
//  - true/false: one part, "True" or "False".
//  - typed, numerical: one part; cloze: one per gap (kAlmost possible, with a diff). A typed or
//    numerical answer matched at partial credit is a kWrong part with a score above 0.
//  - matching: one per pair, in order: `expected` is the pair's right, `given` the chosen one.
//  - ordering: one per position, top to bottom: `expected` is the item that belongs there,
//    `given` the item the student put there.
struct PartResult {
    Verdict verdict = Verdict::kWrong;  // kCorrect, kAlmost or kWrong
    std::string expected;
    std::string given;
    std::vector<DiffSegment> diff;  // kAlmost only: `given` against the nearest accepted answer
};

struct GradeResult {
    content::QuestionType type = content::QuestionType::kFlashcard;
    std::optional<Verdict> verdict;  // nullopt for a flashcard: the student rates it themself
    double score = 0;                // credit in [0, 1]; 0 for a flashcard
    bool dont_know = false;          // the student said "I don't know"
    std::vector<PartResult> parts;   // empty for a flashcard and for "I don't know"
    std::string correct_answer;      // the right answer as one readable line (flashcard: the back)
    // typed, numerical: the feedback of the answer matched; cloze: each gap's, a line
    // "Gap 2: ..." per gap that has one
    std::string feedback;
    std::vector<DiffSegment> diff;  // typed kAlmost: the diff of the single part
    int read_chars = 0;             // code points to read: prompt plus choices, pairs or items
    int answer_chars = 0;  // code points of the canonical answer to type (typed, cloze); else 0

    bool SelfRated() const { return !verdict.has_value(); }
};

// Grades `answer` against `question`. A flashcard is self-rated: the result has no verdict and
// only `correct_answer` (the back). "I don't know" is kWrong with score 0 and no parts.
// Errors:
//  - kInvalidArgument: the answer does not fit the question: a choice index out of range, a
//    cloze gap count that differs from the prompt's, a matching list whose size differs from
//    the pairs' or holds an index outside -1..pairs-1, an ordering that is not a permutation of
//    the items, a ticked option outside a multi-response gap's options.
//  - kParse (from content::ParseCloze) for a cloze prompt whose gaps are malformed, and
//    kInvalidArgument (from content::ResolveCloze) for gap details that do not fit them.
[[nodiscard]] Result<GradeResult> Grade(const content::Question& question, const Answer& answer);

// The answer as one readable line for the review log, e.g. "Jupiter; Saturn" (multiple choice),
// "True", "Titan → Saturn; Europa → ?" (matching), "Venus → Mercury → Earth" (ordering), a cloze
// sentence with the student's gaps in [brackets], "I don't know", or "(self-rated)". Indices out
// of range show as "?"; never fails.
std::string DescribeAnswer(const content::Question& question, const Answer& answer);

// "correct", "almost", "partial", "wrong".
const char* VerdictName(Verdict verdict);

}  // namespace summit::study
