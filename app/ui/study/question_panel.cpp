// The question panel's shared parts: starting a question, the prompt, the forward keys, the
// Submit row, the answer as given, and the wrapped answer rows every type draws.
#include "app/ui/study/question_panel.h"

#include <algorithm>
#include <utility>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/study/shuffle.h"
#include "app/ui/widgets/long_text.h"
#include "app/ui/widgets/rich_text.h"
#include "app/ui/widgets/theme.h"
#include "content/model/cloze_gaps.h"
#include "content/richtext/markdown.h"

namespace summit::ui {
namespace {

using content::QuestionType;

bool ForwardPressed() {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false)) {
        return true;
    }
    return !io.WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false);
}

}  // namespace

void QuestionPanel::Begin(const content::Question& question, uint32_t shuffle_seed) {
    question_ = question;
    revealed_ = reveal_pending_ = submitted_ = submit_pending_ = dont_know_ = locked_ = false;
    focus_text_ = question.type == QuestionType::kTyped || question.type == QuestionType::kCloze ||
                  question.type == QuestionType::kNumerical;
    chosen_.assign(question.choices.size(), false);
    said_ = -1;
    text_.clear();
    texts_.clear();
    gaps_.clear();
    gap_choices_.clear();
    gap_kinds_.clear();
    gap_picks_.clear();
    if (question.type == QuestionType::kCloze) {
        // A malformed prompt is shown as written with no fields; grading reports the error.
        if (auto cloze = content::ResolveCloze(question)) {
            texts_ = cloze->texts;
            gaps_.assign(cloze->gaps.size(), std::string());
            gap_picks_.assign(cloze->gaps.size(), {});
            for (const content::ResolvedGap& gap : cloze->gaps) {
                gap_kinds_.push_back(gap.kind);
                std::vector<std::string>& options = gap_choices_.emplace_back();
                for (const content::Choice& choice : gap.choices) {
                    // Options are picked as the answers they are graded against: plain.
                    options.push_back(question.text_format == content::TextFormat::kMarkdown
                                          ? content::MarkdownToPlain(choice.text)
                                          : choice.text);
                }
            }
        } else {
            texts_ = {question.prompt};
        }
    }
    study::ShownOrder shown = study::ShownOrderFor(question, shuffle_seed);
    choice_rows_ = std::move(shown.choices);
    matches_.assign(question.pairs.size(), -1);
    right_rows_ = std::move(shown.rights);
    picked_left_ = question.pairs.empty() ? -1 : 0;
    order_ = std::move(shown.items);
    order_cursor_ = 0;
    grade_ = study::GradeResult{};
    rects_.Clear();
}

void QuestionPanel::Draw() {
    rects_.Clear();
    ImGui::PushID("question");
    DrawPrompt();
    switch (question_.type) {
        case QuestionType::kFlashcard:
            DrawFlashcard();
            break;
        case QuestionType::kMultipleChoice:
            DrawChoice();
            break;
        case QuestionType::kTrueFalse:
            DrawTrueFalse();
            break;
        case QuestionType::kTyped:
        case QuestionType::kNumerical:
            DrawTyped();
            break;
        case QuestionType::kCloze:
            DrawCloze();
            break;
        case QuestionType::kMatching:
            DrawMatching();
            break;
        case QuestionType::kOrdering:
            DrawOrdering();
            break;
    }
    DrawSubmitRow();
    HandleForwardKeys();
    ImGui::PopID();
}

bool QuestionPanel::TakeSubmit() {
    const bool pending = submit_pending_;
    submit_pending_ = false;
    return pending;
}

bool QuestionPanel::TakeReveal() {
    const bool pending = reveal_pending_;
    reveal_pending_ = false;
    return pending;
}

study::Answer QuestionPanel::CurrentAnswer() const {
    study::Answer answer;
    answer.dont_know = dont_know_;
    switch (question_.type) {
        case QuestionType::kFlashcard:
            break;
        case QuestionType::kMultipleChoice:
            for (size_t i = 0; i < chosen_.size(); ++i) {
                if (chosen_[i]) {
                    answer.chosen.push_back(static_cast<int>(i));
                }
            }
            break;
        case QuestionType::kTrueFalse:
            answer.said_true = said_ == 1;
            break;
        case QuestionType::kTyped:
        case QuestionType::kNumerical:
            answer.text = text_;
            break;
        case QuestionType::kCloze:
            answer.gaps = gaps_;
            if (std::ranges::find(gap_kinds_, content::GapKind::kMultiResponse) !=
                gap_kinds_.end()) {
                answer.gap_picks = gap_picks_;
            }
            break;
        case QuestionType::kMatching:
            answer.matches = matches_;
            break;
        case QuestionType::kOrdering:
            answer.order = order_;
            break;
    }
    return answer;
}

void QuestionPanel::ShowResult(const study::GradeResult& grade) {
    grade_ = grade;
    locked_ = true;
    submitted_ = true;
    if (question_.type == QuestionType::kFlashcard) {
        revealed_ = true;
    }
}

bool QuestionPanel::WantsLetterKeys() const {
    if (locked_ || submitted_) {
        return false;
    }
    switch (question_.type) {
        case QuestionType::kMatching:
        case QuestionType::kTrueFalse:
        case QuestionType::kTyped:
        case QuestionType::kNumerical:
        case QuestionType::kCloze:
            return true;
        case QuestionType::kFlashcard:
        case QuestionType::kMultipleChoice:
        case QuestionType::kOrdering:
            break;
    }
    return false;
}

bool QuestionPanel::KeysActive() const {
    return keys_enabled_ && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
}

bool QuestionPanel::LettersActive() const {
    const ImGuiIO& io = ImGui::GetIO();
    return KeysActive() && !locked_ && !submitted_ && !io.WantTextInput && !io.KeyCtrl &&
           !io.KeySuper;
}

void QuestionPanel::Submit(bool dont_know) {
    if (submitted_ || locked_ || question_.type == QuestionType::kFlashcard) {
        return;
    }
    dont_know_ = dont_know || NothingGiven();
    submitted_ = true;
    submit_pending_ = true;
}

bool QuestionPanel::NothingGiven() const {
    switch (question_.type) {
        case QuestionType::kFlashcard:
            return false;
        case QuestionType::kMultipleChoice:
            return std::find(chosen_.begin(), chosen_.end(), true) == chosen_.end();
        case QuestionType::kTrueFalse:
            return said_ < 0;
        case QuestionType::kTyped:
        case QuestionType::kNumerical:
            return text_.find_first_not_of(" \t") == std::string::npos;
        case QuestionType::kCloze:
            return std::all_of(gaps_.begin(), gaps_.end(),
                               [](const std::string& gap) {
                                   return gap.find_first_not_of(" \t") == std::string::npos;
                               }) &&
                   std::ranges::all_of(gap_picks_, &std::vector<int>::empty);
        case QuestionType::kMatching:
            return std::all_of(matches_.begin(), matches_.end(), [](int m) { return m < 0; });
        case QuestionType::kOrdering:
            return false;  // the order shown is always an answer
    }
    return false;
}

void QuestionPanel::DrawPrompt() {
    // A cloze prompt is drawn with its blanks by DrawCloze; the raw {{markers}} never show.
    ImGui::PushTextWrapPos(0.0f);
    if (!question_.note.empty()) {
        ImGui::TextDisabled("%s", question_.note.c_str());
        ImGui::Dummy(ImVec2(0, Em(0.3f)));
    }
    ImGui::PopTextWrapPos();
    if (question_.type != QuestionType::kCloze) {
        DrawQuestionText(question_.prompt, question_.text_format, images_);
    }
    ImGui::Dummy(ImVec2(0, Em(0.4f)));
}

void QuestionPanel::DrawFlashcard() {
    if (!revealed_) {
        return;
    }
    ImGui::Separator();
    ImGui::Dummy(ImVec2(0, Em(0.2f)));
    DrawQuestionText(question_.back, question_.text_format, images_);
    ImGui::Dummy(ImVec2(0, Em(0.4f)));
}

void QuestionPanel::DrawSubmitRow() {
    if (locked_ || submitted_ || (question_.type == QuestionType::kFlashcard && revealed_)) {
        return;
    }
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    if (question_.type == QuestionType::kFlashcard) {
        if (ImGui::Button("Show answer###reveal", ImVec2(Em(9), 0))) {
            revealed_ = reveal_pending_ = true;
        }
        rects_.RecordLastItem("reveal");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Space or Enter");
        }
        return;
    }
    if (ImGui::Button("Submit###submit", ImVec2(Em(7), 0))) {
        Submit(false);
    }
    rects_.RecordLastItem("submit");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Enter (or Space outside a text field); nothing given = I don't know");
    }
    ImGui::SameLine(0, Em(0.8f));
    if (ImGui::Button("I don't know###dont_know", ImVec2(Em(9), 0))) {
        Submit(true);
    }
    rects_.RecordLastItem("dont_know");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Shows the answer and counts it as forgotten");
    }
}

void QuestionPanel::HandleForwardKeys() {
    if (!KeysActive() || locked_ || !ForwardPressed()) {
        return;
    }
    if (question_.type == QuestionType::kFlashcard) {
        if (!revealed_) {
            revealed_ = reveal_pending_ = true;
        }
        return;
    }
    Submit(false);
}

bool QuestionPanel::AnswerRow(const char* rect_name, const char* key, const std::string& text,
                              bool selected, Mark mark, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float key_width = Em(1.8f);
    const float text_width = std::max(width - key_width - style.FramePadding.x * 2, Em(4));
    const ImVec2 text_size = QuestionTextSize(text, question_.text_format, images_, text_width);
    const ImVec2 start = ImGui::GetCursorPos();
    const float height = text_size.y + style.FramePadding.y * 2;

    ImGui::PushID(rect_name);
    const bool clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowItemOverlap,
                                           ImVec2(width, height));
    ImGui::PopID();
    rects_.RecordLastItem(rect_name);
    const ImVec2 after = ImGui::GetCursorPos();

    ImGui::SetCursorPos(ImVec2(start.x + style.FramePadding.x, start.y + style.FramePadding.y));
    ImGui::TextDisabled("%s", key);
    ImGui::SetCursorPos(
        ImVec2(start.x + style.FramePadding.x + key_width, start.y + style.FramePadding.y));
    if (mark != Mark::kNone) {
        ImGui::PushStyleColor(ImGuiCol_Text, MarkColor(mark));
    }
    DrawQuestionText(text, question_.text_format, images_, text_width);
    if (mark != Mark::kNone) {
        ImGui::PopStyleColor();
    }
    ImGui::SetCursorPos(after);
    return clicked && !locked_ && !submitted_;
}

const ImVec4& QuestionPanel::MarkColor(Mark mark) {
    switch (mark) {
        case Mark::kRight:
            return Colors().success;
        case Mark::kWrong:
            return Colors().error;
        case Mark::kMissed:
            return Colors().warning;
        case Mark::kNone:
            break;
    }
    return Colors().text;
}

QuestionPanel::Mark QuestionPanel::PartMark(const study::PartResult& part) {
    switch (part.verdict) {
        case study::Verdict::kCorrect:
            return Mark::kRight;
        case study::Verdict::kAlmost:
        case study::Verdict::kPartial:
            return Mark::kMissed;
        case study::Verdict::kWrong:
            break;
    }
    return Mark::kWrong;
}

}  // namespace summit::ui
