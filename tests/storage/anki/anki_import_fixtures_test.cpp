// Importing the real Anki packages of the shared fixtures into a collection: the questions,
// cards, decks, tags, media and reviews the fixtures' README says a correct importer finds,
// re-imports that update instead of duplicating, and an import that fails keeping nothing.
#include <algorithm>
#include <filesystem>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "content/richtext/sha256.h"
#include "storage/anki/anki_import.h"
#include "storage/anki/anki_to_bank.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_paths.h"

namespace summit::storage::anki {
namespace {

namespace fs = std::filesystem;

const fs::path kApkgDir = summit::testing::SharedFixturesDir() / "formats" / "apkg";

#define SKIP_WITHOUT(file)                                                \
    if (!fs::exists(kApkgDir / (file))) {                                 \
        GTEST_SKIP() << "shared fixture " << (file) << " is not present"; \
    }

struct Imported {
    AnkiPackage package;
    AnkiConversion conversion;
    AnkiImportReport report;
};

// Reads, converts and imports `file` into `collection`; fails the test when any step fails.
Imported ImportFixture(Collection& collection, const std::string& file,
                       AnkiImportOptions options = {}) {
    testing::TempDir temp;
    auto package = ReadAnkiPackage(kApkgDir / file, PackageLimits{}, temp.path());
    EXPECT_TRUE(package.has_value()) << package.error().ToString();
    Imported imported{std::move(*package), {}, {}};
    imported.conversion = ConvertAnkiPackage(imported.package, file);
    auto report = ImportAnkiPackage(collection, imported.package, imported.conversion, options);
    EXPECT_TRUE(report.has_value()) << report.error().ToString();
    if (report) {
        imported.report = std::move(*report);
    }
    return imported;
}

Collection Empty() {
    auto collection = Collection::OpenInMemory();
    EXPECT_TRUE(collection.has_value());
    return std::move(*collection);
}

CollectionCounts CountsOf(const Collection& collection) {
    auto counts = collection.Counts();
    EXPECT_TRUE(counts.has_value());
    return counts.value_or(CollectionCounts{});
}

std::vector<StudyCard> AllCards(const Collection& collection) {
    auto cards = collection.LoadCards(CardQuery::All());
    EXPECT_TRUE(cards.has_value());
    return cards.value_or(std::vector<StudyCard>{});
}

bool AnyWarningHas(const AnkiConversion& conversion, std::string_view text) {
    return std::ranges::any_of(conversion.warnings, [&](const Error& warning) {
        return warning.message.find(text) != std::string::npos;
    });
}

struct Expected {
    const char* file;
    int64_t questions;
    int64_t cards;
    int64_t reviews;
    std::vector<std::string> decks;  // the top-level decks questions went into
    int images;
    std::vector<std::string> sounds;
};

// The README's counts, as Summit stores them: one question per note except a cloze note
// (one per cloze number); cards as Anki's, except Image Occlusion (one card per note).
std::vector<Expected> AllFixtures() {
    return {
        {"ankitects-anki/media.apkg", 1, 1, 0, {"Default"}, 0, {"foo.wav"}},
        {"ankitects-anki/update1.apkg", 1, 1, 0, {"Default"}, 0, {}},
        {"ankitects-anki/diffmodels2-1.apkg", 1, 1, 0, {"Default"}, 0, {}},
        {"ankitects-anki/diffmodeltemplates-1.apkg", 1, 1, 0, {"testdeck"}, 0, {}},
        // 8 notes, 13 cards, 26 revlog rows: the cloze note with c1 and c2 gives 2 questions;
        // the Image Occlusion note's 3 cards become 1, so the 4 reviews of the other 2 stay out.
        {"srs-converter/mixed-legacy-2.apkg", 9, 11, 22, {"Test - Mixed Types"}, 1, {}},
        {"srs-converter/empty-latest.apkg", 0, 0, 0, {}, 0, {}},
        {"srs-converter/empty-legacy-2.apkg", 0, 0, 0, {}, 0, {}},
        {"srs-converter/empty-legacy-2.colpkg", 0, 0, 0, {}, 0, {}},
        // favicon.ico is no PNG, JPEG or GIF; png1.png and png2.png hold the same bytes.
        {"cardoverflow/AllDefaultTemplatesAndImageAndMp3.apkg",
         8,
         10,
         0,
         {"Default"},
         1,
         {"bloop.wav"}},
        {"cardoverflow/AllDefaultTemplatesAndImageAndMp3-21.colpkg",
         8,
         10,
         0,
         {"Default"},
         1,
         {"bloop.wav"}},
        {"cardoverflow/RandomReviews.apkg", 25, 25, 110, {"Default"}, 0, {}},
        {"cardoverflow/RandomReviews-21.colpkg", 25, 25, 110, {"Default"}, 0, {}},
        {"anki-apkg-export/output.apkg", 3, 3, 0, {"deck-name"}, 1, {}},
    };
}

TEST(AnkiImportFixtures, EveryPackageImportsWhatItsReadmeSays) {
    if (!fs::exists(kApkgDir)) {
        GTEST_SKIP() << "shared Anki fixtures are not present";
    }
    for (const Expected& expected : AllFixtures()) {
        SCOPED_TRACE(expected.file);
        if (!fs::exists(kApkgDir / expected.file)) {
            continue;
        }
        Collection collection = Empty();
        const Imported imported = ImportFixture(collection, expected.file);
        const CollectionCounts counts = CountsOf(collection);
        EXPECT_EQ(counts.questions, expected.questions);
        EXPECT_EQ(counts.cards, expected.cards);
        EXPECT_EQ(counts.reviews, expected.reviews);
        EXPECT_EQ(imported.report.history.reviews_added, expected.reviews);
        std::vector<std::string> decks;
        for (const ImportReport& bank : imported.report.banks) {
            decks.push_back(bank.deck);
        }
        EXPECT_EQ(decks, expected.decks);
        EXPECT_EQ(imported.conversion.images, expected.images);
        EXPECT_EQ(imported.conversion.sounds, expected.sounds);
        EXPECT_EQ(imported.conversion.notes_skipped, 0);
        auto problems = collection.CheckCollection(false);
        ASSERT_TRUE(problems.has_value());
        for (const CheckFinding& finding : problems->findings) {
            EXPECT_EQ(finding.count, 0) << finding.what;
        }
    }
}

TEST(AnkiImportFixtures, MixedTypesBecomeTheirSummitQuestionTypes) {
    const char* file = "srs-converter/mixed-legacy-2.apkg";
    SKIP_WITHOUT(file);
    Collection collection = Empty();
    const Imported imported = ImportFixture(collection, file);
    std::map<std::string, int> read_as;
    for (const NoteTypeTally& tally : imported.conversion.note_types) {
        read_as[tally.name] = tally.questions;
    }
    EXPECT_EQ(read_as, (std::map<std::string, int>{{"Basic", 1},
                                                   {"Basic (and reversed card)", 1},
                                                   {"Basic (optional reversed card)", 1},
                                                   {"Basic (type in the answer)", 1},
                                                   {"Cloze", 4},
                                                   {"Image Occlusion", 1}}));
    EXPECT_TRUE(AnyWarningHas(imported.conversion, "Image Occlusion"));
    std::map<content::QuestionType, int> types;
    int reversible = 0;
    bool hint = false;
    for (const StudyCard& card : AllCards(collection)) {
        if (card.ordinal == 0) {
            ++types[card.question.type];
            reversible += card.question.reversible ? 1 : 0;
            hint = hint || card.question.note == "Hint: (something that helps)";
        }
    }
    EXPECT_EQ(types[content::QuestionType::kCloze], 4);
    EXPECT_EQ(types[content::QuestionType::kTyped], 1);
    EXPECT_EQ(types[content::QuestionType::kFlashcard], 4);
    EXPECT_EQ(reversible, 2);
    EXPECT_TRUE(hint);
    // The jpg of the Image Occlusion note is kept and shown.
    const std::string& image = imported.conversion.banks.at(0).images.at(0);
    auto stored = collection.GetMedia(content::Sha256Hex(image));
    ASSERT_TRUE(stored.has_value());
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ((*stored)->mime, "image/jpeg");
}

TEST(AnkiImportFixtures, FsrsMemoryStateAndDueDatesCarryOver) {
    const char* file = "srs-converter/mixed-legacy-2.apkg";
    SKIP_WITHOUT(file);
    Collection collection = Empty();
    const Imported imported = ImportFixture(collection, file);
    // Every card of this export is a review card with {"s":12.116,"d":5.61}.
    for (const StudyCard& card : AllCards(collection)) {
        EXPECT_EQ(card.state.phase, CardPhase::kReview);
        EXPECT_DOUBLE_EQ(card.state.stability, 12.116);
        EXPECT_DOUBLE_EQ(card.state.difficulty, 5.61);
        EXPECT_EQ(card.state.reps, 2);
        EXPECT_GE(card.state.scheduled_days, 10);
        // due = crt (1681178400 s) + 870..874 days.
        EXPECT_GE(card.state.due_ms, (1681178400 + 870 * 86400) * 1000LL);
        EXPECT_LE(card.state.due_ms, (1681178400 + 874 * 86400) * 1000LL);
        EXPECT_GT(card.state.last_review_ms, 0);
    }
    auto log = collection.ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 22u);
    EXPECT_TRUE(std::ranges::is_sorted(*log, {}, &ReviewRow::time_ms));
    EXPECT_EQ(log->front().phase_before, CardPhase::kNew);
}

TEST(AnkiImportFixtures, RevlogRatingsDurationsAndBuriedCards) {
    const char* file = "cardoverflow/RandomReviews.apkg";
    SKIP_WITHOUT(file);
    Collection collection = Empty();
    const int64_t bury_until = 1'900'000'000'000;
    AnkiImportOptions options;
    options.bury_until_ms = bury_until;
    const Imported imported = ImportFixture(collection, file, options);
    auto log = collection.ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 110u);
    std::map<int64_t, const AnkiRevlog*> rows;
    for (const AnkiRevlog& row : imported.package.revlog) {
        rows.emplace(row.id, &row);
    }
    for (const ReviewRow& review : *log) {
        const AnkiRevlog* row = rows.at(review.time_ms);
        EXPECT_EQ(static_cast<int>(review.rating), row->ease);
        EXPECT_EQ(review.duration_ms, row->time_ms);
        EXPECT_EQ(review.correct, row->ease > 1);
    }
    int buried = 0;
    int reviewing = 0;
    for (const StudyCard& card : AllCards(collection)) {
        buried += card.buried_until_ms == bury_until ? 1 : 0;
        reviewing += card.state.phase == CardPhase::kReview ? 1 : 0;
        EXPECT_GT(card.state.ease, 1.2);  // SM-2 factor from the card; no FSRS data here
    }
    EXPECT_EQ(buried, 1);
    EXPECT_EQ(reviewing, 25);
}

TEST(AnkiImportFixtures, ReimportUpdatesByGuidWithoutDuplicating) {
    const char* first = "ankitects-anki/update1.apkg";
    const char* second = "ankitects-anki/update2.apkg";
    SKIP_WITHOUT(first);
    SKIP_WITHOUT(second);
    Collection collection = Empty();
    ImportFixture(collection, first);
    const Imported updated = ImportFixture(collection, second);
    EXPECT_EQ(CountsOf(collection).questions, 1);
    ASSERT_EQ(updated.report.banks.size(), 1u);
    EXPECT_EQ(updated.report.banks[0].updated, 1);
    EXPECT_EQ(updated.report.banks[0].added, 0);
    const std::vector<StudyCard> cards = AllCards(collection);
    ASSERT_EQ(cards.size(), 1u);
    EXPECT_EQ(cards[0].question.prompt, "goodbye");
    EXPECT_EQ(cards[0].question.back, "world");
    EXPECT_EQ(cards[0].guid, "anki-c1375902000/" + NoteQuestionId("cU1%zNUzk1"));
}

TEST(AnkiImportFixtures, ReimportingTheSameHistoryAddsNoReview) {
    const char* file = "srs-converter/mixed-legacy-2.apkg";
    SKIP_WITHOUT(file);
    Collection collection = Empty();
    ImportFixture(collection, file);
    const CollectionCounts before = CountsOf(collection);
    const Imported again = ImportFixture(collection, file);
    const CollectionCounts after = CountsOf(collection);
    EXPECT_EQ(after.questions, before.questions);
    EXPECT_EQ(after.cards, before.cards);
    EXPECT_EQ(after.reviews, before.reviews);
    EXPECT_EQ(again.report.history.reviews_added, 0);
    EXPECT_EQ(again.report.history.reviews_present, 22);
    EXPECT_EQ(again.report.banks.at(0).unchanged, 9);
}

TEST(AnkiImportFixtures, ReimportKeepsWhatWasStudiedInSummitSince) {
    const char* file = "cardoverflow/RandomReviews.apkg";
    SKIP_WITHOUT(file);
    Collection collection = Empty();
    ImportFixture(collection, file);
    const StudyCard card = AllCards(collection).front();
    CardState studied = card.state;
    studied.due_ms += 1000;
    studied.reps += 1;
    ReviewRecord review;
    review.time_ms = 1'800'000'000'000;  // after every Anki review
    ASSERT_TRUE(collection.RecordReview(card.id, studied, review).has_value());
    const Imported again = ImportFixture(collection, file);
    EXPECT_EQ(again.report.history.cards_kept, 1);
    EXPECT_EQ(again.report.history.reviews_added, 0);
    auto now = collection.GetCard(card.id);
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->state, studied);
    EXPECT_EQ(CountsOf(collection).reviews, 111);
}

TEST(AnkiImportFixtures, AFailedImportLeavesTheCollectionUnchanged) {
    const char* file = "srs-converter/mixed-legacy-2.apkg";
    SKIP_WITHOUT(file);
    auto package = ReadAnkiPackage(kApkgDir / file);
    ASSERT_TRUE(package.has_value());
    AnkiConversion conversion = ConvertAnkiPackage(*package, file);
    // A second bank the collection refuses (an empty deck-name part), after the first one
    // and its images have been written inside the transaction.
    content::ParsedBank refused = conversion.banks.at(0);
    refused.bank.deck = "A::::B";
    conversion.banks.push_back(refused);
    Collection collection = Empty();
    auto decks_before = collection.ListDecks(0, 0);
    ASSERT_TRUE(decks_before.has_value());
    auto report = ImportAnkiPackage(collection, *package, conversion, {});
    ASSERT_FALSE(report.has_value());
    const CollectionCounts counts = CountsOf(collection);
    EXPECT_EQ(counts.questions, 0);
    EXPECT_EQ(counts.cards, 0);
    EXPECT_EQ(counts.reviews, 0);
    auto decks_after = collection.ListDecks(0, 0);
    ASSERT_TRUE(decks_after.has_value());
    EXPECT_EQ(decks_after->size(), decks_before->size());
    auto image = collection.GetMedia(content::Sha256Hex(conversion.banks[0].images.at(0)));
    ASSERT_TRUE(image.has_value());
    EXPECT_FALSE(image->has_value());
}

}  // namespace
}  // namespace summit::storage::anki
