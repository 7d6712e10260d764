// Typed and cloze questions: text fields that take the keyboard when the question appears,
// Enter submits, Tab moves between gaps; after grading each field's text right or wrong.
#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/long_text.h"
#include "app/ui/widgets/rich_text.h"
#include "app/ui/widgets/theme.h"
#include "content/richtext/markdown.h"

namespace summit::ui {
namespace {

bool Blank(const std::string& text) {
    return text.find_first_not_of(" \t") == std::string::npos;
}

}  // namespace

void QuestionPanel::DrawTyped() {
    if (locked_) {
        const Mark mark = grade_.parts.empty() ? Mark::kWrong : PartMark(grade_.parts[0]);
        ImGui::TextDisabled("Your answer:");
        ImGui::SameLine();
        const ImVec4 color = MarkColor(mark);
        LongTextWrapped(Blank(text_) ? "(none)" : text_, &color);
        return;
    }
    if (focus_text_) {
        ImGui::SetKeyboardFocusHere();
        focus_text_ = false;
    }
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, Em(24)));
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue;
    if (submitted_) {
        flags |= ImGuiInputTextFlags_ReadOnly;
    }
    if (ImGui::InputTextWithHint("##typed", "Type the answer, then Enter", &text_, flags)) {
        Submit(false);
    }
    rects_.RecordLastItem("text");
}

void QuestionPanel::DrawCloze() {
    // The sentence with numbered blanks, then one field per blank: fields inside wrapped text
    // do not lay out well in ImGui, and numbered blanks read as clearly.
    // A Markdown sentence keeps its markup and images; its blank numbers are escaped text.
    const bool rich = question_.text_format == content::TextFormat::kMarkdown;
    std::string sentence = texts_.empty() ? std::string() : texts_[0];
    for (size_t i = 0; i < gaps_.size(); ++i) {
        const std::string blank = "[" + std::to_string(i + 1) + "]";
        sentence += rich ? content::EscapeMarkdown(blank) : blank;
        if (i + 1 < texts_.size()) {
            sentence += texts_[i + 1];
        }
    }
    if (rich) {
        DrawQuestionText(sentence, question_.text_format, images_);
    } else {
        LongTextWrapped(sentence);
    }
    ImGui::Dummy(ImVec2(0, Em(0.4f)));

    std::string name;
    for (size_t i = 0; i < gaps_.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%zu", i + 1);
        ImGui::SameLine(Em(1.8f));
        if (locked_) {
            const Mark mark = i < grade_.parts.size() ? PartMark(grade_.parts[i]) : Mark::kWrong;
            // A multi-response gap's ticks are shown as graded: the options' texts.
            const std::string& given =
                i < gap_picks_.size() && !gap_picks_[i].empty() && i < grade_.parts.size()
                    ? grade_.parts[i].given
                    : gaps_[i];
            ImGui::TextColored(MarkColor(mark), "%s", Blank(given) ? "(empty)" : given.c_str());
            if (mark != Mark::kRight && i < grade_.parts.size()) {
                ImGui::SameLine(0, Em(0.8f));
                ImGui::TextDisabled("\u2192");
                ImGui::SameLine();
                ImGui::TextColored(MarkColor(Mark::kRight), "%s", grade_.parts[i].expected.c_str());
            }
            ImGui::PopID();
            continue;
        }
        if (i == 0 && focus_text_) {
            ImGui::SetKeyboardFocusHere();
            focus_text_ = false;
        }
        ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, Em(16)));
        const content::GapKind kind =
            i < gap_kinds_.size() ? gap_kinds_[i] : content::GapKind::kTyped;
        if (kind == content::GapKind::kMultiResponse) {
            DrawGapTicks(i);
        } else if (kind == content::GapKind::kChoice) {
            DrawGapChoices(i);
        } else {
            ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue;
            if (submitted_) {
                flags |= ImGuiInputTextFlags_ReadOnly;
            }
            const char* hint = kind == content::GapKind::kNumerical ? "a number" : "";
            if (ImGui::InputTextWithHint("##gap", hint, &gaps_[i], flags)) {
                Submit(false);
            }
        }
        name = "gap/" + std::to_string(i);
        if (kind != content::GapKind::kMultiResponse) {
            rects_.RecordLastItem(name);
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Tab: next gap; Enter: submit");
        }
        ImGui::PopID();
    }
}

void QuestionPanel::DrawGapTicks(size_t gap) {
    // Checkboxes side by side, wrapping as words do: every right option is to be ticked.
    std::vector<int>& picks = gap_picks_[gap];
    const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (size_t i = 0; i < gap_choices_[gap].size(); ++i) {
        const int index = static_cast<int>(i);
        const std::string& option = gap_choices_[gap][i];
        if (i > 0) {
            const float width = ImGui::GetFrameHeight() + ImGui::CalcTextSize(option.c_str()).x +
                                ImGui::GetStyle().ItemInnerSpacing.x;
            ImGui::SameLine(0, Em(1));
            if (ImGui::GetCursorScreenPos().x + width > right_edge) {
                ImGui::NewLine();
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + Em(1.8f));
            }
        }
        ImGui::PushID(index);
        bool ticked = std::ranges::find(picks, index) != picks.end();
        if (ImGui::Checkbox(option.c_str(), &ticked) && !submitted_) {
            std::erase(picks, index);
            if (ticked) {
                picks.insert(std::ranges::upper_bound(picks, index), index);
            }
        }
        ImGui::PopID();
        rects_.RecordLastItem("gap/" + std::to_string(gap) + "/option/" + std::to_string(i));
        if (i == 0) {
            rects_.RecordLastItem("gap/" + std::to_string(gap));
        }
    }
}

void QuestionPanel::DrawGapChoices(size_t gap) {
    const char* preview = gaps_[gap].empty() ? "Choose…" : gaps_[gap].c_str();
    if (ImGui::BeginCombo("##gap_choice", preview)) {
        for (size_t i = 0; i < gap_choices_[gap].size(); ++i) {
            const std::string& option = gap_choices_[gap][i];
            if (ImGui::Selectable(option.c_str(), option == gaps_[gap]) && !submitted_) {
                gaps_[gap] = option;
            }
            rects_.RecordLastItem("gap/" + std::to_string(gap) + "/option/" + std::to_string(i));
        }
        ImGui::EndCombo();
    }
}

}  // namespace summit::ui
