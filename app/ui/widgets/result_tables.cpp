// The breakdown tables and the way back shared by the summary and quiz results views.
#include "app/ui/widgets/result_tables.h"

#include <cstdio>

#include "app/ui/study/summary_view.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

BreakdownRow RowOf(std::string name, const study::Tally& tally) {
    char label[32];
    std::snprintf(label, sizeof label, "%d/%d", tally.correct, tally.answered);
    return {std::move(name), tally.answered, static_cast<float>(tally.Accuracy()), label};
}

BreakdownRow RowOf(std::string name, const study::ScoreTally& tally) {
    char label[32];
    std::snprintf(label, sizeof label, "%.1f / %d", tally.score, tally.count);
    const float fraction = tally.count == 0 ? 0.0f : static_cast<float>(tally.score / tally.count);
    return {std::move(name), tally.count, fraction, label};
}

template <typename Map, typename NameOf>
std::vector<BreakdownRow> RowsOf(const Map& tallies, NameOf name_of) {
    std::vector<BreakdownRow> rows;
    rows.reserve(tallies.size());
    for (const auto& [key, tally] : tallies) {
        rows.push_back(RowOf(name_of(key), tally));
    }
    return rows;
}

std::string TypeName(content::QuestionType type) {
    return QuestionTypeLabel(type);
}

}  // namespace

TopicNames LoadTopicNames(const storage::Collection& collection,
                          std::optional<storage::DeckId> deck) {
    TopicNames names;
    if (auto topics = collection.ListTopics(deck)) {
        for (const content::Topic& topic : *topics) {
            if (!topic.name.empty()) {
                names[topic.id] = topic.name;
            }
        }
    }
    return names;
}

const ImVec4& ScoreColor(double fraction) {
    const Palette& colors = Colors();
    return fraction >= 0.8 ? colors.success : fraction >= 0.6 ? colors.warning : colors.error;
}

std::string TopicLabel(const std::string& topic_id, const TopicNames& names) {
    if (topic_id.empty()) {
        return "(no topic)";
    }
    const auto named = names.find(topic_id);
    // A bank may name only some of its topics; the id still tells them apart.
    return named == names.end() || named->second.empty() ? topic_id : named->second;
}

std::vector<BreakdownRow> BreakdownRows(const std::map<content::QuestionType, study::Tally>& by) {
    return RowsOf(by, TypeName);
}

std::vector<BreakdownRow> BreakdownRows(const std::map<std::string, study::Tally>& by_topic,
                                        const TopicNames& names) {
    return RowsOf(by_topic, [&](const std::string& topic) { return TopicLabel(topic, names); });
}

std::vector<BreakdownRow> BreakdownRows(
    const std::map<content::QuestionType, study::ScoreTally>& by_type) {
    return RowsOf(by_type, TypeName);
}

std::vector<BreakdownRow> BreakdownRows(const std::map<std::string, study::ScoreTally>& by_topic,
                                        const TopicNames& names) {
    return RowsOf(by_topic, [&](const std::string& topic) { return TopicLabel(topic, names); });
}

void BreakdownTable(const char* id, const char* heading, const BreakdownColumns& columns,
                    const std::vector<BreakdownRow>& rows) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | (columns.row_lines ? ImGuiTableFlags_BordersInnerH : 0);
    if (rows.empty() || !ImGui::BeginTable(id, columns.answered ? 3 : 2, flags)) {
        return;
    }
    ImGui::TableSetupColumn(heading, ImGuiTableColumnFlags_WidthStretch);
    if (columns.answered) {
        ImGui::TableSetupColumn("Answered", ImGuiTableColumnFlags_WidthFixed, Em(6));
    }
    ImGui::TableSetupColumn(columns.bar_heading, ImGuiTableColumnFlags_WidthFixed,
                            Em(columns.bar_width_em));
    ImGui::TableHeadersRow();
    for (const BreakdownRow& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.name.c_str());
        if (columns.answered) {
            ImGui::TableNextColumn();
            ImGui::Text("%d", row.answered);
        }
        ImGui::TableNextColumn();
        ImGui::ProgressBar(row.fraction, ImVec2(-1, 0), row.bar_label.c_str());
    }
    ImGui::EndTable();
}

bool BackToDecksButton(WidgetRects& rects) {
    const bool pressed = ImGui::Button("Back to decks", ImVec2(Em(10), 0));
    rects.RecordLastItem("button/back");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Enter");
    }
    return pressed;
}

bool BackKeyPressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
}

}  // namespace summit::ui
