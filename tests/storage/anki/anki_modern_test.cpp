// The modern container (meta 3): a zstd schema-18 collection with protobuf settings, a zstd
// protobuf media map and zstd media files, built here because the shared fixture of this kind
// holds no notes.
#include <string>

#include <gtest/gtest.h>

#include "storage/anki/anki_package.h"
#include "tests/storage/anki/package_builder.h"
#include "tests/support/temp_dir.h"

namespace summit::storage::anki {
namespace {

using testing::BytesField;
using testing::SqlBlob;
using testing::VarintField;

std::string ModernSchemaSql() {
    const std::string cloze_config = VarintField(1, 1) + VarintField(2, 0) + BytesField(3, ".c{}");
    const std::string template_config = BytesField(1, "{{cloze:Text}}") +
                                        BytesField(2, "{{cloze:Text}}<br>{{Extra}}") +
                                        VarintField(5, 0);
    return testing::SharedTablesSql() +
           "CREATE TABLE notetypes (id integer primary key, name, mtime_secs, usn, config blob);"
           "CREATE TABLE fields (ntid, ord, name, config blob);"
           "CREATE TABLE templates (ntid, ord, name, mtime_secs, usn, config blob);"
           "CREATE TABLE decks (id integer primary key, name, mtime_secs, usn, common, kind);"
           "INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '');"
           "INSERT INTO notetypes VALUES (300, 'Cloze', 0, 0, " +
           SqlBlob(cloze_config) +
           ");"
           "INSERT INTO fields VALUES (300, 1, 'Extra', X''), (300, 0, 'Text', X'');"
           "INSERT INTO templates VALUES (300, 0, 'Cloze', 0, 0, " +
           SqlBlob(template_config) +
           ");"
           "INSERT INTO decks VALUES (1, 'Default', 0, 0, X'', X''), "
           "(42, 'Lang' || char(31) || 'French' || char(31) || 'Verbs', 0, 0, X'', X'');"
           "INSERT INTO notes VALUES (10, 'g10', 300, 0, 0, '', "
           "'{{c1::avoir}} and {{c2::être}}' || char(31) || '', '', 0, 0, '');"
           "INSERT INTO cards VALUES (20, 10, 42, 0, 0, 0, 2, 2, 100, 5, 0, 4, 0, 0, 0, 0, 0, "
           "'{\"s\":3.5,\"d\":7.25}');"
           "INSERT INTO cards VALUES (21, 10, 42, 1, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, '');"
           "INSERT INTO revlog VALUES (1700000000000, 20, 0, 1, -600, 0, 0, 9000, 0);";
}

std::string MediaEntry(std::string_view name, std::string_view bytes) {
    return BytesField(1, BytesField(1, name) + VarintField(2, bytes.size()) +
                             BytesField(3, std::string(20, '\x01')));
}

TEST(AnkiModern, SchemaEighteenPackageIsReadCompletely) {
    testing::TempDir scratch;
    testing::TempDir temp;
    const std::string collection = testing::SqliteFile(scratch.path(), ModernSchemaSql());
    const std::string map = MediaEntry("verbs.mp3", "ID3 sound") + MediaEntry("chart.png", "PNG");
    const std::string zip = testing::ZipBytes({
        {"meta", VarintField(1, 3), true},
        {"collection.anki2", "dummy: must not be read", true},
        {"collection.anki21b", testing::Zstd(collection), true},
        {"media", testing::Zstd(map), true},
        {"0", testing::Zstd("ID3 sound"), true},
        {"1", testing::Zstd("PNG"), true},
    });
    auto package = ReadAnkiPackageBytes(zip, "modern.apkg", {}, temp.path());
    EXPECT_TRUE(testing::FilesIn(temp.path()).empty());
    ASSERT_TRUE(package.has_value()) << package.error().ToString();
    EXPECT_EQ(package->container, ContainerKind::kModernAnki21b);
    EXPECT_EQ(package->schema_version, 18);

    ASSERT_EQ(package->note_types.size(), 1u);
    const AnkiNoteType& cloze = package->note_types[0];
    EXPECT_EQ(cloze.name, "Cloze");
    EXPECT_EQ(cloze.kind, AnkiNoteType::Kind::kCloze);
    EXPECT_EQ(cloze.fields, (std::vector<std::string>{"Text", "Extra"}));
    ASSERT_EQ(cloze.templates.size(), 1u);
    EXPECT_EQ(cloze.templates[0].qfmt, "{{cloze:Text}}");
    EXPECT_EQ(cloze.templates[0].afmt, "{{cloze:Text}}<br>{{Extra}}");

    ASSERT_EQ(package->decks.size(), 2u);
    EXPECT_EQ(package->decks[1].name, "Lang::French::Verbs");

    ASSERT_EQ(package->notes.size(), 1u);
    EXPECT_EQ(package->notes[0].fields,
              (std::vector<std::string>{"{{c1::avoir}} and {{c2::être}}", ""}));
    ASSERT_EQ(package->cards.size(), 2u);
    ASSERT_TRUE(package->cards[0].fsrs.has_value());
    EXPECT_DOUBLE_EQ(package->cards[0].fsrs->stability, 3.5);
    EXPECT_DOUBLE_EQ(package->cards[0].fsrs->difficulty, 7.25);
    EXPECT_FALSE(package->cards[0].fsrs->desired_retention.has_value());
    EXPECT_FALSE(package->cards[1].fsrs.has_value());
    ASSERT_EQ(package->revlog.size(), 1u);
    EXPECT_EQ(package->revlog[0].ivl, -600);

    ASSERT_EQ(package->media.size(), 2u);
    EXPECT_EQ(package->media[0].name, "verbs.mp3");
    EXPECT_EQ(package->media[0].bytes, "ID3 sound");
    EXPECT_EQ(package->media[1].name, "chart.png");
    EXPECT_EQ(package->media[1].bytes, "PNG");
}

TEST(AnkiModern, WithoutMetaTheNewestCollectionWins) {
    testing::TempDir scratch;
    const std::string collection = testing::SqliteFile(scratch.path(), ModernSchemaSql());
    const std::string zip = testing::ZipBytes({
        {"collection.anki2", "dummy: must not be read", true},
        {"collection.anki21b", testing::Zstd(collection), true},
    });
    auto package = ReadAnkiPackageBytes(zip, "no-meta.apkg");
    ASSERT_TRUE(package.has_value()) << package.error().ToString();
    EXPECT_EQ(package->container, ContainerKind::kModernAnki21b);
    EXPECT_EQ(package->notes.size(), 1u);
    EXPECT_TRUE(package->media.empty());
}

TEST(AnkiModern, BrokenSettingsBlobIsRefused) {
    testing::TempDir scratch;
    std::string sql = ModernSchemaSql() + "UPDATE templates SET config = X'0A7F00';";
    const std::string zip = testing::ZipBytes({
        {"meta", VarintField(1, 3), true},
        {"collection.anki21b", testing::Zstd(testing::SqliteFile(scratch.path(), sql)), true},
    });
    auto package = ReadAnkiPackageBytes(zip, "broken.apkg");
    ASSERT_FALSE(package.has_value());
    EXPECT_EQ(package.error().code, ErrorCode::kParse);
    EXPECT_EQ(package.error().file, "broken.apkg");
    EXPECT_NE(package.error().message.find("template of note type 300"), std::string::npos)
        << package.error().message;
}

}  // namespace
}  // namespace summit::storage::anki
