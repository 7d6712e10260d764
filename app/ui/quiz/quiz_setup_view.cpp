// The quiz setup view.
#include "app/ui/quiz/quiz_setup_view.h"

#include <algorithm>
#include <set>

#include <imgui.h>

#include "app/ui/study/summary_view.h"
#include "app/ui/widgets/fit_text.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {
namespace {

// The width (in ems) below which the sources and options are shown in one column.
constexpr float kTwoColumnsEm = 40;

// The width ImGui gives a checkbox or radio button labelled `label`.
float TickBoxWidth(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
           ImGui::CalcTextSize(label, nullptr, true).x;
}

constexpr HelpRow kSetupKeys[] = {
    {"Enter", "Start the quiz"},
    {"Escape", "Back to the decks"},
    {"?", "Show or hide this help (outside text fields)"},
    {"Ctrl+Q", "Quit Summit"},
};
constexpr HelpSection kSetupHelp[] = {{"Quiz setup", kSetupKeys, 4}};

}  // namespace

QuizSetupView::QuizSetupView(storage::Collection& collection)
    : collection_(collection), help_(kSetupHelp) {}

void QuizSetupView::Open(std::optional<storage::DeckId> deck) {
    state_ = QuizSetupUiState{};
    start_.reset();
    back_requested_ = false;
    focus_.Clear();
    if (auto decks = collection_.ListDecks(0, 0)) {
        for (const storage::DeckSummary& summary : *decks) {
            state_.decks.push_back(summary.name);
            state_.deck_ids.push_back(summary.id);
            state_.deck_chosen.push_back(deck == summary.id);
        }
    } else {
        state_.message = "Could not read the decks: " + decks.error().message;
    }
    LoadTopics();
}

void QuizSetupView::LoadTopics() {
    std::set<std::string> topics;
    const bool any_chosen = std::find(state_.deck_chosen.begin(), state_.deck_chosen.end(), true) !=
                            state_.deck_chosen.end();
    for (size_t i = 0; i < state_.decks.size(); ++i) {
        if (any_chosen && !state_.deck_chosen[i]) {
            continue;
        }
        if (auto rows = collection_.ListQuestions(state_.deck_ids[i])) {
            for (const storage::QuestionRow& row : *rows) {
                if (!row.topic.empty()) {
                    topics.insert(row.topic);
                }
            }
        }
    }
    state_.topics.assign(topics.begin(), topics.end());
    state_.topic_names = LoadTopicNames(collection_, std::nullopt);
    std::erase_if(state_.chosen_topics,
                  [&](const std::string& topic) { return !topics.contains(topic); });
}

study::QuizSetup QuizSetupView::Setup() const {
    study::QuizSetup setup;
    for (size_t i = 0; i < state_.decks.size(); ++i) {
        if (state_.deck_chosen[i]) {
            setup.decks.push_back(state_.decks[i]);
        }
    }
    setup.topics = state_.chosen_topics;
    const bool all_types = std::all_of(state_.type_chosen.begin(), state_.type_chosen.end(),
                                       [](bool chosen) { return chosen; });
    if (!all_types) {
        for (const content::QuestionType type : content::kAllQuestionTypes) {
            if (state_.type_chosen[static_cast<size_t>(type)]) {
                setup.types.push_back(type);
            }
        }
    }
    setup.question_count = state_.question_count;
    setup.time_limit_seconds = state_.time_limit_minutes * 60;
    setup.feedback =
        state_.immediate_feedback ? study::QuizFeedback::kImmediate : study::QuizFeedback::kAtEnd;
    setup.counts_toward_schedule = state_.counts_toward_schedule;
    return setup;
}

std::optional<study::QuizSetup> QuizSetupView::TakeStart() {
    std::optional<study::QuizSetup> taken;
    taken.swap(start_);
    return taken;
}

bool QuizSetupView::TakeBackRequest() {
    const bool requested = back_requested_;
    back_requested_ = false;
    return requested;
}

void QuizSetupView::Draw() {
    start_requested_ = false;
    topics_stale_ = false;
    const bool open = BeginFullscreenView("Quiz setup###quiz_setup");
    if (open) {
        focus_.Begin(!help_.IsOpen());
        if (focus_.Item(ImGui::Button("< Back"))) {
            back_requested_ = true;
        }
        rects_.RecordLastItem("button/back");
        ImGui::SameLine(0, Em(1));
        ImGui::TextUnformatted("New quiz");
        constexpr const char* kHint = "Questions are drawn at random, spread across topics.";
        SameLineIfFits(ImGui::CalcTextSize(kHint).x, Em(1));
        ImGui::TextDisabled("%s", kHint);
        ImGui::Separator();
        const float footer = ImGui::GetFrameHeightWithSpacing() * 2.5f;
        ImGui::BeginChild("setup_body", ImVec2(0, -footer));
        // Side by side while both columns have room for their longest labels; else one column
        // that scrolls, so nothing is cut at the right edge (a small window, a large scale).
        one_column_ = ImGui::GetContentRegionAvail().x < Em(kTwoColumnsEm);
        if (one_column_) {
            DrawSources();
            ImGui::Spacing();
            DrawOptions();
        } else if (ImGui::BeginTable("setup_columns", 2, ImGuiTableFlags_SizingStretchSame)) {
            ImGui::TableNextColumn();
            DrawSources();
            ImGui::TableNextColumn();
            DrawOptions();
            ImGui::EndTable();
        }
        ImGui::EndChild();
        ImGui::Separator();
        if (focus_.Item(ImGui::Button("Start quiz", ImVec2(Em(10), 0)))) {
            start_requested_ = true;
        }
        rects_.RecordLastItem("button/start");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Enter");
        }
        if (!state_.message.empty()) {
            ImGui::SameLine(0, Em(1));
            ImGui::TextColored(Colors().error, "%s", state_.message.c_str());
        }
        if (!ImGui::GetIO().WantTextInput && !help_.IsOpen()) {
            if (HelpKeyPressed()) {
                help_.Open();
            } else if (!focus_.HasFocus() &&  // else Enter is the focused control's
                       (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false))) {
                start_requested_ = true;
            }
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
                back_requested_ = true;
            }
        }
        focus_.End();
    }
    EndFullscreenView();
    help_.Draw();

    if (topics_stale_) {
        LoadTopics();
    }
    if (start_requested_) {
        const study::QuizSetup setup = Setup();
        if (auto valid = study::ValidateQuizSetup(setup); !valid) {
            state_.message = valid.error().message;
        } else {
            state_.message.clear();
            start_ = setup;
        }
    }
}

void QuizSetupView::DrawSources() {
    ImGui::TextDisabled("Decks (none ticked = all)");
    for (size_t i = 0; i < state_.decks.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        bool chosen = state_.deck_chosen[i];
        if (focus_.Item(ImGui::Checkbox(state_.decks[i].c_str(), &chosen))) {
            state_.deck_chosen[i] = !state_.deck_chosen[i];
            topics_stale_ = true;
        }
        rects_.RecordLastItem("deck/" + std::to_string(i));
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::TextDisabled("Topics (none ticked = all)");
    // In two columns the topics fill their column's height; in one, a few rows of it.
    const float rows =
        static_cast<float>(std::min<size_t>(std::max<size_t>(state_.topics.size(), 1), 6));
    ImGui::BeginChild(
        "topics", ImVec2(0, one_column_ ? rows * ImGui::GetFrameHeightWithSpacing() : 0), false);
    for (size_t i = 0; i < state_.topics.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string& topic = state_.topics[i];
        auto at = std::find(state_.chosen_topics.begin(), state_.chosen_topics.end(), topic);
        bool chosen = at != state_.chosen_topics.end();
        // Shown by its title; the id stays the checkbox's identity and what the quiz is given.
        const std::string label = TopicLabel(topic, state_.topic_names) + "###topic";
        if (focus_.Item(ImGui::Checkbox(label.c_str(), &chosen))) {
            if (at == state_.chosen_topics.end()) {
                state_.chosen_topics.push_back(topic);
            } else {
                state_.chosen_topics.erase(at);
            }
        }
        rects_.RecordLastItem("topic/" + std::to_string(i));
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void QuizSetupView::DrawOptions() {
    ImGui::TextDisabled("Questions");
    ImGui::SetNextItemWidth(Em(9));
    focus_.BeforeTextField();
    ImGui::InputInt("number of questions", &state_.question_count);
    focus_.Item();
    rects_.RecordLastItem("field/count");
    ImGui::SetNextItemWidth(Em(9));
    focus_.BeforeTextField();
    ImGui::InputInt("minutes (0 = untimed)", &state_.time_limit_minutes);
    focus_.Item();
    rects_.RecordLastItem("field/minutes");
    ImGui::Spacing();
    ImGui::TextDisabled("Types");
    // Flowed into as many per row as fit, so the feedback options below stay in sight in a
    // small window.
    for (const content::QuestionType type : content::kAllQuestionTypes) {
        if (type != content::kAllQuestionTypes[0]) {
            SameLineIfFits(TickBoxWidth(QuestionTypeLabel(type)), Em(1));
        }
        bool chosen = state_.type_chosen[static_cast<size_t>(type)];
        if (focus_.Item(ImGui::Checkbox(QuestionTypeLabel(type), &chosen))) {
            state_.type_chosen[static_cast<size_t>(type)] =
                !state_.type_chosen[static_cast<size_t>(type)];
        }
        rects_.RecordLastItem(std::string("type/") + content::QuestionTypeName(type));
    }
    ImGui::Spacing();
    ImGui::TextDisabled("Feedback");
    if (focus_.Item(ImGui::RadioButton("At the end", !state_.immediate_feedback))) {
        state_.immediate_feedback = false;
    }
    rects_.RecordLastItem("feedback/end");
    SameLineIfFits(TickBoxWidth("After each answer"));
    if (focus_.Item(ImGui::RadioButton("After each answer", state_.immediate_feedback))) {
        state_.immediate_feedback = true;
    }
    rects_.RecordLastItem("feedback/immediate");
    ImGui::Checkbox("Counts toward the schedule", &state_.counts_toward_schedule);
    if (focus_.Item()) {
        state_.counts_toward_schedule = !state_.counts_toward_schedule;
    }
    rects_.RecordLastItem("counts");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Also record each answer as a review, as studying would");
    }
}

}  // namespace summit::ui
