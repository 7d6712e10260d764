// The Import dialog's frames: browser and preview, the running import, the summary.
#include "app/ui/import/import_view.h"

#include <algorithm>
#include <system_error>
#include <utility>

#include <imgui.h>

#include "app/ui/settings/app_settings.h"
#include "app/ui/study/summary_view.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"
#include "content/formats/bank_file.h"

namespace summit::ui {
namespace {

bool Readable(const std::string& name) {
    return content::IsBankFileName(name) || content::IsAnkiPackageName(name);
}

void ErrorLines(const ErrorList& list, const char* severity, const ImVec4& color) {
    for (const Error& error : list) {
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ImGui::TextWrapped("%s", error.ToString(severity).c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace

std::string DeckSearch(const std::string& deck) {
    return "deck:\"" + deck + "\"";
}

ImportView::ImportView(storage::Collection& collection, study::Clock clock)
    : collection_(collection), clock_(std::move(clock)), browser_(Readable) {}

ImportView::~ImportView() = default;

void ImportView::Open() {
    if (Running()) {
        return;
    }
    stage_ = ImportStage::kPick;
    preview_.reset();
    report_.reset();
    failure_.clear();
    std::string folder;
    if (auto remembered = study::LoadRememberedFolder(collection_, study::kImportFolderKey)) {
        folder = *remembered;
    }
    browser_.OpenOrWorkingFolder(folder);
}

void ImportView::OpenFile(const std::filesystem::path& path) {
    if (Running()) {
        return;
    }
    stage_ = ImportStage::kPick;
    report_.reset();
    failure_.clear();
    browser_.Open(path.parent_path());
    preview_ = PreviewImportFile(collection_, path);
    deck_text_ = preview_->deck;
    Remember(path.parent_path());
}

bool ImportView::TakeDrop(const std::vector<std::filesystem::path>& paths) {
    if (Running() || paths.empty()) {
        return false;
    }
    std::error_code error;
    for (const std::filesystem::path& path : paths) {
        if (std::filesystem::is_regular_file(path, error)) {
            OpenFile(path);
            return true;
        }
    }
    stage_ = ImportStage::kPick;
    preview_.reset();
    browser_.Open(paths.front());
    return true;
}

void ImportView::Remember(const std::filesystem::path& folder) {
    // Only a convenience: a failed write leaves the dialog working.
    (void)study::SaveRememberedFolder(collection_, study::kImportFolderKey, folder.string());
}

void ImportView::StartImport() {
    if (Running() || !preview_ || !preview_->CanImport()) {
        return;
    }
    report_.reset();
    failure_.clear();
    job_ = std::make_unique<ImportJob>(collection_, *preview_->file, preview_->DeckOverride(),
                                       preview_->path.string(), clock_(), observe_);
    stage_ = ImportStage::kRunning;
}

void ImportView::Cancel() {
    if (job_) {
        job_->Cancel();
    }
}

void ImportView::WaitForImport() {
    if (job_) {
        job_->Wait();
        Finish();
    }
}

void ImportView::Finish() {
    auto result = job_ ? job_->TakeResult() : std::nullopt;
    if (!result) {
        return;
    }
    job_.reset();
    stage_ = ImportStage::kDone;
    if (*result) {
        report_ = std::move(**result);
    } else {
        failure_ = result->error().message == bootstrap::kImportCancelled
                       ? "Import cancelled; the collection is unchanged."
                       : result->error().ToString();
    }
}

void ImportView::Draw() {
    rects_.Clear();
    if (Running()) {
        Finish();  // the worker may have ended since the last frame
    }
    if (BeginFullscreenView("Import###import")) {
        ImGui::BeginDisabled(Running());
        if (ImGui::Button("Back (Esc)")) {
            back_requested_ = true;
        }
        ImGui::EndDisabled();
        rects_.RecordLastItem("button/back");
        ImGui::SameLine();
        ImGui::TextUnformatted("Import questions from a file (or drop one on the window)");
        ImGui::Separator();
        switch (stage_) {
            case ImportStage::kPick:
                browser_.Draw(std::max(Em(8), ImGui::GetContentRegionAvail().y * 0.4f));
                if (auto chosen = browser_.TakeChosen()) {
                    OpenFile(*chosen);
                }
                DrawPreview();
                break;
            case ImportStage::kRunning:
                DrawRunning();
                break;
            case ImportStage::kDone:
                DrawDone();
                break;
        }
        if (!Running() && !ImGui::GetIO().WantTextInput &&
            ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
            back_requested_ = true;
        }
    }
    EndFullscreenView();
    if (std::exchange(start_requested_, false)) {
        StartImport();  // after drawing: the worker takes the collection from here on
    }
}

void ImportView::DrawPreview() {
    if (!preview_) {
        ImGui::TextDisabled("Choose a file: the formats Summit reads are highlighted.");
        return;
    }
    const ImportPreview& preview = *preview_;
    ImGui::Spacing();
    ImGui::Text("File: %s", preview.path.string().c_str());
    ImGui::Text("Format: %s", preview.format.empty() ? "unknown" : preview.format.c_str());
    if (preview.file) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Deck:");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(Em(20));
        char buffer[512];
        const std::size_t length = std::min(deck_text_.size(), sizeof buffer - 1);
        deck_text_.copy(buffer, length);
        buffer[length] = '\0';
        ImGui::InputText("##deck", buffer, sizeof buffer);
        deck_text_ = buffer;
        rects_.RecordLastItem("deck");
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            RetargetImport(collection_, *preview_, deck_text_);
        }
        std::size_t total = 0;
        std::string types;
        for (const bootstrap::TypeCount& counted : preview.counts) {
            total += static_cast<std::size_t>(counted.count);
            types += std::string(types.empty() ? "" : ", ") + QuestionTypeLabel(counted.type) +
                     " " + std::to_string(counted.count);
        }
        ImGui::Text("%zu questions: %s", total, types.c_str());
        if (preview.planned) {
            const storage::ImportReport& plan = *preview.planned;
            ImGui::Text("%d new, %d updated, %d unchanged%s", plan.added, plan.updated,
                        plan.unchanged, plan.deck_created ? " (a new deck)" : "");
            if (plan.kept > 0) {
                ImGui::TextDisabled(
                    "%d questions from earlier imports are no longer in the file; "
                    "they are kept.",
                    plan.kept);
            }
        }
    }
    ErrorLines(preview.errors, "error", Colors().error);
    ErrorLines(preview.warnings, "warning", Colors().warning);
    ImGui::Spacing();
    ImGui::BeginDisabled(!preview.CanImport());
    if (ImGui::Button("Import")) {
        start_requested_ = true;
    }
    ImGui::EndDisabled();
    rects_.RecordLastItem("button/import");
    if (!preview.errors.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("Fix the errors above to import.");
    }
}

void ImportView::DrawRunning() {
    ImGui::Spacing();
    ImGui::Text("Importing %s ...", preview_ ? preview_->path.filename().string().c_str() : "");
    ImGui::ProgressBar(job_ ? job_->Fraction() : 0.0f, ImVec2(-1, 0));
    ImGui::BeginDisabled(job_ && job_->CancelRequested());
    if (ImGui::Button("Cancel")) {
        Cancel();
    }
    ImGui::EndDisabled();
    rects_.RecordLastItem("button/cancel");
}

void ImportView::DrawDone() {
    ImGui::Spacing();
    if (report_) {
        ImGui::PushStyleColor(ImGuiCol_Text, Colors().success);
        ImGui::Text("Imported into \"%s\"%s: %d added, %d updated, %d unchanged.",
                    report_->deck.c_str(), report_->deck_created ? " (new deck)" : "",
                    report_->added, report_->updated, report_->unchanged);
        ImGui::PopStyleColor();
        if (ImGui::Button("Show in Browse")) {
            browse_request_ = DeckSearch(report_->deck);
        }
        rects_.RecordLastItem("button/show");
        ImGui::SameLine();
    } else {
        ImGui::TextColored(Colors().error, "%s", failure_.c_str());
    }
    if (ImGui::Button("Import another file")) {
        stage_ = ImportStage::kPick;
        preview_.reset();
        browser_.Open(browser_.folder());  // the folder again, with any new files
    }
    rects_.RecordLastItem("button/again");
}

}  // namespace summit::ui
