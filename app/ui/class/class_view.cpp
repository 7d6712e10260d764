// The Class view: sending a report, and the class of a folder as tables, charts and lines.
#include "app/ui/class/class_view.h"

#include <cstdio>
#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/bootstrap/time_text.h"
#include "app/classroom/export.h"
#include "app/classroom/natural_order.h"
#include "app/classroom/report.h"
#include "app/ui/charts/chart_bar.h"
#include "app/ui/settings/app_settings.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"
#include "content/json/json.h"
#include "content/json/writer.h"

namespace summit::ui {
namespace {

std::string Percent(const std::optional<double>& value, double scale = 1) {
    if (!value) {
        return "-";
    }
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", scale * *value);
    return text;
}

std::string Number(const std::optional<double>& value) {
    if (!value) {
        return "-";
    }
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", *value);
    return text;
}

// The browser's search for one question by its id, quoted (docs/search.md).
std::string BrowseSearchFor(const std::string& id) {
    std::string quoted = "id:\"";
    for (char c : id) {
        if (c == '"' || c == '\\') {
            quoted += '\\';
        }
        quoted += c;
    }
    return quoted + "\"";
}

std::string ConfigString(const storage::Collection& collection, const char* key) {
    auto stored = collection.GetConfig(key);
    if (!stored || !*stored) {
        return {};
    }
    auto value = content::json::Parse(**stored);
    return value && value->kind == content::json::Value::Kind::kString ? value->string
                                                                       : std::string();
}

// The files the browser highlights: reports, so the teacher sees a folder holds a class.
bool IsReportName(const std::string& name) {
    return name.ends_with(classroom::kReportSuffix);
}

}  // namespace

ClassView::ClassView(storage::Collection& collection)
    : collection_(collection), browser_(IsReportName, BrowseFor::kFolder) {}

void ClassView::Open(std::vector<std::pair<storage::DeckId, std::string>> decks, int64_t now_ms) {
    decks_ = std::move(decks);
    state_.deck_index = 0;
    state_.student_name = ConfigString(collection_, classroom::kStudentNameKey);
    state_.folder.clear();
    if (auto remembered = study::LoadRememberedFolder(collection_, study::kClassFolderKey)) {
        state_.folder = *remembered;
    }
    state_.message.clear();
    focus_.Clear();
    choosing_ = false;
    folder_.reset();
    analysis_.reset();
    loaded_folder_.clear();
    browse_.reset();
    if (!state_.folder.empty()) {
        Load(now_ms);
    }
}

void ClassView::Remember(const char* key, const std::string& value) {
    // Remembering is a convenience: a failure to store it does not undo what was done.
    (void)collection_.SetConfig(key, content::json::Quote(value));
}

void ClassView::RememberFolder(const std::string& folder) {
    (void)study::SaveRememberedFolder(collection_, study::kClassFolderKey, folder);
}

void ClassView::ChooseFolder() {
    browser_.OpenOrWorkingFolder(state_.folder);
    choosing_ = true;
}

void ClassView::Load(int64_t now_ms) {
    choosing_ = false;  // a folder typed, dropped or chosen: the browser has done its part
    next_poll_ms_ = now_ms + kClassPollMs;
    if (state_.folder.empty()) {
        state_.message = "Type the class folder first.";
        state_.message_is_error = true;
        return;
    }
    state_.message.clear();
    loader_.Load(state_.folder, now_ms);
}

bool ClassView::TakeDrop(const std::vector<std::filesystem::path>& paths, int64_t now_ms) {
    for (const std::filesystem::path& path : paths) {
        if (std::optional<std::filesystem::path> folder = classroom::ClassFolderOf(path)) {
            state_.folder = folder->string();
            Load(now_ms);
            return true;
        }
    }
    return false;
}

void ClassView::TakeLoad() {
    std::optional<ClassLoadOutcome> outcome = loader_.TakeResult();
    if (!outcome) {
        return;
    }
    ++loads_;
    if (!outcome->loaded) {
        state_.message = "The class folder did not load: " + outcome->loaded.error().message;
        state_.message_is_error = true;
        folder_.reset();
        analysis_.reset();
        loaded_folder_.clear();
        return;
    }
    loaded_folder_ = outcome->folder;
    analysis_ = std::move(outcome->analysis);
    folder_ = std::move(*outcome->loaded);
    RememberFolder(loaded_folder_);
}

void ClassView::WaitForLoad() {
    loader_.WaitIdle();
    TakeLoad();
}

std::optional<std::string> ClassView::TakeBrowseRequest() {
    return std::exchange(browse_, std::nullopt);
}

void ClassView::Send(int64_t now_ms) {
    if (decks_.empty() || state_.folder.empty()) {
        state_.message = "Choose a deck and the teacher's folder first.";
        state_.message_is_error = true;
        return;
    }
    const auto& [deck, name] = decks_[static_cast<std::size_t>(state_.deck_index)];
    auto written = classroom::ExportStudentReport(
        collection_, deck, state_.student_name, std::filesystem::path(state_.folder) / "", now_ms);
    if (!written) {
        state_.message = "The report was not sent: " + written.error().message;
        state_.message_is_error = true;
        return;
    }
    Remember(classroom::kStudentNameKey, state_.student_name);
    RememberFolder(state_.folder);
    state_.message = "Sent the report of " + name + " as " + written->filename().string();
    state_.message_is_error = false;
    next_poll_ms_ = 0;  // the folder changed: look at once
}

void ClassView::Poll(int64_t now_ms) {
    if (loaded_folder_.empty() || loaded_folder_ != state_.folder || now_ms < next_poll_ms_) {
        return;
    }
    next_poll_ms_ = now_ms + kClassPollMs;
    if (!loader_.Busy()) {
        loader_.Refresh(now_ms);  // the worker compares the folder's stamp
    }
}

void ClassView::Draw(int64_t now_ms) {
    Poll(now_ms);
    rects_.Clear();
    intent_ = Intent::kNone;
    if (BeginFullscreenView("Class reports###class")) {
        focus_.Begin(true);
        if (focus_.Item(ImGui::Button("Back"))) {
            intent_ = Intent::kBack;
        }
        rects_.RecordLastItem("button/back");
        ImGui::PushTextWrapPos(0);
        DrawFolder();
        DrawSend();
        if (!state_.message.empty()) {
            ImGui::TextColored(state_.message_is_error ? Colors().error : Colors().success, "%s",
                               state_.message.c_str());
        }
        DrawProgress();
        ImGui::Separator();
        if (analysis_) {
            DrawVersions();
            DrawStudents();
            DrawHardest();
            DrawCharts();
            DrawItems();
            DrawTopics();
            DrawRejected();
        } else if (!loader_.Reading()) {
            ImGui::TextColored(Colors().muted,
                               "Type the folder the class shares (a school drive or a synced "
                               "folder) and press Load to see the class.");
        }
        ImGui::PopTextWrapPos();
        focus_.End();
    }
    EndFullscreenView();
    // After drawing: the frame that follows a request always shows its progress, and a
    // finished load is drawn from the next frame on.
    TakeLoad();
    switch (std::exchange(intent_, Intent::kNone)) {
        case Intent::kLoad:
            Load(now_ms);
            break;
        case Intent::kSend:
            Send(now_ms);
            break;
        case Intent::kBack:
            back_ = true;
            break;
        case Intent::kChoose:
            ChooseFolder();
            break;
        case Intent::kNone:
            break;
    }
}

void ClassView::DrawProgress() {
    if (!loader_.Reading()) {
        return;
    }
    const int files = loader_.files();
    if (files > 0) {
        ImGui::TextColored(Colors().muted, "Reading %d of %d reports…",
                           std::min(loader_.read() + 1, files), files);
    } else {
        ImGui::TextColored(Colors().muted, "Reading the class folder…");
    }
}

void ClassView::DrawFolder() {
    ImGui::TextUnformatted("Class folder");
    ImGui::SetNextItemWidth(Em(30));
    focus_.BeforeTextField();
    if (ImGui::InputText("##folder", &state_.folder, ImGuiInputTextFlags_EnterReturnsTrue)) {
        intent_ = Intent::kLoad;
    }
    focus_.Item();
    rects_.RecordLastItem("field/folder");
    ImGui::SameLine();
    if (focus_.Item(ImGui::Button("Load"))) {
        intent_ = Intent::kLoad;
    }
    rects_.RecordLastItem("button/load");
    ImGui::SameLine();
    ImGui::BeginDisabled(choosing_);
    if (focus_.Item(ImGui::Button("Choose folder…"))) {
        intent_ = Intent::kChoose;
    }
    ImGui::EndDisabled();
    rects_.RecordLastItem("button/choose");
    if (choosing_) {
        DrawChooser();
    }
}

void ClassView::DrawChooser() {
    browser_.Draw(Em(14), &focus_);
    const std::size_t reports = browser_.highlighted();
    ImGui::SameLine();
    if (reports > 0) {
        ImGui::TextColored(Colors().accent, "%zu report%s in this folder", reports,
                           reports == 1 ? "" : "s");
    } else {
        ImGui::TextColored(Colors().muted, "No reports in this folder");
    }
    ImGui::SameLine();
    const bool cancel = focus_.Item(ImGui::Button("Cancel"));
    rects_.RecordLastItem("button/cancel-choose");
    const bool escape = !ImGui::GetIO().WantTextInput &&
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (std::optional<std::filesystem::path> chosen = browser_.TakeChosen()) {
        state_.folder = chosen->string();
        choosing_ = false;
        intent_ = Intent::kLoad;
    } else if (cancel || escape) {
        choosing_ = false;
    }
}

void ClassView::DrawSend() {
    if (decks_.empty()) {
        return;
    }
    ImGui::TextUnformatted("Send my report to the teacher");
    ImGui::SetNextItemWidth(Em(14));
    focus_.BeforeTextField();
    ImGui::InputTextWithHint("##name", "your name", &state_.student_name);
    focus_.Item();
    rects_.RecordLastItem("field/name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(Em(16));
    const std::string& current = decks_[static_cast<std::size_t>(state_.deck_index)].second;
    if (ImGui::BeginCombo("##deck", current.c_str())) {
        for (std::size_t i = 0; i < decks_.size(); ++i) {
            if (ImGui::Selectable(decks_[i].second.c_str(),
                                  static_cast<int>(i) == state_.deck_index)) {
                state_.deck_index = static_cast<int>(i);
            }
        }
        ImGui::EndCombo();
    }
    focus_.Item();
    const int step = focus_.Step();
    state_.deck_index =
        std::clamp(state_.deck_index + step, 0, static_cast<int>(decks_.size()) - 1);
    rects_.RecordLastItem("combo/deck");
    ImGui::SameLine();
    ImGui::BeginDisabled(state_.student_name.find_first_not_of(' ') == std::string::npos);
    if (focus_.Item(ImGui::Button("Send report"))) {
        intent_ = Intent::kSend;
    }
    ImGui::EndDisabled();
    rects_.RecordLastItem("button/send");
}

void ClassView::DrawStudents() {
    const classroom::ClassAnalysis& analysis = *analysis_;
    ImGui::Text("%s: %zu students", analysis.deck.c_str(), analysis.students.size());
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                       ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("students", 8, kFlags)) {
        return;
    }
    // Wide enough for the line under each name ("3 days inactive; 12 questions overdue").
    ImGui::TableSetupColumn("Student", ImGuiTableColumnFlags_WidthFixed, Em(17));
    ImGui::TableSetupColumn("Started");
    ImGui::TableSetupColumn("Mastered");
    ImGui::TableSetupColumn("Due");
    ImGui::TableSetupColumn("Accuracy");
    ImGui::TableSetupColumn("Time");
    ImGui::TableSetupColumn("Last active");
    ImGui::TableSetupColumn("Quizzes", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    // Sorting reorders the rows shown, never the analysis.
    std::vector<const classroom::StudentRow*> rows;
    for (const classroom::StudentRow& row : analysis.students) {
        rows.push_back(&row);
    }
    if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsCount > 0) {
        const ImGuiTableColumnSortSpecs spec = sort->Specs[0];
        const auto key = [&](const classroom::StudentRow* row) -> double {
            switch (spec.ColumnIndex) {
                case 1:
                    return row->started;
                case 2:
                    return row->mastered;
                case 3:
                    return row->due;
                case 4:
                    return row->accuracy.value_or(-1);
                case 5:
                    return static_cast<double>(row->time_ms);
                case 6:
                    return static_cast<double>(row->last_active_ms);
                case 7:  // the latest quiz
                    return row->quiz_scores.empty() ? -1 : row->quiz_scores.back();
                default:
                    return 0;
            }
        };
        std::stable_sort(rows.begin(), rows.end(), [&](const auto* a, const auto* b) {
            const bool less =
                spec.ColumnIndex == 0 ? classroom::NaturalLess(a->name, b->name) : key(a) < key(b);
            const bool greater =
                spec.ColumnIndex == 0 ? classroom::NaturalLess(b->name, a->name) : key(b) < key(a);
            return spec.SortDirection == ImGuiSortDirection_Descending ? greater : less;
        });
    }
    for (const classroom::StudentRow* row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row->name.c_str());
        ImGui::TextColored(Colors().muted, "%s", row->summary.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d / %d", row->started, row->questions);
        ImGui::TableNextColumn();
        ImGui::Text("%d", row->mastered);
        ImGui::TableNextColumn();
        ImGui::Text("%d", row->due);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(Percent(row->accuracy, 100).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%lld min", static_cast<long long>((row->time_ms + 30'000) / 60'000));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(
            row->last_active_ms
                ? bootstrap::FormatIsoTimeUtc(row->last_active_ms).substr(0, 10).c_str()
                : "-");
        ImGui::TableNextColumn();
        std::string quizzes;
        for (double score : row->quiz_scores) {
            quizzes += (quizzes.empty() ? "" : "  ") + Percent(score);
        }
        ImGui::TextUnformatted(quizzes.empty() ? "-" : quizzes.c_str());
    }
    ImGui::EndTable();
}

void ClassView::DrawCharts() {
    const classroom::ClassAnalysis& analysis = *analysis_;
    ImGui::Spacing();
    ImGui::TextUnformatted("First-try scores");
    CategoryChart histogram;
    histogram.id = "scores";
    histogram.height_em = 7;
    ChartSeries students{"students", ToU32(Colors().accent), {}};
    for (std::size_t bin = 0; bin < analysis.score_histogram.size(); ++bin) {
        histogram.labels.push_back(std::to_string(bin * 10) + "%");
        histogram.titles.push_back(std::to_string(bin * 10) + "–" + std::to_string(bin * 10 + 10) +
                                   "% right first time");
        students.values.push_back(analysis.score_histogram[bin]);
    }
    histogram.series.push_back(std::move(students));
    DrawBarChart(histogram);
    if (!analysis.notes.empty()) {
        ImGui::TextColored(Colors().muted, "%s", analysis.notes[0].c_str());
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Facility (up) against discrimination (right), one dot per question");
    DrawItemScatter(analysis.items);
    if (analysis.notes.size() > 1) {
        ImGui::TextColored(Colors().muted, "%s", analysis.notes[1].c_str());
    }
}

void ClassView::DrawItems() {
    const classroom::ClassAnalysis& analysis = *analysis_;
    ImGui::Spacing();
    ImGui::Text("Questions (%zu)%s", analysis.items.size(),
                analysis.changed_items ? ", some changed between bank versions" : "");
    constexpr ImGuiTableFlags kFlags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("items", 6, kFlags)) {
        return;
    }
    ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Students");
    ImGui::TableSetupColumn("Facility");
    ImGui::TableSetupColumn("SD");
    ImGui::TableSetupColumn("Discrimination");
    ImGui::TableSetupColumn("Efficiency");
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(analysis.items.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const classroom::ItemRow& item = analysis.items[static_cast<std::size_t>(i)];
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(item.prompt.c_str());
            if (item.changed) {
                ImGui::TextColored(Colors().warning, "changed between bank versions");
            }
            for (const classroom::OptionShare& option : item.options) {
                ImGui::TextColored(option.correct ? Colors().success : Colors().muted, "%s %s  %s",
                                   option.correct ? "*" : " ", Percent(option.share, 100).c_str(),
                                   option.text.c_str());
            }
            for (const std::string& flag : item.flags) {
                ImGui::TextColored(Colors().warning, "%s", flag.c_str());
            }
            ImGui::TableNextColumn();
            ImGui::Text("%d", item.figures.students);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(Percent(item.figures.facility).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(Percent(item.figures.sd).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(Number(item.figures.discrimination).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(Percent(item.figures.efficiency).c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void ClassView::DrawVersions() {
    const classroom::ClassAnalysis& analysis = *analysis_;
    // One line per bank the students hold in more than one version.
    for (std::size_t i = 0; i < analysis.bank_versions.size();) {
        std::size_t end = i;
        std::string versions;
        while (end < analysis.bank_versions.size() &&
               analysis.bank_versions[end].bank == analysis.bank_versions[i].bank) {
            const classroom::BankVersionCount& version = analysis.bank_versions[end];
            versions += (versions.empty() ? "" : ", ") + version.version.substr(0, 8) + " (" +
                        std::to_string(version.students) +
                        (version.students == 1 ? " student)" : " students)");
            ++end;
        }
        if (end - i > 1) {
            ImGui::TextColored(Colors().warning,
                               "The reports hold %zu versions of the bank %s: %s. Questions are "
                               "matched by id; %d changed and are marked.",
                               end - i, analysis.bank_versions[i].bank.c_str(), versions.c_str(),
                               analysis.changed_items);
        }
        i = end;
    }
}

void ClassView::DrawHardest() {
    const classroom::ClassAnalysis& analysis = *analysis_;
    if (analysis.hardest.empty()) {
        return;
    }
    ImGui::Spacing();
    ImGui::TextUnformatted("Hardest questions");
    const classroom::ItemRow& worst = analysis.items[analysis.hardest.front()];
    ImGui::TextColored(Colors().muted,
                       "The hardest is answered right the first time by %s of the %d students "
                       "who answered it. Browse opens it in the card browser.",
                       Percent(worst.figures.facility).c_str(), worst.figures.students);
    for (std::size_t index : analysis.hardest) {
        const classroom::ItemRow& item = analysis.items[index];
        ImGui::PushID(static_cast<int>(index));
        if (ImGui::SmallButton("Browse")) {
            browse_ = BrowseSearchFor(item.id);
        }
        rects_.RecordLastItem("button/browse/" + item.id);
        ImGui::SameLine();
        ImGui::Text("%4s  %s%s", Percent(item.figures.facility).c_str(), item.prompt.c_str(),
                    item.changed ? "  (changed between bank versions)" : "");
        ImGui::PopID();
    }
}

void ClassView::DrawTopics() {
    ImGui::Spacing();
    ImGui::TextUnformatted("Topics: share of the class's questions started and mastered");
    for (const classroom::TopicRow& topic : analysis_->topics) {
        ImGui::ProgressBar(static_cast<float>(topic.mastered), ImVec2(Em(12), 0),
                           Percent(topic.mastered, 100).c_str());
        ImGui::SameLine();
        ImGui::Text("%s (%d questions, %s started)",
                    topic.topic.empty() ? "(no topic)" : topic.topic.c_str(), topic.questions,
                    Percent(topic.started, 100).c_str());
    }
}

void ClassView::DrawRejected() {
    if (!folder_ || folder_->rejected.empty()) {
        return;
    }
    ImGui::Spacing();
    ImGui::TextColored(Colors().error, "Skipped reports");
    for (const classroom::RejectedReport& bad : folder_->rejected) {
        ImGui::BulletText("%s: %s", bad.file.filename().string().c_str(), bad.reason.c_str());
    }
}

bool ClassView::TakeBackRequest() {
    return std::exchange(back_, false);
}

}  // namespace summit::ui
