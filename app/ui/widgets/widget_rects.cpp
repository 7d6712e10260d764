// Recording widget rects by name.
#include "app/ui/widgets/widget_rects.h"

namespace summit::ui {

void WidgetRects::RecordLastItem(std::string_view name) {
    WidgetRect rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    auto it = rects_.find(name);
    if (it == rects_.end()) {
        rects_.emplace(std::string(name), rect);
    } else {
        it->second = rect;
    }
}

std::optional<WidgetRect> WidgetRects::Find(std::string_view name) const {
    auto it = rects_.find(name);
    if (it == rects_.end()) {
        return std::nullopt;
    }
    return it->second;
}

}  // namespace summit::ui
