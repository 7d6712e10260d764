// Wrapping rows and ellipsized text for narrow windows and large UI scales.
#include "app/ui/widgets/fit_text.h"

#include <imgui.h>

namespace summit::ui {

void SameLineIfFits(float next_width, float spacing) {
    const float gap = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
    // GetContentRegionMax, unlike the window's, ends at the table column the item is in.
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + next_width <= right_edge) {
        ImGui::SameLine(0, gap);
    }
}

std::string Ellipsize(const std::string& text, float max_width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= max_width) {
        return text;
    }
    constexpr const char* kEllipsis = "...";
    const float room = max_width - ImGui::CalcTextSize(kEllipsis).x;
    size_t cut = text.size();
    while (cut > 0) {
        do {
            --cut;  // back to the start of a UTF-8 character
        } while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80);
        if (ImGui::CalcTextSize(text.data(), text.data() + cut).x <= room) {
            break;
        }
    }
    return text.substr(0, cut) + kEllipsis;
}

void TooltipIfCut(const std::string& shown, const std::string& full_text) {
    if (shown != full_text && ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", full_text.c_str());
    }
}

}  // namespace summit::ui
