// Drawing text of any length as pieces ImGui can clip one by one.
#include "app/ui/widgets/long_text.h"

namespace summit::ui {

std::vector<std::string_view> SplitLongText(std::string_view text, size_t max_bytes) {
    std::vector<std::string_view> pieces;
    while (text.size() > max_bytes) {
        const std::string_view window = text.substr(0, max_bytes + 1);
        size_t cut = window.rfind('\n');
        size_t skip = 1;
        if (cut == std::string_view::npos) {
            cut = window.rfind(' ');
            if (cut == 0) {
                cut = std::string_view::npos;
            }
        }
        if (cut == std::string_view::npos) {
            cut = max_bytes;
            while (cut > 0 && IsUtf8Continuation(text[cut])) {
                --cut;
            }
            skip = 0;
            if (cut == 0) {  // no character boundary at all: malformed text, cut anyway
                cut = max_bytes;
            }
        }
        pieces.push_back(text.substr(0, cut));
        text.remove_prefix(cut + skip);
    }
    pieces.push_back(text);
    return pieces;
}

void LongText(std::string_view text, const ImVec4* color) {
    if (color != nullptr) {
        ImGui::PushStyleColor(ImGuiCol_Text, *color);
    }
    const std::vector<std::string_view> pieces = SplitLongText(text);
    // Lines of one text stay as close as ImGui spaces them; the usual gap follows the last.
    ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    spacing.y = 0;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, spacing);
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (i + 1 == pieces.size()) {
            ImGui::PopStyleVar();
        }
        ImGui::TextUnformatted(pieces[i].data(), pieces[i].data() + pieces[i].size());
    }
    if (color != nullptr) {
        ImGui::PopStyleColor();
    }
}

void LongTextWrapped(std::string_view text, const ImVec4* color) {
    ImGui::PushTextWrapPos(0.0f);
    LongText(text, color);
    ImGui::PopTextWrapPos();
}

}  // namespace summit::ui
