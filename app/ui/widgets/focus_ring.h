// Tab / Shift+Tab focus order through a view's controls, a visible ring around the focused one,
// and Enter or Space to use it. ImGui 1.86 tabs only between text fields and its keyboard
// navigation takes Space, Enter and the arrows for itself, which the study and quiz keys need;
// so the views that have no such keys register their controls here in drawing order instead.
#pragma once

namespace summit::ui {

// One per view; keeps the focused control between frames. Mouse clicks hide the ring (as a
// browser does), Tab brings it back. UI thread only; Begin/End inside the view's window.
class FocusRing {
  public:
    // Before the view's first control. `keys` false (a question or the help has the keys)
    // leaves Tab, Enter and Space alone this frame and hides the ring.
    void Begin(bool keys);
    // Before a text field (InputText, InputInt, InputDouble): gives it the keyboard when the
    // focus just arrived at it by Tab, so typing goes into it at once.
    void BeforeTextField();
    // Right after a control, given what the control returned (`focus_.Item(ImGui::Button(..))`
    // draws the button first): puts it in the order, scrolls it into view when the focus just
    // moved to it, and draws the ring around it while it has the focus. True when `clicked`, or
    // when it has the focus and Enter or Space was pressed this frame: act as for a click.
    bool Item(bool clicked = false);
    // Right after Item() for a combo or another control with a choice in it: -1 or +1 when it
    // has the focus and Up/Left or Down/Right was pressed this frame, else 0.
    int Step() const;
    // After the view's last control: Tab moves the focus forward, Shift+Tab back, both wrapping.
    void End();

    // True while a control has the focus (then Enter and Space are its keys, not the view's).
    bool HasFocus() const { return keys_ && focused_ >= 0; }
    // The focused control's index in drawing order; -1 for none.
    int focused() const { return focused_; }
    // Forgets the focus, as when a view opens again.
    void Clear();

  private:
    bool keys_ = false;
    int count_ = 0;            // controls registered this frame so far
    int focused_ = -1;         // index of the focused control, -1 for none
    int clicked_ = -1;         // the control last used with the mouse; Tab goes on from it
    bool just_moved_ = false;  // Tab moved the focus last frame: scroll to it, give it the keys
    bool activate_ = false;    // Enter or Space this frame
    int step_ = 0;             // arrow keys this frame, -1 / 0 / +1
    bool last_is_focused_ = false;
};

}  // namespace summit::ui
