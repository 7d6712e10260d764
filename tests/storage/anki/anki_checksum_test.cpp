// The values Anki derives from note fields: SHA-1 itself, the stripped sort text and the
// checksum, against hand-computed values and against a real Anki export's own columns.
#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "storage/anki/anki_field_text.h"
#include "storage/anki/sha1.h"
#include "tests/storage/anki/package_builder.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_paths.h"

namespace summit::storage::anki {
namespace {

namespace fs = std::filesystem;

std::string Hex(const Sha1Digest& digest) {
    std::string hex;
    for (std::uint8_t byte : digest) {
        char two[3];
        std::snprintf(two, sizeof two, "%02x", byte);
        hex += two;
    }
    return hex;
}

TEST(Sha1Test, MatchesTheStandardsVectors) {
    EXPECT_EQ(Hex(Sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    EXPECT_EQ(Hex(Sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
    // 56 bytes: the length no longer fits the first padding block.
    EXPECT_EQ(Hex(Sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
              "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    EXPECT_EQ(Hex(Sha1(std::string(1000000, 'a'))), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST(AnkiFieldTextTest, StripsTagsKeepsImageNamesDecodesEntities) {
    EXPECT_EQ(StripHtmlKeepingMedia("a&nbsp;<b>b</b><br>c &amp; &lt;d&gt; &#65;&#x42; &bogus;"),
              "a bc & <d> AB &bogus;");
    EXPECT_EQ(StripHtmlKeepingMedia("x<img src=\"pic.png\" alt=\"y\">z"), "x pic.png z");
    EXPECT_EQ(StripHtmlKeepingMedia("<!-- note -->k<style>.a{}</style><script>f()</script>"), "k");
    // As in Anki, a bare "<" opens a tag up to the next ">" (exports always escape it)...
    EXPECT_EQ(StripHtmlKeepingMedia("1 < 2 but 3 > 2"), "1  2");
    // ...and one never closed is text.
    EXPECT_EQ(StripHtmlKeepingMedia("a < b"), "a < b");
}

TEST(AnkiFieldTextTest, ChecksumIsTheFirstFourBytesOfSha1OfTheStrippedField) {
    // sha1('This note is of type "Basic"') = b45d6d12..., 0xb45d6d12 = 3026021650.
    EXPECT_EQ(FieldChecksum("This note is of type \"Basic\""), 3026021650u);
    EXPECT_EQ(FieldChecksum("<b>This note is of type &quot;Basic&quot;</b>"), 3026021650u);
}

// Anki 25's own export: every note's sfld and csum as Anki computed them.
TEST(AnkiFieldTextTest, AgreesWithWhatAnkiStoredInARealExport) {
    const fs::path package = summit::testing::SharedFixturesDir() / "formats" / "apkg" /
                             "srs-converter" / "mixed-legacy-2.apkg";
    if (!fs::exists(package)) {
        GTEST_SKIP() << "fixture missing: " << package;
    }
    testing::TempDir dir;
    testing::WriteFile(dir / "c.anki21", testing::ZipMember(package, "collection.anki21"));
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2((dir / "c.anki21").c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
              SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT flds, sfld, csum FROM notes", -1, &stmt, nullptr),
              SQLITE_OK);
    int notes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        std::string fields = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        const std::string first = fields.substr(0, fields.find('\x1f'));
        const std::string sort = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
        EXPECT_EQ(StripHtmlKeepingMedia(first), sort);
        EXPECT_EQ(FieldChecksum(first), static_cast<std::uint32_t>(sqlite3_column_int64(stmt, 2)))
            << first;
        ++notes;
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    EXPECT_EQ(notes, 8);
}

}  // namespace
}  // namespace summit::storage::anki
