// The quiz setup view: which decks and topics, how many questions, which types, an optional
// time limit, when feedback comes, and whether the quiz counts toward the schedule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/study/quiz.h"
#include "app/ui/shell/help_overlay.h"
#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/result_tables.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

struct QuizSetupUiState {
    std::vector<std::string> decks;          // every deck, by name
    std::vector<storage::DeckId> deck_ids;   // parallel to decks
    std::vector<bool> deck_chosen;           // parallel to decks
    std::vector<std::string> topics;         // the topics of the chosen decks
    TopicNames topic_names;                  // their titles, as banks name them
    std::vector<std::string> chosen_topics;  // empty = every topic
    std::vector<bool> type_chosen =
        std::vector<bool>(std::size(content::kAllQuestionTypes), true);  // by QuestionType value
    int question_count = 10;
    int time_limit_minutes = 0;  // 0 = untimed
    bool immediate_feedback = false;
    bool counts_toward_schedule = false;
    std::string message;  // why the setup cannot start; empty when fine
};

// Keys while no text field has the keyboard: Enter starts, Escape goes back, ? lists the keys.
// UI thread only, between ImGui::NewFrame() and ImGui::Render().
class QuizSetupView {
  public:
    explicit QuizSetupView(storage::Collection& collection);

    // Lists the decks and their topics, with `deck` (when given) the only one chosen.
    void Open(std::optional<storage::DeckId> deck);
    void Draw();

    // The setup as chosen (validated by ValidateQuizSetup when started).
    study::QuizSetup Setup() const;
    // The setup the user asked to start, once, after it validated.
    std::optional<study::QuizSetup> TakeStart();
    bool TakeBackRequest();
    // Shows why the quiz could not start (e.g. no question matches).
    void SetMessage(std::string message) { state_.message = std::move(message); }

    QuizSetupUiState& state() { return state_; }
    // "deck/<i>", "topic/<i>", "type/<name>", "field/count", "field/minutes",
    // "feedback/end", "feedback/immediate", "counts", "button/start", "button/back".
    const WidgetRects& rects() const { return rects_; }
    const HelpOverlay& help() const { return help_; }
    const FocusRing& focus() const { return focus_; }

  private:
    void LoadTopics();
    void DrawSources();
    void DrawOptions();

    storage::Collection& collection_;
    QuizSetupUiState state_;
    WidgetRects rects_;
    HelpOverlay help_;
    FocusRing focus_;
    bool one_column_ = false;  // this frame: sources above options, for want of width
    bool start_requested_ = false;
    bool back_requested_ = false;
    bool topics_stale_ = false;
    std::optional<study::QuizSetup> start_;
};

}  // namespace summit::ui
