// Hostile and broken packages, built here with libzip: each is refused with an error that names
// the package and the member at fault, and no temporary file is left behind.
#include <string>

#include <gtest/gtest.h>

#include "storage/anki/anki_package.h"
#include "tests/storage/anki/package_builder.h"
#include "tests/support/temp_dir.h"

namespace summit::storage::anki {
namespace {

using testing::ZipBytes;
using testing::ZipEntry;

const std::string kModels =
    R"({"1001": {"id": 1001, "name": "Basic", "type": 0,
        "flds": [{"name": "Back", "ord": 1}, {"name": "Front", "ord": 0}],
        "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}", "afmt": "{{Back}}"}]}})";
const std::string kDecks = R"({"1": {"id": 1, "name": "Default"}, "7": {"id": 7, "name": "A::B"}})";

class AnkiHostile : public ::testing::Test {
  protected:
    // A valid schema-11 collection with one note, one card and one review.
    std::string Collection() {
        return testing::SqliteFile(
            scratch_.path(),
            testing::LegacySchemaSql(kModels, kDecks) +
                "INSERT INTO notes VALUES (5, 'guid-5', 1001, 0, 0, ' geo  europe ', "
                "'Paris' || char(31) || 'France', '', 0, 0, '');"
                "INSERT INTO cards VALUES (9, 5, 7, 0, 0, 0, 2, 2, 30, 12, 2500, 3, 1, 0, 0, 0, "
                "0, '');"
                "INSERT INTO revlog VALUES (1700000000000, 9, 0, 3, 12, 4, 2500, 6000, 1);");
    }

    // Reads `bytes` from a file and from memory: both must agree, and leave no temporary file.
    Result<AnkiPackage> Read(const std::string& bytes, const PackageLimits& limits = {}) {
        const auto path = packages_ / "hostile.apkg";
        testing::WriteFile(path, bytes);
        auto from_file = ReadAnkiPackage(path, limits, temp_.path());
        EXPECT_TRUE(testing::FilesIn(temp_.path()).empty()) << "temporary files left";
        auto from_bytes = ReadAnkiPackageBytes(bytes, path.string(), limits, temp_.path());
        EXPECT_TRUE(testing::FilesIn(temp_.path()).empty()) << "temporary files left";
        EXPECT_EQ(from_file.has_value(), from_bytes.has_value());
        if (!from_file && !from_bytes) {
            EXPECT_EQ(from_file.error().message, from_bytes.error().message);
        }
        return from_file;
    }

    // The refusal of `bytes`, checked to name the package and to contain `words`.
    Error Refusal(const std::string& bytes, ErrorCode code, const std::string& words,
                  const PackageLimits& limits = {}) {
        auto package = Read(bytes, limits);
        EXPECT_FALSE(package.has_value()) << "accepted a package that should be refused";
        if (package) {
            return {};
        }
        EXPECT_EQ(package.error().code, code) << package.error().ToString();
        EXPECT_EQ(package.error().file, (packages_ / "hostile.apkg").string());
        EXPECT_NE(package.error().message.find(words), std::string::npos)
            << package.error().ToString();
        return package.error();
    }

    testing::TempDir scratch_;
    testing::TempDir packages_dir_;
    const std::filesystem::path& packages_ = packages_dir_.path();
    testing::TempDir temp_;
};

TEST_F(AnkiHostile, AValidLegacyPackageIsReadCompletely) {
    auto package = Read(ZipBytes(
        {{"collection.anki2", Collection()}, {"media", R"({"0": "a.txt"})"}, {"0", "hello"}}));
    ASSERT_TRUE(package.has_value()) << package.error().ToString();
    EXPECT_EQ(package->container, ContainerKind::kLegacyAnki2);
    ASSERT_EQ(package->note_types.size(), 1u);
    EXPECT_EQ(package->note_types[0].fields, (std::vector<std::string>{"Front", "Back"}));
    EXPECT_EQ(package->note_types[0].templates[0].qfmt, "{{Front}}");
    ASSERT_EQ(package->decks.size(), 2u);
    EXPECT_EQ(package->decks[1].name, "A::B");
    ASSERT_EQ(package->notes.size(), 1u);
    EXPECT_EQ(package->notes[0].fields, (std::vector<std::string>{"Paris", "France"}));
    EXPECT_EQ(package->notes[0].tags, (std::vector<std::string>{"geo", "europe"}));
    ASSERT_EQ(package->cards.size(), 1u);
    EXPECT_EQ(package->cards[0].deck_id, 7);
    EXPECT_EQ(package->cards[0].factor, 2500);
    ASSERT_EQ(package->revlog.size(), 1u);
    EXPECT_EQ(package->revlog[0].time_ms, 6000);
    EXPECT_EQ(package->revlog[0].last_ivl, 4);
    ASSERT_EQ(package->media.size(), 1u);
    EXPECT_EQ(package->media[0].name, "a.txt");
    EXPECT_EQ(package->media[0].bytes, "hello");
}

TEST_F(AnkiHostile, UnsafeMemberNamesAreRefused) {
    // Each placeholder is as long as the name patched in, so the ZIP offsets stay valid.
    for (const std::string name : {"../evil", "/etc/pwd", "..\\evil", "a//b", "C:x", "a/./b"}) {
        SCOPED_TRACE(name);
        const std::string placeholder(name.size(), 'Q');
        const std::string zip = testing::ReplaceAll(
            ZipBytes({{"collection.anki2", Collection()}, {placeholder, "x"}}), placeholder, name);
        Refusal(zip, ErrorCode::kValidation, "member \"" + name + "\" has an unsafe name");
    }
}

TEST_F(AnkiHostile, DuplicateNameIsRefused) {
    const std::string zip = testing::ReplaceAll(
        ZipBytes({{"collection.anki2", Collection()}, {"collection.ankiX", "not this one"}}),
        "collection.ankiX", "collection.anki2");
    Refusal(zip, ErrorCode::kValidation, "two members with the same name");
}

TEST_F(AnkiHostile, HugeCompressionRatioIsRefused) {
    const std::string zeros(3 << 20, '\0');
    const std::string zip = ZipBytes(
        {{"collection.anki2", Collection()}, {"media", R"({"0": "big.bin"})"}, {"0", zeros}});
    Refusal(zip, ErrorCode::kValidation, "member \"0\" expands");
}

TEST_F(AnkiHostile, MemberOverThePerFileLimitIsRefused) {
    PackageLimits limits;
    limits.max_member_bytes = 64 * 1024;
    const std::string zip = ZipBytes({{"collection.anki2", Collection()},
                                      {"media", R"({"0": "big.bin"})"},
                                      {"0", std::string(100 * 1024, 'x'), true}});
    Refusal(zip, ErrorCode::kValidation, "member \"0\" is larger than 65536 bytes", limits);
}

TEST_F(AnkiHostile, PackageOverTheTotalLimitIsRefused) {
    const std::string collection = Collection();
    PackageLimits limits;
    limits.max_total_bytes = collection.size() + 1000;
    const std::string zip = ZipBytes({{"collection.anki2", collection},
                                      {"media", R"({"0": "a.bin", "1": "b.bin"})"},
                                      {"0", std::string(600, 'a'), true},
                                      {"1", std::string(600, 'b'), true}});
    Refusal(zip, ErrorCode::kValidation, "member \"1\" brings the package over", limits);
}

TEST_F(AnkiHostile, ZstdBombIsRefused) {
    const std::string zip =
        ZipBytes({{"meta", testing::VarintField(1, 3), true},
                  {"collection.anki21b", testing::Zstd(std::string(8 << 20, '\0')), true}});
    Refusal(zip, ErrorCode::kValidation, "member \"collection.anki21b\" decompresses to more than");
}

TEST_F(AnkiHostile, TruncatedZipIsRefused) {
    const std::string zip = ZipBytes({{"collection.anki2", Collection()}});
    Refusal(zip.substr(0, zip.size() / 2), ErrorCode::kParse, "not a readable ZIP archive");
}

TEST_F(AnkiHostile, ArbitraryBytesAreRefused) {
    Refusal("this is not a zip file at all", ErrorCode::kParse, "not a readable ZIP archive");
}

TEST_F(AnkiHostile, ZipWithoutCollectionIsRefused) {
    Refusal(ZipBytes({{"media", "{}"}}), ErrorCode::kValidation, "holds no Anki collection");
}

TEST_F(AnkiHostile, CollectionThatIsNotSqliteIsRefused) {
    Refusal(ZipBytes({{"collection.anki2", "hello, not a database"}}), ErrorCode::kCorrupt,
            "member \"collection.anki2\" is not an SQLite database");
}

TEST_F(AnkiHostile, DamagedSqliteIsRefused) {
    std::string damaged = Collection();
    damaged.replace(100, 4000, std::string(4000, '\x5a'));
    Refusal(ZipBytes({{"collection.anki2", damaged}}), ErrorCode::kCorrupt,
            "member \"collection.anki2\"");
}

TEST_F(AnkiHostile, SqliteWithoutAnkiTablesIsRefused) {
    const std::string other = testing::SqliteFile(scratch_.path(), "CREATE TABLE t (x);");
    Refusal(ZipBytes({{"collection.anki2", other}}), ErrorCode::kCorrupt,
            "is not an Anki collection: it has no table col");
}

TEST_F(AnkiHostile, ViewInPlaceOfATableIsRefused) {
    const std::string with_view = testing::SqliteFile(
        scratch_.path(), testing::LegacySchemaSql(kModels, kDecks) +
                             "DROP TABLE notes; CREATE VIEW notes AS WITH RECURSIVE r(x) AS "
                             "(SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x AS id FROM r;");
    Refusal(ZipBytes({{"collection.anki2", with_view}}), ErrorCode::kCorrupt,
            "it has no table notes");
}

TEST_F(AnkiHostile, NewerPackageVersionIsRefused) {
    Refusal(ZipBytes({{"meta", testing::VarintField(1, 9)}, {"collection.anki2", Collection()}}),
            ErrorCode::kUnsupportedVersion, "package version 9");
}

TEST_F(AnkiHostile, MetaNamingAMissingCollectionIsRefused) {
    Refusal(ZipBytes({{"meta", testing::VarintField(1, 3)}, {"collection.anki2", Collection()}}),
            ErrorCode::kValidation, "member \"collection.anki21b\" is missing");
}

TEST_F(AnkiHostile, MediaMapNamingAMissingMemberIsRefused) {
    Refusal(ZipBytes({{"collection.anki2", Collection()}, {"media", R"({"5": "gone.png"})"}}),
            ErrorCode::kValidation, "member \"5\" is missing");
}

TEST_F(AnkiHostile, MediaFileNameWithAPathIsRefused) {
    Refusal(ZipBytes({{"collection.anki2", Collection()},
                      {"media", R"({"0": "../../.bashrc"})"},
                      {"0", "x"}}),
            ErrorCode::kValidation, "names a media file \"../../.bashrc\"");
}

TEST_F(AnkiHostile, MalformedMediaMapIsRefused) {
    Refusal(ZipBytes({{"collection.anki2", Collection()}, {"media", "[1, 2"}}), ErrorCode::kParse,
            "member \"media\"");
}

TEST_F(AnkiHostile, MissingPackageFileIsNotFound) {
    auto package = ReadAnkiPackage(packages_ / "absent.apkg", {}, temp_.path());
    ASSERT_FALSE(package.has_value());
    EXPECT_EQ(package.error().code, ErrorCode::kNotFound);
    EXPECT_NE(package.error().ToString().find("absent.apkg"), std::string::npos);
}

}  // namespace
}  // namespace summit::storage::anki
