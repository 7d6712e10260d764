// The recovery screen: the plain-words failure, the newest good backup and the ways out.
#include "app/ui/recovery/recovery_view.h"

#include <system_error>
#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/bootstrap/startup.h"
#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/long_text.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"
#include "storage/backup/backups.h"

namespace summit::ui {

RecoveryView::RecoveryView(std::filesystem::path collection_path, bootstrap::OpenFailure failure,
                           study::Clock clock)
    : collection_path_(std::move(collection_path)),
      failure_(std::move(failure)),
      clock_(std::move(clock)) {}

void RecoveryView::Draw() {
    rects_.Clear();
    intent_ = Intent::kNone;
    if (BeginFullscreenView("Summit: recovery###recovery")) {
        focus_.Begin(true);
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(Colors().error, "Your collection did not open");
        ImGui::Spacing();
        LongText(failure_.what);
        ImGui::Spacing();
        ImGui::Separator();
        DrawBackup();
        ImGui::Separator();
        DrawOtherFile();
        ImGui::Separator();
        if (!state_.message.empty()) {
            ImGui::TextColored(Colors().error, "%s", state_.message.c_str());
        }
        ImGui::PopTextWrapPos();
        if (focus_.Item(ImGui::Button("Quit"))) {
            intent_ = Intent::kQuit;
        }
        rects_.RecordLastItem("button/quit");
        focus_.End();
    }
    EndFullscreenView();
    // After drawing: a restore or open replaces what this frame showed.
    Apply(intent_);
}

void RecoveryView::DrawBackup() {
    const std::optional<storage::BackupInfo>& backup = failure_.newest_backup;
    if (!backup) {
        if (failure_.backup_folder.empty()) {
            ImGui::TextUnformatted("Nothing needs restoring: the file is only in use.");
        } else {
            ImGui::Text("No good backup was found in %s.", failure_.backup_folder.string().c_str());
        }
        return;
    }
    ImGui::Text("The newest good backup is from %s.", bootstrap::DescribeBackup(*backup).c_str());
    ImGui::TextColored(Colors().muted, "%s", backup->path.string().c_str());
    if (!state_.confirm_restore) {
        if (focus_.Item(ImGui::Button("Restore this backup"))) {
            intent_ = Intent::kAskRestore;
        }
        rects_.RecordLastItem("button/restore");
        return;
    }
    // Said before anything is written: the work since the backup is what a restore costs.
    ImGui::TextColored(Colors().warning,
                       "Everything done after %s (reviews, imports, settings) will be lost. "
                       "The file as it is now is kept in %s first.",
                       bootstrap::DescribeBackup(*backup).substr(0, 20).c_str(),
                       failure_.backup_folder.string().c_str());
    if (focus_.Item(ImGui::Button("Yes, restore"))) {
        intent_ = Intent::kRestore;
    }
    rects_.RecordLastItem("confirm/restore");
    ImGui::SameLine();
    if (focus_.Item(ImGui::Button("Cancel"))) {
        intent_ = Intent::kCancelRestore;
    }
    rects_.RecordLastItem("confirm/cancel");
}

void RecoveryView::DrawOtherFile() {
    ImGui::TextUnformatted("Or open another collection file:");
    ImGui::SetNextItemWidth(Em(30));
    focus_.BeforeTextField();
    if (ImGui::InputText("##other", &state_.other_path, ImGuiInputTextFlags_EnterReturnsTrue)) {
        intent_ = Intent::kOpenOther;
    }
    focus_.Item();
    rects_.RecordLastItem("field/path");
    ImGui::SameLine();
    if (focus_.Item(ImGui::Button("Open"))) {
        intent_ = Intent::kOpenOther;
    }
    rects_.RecordLastItem("button/open");
}

void RecoveryView::Apply(Intent intent) {
    switch (intent) {
        case Intent::kNone:
            break;
        case Intent::kAskRestore:
            state_.confirm_restore = true;
            break;
        case Intent::kCancelRestore:
            state_.confirm_restore = false;
            break;
        case Intent::kRestore:
            state_.confirm_restore = false;
            Restore();
            break;
        case Intent::kOpenOther:
            OpenOther();
            break;
        case Intent::kQuit:
            quit_ = true;
            break;
    }
}

void RecoveryView::Restore() {
    if (!failure_.newest_backup) {
        return;
    }
    auto restored = storage::RestoreBackup(failure_.newest_backup->path, collection_path_,
                                           failure_.backup_folder, clock_());
    if (!restored) {
        state_.message = "The backup was not restored: " + restored.error().message;
        return;
    }
    auto opened = bootstrap::OpenCollection(collection_path_, clock_);
    if (!opened) {
        state_.message = "The backup was restored but did not open: " + opened.error().message;
        return;
    }
    state_.message.clear();
    opened_.emplace(std::move(*opened));
}

void RecoveryView::OpenOther() {
    const std::filesystem::path path = state_.other_path;
    std::error_code error;
    // "Open" means a file that is there; OpenCollection would start a new one at a typo.
    if (path.empty() || !std::filesystem::is_regular_file(path, error)) {
        state_.message = "There is no file at \"" + state_.other_path + "\".";
        return;
    }
    auto opened = bootstrap::OpenCollection(path, clock_);
    if (!opened) {
        state_.message = bootstrap::ExplainOpenFailure(opened.error(), path).what;
        return;
    }
    state_.message.clear();
    opened_.emplace(std::move(*opened));
}

std::optional<storage::Collection> RecoveryView::TakeOpened() {
    return std::exchange(opened_, std::nullopt);
}

bool RecoveryView::TakeQuitRequest() {
    return std::exchange(quit_, false);
}

}  // namespace summit::ui
