// The help overlay: every keyboard shortcut of the study and quiz views, opened with ?.
#pragma once

namespace summit::ui {

// A modal-looking window centred over the current view. Any of Escape, ?, Enter or the Close
// button closes it. Call Draw() every frame after the view it covers; it draws nothing
// while closed. UI thread only.
class HelpOverlay {
  public:
    void Open() { open_ = true; }
    void Close() { open_ = false; }
    bool IsOpen() const { return open_; }
    void Draw();

  private:
    bool open_ = false;
    int opened_frames_ = 0;  // the key that opened it must not close it on the same press
};

// True in the frame the user typed "?" (Shift+/ on most layouts) outside text fields, or
// pressed F1 anywhere (a text field takes "?" as text).
bool HelpKeyPressed();

}  // namespace summit::ui
