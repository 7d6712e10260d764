// The file and folder picker: listing a folder with the standard library, drawing it as a table.
#include "app/ui/widgets/file_browser.h"

#include <algorithm>
#include <cstdio>
#include <system_error>
#include <utility>

#include <imgui.h>
#include <sys/stat.h>

#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

std::time_t ModifiedTime(const std::filesystem::path& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 ? info.st_mtime : 0;
}

// "2026-12-07 13:20" in local time; empty when unknown.
std::string DateText(std::time_t when) {
    if (when == 0) {
        return {};
    }
    std::tm local{};
    if (localtime_r(&when, &local) == nullptr) {
        return {};
    }
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return text;
}

// Registers the control just drawn in `focus` when there is one; true when it was used.
bool Used(FocusRing* focus, bool clicked) {
    return focus != nullptr ? focus->Item(clicked) : clicked;
}

}  // namespace

Result<std::vector<FileEntry>> ListFolder(
    const std::filesystem::path& folder,
    const std::function<bool(const std::string& name)>& highlight) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        return Fail(Error{ErrorCode::kNotFound, "no such folder", folder.string(), 0, 0});
    }
    std::filesystem::directory_iterator it(folder, error);
    if (error) {
        return Fail(Error{ErrorCode::kIo, "cannot read the folder: " + error.message(),
                          folder.string(), 0, 0});
    }
    std::vector<FileEntry> entries;
    for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
        if (error) {
            break;  // what was listed so far is still worth showing
        }
        FileEntry entry;
        entry.name = it->path().filename().string();
        if (entry.name.starts_with('.')) {
            continue;
        }
        std::error_code entry_error;
        entry.is_folder = it->is_directory(entry_error);
        if (entry_error) {
            continue;
        }
        if (!entry.is_folder) {
            entry.size = it->file_size(entry_error);
            if (entry_error) {
                continue;  // a dangling link or a vanished file
            }
            entry.highlighted = highlight && highlight(entry.name);
        }
        entry.modified = ModifiedTime(it->path());
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), [](const FileEntry& a, const FileEntry& b) {
        return a.is_folder != b.is_folder ? a.is_folder : a.name < b.name;
    });
    return entries;
}

std::string FileSizeText(std::uintmax_t bytes) {
    if (bytes < 1024) {
        return std::to_string(bytes) + " B";
    }
    const char* units[] = {"KB", "MB", "GB", "TB"};
    double size = static_cast<double>(bytes) / 1024;
    std::size_t unit = 0;
    while (size >= 1024 && unit + 1 < std::size(units)) {
        size /= 1024;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %s", size, units[unit]);
    return text;
}

FileBrowser::FileBrowser(std::function<bool(const std::string& name)> highlight, BrowseFor mode)
    : highlight_(std::move(highlight)), mode_(mode) {}

void FileBrowser::OpenOrWorkingFolder(const std::filesystem::path& remembered) {
    std::error_code error;
    if (!remembered.empty() && std::filesystem::is_directory(remembered, error)) {
        Open(remembered);
        return;
    }
    Open(std::filesystem::current_path(error));
}

std::size_t FileBrowser::highlighted() const {
    return static_cast<std::size_t>(
        std::count_if(entries_.begin(), entries_.end(),
                      [](const FileEntry& entry) { return entry.highlighted; }));
}

void FileBrowser::Open(const std::filesystem::path& folder) {
    std::error_code error;
    std::filesystem::path target = std::filesystem::absolute(folder, error);
    if (error) {
        target = folder;
    }
    target = target.lexically_normal();
    if (target.has_filename() == false && target.has_parent_path() &&
        target != target.root_path()) {
        target = target.parent_path();  // "/a/b/" lists as "/a/b"
    }
    auto listed = ListFolder(target, highlight_);
    if (!listed) {
        error_ = listed.error().ToString();
        return;
    }
    if (target != folder_) {
        selected_.clear();
    }
    folder_ = std::move(target);
    entries_ = std::move(*listed);
    typed_ = folder_.string();
    error_.clear();
}

void FileBrowser::Enter(const std::string& typed) {
    std::error_code error;
    std::filesystem::path path(typed);
    if (path.is_relative()) {
        path = folder_ / path;
    }
    if (std::filesystem::is_directory(path, error)) {
        Open(path);
        return;
    }
    if (std::filesystem::is_regular_file(path, error)) {
        Open(path.parent_path());
        selected_ = path.filename().string();
        if (mode_ == BrowseFor::kFile) {
            chosen_ = path.lexically_normal();
        }
        return;
    }
    error_ = typed + ": no such file or folder";
}

std::optional<std::filesystem::path> FileBrowser::TakeChosen() {
    return std::exchange(chosen_, std::nullopt);
}

void FileBrowser::Draw(float height, FocusRing* focus) {
    rects_.Clear();
    if (Used(focus, ImGui::Button("Up"))) {
        pending_open_ = folder_.parent_path();
    }
    rects_.RecordLastItem("up");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    char buffer[4096];
    const std::size_t length = std::min(typed_.size(), sizeof buffer - 1);
    typed_.copy(buffer, length);
    buffer[length] = '\0';
    if (focus != nullptr) {
        focus->BeforeTextField();
    }
    const bool entered =
        ImGui::InputText("##path", buffer, sizeof buffer, ImGuiInputTextFlags_EnterReturnsTrue);
    typed_ = buffer;
    Used(focus, false);
    rects_.RecordLastItem("path");
    if (entered) {
        Enter(typed_);
    }
    if (!error_.empty()) {
        ImGui::TextColored(Colors().error, "%s", error_.c_str());
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                       ImGuiTableFlags_BordersOuter |
                                       ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("files", 3, kFlags, ImVec2(0, height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthFixed, Em(6));
        ImGui::TableSetupColumn("Modified", ImGuiTableColumnFlags_WidthFixed, Em(9));
        ImGui::TableHeadersRow();
        for (const FileEntry& entry : entries_) {
            DrawRow(entry, focus);
        }
        ImGui::EndTable();
    }
    if (mode_ == BrowseFor::kFolder) {
        if (Used(focus, ImGui::Button("Use this folder"))) {
            chosen_ = folder_;
        }
        rects_.RecordLastItem("use");
    }
    if (auto folder = std::exchange(pending_open_, std::nullopt)) {
        Open(*folder);  // after drawing: the list must not change under its own loop
    }
}

void FileBrowser::DrawRow(const FileEntry& entry, FocusRing* focus) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string label = (entry.is_folder ? entry.name + "/" : entry.name) + "##" + entry.name;
    const bool muted = !entry.is_folder && !entry.highlighted;
    if (entry.highlighted) {
        ImGui::PushStyleColor(ImGuiCol_Text, Colors().accent);
    } else if (muted) {
        ImGui::PushStyleColor(ImGuiCol_Text, Colors().muted);
    }
    const bool clicked =
        Used(focus, ImGui::Selectable(label.c_str(), !entry.is_folder && entry.name == selected_,
                                      ImGuiSelectableFlags_SpanAllColumns));
    if (entry.highlighted || muted) {
        ImGui::PopStyleColor();
    }
    rects_.RecordLastItem("entry/" + entry.name);
    if (clicked) {
        if (entry.is_folder) {
            pending_open_ = folder_ / entry.name;
        } else {
            selected_ = entry.name;
            if (mode_ == BrowseFor::kFile) {
                chosen_ = folder_ / entry.name;
            }
        }
    }
    ImGui::TableNextColumn();
    if (!entry.is_folder) {
        ImGui::TextUnformatted(FileSizeText(entry.size).c_str());
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(DateText(entry.modified).c_str());
}

}  // namespace summit::ui
