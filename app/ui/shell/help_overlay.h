// The help overlay: every keyboard shortcut of a view (by default the study and quiz views'),
// opened with ?.
#pragma once

#include <span>

namespace summit::ui {

struct HelpRow {
    const char* keys;
    const char* action;
};

struct HelpSection {
    const char* title;
    const HelpRow* rows;
    int count;
};

// A modal-looking window centred over the current view. Any of Escape, ?, Enter or the Close
// button closes it. Call Draw() every frame after the view it covers; it draws nothing
// while closed. UI thread only.
class HelpOverlay {
  public:
    // Lists the study and quiz shortcuts.
    HelpOverlay();
    // Lists `sections`, which must outlive the overlay (static tables).
    explicit HelpOverlay(std::span<const HelpSection> sections) : sections_(sections) {}

    void Open() { open_ = true; }
    void Close() { open_ = false; }
    bool IsOpen() const { return open_; }
    void Draw();

  private:
    std::span<const HelpSection> sections_;
    bool open_ = false;
    int opened_frames_ = 0;  // the key that opened it must not close it on the same press
};

// True in the frame the user typed "?" (Shift+/ on most layouts) outside text fields, or
// pressed F1 anywhere (a text field takes "?" as text).
bool HelpKeyPressed();

}  // namespace summit::ui
