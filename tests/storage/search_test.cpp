// The browser's search over a small collection: each construct finds exactly the cards it
// should, sorting happens in SQL, and the text index follows every write.
#include <algorithm>

#include "test_support.h"

namespace summit::storage::test {
namespace {

constexpr int64_t kDay = 86'400'000;
constexpr int64_t kToday = 1'800'000'000'000;  // the study day starts here

// A second bank into a subdeck of the solar bank's deck: "Solar system::Moons".
content::Bank MoonsBank() {
    content::Bank bank;
    bank.id = "moons";
    bank.title = "Moons";
    bank.deck = "Solar system";
    content::Question moon = Flashcard("moon", "Which planet has the moon Titan?", "Saturn");
    moon.deck = "Moons";
    bank.questions = {moon};
    return bank;
}

class SearchTest : public CollectionTest {
  protected:
    void SetUp() override {
        Must(collection_.ImportBank(SolarBank()));
        Must(collection_.ImportBank(MoonsBank()));
        content::Bank places;
        places.id = "places";
        places.title = "Places";
        content::Question cafe = Flashcard("cafe", "Where is the Café de Flore?", "Paris");
        cafe.tags = {"places::paris", "Easy"};
        places.questions = {cafe};
        Must(collection_.ImportBank(places));
    }

    BrowseQuery Query(std::string search) const {
        BrowseQuery query;
        query.search = std::move(search);
        query.clock = {kToday + 3'600'000, kToday, kToday + kDay};
        query.sort = BrowseColumn::kPrompt;
        return query;
    }

    // The prompts of the cards found, in the order found; a reverse card is marked "~".
    std::vector<std::string> Find(const std::string& search) {
        return PromptsOf(Must(collection_.SearchCards(Query(search))));
    }

    std::vector<std::string> PromptsOf(const std::vector<CardId>& ids) {
        std::vector<std::string> prompts;
        for (const BrowseRow& row : Must(collection_.LoadBrowseRows(ids))) {
            prompts.push_back(row.prompt.substr(0, 14) + (row.ordinal == 1 ? "~" : ""));
        }
        return prompts;
    }

    CardId CardOf(const std::string& prompt_start, int ordinal = 0) {
        for (const StudyCard& card : Must(collection_.LoadCards(CardQuery::All()))) {
            if (card.question.prompt.starts_with(prompt_start) && card.ordinal == ordinal) {
                return card.id;
            }
        }
        ADD_FAILURE() << "no card " << prompt_start;
        return {};
    }

    // Gives the card a review at `time_ms` that leaves it in `phase` with `interval` days,
    // due `due_ms`.
    void Review(CardId card, CardPhase phase, int interval, int64_t due_ms, int64_t time_ms) {
        CardState state;
        state.phase = phase;
        state.scheduled_days = interval;
        state.due_ms = due_ms;
        state.last_review_ms = time_ms;
        state.stability = interval;
        state.difficulty = 5;
        state.reps = 1;
        ReviewRecord review;
        review.time_ms = time_ms;
        Must(collection_.RecordReview(card, state, review));
    }
};

using Prompts = std::vector<std::string>;

const Prompts kAll = {"How many plane", "What kind of o", "What kind of o~",
                      "Where is the C", "Which is the l", "Which planet h"};

TEST_F(SearchTest, EmptyQueryFindsEveryCardInTheChosenOrder) {
    EXPECT_EQ(Find(""), kAll);
    BrowseQuery query = Query("  ");
    query.descending = true;
    Prompts reversed = kAll;
    std::reverse(reversed.begin(), reversed.end());
    // Ties keep card order: the two cards of the reversible flashcard stay in order.
    std::swap(reversed[3], reversed[4]);
    EXPECT_EQ(PromptsOf(Must(collection_.SearchCards(query))), reversed);
}

TEST_F(SearchTest, FreeWordsMatchWordPrefixesInEveryTextOfTheQuestion) {
    EXPECT_EQ(Find("planet"), (Prompts{"How many plane", "Which is the l", "Which planet h"}));
    EXPECT_EQ(Find("reclassified"), Prompts{"How many plane"});               // explanation
    EXPECT_EQ(Find("star"), (Prompts{"What kind of o", "What kind of o~"}));  // back
    EXPECT_EQ(Find("Second"), Prompts{"Which is the l"});                     // a choice's feedback
    EXPECT_EQ(Find("PLAN largest"), Prompts{"Which is the l"});
    EXPECT_EQ(Find("cafe"), Prompts{"Where is the C"});  // diacritics folded
    EXPECT_EQ(Find("nothinglikethis"), Prompts{});
}

TEST_F(SearchTest, IdsTypeNamesAndTagsAreNotSearchedAsText) {
    EXPECT_EQ(Find("flashcard"), Prompts{});
    EXPECT_EQ(Find("largest"), Prompts{"Which is the l"});  // the prompt, not the id
    EXPECT_EQ(Find("size"), Prompts{});                     // a tag: tag:size finds it
}

TEST_F(SearchTest, PhrasesMatchWordsInOrder) {
    EXPECT_EQ(Find("\"largest planet\""), Prompts{"Which is the l"});
    EXPECT_EQ(Find("\"planet largest\""), Prompts{});
    EXPECT_EQ(Find("\"the moon titan\""), Prompts{"Which planet h"});
    EXPECT_EQ(Find("\"plan\""), Prompts{});  // no prefix inside quotes
}

TEST_F(SearchTest, PunctuationAloneIsFoundInPrompts) {
    EXPECT_EQ(Find("\"?\"").size(), 6u);
    EXPECT_EQ(Find("\"!\""), Prompts{});
}

TEST_F(SearchTest, DeckIncludesItsSubdecksAndTakesWildcards) {
    EXPECT_EQ(Find("deck:\"Solar system\""),
              (Prompts{"How many plane", "What kind of o", "What kind of o~", "Which is the l",
                       "Which planet h"}));
    EXPECT_EQ(Find("deck:\"solar system::moons\""), Prompts{"Which planet h"});
    EXPECT_EQ(Find("deck:Places"), Prompts{"Where is the C"});
    EXPECT_EQ(Find("deck:Pla*"), Prompts{"Where is the C"});
    EXPECT_EQ(Find("deck:Sol"), Prompts{});  // a name, not a prefix
    EXPECT_EQ(Find("deck:*::Moons"), Prompts{"Which planet h"});
}

TEST_F(SearchTest, TagIncludesChildTagsAndIgnoresCase) {
    EXPECT_EQ(Find("tag:planets"), Prompts{"Which is the l"});
    EXPECT_EQ(Find("tag:places"), Prompts{"Where is the C"});
    EXPECT_EQ(Find("tag:easy"), Prompts{"Where is the C"});
    EXPECT_EQ(Find("tag:pla*"), (Prompts{"Where is the C", "Which is the l"}));
    EXPECT_EQ(Find("tag:place"), Prompts{});
    EXPECT_EQ(Find("tag:50%"), Prompts{});  // LIKE's own wildcards are plain characters
}

TEST_F(SearchTest, TopicAndTypeSelectByColumn) {
    EXPECT_EQ(Find("topic:facts:planets"), Prompts{"Which is the l"});
    EXPECT_EQ(Find("topic:facts*"), Prompts{"Which is the l"});
    // The same topics beside other conditions and under OR and NOT, where the compiler reads
    // them through the join or an IN list of questions.
    EXPECT_EQ(Find("topic:facts* type:multiple_choice"), Prompts{"Which is the l"});
    EXPECT_EQ(Find("topic:facts* type:typed"), Prompts{});
    EXPECT_EQ(Find("topic:FACTS:planets OR type:typed"),
              (Prompts{"How many plane", "Which is the l"}));
    EXPECT_EQ(Find("-topic:facts:planets"), Find("-id:solar/largest"));
    EXPECT_EQ(Find("type:typed"), Prompts{"How many plane"});
    EXPECT_EQ(Find("type:multiple_choice"), Prompts{"Which is the l"});
    EXPECT_EQ(Find("type:cloze"), Prompts{});
}

TEST_F(SearchTest, IdSelectsOneQuestionExactly) {
    EXPECT_EQ(Find("id:moons/moon"), Prompts{"Which planet h"});
    EXPECT_EQ(Find("id:places/cafe"), Prompts{"Where is the C"});
    EXPECT_EQ(Find("id:moons/moo"), Prompts{}) << "no prefix match";
    EXPECT_EQ(Find("id:moons/*"), Prompts{}) << "no wildcard";
}

TEST_F(SearchTest, CardStatesPropertiesAndRatedDays) {
    Review(CardOf("How many"), CardPhase::kReview, 30, kToday + 20 * kDay, kToday - 2 * kDay);
    Review(CardOf("Which is"), CardPhase::kReview, 3, kToday + 2 * 3'600'000, kToday + 60'000);
    Review(CardOf("Which planet"), CardPhase::kLearning, 0, kToday + 600'000, kToday + 1'000);
    Must(collection_.SetSuspended(CardOf("Where is"), true));
    Must(collection_.BuryUntil(CardOf("What kind", 1), kToday + kDay));

    EXPECT_EQ(Find("is:new"), (Prompts{"What kind of o", "What kind of o~", "Where is the C"}));
    EXPECT_EQ(Find("is:review"), (Prompts{"How many plane", "Which is the l"}));
    EXPECT_EQ(Find("is:learning"), Prompts{"Which planet h"});
    EXPECT_EQ(Find("is:due"), (Prompts{"Which is the l", "Which planet h"}));
    EXPECT_EQ(Find("is:suspended"), Prompts{"Where is the C"});
    EXPECT_EQ(Find("is:buried"), Prompts{"What kind of o~"});
    EXPECT_EQ(Find("prop:ivl>10"), Prompts{"How many plane"});
    EXPECT_EQ(Find("prop:ivl<=3"), (Prompts{"Which is the l", "Which planet h"}));
    EXPECT_EQ(Find("prop:reps=0").size(), 3u);  // new cards count their reps too
    EXPECT_EQ(Find("prop:due=0"), (Prompts{"Which is the l", "Which planet h"}));
    EXPECT_EQ(Find("prop:due>=20"), Prompts{"How many plane"});
    EXPECT_EQ(Find("prop:due!=0"), Prompts{"How many plane"});
    EXPECT_EQ(Find("prop:d>4"), (Prompts{"How many plane", "Which is the l", "Which planet h"}));
    EXPECT_EQ(Find("prop:s>=30"), Prompts{"How many plane"});
    EXPECT_EQ(Find("rated:1"), (Prompts{"Which is the l", "Which planet h"}));
    EXPECT_EQ(Find("rated:3"), (Prompts{"How many plane", "Which is the l", "Which planet h"}));
    EXPECT_EQ(Find("prop:lapses>0"), Prompts{});
}

TEST_F(SearchTest, NegationOrAndParenthesesCombine) {
    EXPECT_EQ(Find("planet -tag:size"), (Prompts{"How many plane", "Which planet h"}));
    EXPECT_EQ(Find("star OR cafe"),
              (Prompts{"What kind of o", "What kind of o~", "Where is the C"}));
    EXPECT_EQ(Find("deck:Places OR (type:typed planet)"),
              (Prompts{"How many plane", "Where is the C"}));
    EXPECT_EQ(Find("-(deck:Places OR type:flashcard)"),
              (Prompts{"How many plane", "Which is the l"}));
}

TEST_F(SearchTest, SortsByEachColumnInSql) {
    Review(CardOf("How many"), CardPhase::kReview, 30, kToday + 20 * kDay, kToday - 2 * kDay);
    Review(CardOf("Which is"), CardPhase::kReview, 3, kToday + 2 * 3'600'000, kToday + 60'000);
    BrowseQuery query = Query("");
    query.sort = BrowseColumn::kDue;
    auto due = PromptsOf(Must(collection_.SearchCards(query)));
    EXPECT_EQ(due[0], "Which is the l");
    EXPECT_EQ(due[1], "How many plane");
    query.sort = BrowseColumn::kInterval;
    query.descending = true;
    EXPECT_EQ(PromptsOf(Must(collection_.SearchCards(query)))[0], "How many plane");
    query.sort = BrowseColumn::kDeck;
    query.descending = false;
    EXPECT_EQ(PromptsOf(Must(collection_.SearchCards(query)))[0], "Where is the C");  // Places
    for (int column = 0; column < kBrowseColumnCount; ++column) {
        query.sort = static_cast<BrowseColumn>(column);
        EXPECT_EQ(Must(collection_.SearchCards(query)).size(), 6u) << column;
    }
}

TEST_F(SearchTest, TypedTextNeverBecomesSql) {
    EXPECT_EQ(Find("\"'); DROP TABLE cards; --\""), Prompts{});
    EXPECT_EQ(Find("deck:\"x' OR 1=1 --\""), Prompts{});
    EXPECT_EQ(Find("\"a\"\"b NEAR(\""), Prompts{});  // FTS5 syntax stays text
    EXPECT_EQ(Find("").size(), 6u);
}

TEST_F(SearchTest, AMalformedQueryIsAParseErrorWithItsColumn) {
    auto found = collection_.SearchCards(Query("deck:Places (tag:x"));
    ASSERT_FALSE(found.has_value());
    EXPECT_EQ(found.error().code, ErrorCode::kParse);
    EXPECT_EQ(found.error().column, 13);
}

TEST_F(SearchTest, TheTextIndexFollowsUpdatesAndDeletions) {
    content::Bank solar = SolarBank();
    solar.questions[2].explanation = "Astronomers voted in Prague.";
    Must(collection_.ImportBank(solar));
    EXPECT_EQ(Find("reclassified"), Prompts{});
    EXPECT_EQ(Find("prague"), Prompts{"How many plane"});

    const std::vector<CardId> cafe = {CardOf("Where is")};
    Must(collection_.ApplyBulk({BulkKind::kDelete, {}, "", 0}, cafe));
    EXPECT_EQ(Find("cafe"), Prompts{});
    Must(collection_.UndoBulk());
    EXPECT_EQ(Find("cafe"), Prompts{"Where is the C"});
}

TEST_F(SearchTest, LoadBrowseRowsKeepsTheGivenOrderAndSkipsUnknownIds) {
    const CardId a = CardOf("Which is");
    const CardId b = CardOf("How many");
    const std::vector<CardId> ids = {a, CardId{999}, b};
    const auto rows = Must(collection_.LoadBrowseRows(ids));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].card_id, a);
    EXPECT_EQ(rows[0].deck, "Solar system");
    EXPECT_EQ(rows[0].topic, "facts:planets");
    EXPECT_EQ(rows[0].tags, (std::vector<std::string>{"planets", "size"}));
    EXPECT_EQ(rows[0].type, content::QuestionType::kMultipleChoice);
    EXPECT_EQ(rows[1].card_id, b);
    EXPECT_TRUE(rows[1].tags.empty());
}

}  // namespace
}  // namespace summit::storage::test
