// Imported Anki cards with a review history but no FSRS memory state (studied with SM-2) get
// the state their history implies, computed here independently with the scheduler's formulas;
// cards that bring a memory state keep it.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/cli/anki_verbs.h"
#include "app/scheduler/day_rule.h"
#include "app/scheduler/deck_settings.h"
#include "app/scheduler/fsrs.h"
#include "storage/anki/anki_import.h"
#include "storage/anki/anki_to_bank.h"

namespace summit::cli {
namespace {

namespace anki = storage::anki;

constexpr int64_t kDayMs = 86'400'000;
constexpr int64_t kStart = 1'700'000'000'000;  // the first review, ms since the epoch

struct Answer {
    int64_t time_ms;
    int ease;  // 1..4
    int type;  // Anki's revlog type: 0 learning, 1 review, 2 relearning
    int64_t ivl;
};

// A learning day with two same-day answers, then reviews days apart with one lapse.
const std::vector<Answer> kHistory = {
    {kStart, 1, 0, -60},
    {kStart + 600'000, 3, 0, 1},
    {kStart + 1 * kDayMs, 3, 1, 3},
    {kStart + 4 * kDayMs + 3'600'000, 4, 1, 12},
    {kStart + 18 * kDayMs, 1, 1, -600},
    {kStart + 18 * kDayMs + 700'000, 3, 2, 2},
    {kStart + 21 * kDayMs, 2, 1, 4},
};

// Two Basic notes whose cards share kHistory; the second card's data holds a memory state.
anki::AnkiPackage SmTwoPackage() {
    anki::AnkiPackage package;
    package.creation_secs = kStart / 1000 - 86'400;
    package.note_types.push_back(
        {7,
         "Basic",
         anki::AnkiNoteType::Kind::kStandard,
         {"Front", "Back"},
         {{"Card 1", "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"}}});
    package.decks.push_back({1, "Default"});
    for (int64_t note = 1; note <= 2; ++note) {
        package.notes.push_back({note, "g" + std::to_string(note), 7, {"q", "a"}, {}});
        anki::AnkiCard card;
        card.id = 10 + note;
        card.note_id = note;
        card.deck_id = 1;
        card.type = 2;
        card.queue = 2;
        card.due = 25;
        card.ivl = 4;
        card.factor = 2350;
        card.reps = static_cast<int>(kHistory.size());
        card.lapses = 1;
        if (note == 2) {
            card.fsrs = anki::AnkiFsrsState{7.5, 6.25, 0.9};
        }
        package.cards.push_back(card);
        for (const Answer& answer : kHistory) {
            anki::AnkiRevlog row;
            row.id = answer.time_ms + note;  // Anki's revlog ids are unique times
            row.card_id = card.id;
            row.ease = answer.ease;
            row.type = answer.type;
            row.ivl = answer.ivl;
            row.factor = 2500;
            row.time_ms = 8000;
            package.revlog.push_back(row);
        }
    }
    return package;
}

// The memory state after kHistory, step by step with the formulas of a new deck's FSRS model:
// the first answer initialises it; later ones use the whole study days elapsed since the one
// before (0 on the same day: the short-term formula) and the recall probability then.
study::MemoryState ExpectedMemory(int64_t offset_ms) {
    const study::DeckSettings settings;
    auto scheduler = study::FsrsScheduler::Create(study::ToFsrsParams(settings));
    EXPECT_TRUE(scheduler.has_value());
    const study::FsrsModel& model = scheduler->model();
    study::MemoryState memory;
    int64_t last_ms = 0;
    for (const Answer& answer : kHistory) {
        const int64_t time_ms = answer.time_ms + offset_ms;
        if (last_ms == 0) {
            memory = model.Step({}, 0, answer.ease, 1.0);
        } else {
            const int64_t elapsed = study::ElapsedDays(last_ms, time_ms, settings.Day());
            const double r = model.ForgettingCurve(static_cast<double>(elapsed), memory.stability);
            memory = model.Step(memory, elapsed, answer.ease, r);
        }
        last_ms = time_ms;
    }
    return memory;
}

TEST(AnkiImportMemory, SmTwoHistoryIsReplayedThroughFsrsAndAGivenStateIsKept) {
    const anki::AnkiPackage package = SmTwoPackage();
    const anki::AnkiConversion conversion = anki::ConvertAnkiPackage(package, "sm2.apkg");
    auto collection = storage::Collection::OpenInMemory();
    ASSERT_TRUE(collection.has_value());
    auto report = anki::ImportAnkiPackage(*collection, package, conversion,
                                          AnkiImportOptionsAt(kStart + 30 * kDayMs));
    ASSERT_TRUE(report.has_value()) << report.error().ToString();
    EXPECT_EQ(report->memory_states_computed, 1);
    EXPECT_EQ(report->history.reviews_added, 2 * static_cast<int64_t>(kHistory.size()));

    auto cards = collection->LoadCards(storage::CardQuery::All());
    ASSERT_TRUE(cards.has_value());
    ASSERT_EQ(cards->size(), 2u);
    for (const storage::StudyCard& card : *cards) {
        EXPECT_EQ(card.state.phase, CardPhase::kReview);
        if (card.guid.ends_with(anki::NoteQuestionId("g1"))) {
            const study::MemoryState want = ExpectedMemory(1);
            EXPECT_GT(want.stability, 0);
            EXPECT_NEAR(card.state.stability, want.stability, 1e-9);
            EXPECT_NEAR(card.state.difficulty, want.difficulty, 1e-9);
        } else {
            EXPECT_EQ(card.state.stability, 7.5);
            EXPECT_EQ(card.state.difficulty, 6.25);
        }
    }
}

TEST(AnkiImportMemory, WithoutTheReplayStabilityStaysZero) {
    const anki::AnkiPackage package = SmTwoPackage();
    const anki::AnkiConversion conversion = anki::ConvertAnkiPackage(package, "sm2.apkg");
    auto collection = storage::Collection::OpenInMemory();
    ASSERT_TRUE(collection.has_value());
    auto report = anki::ImportAnkiPackage(*collection, package, conversion, {});
    ASSERT_TRUE(report.has_value()) << report.error().ToString();
    EXPECT_EQ(report->memory_states_computed, 0);
    auto cards = collection->LoadCards(storage::CardQuery::All());
    ASSERT_TRUE(cards.has_value());
    ASSERT_EQ(cards->size(), 2u);
    const storage::StudyCard& replayed =
        (*cards)[0].guid.ends_with(anki::NoteQuestionId("g1")) ? (*cards)[0] : (*cards)[1];
    EXPECT_EQ(replayed.state.stability, 0);
}

}  // namespace
}  // namespace summit::cli
