// Reading the CLIPBOARD selection as an image type over plain Xlib: GLFW 3.3 reads only text.
// Large pictures arrive in chunks (ICCCM's INCR protocol), which the loop below follows.
#include "app/ui/shell/clipboard_image.h"

#include <chrono>
#include <climits>
#include <memory>

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <poll.h>

#include "content/richtext/image_type.h"

namespace summit::ui {
namespace {

constexpr auto kOwnerWait = std::chrono::seconds(2);

struct DisplayCloser {
    void operator()(Display* display) const { XCloseDisplay(display); }
};
using DisplayPtr = std::unique_ptr<Display, DisplayCloser>;

// Waits until an event of `type` for `window` arrives (true) or the deadline passes (false).
bool WaitForEvent(Display* display, Window window, int type, XEvent& event,
                  std::chrono::steady_clock::time_point deadline) {
    for (;;) {
        while (XPending(display) > 0) {
            XNextEvent(display, &event);
            if (event.type == type && event.xany.window == window) {
                return true;
            }
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            return false;
        }
        pollfd fd{ConnectionNumber(display), POLLIN, 0};
        poll(&fd, 1, static_cast<int>(left.count()));
    }
}

// Reads and deletes `property` of `window`; appends its bytes to `out`. Returns its type.
Atom TakeProperty(Display* display, Window window, Atom property, std::string& out) {
    Atom type = None;
    int format = 0;
    unsigned long count = 0;
    unsigned long after = 0;
    unsigned char* data = nullptr;
    if (XGetWindowProperty(display, window, property, 0, LONG_MAX / 4, True, AnyPropertyType, &type,
                           &format, &count, &after, &data) != Success) {
        return None;
    }
    if (data != nullptr) {
        if (format == 8) {
            out.append(reinterpret_cast<const char*>(data), count);
        }
        XFree(data);
    }
    return type;
}

}  // namespace

Result<std::string> ReadClipboardImage() {
    const DisplayPtr display(XOpenDisplay(nullptr));
    if (!display) {
        return Fail(ErrorCode::kNotFound, "there is no X display to read the clipboard from");
    }
    Display* d = display.get();
    const Atom clipboard = XInternAtom(d, "CLIPBOARD", False);
    if (XGetSelectionOwner(d, clipboard) == None) {
        return Fail(ErrorCode::kNotFound, "the clipboard is empty");
    }
    const Window window = XCreateSimpleWindow(d, DefaultRootWindow(d), 0, 0, 1, 1, 0, 0, 0);
    XSelectInput(d, window, PropertyChangeMask);
    const Atom property = XInternAtom(d, "SUMMIT_PASTE", False);
    const Atom incr = XInternAtom(d, "INCR", False);
    for (const char* mime : {"image/png", "image/jpeg", "image/gif"}) {
        const auto deadline = std::chrono::steady_clock::now() + kOwnerWait;
        XConvertSelection(d, clipboard, XInternAtom(d, mime, False), property, window, CurrentTime);
        XEvent event;
        if (!WaitForEvent(d, window, SelectionNotify, event, deadline)) {
            return Fail(ErrorCode::kNotFound, "the program holding the clipboard did not answer");
        }
        if (event.xselection.property == None) {
            continue;  // it cannot give this type
        }
        std::string bytes;
        if (TakeProperty(d, window, property, bytes) != incr) {
            return bytes;
        }
        // INCR: deleting the property asked for the first chunk; an empty chunk ends it.
        bytes.clear();
        for (;;) {
            if (!WaitForEvent(d, window, PropertyNotify, event, deadline + kOwnerWait)) {
                return Fail(ErrorCode::kNotFound, "the picture on the clipboard did not arrive");
            }
            if (event.xproperty.atom != property || event.xproperty.state != PropertyNewValue) {
                continue;
            }
            const std::size_t before = bytes.size();
            TakeProperty(d, window, property, bytes);
            if (bytes.size() == before) {
                return bytes;
            }
            if (bytes.size() > content::kMaxImageBytes) {
                return Fail(ErrorCode::kInvalidArgument,
                            "the picture on the clipboard is larger than 10 MiB");
            }
        }
    }
    return Fail(ErrorCode::kNotFound, "the clipboard holds no picture (PNG, JPEG or GIF)");
}

}  // namespace summit::ui
