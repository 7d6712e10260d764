#include "app/ui/edit/answer_fields.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/edit/edit_rows.h"
#include "app/ui/widgets/theme.h"
#include "content/model/cloze_gaps.h"

namespace summit::ui {

namespace {

using content::QuestionType;

void DrawFlashcard(content::Question& q, FieldProblems& problems, WidgetRects& rects) {
    ImGui::TextUnformatted("Back");
    ImGui::InputTextMultiline("##back", &q.back, ImVec2(-1, Em(4)));
    rects.RecordLastItem("back");
    problems.Under("back");
    ImGui::Checkbox("Also ask back to front (a second card)", &q.reversible);
    rects.RecordLastItem("reversible");
}

void DrawChoices(content::Question& q, AnswerFieldsState& state, FieldProblems& problems,
                 WidgetRects& rects) {
    // Two right choices already make it a several-answer question, however they got there.
    state.several = state.several || AnswerFieldsStateFor(q).several;
    if (ImGui::Checkbox("Several choices may be right", &state.several) && !state.several) {
        // One right answer: keep the first choice marked right.
        bool seen = false;
        for (content::Choice& choice : q.choices) {
            choice.correct = choice.correct && !seen;
            seen = seen || choice.correct;
        }
    }
    rects.RecordLastItem("several");
    ImGui::SameLine();
    ImGui::Checkbox("Keep this order", &q.fixed_order);
    int ticked = -1;
    EditRows(q.choices, "choices", "choice", "choice", true, content::Choice{}, problems, rects,
             [&](RowContext& row, content::Choice& choice) {
                 const bool was = choice.correct;
                 ImGui::Checkbox("##right", &choice.correct);
                 row.rects.RecordLastItem(row.rect + "/right");
                 if (ImGui::IsItemHovered()) {
                     ImGui::SetTooltip("A right answer");
                 }
                 if (!was && choice.correct) {
                     ticked = row.index;
                 }
                 ImGui::SameLine();
                 ImGui::SetNextItemWidth(RowFieldWidth(11));
                 ImGui::InputTextWithHint("##text", "choice", &choice.text);
                 row.rects.RecordLastItem(row.rect + "/text");
             });
    if (!state.several && ticked >= 0) {
        for (int i = 0; i < static_cast<int>(q.choices.size()); ++i) {
            q.choices[static_cast<size_t>(i)].correct = i == ticked;
        }
    }
}

void DrawTrueFalse(content::Question& q, WidgetRects& rects) {
    ImGui::TextUnformatted("The statement is");
    ImGui::SameLine();
    if (ImGui::RadioButton("true", q.answer)) {
        q.answer = true;
    }
    rects.RecordLastItem("true");
    ImGui::SameLine();
    if (ImGui::RadioButton("false", !q.answer)) {
        q.answer = false;
    }
    rects.RecordLastItem("false");
}

void DrawTyped(content::Question& q, FieldProblems& problems, WidgetRects& rects) {
    ImGui::TextUnformatted("Accepted answers (the first is shown as the answer)");
    EditRows(q.accepted, "accepted", "accepted", "answer", true, std::string(), problems, rects,
             [](RowContext& row, std::string& text) {
                 ImGui::SetNextItemWidth(RowFieldWidth(11));
                 ImGui::InputTextWithHint("##text", "answer or variant", &text);
                 row.rects.RecordLastItem(row.rect);
             });
    problems.Under("answers");
}

void DrawCloze(content::Question& q, FieldProblems& problems, WidgetRects& rects) {
    ImGui::TextDisabled("Gaps are written in the sentence: {{answer|variant}} is typed,");
    ImGui::TextDisabled("{{right|~wrong|~wrong}} is picked from a list.");
    if (ImGui::Button("Add a typed gap")) {
        q.prompt += " {{answer}}";
    }
    rects.RecordLastItem("gap/typed");
    ImGui::SameLine();
    if (ImGui::Button("Add a choice gap")) {
        q.prompt += " {{right|~wrong}}";
    }
    rects.RecordLastItem("gap/choice");
    auto cloze = content::ResolveCloze(q);
    if (cloze) {
        for (size_t i = 0; i < cloze->gaps.size(); ++i) {
            const content::ResolvedGap& gap = cloze->gaps[i];
            std::string line = "Gap " + std::to_string(i + 1) + " (" +
                               content::GapKindName(gap.kind) + "): " + gap.shown;
            ImGui::BulletText("%s", line.c_str());
        }
    }
    problems.Under("gaps");
    if (!q.gaps.empty() && ImGui::Button("Forget the gaps' details (weights, credits)")) {
        q.gaps.clear();  // details counted for other markers block saving; the markers stay
    }
}

void DrawPairs(content::Question& q, FieldProblems& problems, WidgetRects& rects) {
    EditRows(q.pairs, "pairs", "pair", "pair", false, content::MatchPair{}, problems, rects,
             [](RowContext& row, content::MatchPair& pair) {
                 const float width = RowFieldWidth(6) / 2 - Em(0.5f);
                 ImGui::SetNextItemWidth(width);
                 ImGui::InputTextWithHint("##left", "left", &pair.left);
                 row.rects.RecordLastItem(row.rect + "/left");
                 ImGui::SameLine();
                 ImGui::SetNextItemWidth(width);
                 ImGui::InputTextWithHint("##right", "matches", &pair.right);
                 row.rects.RecordLastItem(row.rect + "/right");
             });
}

void DrawItems(content::Question& q, FieldProblems& problems, WidgetRects& rects) {
    ImGui::TextUnformatted("Items in their right order (shown shuffled)");
    EditRows(q.items, "items", "item", "item", true, std::string(), problems, rects,
             [](RowContext& row, std::string& item) {
                 ImGui::SetNextItemWidth(RowFieldWidth(11));
                 ImGui::InputTextWithHint("##text", "item", &item);
                 row.rects.RecordLastItem(row.rect);
             });
}

// A number is kept as value +/- tolerance; a range a..b is the same thing written the other
// way, so both spellings edit the one answer. While an end of the range is typed, both ends
// are kept as typed (in `state`) so a half-typed one never moves the other.
void DrawNumber(RowContext& row, content::NumericAnswer& number, AnswerFieldsState& state) {
    ImGui::SetNextItemWidth(Em(6));
    ImGui::InputDouble("##value", &number.value, 0, 0, "%g");
    row.rects.RecordLastItem(row.rect + "/value");
    ImGui::SameLine();
    ImGui::TextUnformatted("+/-");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(Em(4));
    ImGui::InputDouble("##tolerance", &number.tolerance, 0, 0, "%g");
    row.rects.RecordLastItem(row.rect + "/tolerance");
    ImGui::SameLine();
    ImGui::TextUnformatted("or from");
    const bool typing = state.range_row == row.index;
    double range[2] = {typing ? state.range[0] : number.value - number.tolerance,
                       typing ? state.range[1] : number.value + number.tolerance};
    bool changed = false;
    bool active = false;
    constexpr const char* kEnds[] = {"from", "to"};
    for (int end = 0; end < 2; ++end) {
        if (end == 1) {
            ImGui::SameLine();
            ImGui::TextUnformatted("to");
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(Em(5));
        changed =
            ImGui::InputDouble(end == 0 ? "##from" : "##to", &range[end], 0, 0, "%g") || changed;
        active = active || ImGui::IsItemActive();
        row.rects.RecordLastItem(row.rect + "/" + kEnds[end]);
    }
    if (changed) {
        number.value = (range[0] + range[1]) / 2;
        number.tolerance = std::abs(range[1] - range[0]) / 2;
    }
    if (active) {
        state.range_row = row.index;
        state.range[0] = range[0];
        state.range[1] = range[1];
    } else if (typing) {
        state.range_row = -1;
    }
}

void DrawNumbers(content::Question& q, AnswerFieldsState& state, FieldProblems& problems,
                 WidgetRects& rects) {
    ImGui::TextUnformatted("Accepted numbers");
    EditRows(q.numbers, "numbers", "number", "number", true, content::NumericAnswer{}, problems,
             rects, [&state](RowContext& row, content::NumericAnswer& number) {
                 DrawNumber(row, number, state);
             });
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Unit (may be left out)");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(Em(6));
    ImGui::InputTextWithHint("##unit", "m, kg, ...", &q.unit);
    rects.RecordLastItem("unit");
    problems.Under("unit");
}

}  // namespace

void DrawAnswerFields(content::Question& question, AnswerFieldsState& state,
                      FieldProblems& problems, WidgetRects& rects) {
    switch (question.type) {
        case QuestionType::kFlashcard:
            DrawFlashcard(question, problems, rects);
            break;
        case QuestionType::kMultipleChoice:
            DrawChoices(question, state, problems, rects);
            break;
        case QuestionType::kTrueFalse:
            DrawTrueFalse(question, rects);
            break;
        case QuestionType::kTyped:
            DrawTyped(question, problems, rects);
            break;
        case QuestionType::kCloze:
            DrawCloze(question, problems, rects);
            break;
        case QuestionType::kMatching:
            DrawPairs(question, problems, rects);
            break;
        case QuestionType::kOrdering:
            DrawItems(question, problems, rects);
            break;
        case QuestionType::kNumerical:
            DrawNumbers(question, state, problems, rects);
            break;
    }
}

AnswerFieldsState AnswerFieldsStateFor(const content::Question& question) {
    AnswerFieldsState state;
    state.several = std::count_if(question.choices.begin(), question.choices.end(),
                                  [](const content::Choice& c) { return c.correct; }) > 1;
    return state;
}

content::Question BlankOfType(content::QuestionType type) {
    content::Question question;
    question.type = type;
    switch (type) {
        case QuestionType::kMultipleChoice:
            question.choices.resize(2);
            break;
        case QuestionType::kTyped:
            question.accepted.resize(1);
            break;
        case QuestionType::kMatching:
            question.pairs.resize(2);
            break;
        case QuestionType::kOrdering:
            question.items.resize(2);
            break;
        case QuestionType::kNumerical:
            question.numbers.resize(1);
            break;
        default:
            break;
    }
    return question;
}

}  // namespace summit::ui
