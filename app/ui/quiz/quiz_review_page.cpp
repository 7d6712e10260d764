// The quiz's review page: the answers given, before the quiz is scored.
#include "app/ui/quiz/quiz_review_page.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "app/grading/grading.h"
#include "app/ui/widgets/fit_text.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"
#include "content/model/cloze.h"
#include "content/richtext/markdown.h"

namespace summit::ui {
namespace {

// The prompt as it was asked: a cloze's gaps as blanks, so the page never shows the answers.
std::string AskedPrompt(const content::Question& question) {
    if (question.type == content::QuestionType::kCloze) {
        if (auto cloze = content::ParseCloze(question.prompt)) {
            return content::ClozeWithBlanks(*cloze);
        }
    }
    return question.prompt;
}

std::string GivenAnswer(const study::QuizItem& item) {
    if (!item.answer) {
        return "not answered";
    }
    if (item.card.question.type == content::QuestionType::kFlashcard) {
        return std::string("rated ") + (item.rating ? RatingName(*item.rating) : "?");
    }
    return study::DescribeAnswer(item.card.question, *item.answer);
}

bool KeyPressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true);
}

}  // namespace

bool QuizReviewPage::DrawPrompt(int index, const content::Question& question, bool selected,
                                WidgetRects& rects) {
    const std::string number = std::to_string(index + 1) + ". ";
    const std::string rect_name = "review/row/" + std::to_string(index);
    const float width = ImGui::GetContentRegionAvail().x;
    if (question.text_format == content::TextFormat::kMarkdown) {
        const std::string text = content::EscapeMarkdown(number) + AskedPrompt(question);
        const ImVec2 size = QuestionTextSize(text, question.text_format, images_, width);
        const ImVec2 start = ImGui::GetCursorScreenPos();
        const bool clicked = ImGui::Selectable(
            "###row", selected,
            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
            ImVec2(0, size.y));
        rects.RecordLastItem(rect_name);
        ImGui::SetCursorScreenPos(start);  // the text over the row it selects
        DrawQuestionText(text, question.text_format, images_, width);
        return clicked;
    }
    const std::string full = number + AskedPrompt(question);
    const std::string shown = Ellipsize(full, width);
    // "###": the label may be cut differently as the window is resized.
    const std::string label = shown + "###row";
    const bool clicked =
        ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns);
    rects.RecordLastItem(rect_name);
    TooltipIfCut(shown, full);
    return clicked;
}

void QuizReviewPage::Open(int selected) {
    selected_ = selected;
    frames_ = 0;
}

QuizReviewIntent QuizReviewPage::Draw(const study::Quiz& quiz, bool keys_enabled,
                                      WidgetRects& rects) {
    ++frames_;
    QuizReviewIntent intent;
    const int count = quiz.Count();
    selected_ = std::clamp(selected_, 0, std::max(0, count - 1));
    const int answered = quiz.AnsweredCount();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Review your answers: %d of %d answered", answered, count);
    ImGui::SameLine(0, Em(1));
    if (ImGui::Button("Finish and score (Enter)")) {
        intent.finish = true;
    }
    rects.RecordLastItem("review/finish");
    ImGui::SameLine();
    if (ImGui::Button("< Last question (Page Up)")) {
        intent.back = true;
    }
    rects.RecordLastItem("review/back");
    ImGui::TextDisabled("Choose a question to change its answer (Up / Down, Space).");
    ImGui::Separator();
    ImGui::BeginChild("review_rows", ImVec2(0, 0));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (ImGui::BeginTable("review", 2, flags)) {
        ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("Your answer", ImGuiTableColumnFlags_WidthStretch, 2);
        for (int i = 0; i < count; ++i) {
            const study::QuizItem& item = quiz.Item(i);
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (DrawPrompt(i, item.card.question, i == selected_, rects)) {
                intent.change = i;
            }
            if (i == selected_ && frames_ == 1) {
                ImGui::SetScrollHereY();
            }
            ImGui::TableNextColumn();
            const std::string given = GivenAnswer(item);
            const std::string shown_given = Ellipsize(given, ImGui::GetContentRegionAvail().x);
            if (item.answer) {
                ImGui::TextUnformatted(shown_given.c_str());
            } else {
                ImGui::TextColored(Colors().warning, "%s", shown_given.c_str());
            }
            TooltipIfCut(shown_given, given);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
    if (keys_enabled && frames_ > 1) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false)) {
            intent.finish = true;
        }
        if (KeyPressed(ImGuiKey_DownArrow)) {
            selected_ = std::min(selected_ + 1, count - 1);
        }
        if (KeyPressed(ImGuiKey_UpArrow)) {
            selected_ = std::max(selected_ - 1, 0);
        }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) {
            intent.change = selected_;
        }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp), false)) {
            intent.back = true;
        }
    }
    return intent;
}

}  // namespace summit::ui
