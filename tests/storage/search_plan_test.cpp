// The browser's searches on card states and question types over a mixed collection: each finds
// exactly the cards its definition (docs/search.md) selects, in either order, and runs on the
// plan that keeps it fast at 100,000 questions (bench/browse_bench.cpp): types read from the
// questions_type index, never from question rows, and `is:due` read in card order.
#include <algorithm>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "storage/sqlite_db.h"
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

constexpr int64_t kDay = 86'400'000;
constexpr int64_t kToday = 1'800'000'000'000;  // the study day starts here
constexpr int64_t kNow = kToday + 3'600'000;
constexpr int kQuestions = 90;

using content::QuestionType;
using Predicate = std::function<bool(const BrowseRow&)>;

// Flashcards (every other one reversible), multiple choices and typed questions in turn.
content::Bank MixedBank() {
    content::Bank bank;
    bank.id = "mix";
    bank.title = "Mix";
    for (int i = 0; i < kQuestions; ++i) {
        const std::string id = "q" + std::to_string(i);
        // Some lower case, so sorting by prompt shows whether case is folded.
        const std::string prompt =
            (i % 4 == 0 ? "question " : "Question ") + std::to_string(i) + "?";
        switch (i % 3) {
            case 0:
                bank.questions.push_back(Flashcard(id, prompt, "back", i % 6 == 0));
                break;
            case 1:
                bank.questions.push_back(MultipleChoice(id, prompt));
                break;
            default:
                bank.questions.push_back(Typed(id, prompt, "answer"));
                break;
        }
    }
    return bank;
}

bool Scheduled(const BrowseRow& row) {
    return row.state.phase != CardPhase::kNew;
}

class SearchPlanTest : public CollectionTest {
  protected:
    // Every card gets a random phase, interval, due day (from ten days ago to two weeks
    // ahead), lapse count, and sometimes a suspension or a burial.
    void SetUp() override {
        Must(collection_.ImportBank(MixedBank()));
        std::mt19937_64 rng(42);
        for (const CardId card : Must(collection_.SearchCards(Query("", BrowseColumn::kCreated)))) {
            const auto phase = static_cast<CardPhase>(rng() % 4);
            if (phase != CardPhase::kNew) {
                CardState state;
                state.phase = phase;
                state.scheduled_days = static_cast<int>(rng() % 30);
                state.due_ms = kToday + (static_cast<int64_t>(rng() % 25) - 10) * kDay +
                               static_cast<int64_t>(rng() % 24) * 3'600'000;
                state.last_review_ms = kToday - 11 * kDay;
                state.stability = 3;
                state.difficulty = 5;
                state.reps = 2;
                state.lapses = static_cast<int>(rng() % 3);
                ReviewRecord review;
                review.time_ms = state.last_review_ms;
                Must(collection_.RecordReview(card, state, review));
            }
            if (rng() % 10 == 0) {
                Must(collection_.SetSuspended(card, true));
            }
            if (rng() % 10 == 0) {
                Must(collection_.BuryUntil(card, kNow + kDay));
            }
        }
    }

    static BrowseQuery Query(const std::string& search, BrowseColumn sort) {
        BrowseQuery query;
        query.search = search;
        query.clock = {kNow, kToday, kToday + kDay};
        query.sort = sort;
        return query;
    }

    std::vector<CardId> Find(const std::string& search, BrowseColumn sort) {
        return Must(collection_.SearchCards(Query(search, sort)));
    }

    // The cards `keep` selects, read row by row in card order, or in due order (new cards
    // last, ties by card).
    std::vector<CardId> Expected(const Predicate& keep, BrowseColumn sort) {
        std::vector<BrowseRow> rows = Must(collection_.LoadBrowseRows(Find("", sort)));
        std::erase_if(rows, [&](const BrowseRow& row) { return !keep(row); });
        std::vector<CardId> ids;
        for (const BrowseRow& row : rows) {
            ids.push_back(row.card_id);
        }
        return ids;
    }

    // The query plan of the search statement `search` runs.
    std::vector<std::string> PlanOf(const std::string& search, BrowseColumn sort) {
        std::vector<std::string> statements =
            StatementsNaming(collection_, "cards", [&] { Find(search, sort); });
        std::erase_if(statements,
                      [](const std::string& sql) { return !sql.starts_with("SELECT c.id"); });
        EXPECT_EQ(statements.size(), 1u) << search;
        return statements.empty() ? std::vector<std::string>{}
                                  : QueryPlan(collection_, statements[0]);
    }

    void ExpectFinds(const std::string& search, const Predicate& keep) {
        const std::vector<CardId> expected = Expected(keep, BrowseColumn::kCreated);
        EXPECT_FALSE(expected.empty()) << search << ": the collection should hold such cards";
        EXPECT_EQ(Find(search, BrowseColumn::kCreated), expected) << search;
        EXPECT_EQ(Find(search, BrowseColumn::kDue), Expected(keep, BrowseColumn::kDue)) << search;
    }
};

TEST_F(SearchPlanTest, StateAndTypeSearchesFindWhatTheirTermsDefine) {
    const auto due = [](const BrowseRow& row) {
        return Scheduled(row) && row.state.due_ms < kToday + kDay && !row.suspended &&
               row.buried_until_ms <= kNow;
    };
    ExpectFinds("deck:Mix is:due", due);
    ExpectFinds("-is:new prop:ivl>10 type:typed", [](const BrowseRow& row) {
        return Scheduled(row) && row.state.scheduled_days > 10 && row.type == QuestionType::kTyped;
    });
    ExpectFinds("is:review prop:due<=7 -type:flashcard", [](const BrowseRow& row) {
        return (row.state.phase == CardPhase::kReview ||
                row.state.phase == CardPhase::kRelearning) &&
               row.state.due_ms < kToday + 8 * kDay && row.type != QuestionType::kFlashcard;
    });
    ExpectFinds("(type:typed OR type:multiple_choice) prop:lapses>=1", [](const BrowseRow& row) {
        return row.type != QuestionType::kFlashcard && row.state.lapses >= 1;
    });
    ExpectFinds("type:flashcard",
                [](const BrowseRow& row) { return row.type == QuestionType::kFlashcard; });
    ExpectFinds("-type:typed is:due",
                [&](const BrowseRow& row) { return row.type != QuestionType::kTyped && due(row); });
}

// A type comes from the index of types alone: a read of question rows, with their texts,
// would cost most of the search on a large collection.
TEST_F(SearchPlanTest, TypesAreReadFromTheTypeIndexNotFromQuestionRows) {
    for (const std::string search :
         {"type:typed", "-is:new prop:ivl>10 type:typed", "is:review prop:due<=7 -type:flashcard",
          "(type:cloze OR type:true_false) prop:lapses>=1"}) {
        bool index_used = false;
        for (const std::string& detail : PlanOf(search, BrowseColumn::kCreated)) {
            if (detail.find("questions") != std::string::npos) {
                EXPECT_NE(detail.find("COVERING INDEX questions_type"), std::string::npos)
                    << search << ": " << detail;
                index_used = true;
            }
            EXPECT_EQ(detail.find(" q "), std::string::npos) << search << ": " << detail;
        }
        EXPECT_TRUE(index_used) << search;
    }
}

// `is:due` holds for most cards of a collection with a backlog: the cards are read in their
// own order, never through cards_queue's range and a sort of its random order.
TEST_F(SearchPlanTest, DueCardsAreReadInCardOrder) {
    const std::vector<std::string> plan = PlanOf("deck:Mix is:due", BrowseColumn::kCreated);
    ASSERT_FALSE(plan.empty());
    for (const std::string& detail : plan) {
        EXPECT_EQ(detail.find("cards_queue"), std::string::npos) << detail;
        EXPECT_EQ(detail.find("TEMP B-TREE"), std::string::npos) << detail;
    }
    for (const std::string& detail : PlanOf("is:due", BrowseColumn::kDue)) {
        EXPECT_EQ(detail.find("cards_queue"), std::string::npos) << detail;
    }
}

// The order is computed in C++ from the keys the search reads: it equals SQLite's ORDER BY on
// those keys (each DESC when descending), ties in card order, for every column.
TEST_F(SearchPlanTest, EveryColumnSortsAsAnOrderByOnItsKeys) {
    const std::vector<std::pair<BrowseColumn, std::vector<std::string>>> keys = {
        {BrowseColumn::kPrompt, {"q.prompt COLLATE NOCASE"}},
        {BrowseColumn::kType, {"q.type"}},
        {BrowseColumn::kDeck, {"d.name"}},
        {BrowseColumn::kTopic, {"q.topic"}},
        {BrowseColumn::kTags, {"q.tags"}},
        {BrowseColumn::kDue, {"c.phase = 0", "c.due_ms"}},
        {BrowseColumn::kInterval, {"c.scheduled_days"}},
        {BrowseColumn::kEase, {"CASE d.scheduler WHEN 'sm2' THEN c.ease ELSE c.difficulty END"}},
        {BrowseColumn::kLapses, {"c.lapses"}},
        {BrowseColumn::kReviews, {"c.reps"}},
        {BrowseColumn::kCreated, {"c.id"}},
    };
    // A second deck, named before the first and holding later cards.
    content::Bank first = MixedBank();
    first.id = "aaa";
    first.title = "Aaa";
    first.questions.resize(5);
    Must(collection_.ImportBank(first));
    Db& db = CollectionTestPeer::Connection(collection_);
    for (const char* search : {"", "is:review", "type:typed OR is:new"}) {
        for (const auto& [column, column_keys] : keys) {
            for (const bool descending : {false, true}) {
                BrowseQuery query = Query(search, column);
                query.descending = descending;
                const std::vector<CardId> found = Must(collection_.SearchCards(query));
                ASSERT_GT(found.size(), 3u) << search;
                std::string sql =
                    "SELECT c.id FROM cards c JOIN questions q ON q.id = c.question_id "
                    "JOIN decks d ON d.id = c.deck_id WHERE c.id IN (SELECT value FROM "
                    "json_each(?)) ORDER BY ";
                std::string ids = "[";
                for (const CardId card : found) {
                    ids += (ids.size() > 1 ? "," : "") + std::to_string(card.value);
                }
                ids += "]";
                for (const std::string& key : column_keys) {
                    sql += key + (descending ? " DESC, " : ", ");
                }
                sql += "c.id";
                auto stmt = Must(Statement::Prepare(db, sql));
                stmt.Bind(1, ids);
                std::vector<CardId> expected;
                Must(ForEachRow(stmt, [&] { expected.push_back(CardId{stmt.Int(0)}); }));
                EXPECT_EQ(found, expected) << "'" << search << "' by " << column_keys.front()
                                           << (descending ? " descending" : "");
            }
        }
    }
}

}  // namespace
}  // namespace summit::storage::test
