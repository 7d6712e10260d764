// What the session summary and the quiz results share: the breakdown tables (one row per
// question type or topic, with how well it went as a bar), the score colours and the way back.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/study/quiz.h"
#include "app/study/session.h"
#include "app/ui/widgets/widget_rects.h"

namespace summit::ui {

// Topic id → the name the bank gives it ("facts:people" → "People and roles").
using TopicNames = std::map<std::string, std::string>;

// The colour of a score, `fraction` of the best possible (0..1), from the current palette:
// success from 80%, warning from 60%, error below.
const ImVec4& ScoreColor(double fraction);

// The topic's name from `names`, else its id; "(no topic)" for questions without one.
std::string TopicLabel(const std::string& topic_id, const TopicNames& names);

// Display names of the topics the banks in `deck` (or every deck) declare; ids without a
// name, or a failed read, fall back to showing the id (TopicLabel).
TopicNames LoadTopicNames(const storage::Collection& collection,
                          std::optional<storage::DeckId> deck);

struct BreakdownRow {
    std::string name;       // question type or topic, as shown
    int answered = 0;       // shown only when the columns ask for it
    float fraction = 0;     // how full the bar is, 0..1
    std::string bar_label;  // the text on the bar, e.g. "3/4" or "2.5 / 3"
};

struct BreakdownColumns {
    const char* bar_heading;  // heading of the bar column
    float bar_width_em;       // width of the bar column, in ems
    bool answered;            // an "Answered" column before the bar
    bool row_lines;           // lines between rows
};
// The summary's: answered count, then correct/answered as accuracy.
inline constexpr BreakdownColumns kAccuracyColumns{"Accuracy", 10, true, true};
// The quiz results': partial credit over questions asked.
inline constexpr BreakdownColumns kScoreColumns{"Score", 9, false, false};

// Rows in map order: "correct/answered" bars for sessions, "score / count" bars for quizzes.
std::vector<BreakdownRow> BreakdownRows(const std::map<content::QuestionType, study::Tally>& by);
std::vector<BreakdownRow> BreakdownRows(const std::map<std::string, study::Tally>& by_topic,
                                        const TopicNames& names);
std::vector<BreakdownRow> BreakdownRows(
    const std::map<content::QuestionType, study::ScoreTally>& by_type);
std::vector<BreakdownRow> BreakdownRows(const std::map<std::string, study::ScoreTally>& by_topic,
                                        const TopicNames& names);

// A table with the `heading` column (the row names) and `columns`; draws nothing when `rows`
// is empty. UI thread, inside a window.
void BreakdownTable(const char* id, const char* heading, const BreakdownColumns& columns,
                    const std::vector<BreakdownRow>& rows);

// The "Back to decks" button, recorded in `rects` as "button/back"; true when clicked.
bool BackToDecksButton(WidgetRects& rects);
// Enter, keypad Enter, Space or Escape pressed this frame (no repeats): the keys that leave an
// end-of-study screen.
bool BackKeyPressed();

}  // namespace summit::ui
