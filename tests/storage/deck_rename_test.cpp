// Decks by id: finding a deck by its name, and renaming one without touching its history.
#include <sqlite3.h>

#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

// Every row of `table` in rowid order, each column as text, for comparing whole tables.
std::vector<std::string> Rows(Collection& collection, const std::string& table) {
    std::vector<std::string> rows;
    const std::string sql = "SELECT * FROM " + table + " ORDER BY rowid";
    auto append = [](void* out, int columns, char** values, char**) {
        std::string row;
        for (int i = 0; i < columns; ++i) {
            row += values[i] ? values[i] : "NULL";
            row += '|';
        }
        static_cast<std::vector<std::string>*>(out)->push_back(row);
        return 0;
    };
    char* error = nullptr;
    if (sqlite3_exec(CollectionTestPeer::Handle(collection), sql.c_str(), append, &rows, &error) !=
        SQLITE_OK) {
        const std::string message = error ? error : "?";
        sqlite3_free(error);
        throw std::runtime_error(message);
    }
    return rows;
}

DeckSummary SummaryOf(const Collection& collection, DeckId deck) {
    for (const DeckSummary& summary : Must(collection.ListDecks(1'000'000, 2'000'000))) {
        if (summary.id == deck) {
            return summary;
        }
    }
    throw std::runtime_error("deck not listed");
}

class DeckRenameTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(SolarBank()));
        Must(collection_.ImportBank(LargeBank("big", 5)));
        solar_ = DeckNamed(collection_, "Solar system");
        // Two reviews, so the deck has history, learning and review cards.
        const auto cards = Must(collection_.LoadCards(CardQuery::All(solar_)));
        for (int i = 0; i < 2; ++i) {
            CardState next = cards[i].state;
            next.phase = i == 0 ? CardPhase::kLearning : CardPhase::kReview;
            next.due_ms = 1'500'000;
            next.last_review_ms = 900'000 + i;
            next.scheduled_days = i;
            next.reps = 1;
            Must(collection_.RecordReview(cards[i].id, next,
                                          {900'000 + i, Rating::kGood, "", true, 3'000}));
        }
    }

    DeckId solar_;
};

TEST_F(DeckRenameTest, FindDeckResolvesANameOnceAndNamesTheMissingOne) {
    EXPECT_EQ(Must(collection_.FindDeck("Solar system")), solar_);
    EXPECT_EQ(Must(collection_.GetDeckName(solar_)), "Solar system");
    EXPECT_NE(Must(collection_.FindDeck("Large big")), solar_);
    auto unknown = collection_.FindDeck("Nope");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(unknown.error().message, "no deck named 'Nope'");
    auto other_case = collection_.FindDeck("solar system");
    ASSERT_FALSE(other_case);
    EXPECT_EQ(other_case.error().code, ErrorCode::kNotFound);
}

TEST_F(DeckRenameTest, RenameTouchesOnlyTheDecksTable) {
    const auto revlog = Rows(collection_, "revlog");
    const auto cards = Rows(collection_, "cards");
    const auto questions = Rows(collection_, "questions");
    const auto log = Must(collection_.ReadReviewLog(solar_));
    const DeckSummary before = SummaryOf(collection_, solar_);
    const ReviewCounts today = Must(collection_.CountReviewsSince(solar_, 0));
    const content::Bank exported = Must(collection_.ExportDeck(solar_));
    ASSERT_EQ(revlog.size(), 2u);

    Must(collection_.RenameDeck(solar_, "Astronomy"));

    EXPECT_EQ(Must(collection_.GetDeckName(solar_)), "Astronomy");
    EXPECT_EQ(Must(collection_.FindDeck("Astronomy")), solar_);
    auto old_name = collection_.FindDeck("Solar system");
    ASSERT_FALSE(old_name);
    EXPECT_EQ(old_name.error().code, ErrorCode::kNotFound);

    EXPECT_EQ(Rows(collection_, "revlog"), revlog);
    EXPECT_EQ(Rows(collection_, "cards"), cards);
    EXPECT_EQ(Rows(collection_, "questions"), questions);
    const auto log_after = Must(collection_.ReadReviewLog(solar_));
    ASSERT_EQ(log_after.size(), log.size());
    for (size_t i = 0; i < log.size(); ++i) {
        EXPECT_EQ(log_after[i].id, log[i].id);
        EXPECT_EQ(log_after[i].card_id, log[i].card_id);
        EXPECT_EQ(log_after[i].deck_id, solar_);
        EXPECT_EQ(log_after[i].time_ms, log[i].time_ms);
    }

    const DeckSummary after = SummaryOf(collection_, solar_);
    EXPECT_EQ(after.name, "Astronomy");
    EXPECT_EQ(after.question_count, before.question_count);
    EXPECT_EQ(after.card_count, before.card_count);
    EXPECT_EQ(after.new_count, before.new_count);
    EXPECT_EQ(after.learning_count, before.learning_count);
    EXPECT_EQ(after.due_count, before.due_count);
    EXPECT_EQ(after.scheduler, before.scheduler);
    const ReviewCounts today_after = Must(collection_.CountReviewsSince(solar_, 0));
    for (CardPhase phase :
         {CardPhase::kNew, CardPhase::kLearning, CardPhase::kReview, CardPhase::kRelearning}) {
        EXPECT_EQ(today_after.Count(phase), today.Count(phase));
    }

    // The export names the deck as it is now called; its questions are the same.
    const content::Bank renamed = Must(collection_.ExportDeck(solar_));
    EXPECT_EQ(renamed.deck, "Astronomy");
    EXPECT_EQ(renamed.questions, exported.questions);
}

TEST_F(DeckRenameTest, RenameRefusesUnknownDecksTakenAndEmptyNames) {
    auto unknown = collection_.RenameDeck(DeckId{4242}, "Anything");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
    auto taken = collection_.RenameDeck(solar_, "Large big");
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::kConflict);
    EXPECT_EQ(taken.error().message, "a deck named 'Large big' already exists");
    auto empty = collection_.RenameDeck(solar_, "");
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(Must(collection_.GetDeckName(solar_)), "Solar system");
    Must(collection_.RenameDeck(solar_, "Solar system"));  // its own name: nothing changes
    EXPECT_EQ(Must(collection_.FindDeck("Solar system")), solar_);
}

}  // namespace
}  // namespace summit::storage::test
