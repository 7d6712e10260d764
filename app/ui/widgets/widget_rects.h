// Where named widgets were drawn in the last frame. Views record their interactive widgets
// here so headless tests (and the xdotool end-to-end script) can click them by name instead
// of by pixel position.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <imgui.h>

namespace summit::ui {

struct WidgetRect {
    ImVec2 min;  // top-left corner, in display pixels
    ImVec2 max;  // bottom-right corner, in display pixels

    ImVec2 Center() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

class WidgetRects {
  public:
    // Records the rect of the last submitted item (ImGui's GetItemRectMin/Max) as `name`,
    // replacing any rect recorded earlier under that name.
    void RecordLastItem(std::string_view name);
    // The rect last recorded as `name`; nullopt if it was never drawn.
    std::optional<WidgetRect> Find(std::string_view name) const;
    // Forgets everything, e.g. at the start of a frame so hidden widgets disappear.
    void Clear() { rects_.clear(); }

  private:
    std::map<std::string, WidgetRect, std::less<>> rects_;
};

}  // namespace summit::ui
