// Settings (config) and quiz attempts.
#include "test_support.h"

namespace summit::storage::test {
namespace {

using SettingsTest = CollectionTest;

TEST_F(SettingsTest, ConfigStoresJsonByKey) {
    EXPECT_EQ(Must(collection_.GetConfig("ui")), std::nullopt);
    Must(collection_.SetConfig("ui", R"({"theme":"dark","font_px":18})"));
    EXPECT_EQ(Must(collection_.GetConfig("ui")),
              std::optional<std::string>(R"({"theme":"dark","font_px":18})"));
    Must(collection_.SetConfig("ui", R"({"theme":"light"})"));
    EXPECT_EQ(Must(collection_.GetConfig("ui")),
              std::optional<std::string>(R"({"theme":"light"})"));
}

TEST_F(SettingsTest, ConfigRefusesTextThatIsNotJson) {
    auto set = collection_.SetConfig("ui", "{theme: dark");
    ASSERT_FALSE(set);
    EXPECT_EQ(set.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(set.error().message.find("'ui'"), std::string::npos);
    EXPECT_EQ(Must(collection_.GetConfig("ui")), std::nullopt);
}

TEST_F(SettingsTest, QuizAttemptsAreListedNewestFirst) {
    QuizAttempt first{{},
                      1'000,
                      61'000,
                      R"({"deck":"Solar system","count":10})",
                      7,
                      10,
                      R"([{"guid":"solar/sun","score":1}])"};
    QuizAttempt second{{}, 5'000, 0, "{}", 0, 5, "[]"};
    const QuizAttemptId first_id = Must(collection_.InsertQuizAttempt(first));
    const QuizAttemptId second_id = Must(collection_.InsertQuizAttempt(second));
    EXPECT_NE(first_id, second_id);

    const auto attempts = Must(collection_.ListQuizAttempts());
    ASSERT_EQ(attempts.size(), 2u);
    EXPECT_EQ(attempts[0].id, second_id);
    first.id = first_id;
    const QuizAttempt& stored = attempts[1];
    EXPECT_EQ(stored.id, first.id);
    EXPECT_EQ(stored.started_ms, first.started_ms);
    EXPECT_EQ(stored.finished_ms, first.finished_ms);
    EXPECT_EQ(stored.settings_json, first.settings_json);
    EXPECT_EQ(stored.score, first.score);
    EXPECT_EQ(stored.max_score, first.max_score);
    EXPECT_EQ(stored.results_json, first.results_json);
}

TEST_F(SettingsTest, QuizAttemptsNeedJsonSettingsAndResults) {
    QuizAttempt attempt;
    attempt.results_json = "[1, 2";
    auto inserted = collection_.InsertQuizAttempt(attempt);
    ASSERT_FALSE(inserted);
    EXPECT_EQ(inserted.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(inserted.error().message.find("quiz results"), std::string::npos);
    EXPECT_TRUE(Must(collection_.ListQuizAttempts()).empty());
}

}  // namespace
}  // namespace summit::storage::test

namespace summit::storage::test {
namespace {

TEST_F(SettingsTest, DeckSchedulerAndOptionsAreKeptBesideTheBankMetadata) {
    Must(collection_.ImportBank(SolarBank()));
    EXPECT_EQ(Must(collection_.GetDeckOptions(DeckNamed(collection_, "Solar system"))), "{}");
    Must(collection_.SetDeckScheduler(DeckNamed(collection_, "Solar system"), SchedulerKind::kSm2));
    Must(collection_.SetDeckOptions(DeckNamed(collection_, "Solar system"),
                                    R"({"new_per_day":20,"retention":0.9})"));
    EXPECT_EQ(Must(collection_.GetDeckOptions(DeckNamed(collection_, "Solar system"))),
              R"({"new_per_day":20,"retention":0.9})");
    EXPECT_EQ(Must(collection_.ListDecks(0, 0))[0].scheduler, SchedulerKind::kSm2);
    // Re-importing refreshes the bank metadata without losing the options.
    content::Bank edited = SolarBank();
    edited.description = "Revised.";
    Must(collection_.ImportBank(edited));
    EXPECT_EQ(Must(collection_.ExportDeck(DeckNamed(collection_, "Solar system"))).description,
              "Revised.");
    EXPECT_EQ(Must(collection_.GetDeckOptions(DeckNamed(collection_, "Solar system"))),
              R"({"new_per_day":20,"retention":0.9})");
}

TEST_F(SettingsTest, DeckOptionsMustBeAJsonObjectOfAKnownDeck) {
    Must(collection_.ImportBank(SolarBank()));
    auto not_object = collection_.SetDeckOptions(DeckNamed(collection_, "Solar system"), "[1]");
    ASSERT_FALSE(not_object);
    EXPECT_EQ(not_object.error().code, ErrorCode::kInvalidArgument);
    auto unknown = summit::testing::WithDeckNamed(
        collection_, "Nope", [&](DeckId deck) { return collection_.SetDeckOptions(deck, "{}"); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
    auto scheduler = summit::testing::WithDeckNamed(collection_, "Nope", [&](DeckId deck) {
        return collection_.SetDeckScheduler(deck, SchedulerKind::kFsrs);
    });
    ASSERT_FALSE(scheduler);
    EXPECT_EQ(scheduler.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace summit::storage::test
