// Reading the real Anki packages in the shared fixtures: every container kind, the counts the
// fixtures' README documents, and the details an importer will rely on.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "storage/anki/anki_package.h"
#include "tests/storage/anki/package_builder.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_paths.h"

namespace summit::storage::anki {
namespace {

namespace fs = std::filesystem;

const fs::path kApkgDir = summit::testing::SharedFixturesDir() / "formats" / "apkg";

struct Expected {
    const char* file;
    ContainerKind kind;
    int schema;
    std::size_t notes;
    std::size_t cards;
    std::size_t revlog;
    std::vector<std::string> decks;  // names, in id order
    std::vector<std::string> media;  // names, in media-map order
};

std::vector<Expected> AllFixtures() {
    using enum ContainerKind;
    const std::vector<std::string> no_media;
    return {
        {"ankitects-anki/media.apkg", kLegacyAnki2, 11, 1, 1, 0, {"Default"}, {"foo.wav"}},
        {"ankitects-anki/update1.apkg", kLegacyAnki2, 11, 1, 1, 0, {"Default"}, no_media},
        {"ankitects-anki/update2.apkg", kLegacyAnki2, 11, 1, 1, 0, {"Default"}, no_media},
        {"ankitects-anki/diffmodels2-1.apkg", kLegacyAnki2, 11, 1, 1, 0, {"Default"}, no_media},
        {"ankitects-anki/diffmodeltemplates-1.apkg",
         kLegacyAnki2,
         11,
         1,
         1,
         0,
         {"Default", "testdeck"},
         {"_ViewSizeAdjustAddon.dat", "_IncrementalReadingExtension.dat"}},
        {"srs-converter/mixed-legacy-2.apkg",
         kLegacyAnki21,
         11,
         8,
         13,
         26,
         {"Default", "Test - Mixed Types"},
         {"paste-ab21b25dd3e4ba4af2a1d8bdfa4c47455e53abac.jpg"}},
        {"srs-converter/empty-latest.apkg", kModernAnki21b, 18, 0, 0, 0, {"Default"}, no_media},
        {"srs-converter/empty-legacy-2.apkg", kLegacyAnki21, 11, 0, 0, 0, {"Default"}, no_media},
        {"srs-converter/empty-legacy-2.colpkg", kLegacyAnki21, 11, 0, 0, 0, {"Default"}, no_media},
        {"cardoverflow/AllDefaultTemplatesAndImageAndMp3.apkg",
         kLegacyAnki2,
         11,
         8,
         10,
         0,
         {"Default"},
         {"favicon.ico", "bloop.wav", "png1.png", "png2.png"}},
        {"cardoverflow/AllDefaultTemplatesAndImageAndMp3-21.colpkg",
         kLegacyAnki21,
         11,
         8,
         10,
         0,
         {"Default"},
         {"bloop.wav", "favicon.ico", "png1.png", "png2.png"}},
        {"cardoverflow/RandomReviews.apkg", kLegacyAnki2, 11, 25, 25, 110, {"Default"}, no_media},
        {"cardoverflow/RandomReviews-21.colpkg",
         kLegacyAnki21,
         11,
         25,
         25,
         110,
         {"Default"},
         no_media},
        {"anki-apkg-export/output.apkg",
         kLegacyAnki2,
         11,
         3,
         3,
         0,
         {"Default", "deck-name"},
         {"anki.png"}},
    };
}

// The package, read with a private temporary directory that must be empty afterwards.
Result<AnkiPackage> ReadFixture(const std::string& file) {
    testing::TempDir temp;
    auto package = ReadAnkiPackage(kApkgDir / file, PackageLimits{}, temp.path());
    EXPECT_TRUE(testing::FilesIn(temp.path()).empty()) << file << " left temporary files";
    return package;
}

#define SKIP_WITHOUT(file)                                                \
    if (!fs::exists(kApkgDir / (file))) {                                 \
        GTEST_SKIP() << "shared fixture " << (file) << " is not present"; \
    }

TEST(AnkiFixtures, EveryPackageHasTheDocumentedCounts) {
    if (!fs::exists(kApkgDir)) {
        GTEST_SKIP() << "shared Anki fixtures are not present";
    }
    for (const Expected& expected : AllFixtures()) {
        SCOPED_TRACE(expected.file);
        if (!fs::exists(kApkgDir / expected.file)) {
            continue;
        }
        auto package = ReadFixture(expected.file);
        ASSERT_TRUE(package.has_value()) << package.error().ToString();
        EXPECT_EQ(package->container, expected.kind);
        EXPECT_EQ(package->schema_version, expected.schema);
        EXPECT_EQ(package->notes.size(), expected.notes);
        EXPECT_EQ(package->cards.size(), expected.cards);
        EXPECT_EQ(package->revlog.size(), expected.revlog);
        std::vector<std::string> decks;
        for (const AnkiDeck& deck : package->decks) {
            decks.push_back(deck.name);
        }
        EXPECT_EQ(decks, expected.decks);
        std::vector<std::string> media;
        for (const AnkiMedia& file : package->media) {
            media.push_back(file.name);
            EXPECT_FALSE(file.bytes.empty()) << file.name;
        }
        EXPECT_EQ(media, expected.media);
        // Every card belongs to a note the package holds, every note to a note type it holds.
        for (const AnkiCard& card : package->cards) {
            EXPECT_TRUE(std::ranges::any_of(
                package->notes, [&](const AnkiNote& n) { return n.id == card.note_id; }));
        }
        for (const AnkiNote& note : package->notes) {
            auto type =
                std::ranges::find(package->note_types, note.note_type_id, &AnkiNoteType::id);
            ASSERT_NE(type, package->note_types.end());
            EXPECT_EQ(note.fields.size(), type->fields.size());
        }
    }
}

TEST(AnkiFixtures, LegacyTwoReadsTheRealCollectionNotTheDummy) {
    SKIP_WITHOUT("srs-converter/mixed-legacy-2.apkg");
    auto package = ReadFixture("srs-converter/mixed-legacy-2.apkg");
    ASSERT_TRUE(package.has_value()) << package.error().ToString();
    EXPECT_EQ(package->container, ContainerKind::kLegacyAnki21);
    for (const AnkiNote& note : package->notes) {
        for (const std::string& field : note.fields) {
            EXPECT_EQ(field.find("Please update to the latest Anki version"), std::string::npos);
        }
    }
    std::vector<std::string> names;
    for (const AnkiNoteType& type : package->note_types) {
        names.push_back(type.name);
    }
    std::ranges::sort(names);
    EXPECT_EQ(names, (std::vector<std::string>{
                         "Basic", "Basic (and reversed card)", "Basic (optional reversed card)",
                         "Basic (type in the answer)", "Cloze", "Image Occlusion"}));
    auto cloze = std::ranges::find(package->note_types, "Cloze", &AnkiNoteType::name);
    ASSERT_NE(cloze, package->note_types.end());
    EXPECT_EQ(cloze->kind, AnkiNoteType::Kind::kCloze);
    ASSERT_EQ(cloze->templates.size(), 1u);
    EXPECT_NE(cloze->templates[0].qfmt.find("{{cloze:Text}}"), std::string::npos);
    // The jpg is the real picture, not an empty placeholder.
    ASSERT_EQ(package->media.size(), 1u);
    EXPECT_EQ(package->media[0].bytes.size(), 10701u);
    EXPECT_EQ(package->media[0].bytes.substr(0, 3), "\xFF\xD8\xFF");
}

TEST(AnkiFixtures, FsrsMemoryStateIsReadFromCardData) {
    SKIP_WITHOUT("srs-converter/mixed-legacy-2.apkg");
    auto package = ReadFixture("srs-converter/mixed-legacy-2.apkg");
    ASSERT_TRUE(package.has_value()) << package.error().ToString();
    const auto with_fsrs = std::ranges::count_if(
        package->cards, [](const AnkiCard& card) { return card.fsrs.has_value(); });
    EXPECT_EQ(with_fsrs, 13);
    const AnkiCard& first = package->cards.front();
    ASSERT_TRUE(first.fsrs.has_value()) << first.data;
    EXPECT_DOUBLE_EQ(first.fsrs->stability, 12.116);
    EXPECT_DOUBLE_EQ(first.fsrs->difficulty, 5.61);
    EXPECT_EQ(first.fsrs->desired_retention, 0.9);
    EXPECT_NE(first.data.find("\"pos\""), std::string::npos);
}

TEST(AnkiFixtures, OldPackagesHaveNoFsrsState) {
    SKIP_WITHOUT("cardoverflow/RandomReviews.apkg");
    auto package = ReadFixture("cardoverflow/RandomReviews.apkg");
    ASSERT_TRUE(package.has_value()) << package.error().ToString();
    EXPECT_TRUE(std::ranges::none_of(package->cards,
                                     [](const AnkiCard& card) { return card.fsrs.has_value(); }));
}

int CountQueue(const AnkiPackage& package, int queue) {
    return static_cast<int>(std::ranges::count(package.cards, queue, &AnkiCard::queue));
}

TEST(AnkiFixtures, BuriedCardsKeepTheirQueues) {
    SKIP_WITHOUT("cardoverflow/RandomReviews.apkg");
    auto sibling = ReadFixture("cardoverflow/RandomReviews.apkg");
    ASSERT_TRUE(sibling.has_value()) << sibling.error().ToString();
    EXPECT_EQ(CountQueue(*sibling, 2), 24);
    EXPECT_EQ(CountQueue(*sibling, -2), 1);
    SKIP_WITHOUT("cardoverflow/RandomReviews-21.colpkg");
    auto manual = ReadFixture("cardoverflow/RandomReviews-21.colpkg");
    ASSERT_TRUE(manual.has_value()) << manual.error().ToString();
    EXPECT_EQ(CountQueue(*manual, 2), 24);
    EXPECT_EQ(CountQueue(*manual, -3), 1);
    // Review rows carry real answers: buttons 1..4 and time taken in ms.
    for (const AnkiRevlog& row : manual->revlog) {
        EXPECT_GE(row.ease, 0);
        EXPECT_LE(row.ease, 4);
        EXPECT_GE(row.time_ms, 0);
        EXPECT_TRUE(std::ranges::any_of(manual->cards,
                                        [&](const AnkiCard& c) { return c.id == row.card_id; }));
    }
}

TEST(AnkiFixtures, UpdatedPackagesShareTheNoteGuid) {
    SKIP_WITHOUT("ankitects-anki/update1.apkg");
    SKIP_WITHOUT("ankitects-anki/update2.apkg");
    auto first = ReadFixture("ankitects-anki/update1.apkg");
    auto second = ReadFixture("ankitects-anki/update2.apkg");
    ASSERT_TRUE(first.has_value()) << first.error().ToString();
    ASSERT_TRUE(second.has_value()) << second.error().ToString();
    ASSERT_EQ(first->notes.size(), 1u);
    ASSERT_EQ(second->notes.size(), 1u);
    EXPECT_EQ(first->notes[0].guid, "cU1%zNUzk1");
    EXPECT_EQ(second->notes[0].guid, first->notes[0].guid);
    EXPECT_EQ(first->notes[0].fields, (std::vector<std::string>{"hello", "world"}));
    EXPECT_EQ(second->notes[0].fields, (std::vector<std::string>{"goodbye", "world"}));
}

TEST(AnkiFixtures, TwoNoteTypesNamedBasicStayDistinct) {
    SKIP_WITHOUT("ankitects-anki/diffmodels2-1.apkg");
    auto package = ReadFixture("ankitects-anki/diffmodels2-1.apkg");
    ASSERT_TRUE(package.has_value()) << package.error().ToString();
    std::vector<std::int64_t> basic_ids;
    for (const AnkiNoteType& type : package->note_types) {
        if (type.name == "Basic") {
            basic_ids.push_back(type.id);
            EXPECT_EQ(type.fields, (std::vector<std::string>{"Front", "Back"}));
        }
    }
    ASSERT_EQ(basic_ids.size(), 2u);
    EXPECT_NE(basic_ids[0], basic_ids[1]);
    ASSERT_EQ(package->notes.size(), 1u);
    EXPECT_EQ(package->notes[0].fields, (std::vector<std::string>{"front", "back"}));
}

TEST(AnkiFixtures, LegacyMediaMapNamesTheSoundFile) {
    SKIP_WITHOUT("ankitects-anki/media.apkg");
    auto package = ReadFixture("ankitects-anki/media.apkg");
    ASSERT_TRUE(package.has_value()) << package.error().ToString();
    ASSERT_EQ(package->notes.size(), 1u);
    EXPECT_EQ(package->notes[0].fields.front(), "[sound:foo.wav]");
    ASSERT_EQ(package->media.size(), 1u);
    EXPECT_EQ(package->media[0].bytes.size(), 4u);
}

TEST(AnkiFixtures, ThirdPartyExportKeepsTagsAndCustomType) {
    SKIP_WITHOUT("anki-apkg-export/output.apkg");
    auto package = ReadFixture("anki-apkg-export/output.apkg");
    ASSERT_TRUE(package.has_value()) << package.error().ToString();
    ASSERT_EQ(package->note_types.size(), 1u);
    EXPECT_EQ(package->note_types[0].name, "deck-name");
    EXPECT_EQ(package->note_types[0].templates.size(), 1u);
    for (const AnkiNote& note : package->notes) {
        for (const std::string& tag : note.tags) {
            EXPECT_FALSE(tag.empty());
            EXPECT_EQ(tag.find(' '), std::string::npos);
        }
    }
}

}  // namespace
}  // namespace summit::storage::anki
