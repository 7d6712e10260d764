// An in-app file or folder picker drawn with ImGui: the folders and files of one folder with
// their size and date, the files Summit can read highlighted, a path field that takes a typed
// folder or file. Reusable by any view that needs a file or a folder from disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/widgets/widget_rects.h"
#include "content/model/error.h"

namespace summit::ui {

class FocusRing;

// What the browser hands back: a file clicked or typed, or the folder it shows ("Use this
// folder"; then files are only listed, their highlight telling what the folder holds).
enum class BrowseFor { kFile, kFolder };

struct FileEntry {
    std::string name;          // the entry's name in its folder, UTF-8
    bool is_folder = false;    // a directory (or a link to one)
    std::uintmax_t size = 0;   // bytes; 0 for folders
    std::time_t modified = 0;  // last change, seconds since the epoch; 0 when unknown
    bool highlighted = false;  // a file the browser's `highlight` says it can read
};

// The entries of `folder`: folders first, then files, each by name; hidden entries (a leading
// dot) left out. Entries that vanish or cannot be read while listing are skipped. Errors:
// kNotFound for a missing folder, kIo for one that cannot be read.
[[nodiscard]] Result<std::vector<FileEntry>> ListFolder(
    const std::filesystem::path& folder,
    const std::function<bool(const std::string& name)>& highlight = {});

// "12 B", "3.4 KB", "5.0 MB": a size for people (powers of 1024).
std::string FileSizeText(std::uintmax_t bytes);

// Keeps its folder, its listing and the path field between frames. Draw() inside a window;
// rects: "path" (the field), "up" (the parent-folder button), "entry/NAME" for each row, and
// "use" (the "Use this folder" button, kFolder only). UI thread only.
class FileBrowser {
  public:
    // `highlight` marks the file names to show as readable.
    explicit FileBrowser(std::function<bool(const std::string& name)> highlight = {},
                         BrowseFor mode = BrowseFor::kFile);

    // Lists `folder` (a file's folder when given a file). A folder that cannot be listed
    // leaves the browser where it was, with the error shown.
    void Open(const std::filesystem::path& folder);
    // Opens `remembered` when it is a folder, else the working folder (where a dialog starts
    // when nothing or something gone is remembered).
    void OpenOrWorkingFolder(const std::filesystem::path& remembered);
    // A typed path: a folder opens, a file is chosen (kFolder: its folder opens), anything else
    // is an error shown above the list.
    void Enter(const std::string& typed);
    // Draws the path field and the list, `height` pixels tall (0: the rest of the window), and
    // for kFolder the "Use this folder" button under it. With `focus`, every control joins the
    // view's Tab order, so the browser is used from the keyboard as the view is.
    void Draw(float height, FocusRing* focus = nullptr);

    // The file chosen (clicked, or typed), or for kFolder the folder used, since the last
    // call; nullopt when none.
    std::optional<std::filesystem::path> TakeChosen();
    // How many files of the folder are highlighted.
    std::size_t highlighted() const;

    const std::filesystem::path& folder() const { return folder_; }
    const std::vector<FileEntry>& entries() const { return entries_; }
    const std::string& error() const { return error_; }
    const WidgetRects& rects() const { return rects_; }

  private:
    void DrawRow(const FileEntry& entry, FocusRing* focus);

    std::function<bool(const std::string&)> highlight_;
    BrowseFor mode_;
    std::filesystem::path folder_;
    std::vector<FileEntry> entries_;
    std::string typed_;  // the path field's text
    std::string error_;  // why the last Open or Enter failed; empty when it did not
    std::optional<std::filesystem::path> chosen_;
    std::string selected_;  // the name of the file last chosen in this folder
    std::optional<std::filesystem::path> pending_open_;  // a folder clicked this frame
    WidgetRects rects_;
};

}  // namespace summit::ui
