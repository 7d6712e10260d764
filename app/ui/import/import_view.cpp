// The Import dialog's frames: browser and preview, the running import, the summary.
#include "app/ui/import/import_view.h"

#include <algorithm>
#include <system_error>
#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>

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
    preview_ = PreviewImportFile(collection_, path, clock_());
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
    // The work reads the preview's file in place: the preview stays until the import ends.
    const ImportPreview& preview = *preview_;
    const int64_t now_ms = clock_();
    std::size_t total = 0;
    for (const bootstrap::TypeCount& counted : preview.counts) {
        total += static_cast<std::size_t>(counted.count);
    }
    ImportJob::Work work;
    if (preview.anki) {
        work = [this, &preview, now_ms](
                   const bootstrap::ImportProgress& progress) -> Result<storage::ImportReport> {
            auto report = bootstrap::ImportAnkiFile(collection_, *preview.anki,
                                                    preview.path.string(), now_ms, progress);
            if (!report) {
                return Fail(report.error());
            }
            return bootstrap::AnkiTotals(*report);
        };
    } else {
        work = [this, &preview, now_ms,
                deck = preview.DeckOverride()](const bootstrap::ImportProgress& progress) {
            return bootstrap::ImportBankFile(collection_, *preview.file, deck,
                                             preview.path.string(), now_ms, progress);
        };
    }
    job_ = std::make_unique<ImportJob>(total, std::move(work), observe_);
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
        // Ctrl+Enter imports from anywhere in the dialog, a text field included (Enter alone
        // belongs to the field or the file list).
        const bool ctrl_enter =
            ImGui::GetIO().KeyCtrl &&
            (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
        if (stage_ == ImportStage::kPick && preview_ && preview_->CanImport() && ctrl_enter &&
            ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) {
            start_requested_ = true;
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
    if (preview.anki) {
        ImGui::TextWrapped("Decks: %s (an Anki package's notes go into its own decks)",
                           preview.deck.c_str());
        for (const std::string& note : preview.notes) {
            ImGui::TextDisabled("%s", note.c_str());
        }
    }
    if (preview.file) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Deck:");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(Em(20));
        ImGui::InputText("##deck", &deck_text_);
        rects_.RecordLastItem("deck");
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            RetargetImport(collection_, *preview_, deck_text_);
        }
    }
    if (preview.file || preview.anki) {
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
    if (ImGui::Button("Import (Ctrl+Enter)")) {
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
        // Enter follows the summary's link, so a keyboard-only import ends in the browser.
        const bool enter = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
                           !ImGui::GetIO().WantTextInput && !ImGui::GetIO().KeyCtrl &&
                           (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
        if (ImGui::Button("Show in Browse (Enter)") || enter) {
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
