// Drops files on a window the way a file manager does, over the X drag-and-drop protocol
// (XDND, version 5): enter, position, drop, then the file list handed over as text/uri-list
// through the XdndSelection. For end-to-end tests of the window's drop handling under Xvfb.
//   xdnd_drop WINDOW_ID FILE...
// Exits 0 once the window reports the drop finished, 1 on a refusal, 2 on bad usage, 3 when
// the window does not answer within 10 s.
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <time.h>

namespace {

struct Atoms {
    Atom aware, enter, position, status, drop, finished, selection, action_copy, uri_list;
    explicit Atoms(Display* display)
        : aware(XInternAtom(display, "XdndAware", False)),
          enter(XInternAtom(display, "XdndEnter", False)),
          position(XInternAtom(display, "XdndPosition", False)),
          status(XInternAtom(display, "XdndStatus", False)),
          drop(XInternAtom(display, "XdndDrop", False)),
          finished(XInternAtom(display, "XdndFinished", False)),
          selection(XInternAtom(display, "XdndSelection", False)),
          action_copy(XInternAtom(display, "XdndActionCopy", False)),
          uri_list(XInternAtom(display, "text/uri-list", False)) {}
};

void Send(Display* display, Window target, Atom type, long l0, long l1, long l2, long l3, long l4) {
    XEvent event{};
    event.xclient.type = ClientMessage;
    event.xclient.display = display;
    event.xclient.window = target;
    event.xclient.message_type = type;
    event.xclient.format = 32;
    event.xclient.data.l[0] = l0;
    event.xclient.data.l[1] = l1;
    event.xclient.data.l[2] = l2;
    event.xclient.data.l[3] = l3;
    event.xclient.data.l[4] = l4;
    XSendEvent(display, target, False, NoEventMask, &event);
    XFlush(display);
}

// "file:///abs/path" with the bytes a URI may not hold as %XX.
std::string FileUri(const std::string& path) {
    const std::string absolute = std::filesystem::absolute(path).string();
    std::string uri = "file://";
    for (unsigned char c : absolute) {
        if (std::isalnum(c) || std::strchr("/-._~", c) != nullptr) {
            uri += static_cast<char>(c);
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            uri += escaped;
        }
    }
    return uri;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: xdnd_drop WINDOW_ID FILE...\n");
        return 2;
    }
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr) {
        std::fprintf(stderr, "xdnd_drop: cannot open the display\n");
        return 2;
    }
    const Window target = std::strtoul(argv[1], nullptr, 0);
    std::string uris;
    for (int i = 2; i < argc; ++i) {
        uris += FileUri(argv[i]) + "\r\n";
    }
    const Atoms atoms(display);
    const Window source =
        XCreateSimpleWindow(display, DefaultRootWindow(display), 0, 0, 1, 1, 0, 0, 0);
    XSetSelectionOwner(display, atoms.selection, source, CurrentTime);

    // The drop point: the middle of the target, in root coordinates.
    XWindowAttributes attributes{};
    XGetWindowAttributes(display, target, &attributes);
    int x = 0;
    int y = 0;
    Window child = 0;
    XTranslateCoordinates(display, target, DefaultRootWindow(display), attributes.width / 2,
                          attributes.height / 2, &x, &y, &child);

    const long source_id = static_cast<long>(source);
    Send(display, target, atoms.enter, source_id, 5L << 24, static_cast<long>(atoms.uri_list), 0,
         0);
    Send(display, target, atoms.position, source_id, 0, (long{x} << 16) | y, CurrentTime,
         static_cast<long>(atoms.action_copy));

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        if (XPending(display) == 0) {
            struct timespec pause = {0, 10'000'000};
            nanosleep(&pause, nullptr);
            continue;
        }
        XEvent event;
        XNextEvent(display, &event);
        if (event.type == ClientMessage && event.xclient.message_type == atoms.status) {
            if ((event.xclient.data.l[1] & 1) == 0) {
                std::fprintf(stderr, "xdnd_drop: the window refused the files\n");
                return 1;
            }
            Send(display, target, atoms.drop, source_id, 0, CurrentTime, 0, 0);
        } else if (event.type == SelectionRequest) {
            // The window asks for the files: the URI list goes into its property.
            const XSelectionRequestEvent& request = event.xselectionrequest;
            XEvent reply{};
            reply.xselection.type = SelectionNotify;
            reply.xselection.requestor = request.requestor;
            reply.xselection.selection = request.selection;
            reply.xselection.target = request.target;
            reply.xselection.time = request.time;
            reply.xselection.property = None;
            if (request.target == atoms.uri_list) {
                XChangeProperty(display, request.requestor, request.property, request.target, 8,
                                PropModeReplace,
                                reinterpret_cast<const unsigned char*>(uris.data()),
                                static_cast<int>(uris.size()));
                reply.xselection.property = request.property;
            }
            XSendEvent(display, request.requestor, False, NoEventMask, &reply);
            XFlush(display);
        } else if (event.type == ClientMessage && event.xclient.message_type == atoms.finished) {
            XCloseDisplay(display);
            return 0;
        }
    }
    std::fprintf(stderr, "xdnd_drop: no answer from window %s within 10 s\n", argv[1]);
    return 3;
}
