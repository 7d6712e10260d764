// Wrapping rows and ellipsized text for narrow windows and large UI scales.
#include "app/ui/widgets/fit_text.h"

#include <imgui.h>

#include "app/ui/widgets/long_text.h"

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
    // A prefix is never narrower than a shorter one, so the longest that fits is found by
    // halving: a long text costs a few dozen measurements instead of one per character.
    size_t fits = 0;                // a cut known to fit
    size_t too_wide = text.size();  // a cut known not to
    while (too_wide - fits > 1) {
        size_t cut = fits + 1;  // the first UTF-8 character start after `fits`
        while (cut < too_wide && IsUtf8Continuation(text[cut])) {
            ++cut;
        }
        for (size_t mid = fits + (too_wide - fits) / 2; mid > cut; --mid) {
            if (!IsUtf8Continuation(text[mid])) {
                cut = mid;
                break;
            }
        }
        if (cut >= too_wide) {  // no character starts between the two
            break;
        }
        if (ImGui::CalcTextSize(text.data(), text.data() + cut).x <= room) {
            fits = cut;
        } else {
            too_wide = cut;
        }
    }
    return text.substr(0, fits) + kEllipsis;
}

void TooltipIfCut(const std::string& shown, const std::string& full_text) {
    if (shown != full_text && ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", full_text.c_str());
    }
}

}  // namespace summit::ui
