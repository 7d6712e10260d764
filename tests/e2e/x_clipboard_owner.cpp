// Puts a file on the X clipboard as one type, as an image viewer's Copy does, for the paste
// test: x_clipboard_owner FILE MIME SECONDS. It answers requests for TARGETS and MIME (any
// other type is refused), sends anything over 64 KiB in chunks (ICCCM's INCR protocol, as
// real owners do for pictures), prints "ready" once it owns the clipboard, and exits after
// SECONDS or when another program takes the clipboard.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <poll.h>

namespace {

constexpr std::size_t kChunk = 64 * 1024;

struct Transfer {  // an INCR transfer under way to one requestor's property
    Atom property;
    Atom type;
    std::size_t sent;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: x_clipboard_owner FILE MIME SECONDS\n");
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr || bytes.empty()) {
        std::fprintf(stderr, "x_clipboard_owner: no display or an empty file\n");
        return 1;
    }
    const Window window =
        XCreateSimpleWindow(display, DefaultRootWindow(display), 0, 0, 1, 1, 0, 0, 0);
    const Atom clipboard = XInternAtom(display, "CLIPBOARD", False);
    const Atom targets = XInternAtom(display, "TARGETS", False);
    const Atom incr = XInternAtom(display, "INCR", False);
    const Atom mime = XInternAtom(display, argv[2], False);
    XSetSelectionOwner(display, clipboard, window, CurrentTime);
    if (XGetSelectionOwner(display, clipboard) != window) {
        std::fprintf(stderr, "x_clipboard_owner: could not take the clipboard\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);

    std::map<Window, Transfer> transfers;
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(std::atoi(argv[3]));
    while (std::chrono::steady_clock::now() < end) {
        if (XPending(display) == 0) {
            pollfd fd{ConnectionNumber(display), POLLIN, 0};
            poll(&fd, 1, 100);
            continue;
        }
        XEvent event;
        XNextEvent(display, &event);
        if (event.type == SelectionClear) {
            break;
        }
        if (event.type == PropertyNotify && event.xproperty.state == PropertyDelete) {
            auto found = transfers.find(event.xproperty.window);
            if (found == transfers.end() || found->second.property != event.xproperty.atom) {
                continue;
            }
            // The requestor took the last chunk: the next one, or an empty one to end.
            Transfer& transfer = found->second;
            const std::size_t size = std::min(kChunk, bytes.size() - transfer.sent);
            XChangeProperty(display, found->first, transfer.property, transfer.type, 8,
                            PropModeReplace,
                            reinterpret_cast<const unsigned char*>(bytes.data() + transfer.sent),
                            static_cast<int>(size));
            transfer.sent += size;
            if (size == 0) {
                transfers.erase(found);
            }
            XFlush(display);
            continue;
        }
        if (event.type != SelectionRequest) {
            continue;
        }
        const XSelectionRequestEvent& request = event.xselectionrequest;
        XSelectionEvent reply{};
        reply.type = SelectionNotify;
        reply.requestor = request.requestor;
        reply.selection = request.selection;
        reply.target = request.target;
        reply.time = request.time;
        reply.property = request.property == None ? request.target : request.property;
        if (request.target == targets) {
            const Atom offered[] = {targets, mime};
            XChangeProperty(display, request.requestor, reply.property, XA_ATOM, 32,
                            PropModeReplace, reinterpret_cast<const unsigned char*>(offered), 2);
        } else if (request.target == mime && bytes.size() > kChunk) {
            const long size = static_cast<long>(bytes.size());
            XSelectInput(display, request.requestor, PropertyChangeMask);
            XChangeProperty(display, request.requestor, reply.property, incr, 32, PropModeReplace,
                            reinterpret_cast<const unsigned char*>(&size), 1);
            transfers[request.requestor] = {reply.property, mime, 0};
        } else if (request.target == mime) {
            XChangeProperty(display, request.requestor, reply.property, mime, 8, PropModeReplace,
                            reinterpret_cast<const unsigned char*>(bytes.data()),
                            static_cast<int>(bytes.size()));
        } else {
            reply.property = None;
        }
        XSendEvent(display, request.requestor, False, NoEventMask,
                   reinterpret_cast<XEvent*>(&reply));
        XFlush(display);
    }
    XCloseDisplay(display);
    return 0;
}
