// The editor's fields for what a question of each type accepts as right: the back of a
// flashcard, choices, true or false, accepted answers, cloze gaps, pairs, items and numbers.
#pragma once

#include "app/ui/edit/field_problems.h"
#include "app/ui/widgets/widget_rects.h"
#include "content/model/question.h"

namespace summit::ui {

// What the answer fields remember between frames besides the question.
struct AnswerFieldsState {
    // Multiple choice: several choices may be right (checkboxes); off, ticking one choice
    // right clears the others (one right answer).
    bool several = false;
    // Numerical: the number whose range (from, to) is being typed, and that range as typed,
    // so a half-typed end never moves the other one.
    int range_row = -1;
    double range[2] = {0, 0};
};

// Draws the fields of `question.type` and edits `question` in place; each list row's problems
// are drawn under it. Rects: "back", "reversible", "several", "choice/<i>/text",
// "choice/<i>/right", "true", "false", "accepted/<i>", "pair/<i>/left", "pair/<i>/right",
// "item/<i>", "item/<i>/up", "number/<i>/value", "number/<i>/tolerance", "number/<i>/from",
// "number/<i>/to", "unit", "gap/typed", "gap/choice", and for every list "<list>/<i>/remove"
// and "add/<list>" (choice, accepted, pair, item, number). UI thread, inside a window.
void DrawAnswerFields(content::Question& question, AnswerFieldsState& state,
                      FieldProblems& problems, WidgetRects& rects);

// The state the fields start from for `question` (several when more than one choice is right).
AnswerFieldsState AnswerFieldsStateFor(const content::Question& question);

// A blank question of `type` to fill in, with the empty rows its type needs at least (two
// choices, one accepted answer, two pairs, two items, one number).
content::Question BlankOfType(content::QuestionType type);

}  // namespace summit::ui
