// Exporting a bank as an Anki package and reading it back with our own reader, libzip and
// SQLite: note types, fields, decks, tags, cards, media, the JSON columns and the checksums.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <zip.h>

#include "content/json/json.h"
#include "content/richtext/sha256.h"
#include "storage/anki/anki_field_text.h"
#include "storage/anki/anki_package.h"
#include "storage/anki/anki_package_writer.h"
#include "storage/anki/bank_to_anki.h"
#include "tests/storage/anki/package_builder.h"
#include "tests/support/temp_dir.h"

namespace summit::storage::anki {
namespace {

namespace c = content;
namespace fs = std::filesystem;

constexpr std::int64_t kNow = 1765000000000;  // 2025-12-06
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "pixels";

c::Question Q(std::string id, c::QuestionType type, std::string prompt) {
    c::Question q;
    q.id = std::move(id);
    q.type = type;
    q.prompt = std::move(prompt);
    return q;
}

c::Bank EveryType() {
    using enum c::QuestionType;
    c::Bank bank;
    bank.id = "bank";
    bank.title = "Course::Unit 1";
    c::Question basic = Q("basic", kFlashcard, "Capital of **France**?");
    basic.text_format = c::TextFormat::kMarkdown;
    basic.back = "Paris ![map](media:" + c::Sha256Hex(kPng) + ")";
    basic.tags = {"geo", "two words"};
    basic.topic = "facts:capitals";
    c::Question reversed = Q("reversed", kFlashcard, "chien");
    reversed.back = "dog";
    reversed.reversible = true;
    reversed.deck = "Week 2";
    c::Question cloze = Q("cloze", kCloze, "Earth is the {{third|3rd}} planet from the {{Sun}}.");
    cloze.explanation = "Counting from the Sun.";
    c::Question mc = Q("mc", kMultipleChoice, "Largest planet?");
    mc.choices = {{"Jupiter", true, "", {}}, {"Saturn", false, "", {}}};
    c::Question tf = Q("tf", kTrueFalse, "Mars is red.");
    tf.answer = true;
    c::Question typed = Q("typed", kTyped, "How many planets?");
    typed.accepted = {"8", "eight"};
    c::Question number = Q("number", kNumerical, "Moons of Mars?");
    number.numbers = {c::NumericAnswer{2, 0.5, 1, "", false}};
    c::Question matching = Q("matching", kMatching, "Match moons.");
    matching.pairs = {{"Titan", "Saturn"}, {"Europa", "Jupiter"}};
    c::Question ordering = Q("ordering", kOrdering, "Order from the Sun.");
    ordering.items = {"Venus", "Earth", "Mars"};
    bank.questions = {basic, reversed, cloze, mc, tf, typed, number, matching, ordering};
    return bank;
}

Result<std::optional<std::string>> Media(std::string_view hash) {
    if (hash == c::Sha256Hex(kPng)) {
        return std::optional<std::string>(kPng);
    }
    return std::optional<std::string>();
}

class AnkiExportTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto exported = BankToAnki(EveryType(), Media);
        ASSERT_TRUE(exported) << exported.error().message;
        exported_ = std::move(*exported);
        path_ = dir_ / "out.apkg";
        PackageWriteOptions options;
        options.now_ms = kNow;
        auto written = WriteAnkiPackage(exported_.package, path_, options);
        ASSERT_TRUE(written) << written.error().message;
        auto read = ReadAnkiPackage(path_);
        ASSERT_TRUE(read) << read.error().message;
        read_ = std::move(*read);
    }

    const AnkiNote& Note(const std::string& id) {
        auto found = std::ranges::find(read_.notes, "bank/" + id, &AnkiNote::guid);
        EXPECT_NE(found, read_.notes.end()) << id;
        return *found;
    }
    std::string TypeName(const AnkiNote& note) {
        auto found = std::ranges::find(read_.note_types, note.note_type_id, &AnkiNoteType::id);
        return found == read_.note_types.end() ? "" : found->name;
    }
    std::string DeckOf(const AnkiNote& note) {
        auto card = std::ranges::find(read_.cards, note.id, &AnkiCard::note_id);
        auto deck = std::ranges::find(read_.decks, card->deck_id, &AnkiDeck::id);
        return deck == read_.decks.end() ? "" : deck->name;
    }

    testing::TempDir dir_;
    fs::path path_;
    AnkiExport exported_;
    AnkiPackage read_;
};

TEST_F(AnkiExportTest, ReadsBackAsALegacy21PackageWithEveryNote) {
    EXPECT_EQ(read_.container, ContainerKind::kLegacyAnki21);
    EXPECT_EQ(read_.schema_version, 11);
    std::set<std::string> types;
    for (const AnkiNoteType& type : read_.note_types) {
        types.insert(type.name);
    }
    EXPECT_EQ(types, (std::set<std::string>{"Basic", "Basic (and reversed card)", "Cloze"}));
    ASSERT_EQ(read_.notes.size(), 9u);
    // One card per question, two for the reversible flashcard.
    EXPECT_EQ(read_.cards.size(), 10u);
    EXPECT_TRUE(read_.revlog.empty());
    EXPECT_EQ(TypeName(Note("reversed")), "Basic (and reversed card)");
    EXPECT_EQ(TypeName(Note("cloze")), "Cloze");
    for (const char* other : {"basic", "mc", "tf", "typed", "number", "matching", "ordering"}) {
        EXPECT_EQ(TypeName(Note(other)), "Basic") << other;
    }
}

TEST_F(AnkiExportTest, FieldsAreHtml) {
    const std::string image = c::Sha256Hex(kPng) + ".png";
    EXPECT_EQ(Note("basic").fields,
              (std::vector<std::string>{"Capital of <b>France</b>?",
                                        "Paris <img src=\"" + image + "\" alt=\"map\">"}));
    EXPECT_EQ(Note("cloze").fields,
              (std::vector<std::string>{"Earth is the {{c1::third}} planet from the {{c1::Sun}}.",
                                        "Counting from the Sun."}));
    EXPECT_EQ(Note("mc").fields,
              (std::vector<std::string>{"Largest planet?<ul><li>Jupiter</li><li>Saturn</li></ul>",
                                        "<ul><li>Jupiter</li></ul>"}));
    EXPECT_EQ(Note("tf").fields[1], "True");
    EXPECT_EQ(Note("number").fields[1], "2 &plusmn; 0.5");
    EXPECT_EQ(Note("matching").fields[1], "Titan &rarr; Saturn<br>Europa &rarr; Jupiter");
    // The front shows the items sorted, so their written order (the answer) is on the back.
    EXPECT_EQ(Note("ordering").fields,
              (std::vector<std::string>{
                  "Order from the Sun.<ul><li>Earth</li><li>Mars</li><li>Venus</li></ul>",
                  "<ol><li>Venus</li><li>Earth</li><li>Mars</li></ol>"}));
}

TEST_F(AnkiExportTest, DecksTagsAndMedia) {
    EXPECT_EQ(DeckOf(Note("basic")), "Course::Unit 1");
    EXPECT_EQ(DeckOf(Note("reversed")), "Course::Unit 1::Week 2");
    std::set<std::string> decks;
    for (const AnkiDeck& deck : read_.decks) {
        decks.insert(deck.name);
    }
    // Parents Anki expects to exist are written too, and Default.
    EXPECT_EQ(decks, (std::set<std::string>{"Default", "Course", "Course::Unit 1",
                                            "Course::Unit 1::Week 2"}));
    EXPECT_EQ(Note("basic").tags, (std::vector<std::string>{"facts:capitals", "geo", "two_words"}));
    ASSERT_EQ(read_.media.size(), 1u);
    EXPECT_EQ(read_.media[0].name, c::Sha256Hex(kPng) + ".png");
    EXPECT_EQ(read_.media[0].bytes, kPng);
}

TEST_F(AnkiExportTest, WarnsForEachTypeAnkiShowsAsAFlashcard) {
    std::set<std::string> warned;
    for (const Error& warning : exported_.warnings) {
        warned.insert(warning.message.substr(0, warning.message.find(':')));
    }
    EXPECT_EQ(warned,
              (std::set<std::string>{"question \"cloze\"", "question \"mc\"", "question \"tf\"",
                                     "question \"typed\"", "question \"number\"",
                                     "question \"matching\"", "question \"ordering\""}));
}

// The archive's members, by libzip.
TEST_F(AnkiExportTest, ZipHoldsMetaCollectionMediaMapAndFiles) {
    int error = 0;
    zip_t* archive = zip_open(path_.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    ASSERT_NE(archive, nullptr) << error;
    std::set<std::string> names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        names.insert(zip_get_name(archive, i, 0));
    }
    zip_discard(archive);
    EXPECT_EQ(names, (std::set<std::string>{"meta", "collection.anki21", "media", "0"}));
}

TEST_F(AnkiExportTest, CollectionIsSoundSqliteWithAnkisColumns) {
    testing::WriteFile(dir_ / "c.anki21", testing::ZipMember(path_, "collection.anki21"));
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2((dir_ / "c.anki21").c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
              SQLITE_OK);
    auto text = [&](const char* sql) {
        sqlite3_stmt* stmt = nullptr;
        std::string value;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
            value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        }
        sqlite3_finalize(stmt);
        return value;
    };
    EXPECT_EQ(text("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(text("SELECT ver FROM col"), "11");
    EXPECT_EQ(text("SELECT sfld FROM notes WHERE guid = 'bank/basic'"), "Capital of France?");
    EXPECT_EQ(text("SELECT csum FROM notes WHERE guid = 'bank/basic'"),
              std::to_string(FieldChecksum("Capital of France?")));
    EXPECT_EQ(text("SELECT tags FROM notes WHERE guid = 'bank/basic'"),
              " facts:capitals geo two_words ");
    EXPECT_EQ(text("SELECT count(*) FROM cards WHERE type = 0 AND queue = 0"), "10");
    // The JSON columns parse and carry the keys Anki reads.
    auto models = c::json::ParseText(text("SELECT models FROM col"));
    ASSERT_TRUE(models);
    const c::json::Value* cloze = models->Find(std::to_string(kClozeNoteTypeId));
    ASSERT_NE(cloze, nullptr);
    EXPECT_EQ(c::json::GetInt(*cloze, "type"), 1);
    EXPECT_NE(cloze->Find("req"), nullptr);
    EXPECT_NE(cloze->Find("css"), nullptr);
    auto dconf = c::json::ParseText(text("SELECT dconf FROM col"));
    ASSERT_TRUE(dconf);
    EXPECT_NE(dconf->Find("1"), nullptr);
    auto conf = c::json::ParseText(text("SELECT conf FROM col"));
    ASSERT_TRUE(conf);
    EXPECT_EQ(c::json::GetInt(*conf, "nextPos"), 10);
    sqlite3_close(db);
}

TEST(AnkiExportClozeTest, MarkdownAroundGapsAndAnswersThatLookLikeAnkiSyntax) {
    c::Bank bank;
    bank.id = "b";
    bank.title = "Deck";
    c::Question q = Q("q", c::QuestionType::kCloze, "**Earth** is *the* {{3rd}} from {{a::b}}.");
    q.text_format = c::TextFormat::kMarkdown;
    bank.questions = {q};
    auto exported = BankToAnki(bank, Media);
    ASSERT_TRUE(exported);
    ASSERT_EQ(exported->package.notes.size(), 1u);
    // "::" inside an answer would start Anki's hint: written as an entity instead.
    EXPECT_EQ(exported->package.notes[0].fields[0],
              "<b>Earth</b> is <i>the</i> {{c1::3rd}} from {{c1::a:&#58;b}}.");
    EXPECT_TRUE(exported->warnings.empty());
}

// Ids come from the bank id and the GUIDs: plausible creation times, distinct, the same for
// every export; a bank imported from Anki deck N keeps N.
TEST(AnkiExportIdsTest, DerivedFromTheBankAndTheGuidsNotTheClock) {
    auto first = BankToAnki(EveryType(), Media);
    auto second = BankToAnki(EveryType(), Media);
    ASSERT_TRUE(first && second);
    std::set<std::int64_t> note_ids;
    for (std::size_t i = 0; i < first->package.notes.size(); ++i) {
        const AnkiNote& note = first->package.notes[i];
        EXPECT_EQ(note.id, second->package.notes[i].id);
        EXPECT_EQ(note.guid, second->package.notes[i].guid);
        EXPECT_GE(note.id, 1'000'000'000'000);
        EXPECT_LT(note.id, 1'700'000'000'000);
        note_ids.insert(note.id);
    }
    EXPECT_EQ(note_ids.size(), first->package.notes.size());
    std::set<std::int64_t> deck_ids;
    for (std::size_t i = 0; i < first->package.decks.size(); ++i) {
        EXPECT_EQ(first->package.decks[i].id, second->package.decks[i].id);
        EXPECT_GT(first->package.decks[i].id, 1);
        deck_ids.insert(first->package.decks[i].id);
    }
    // "Course" (a parent Anki needs), "Course::Unit 1" and its subdeck "Week 2".
    EXPECT_EQ(deck_ids.size(), 3u);
    for (std::size_t i = 0; i < first->package.cards.size(); ++i) {
        EXPECT_EQ(first->package.cards[i].id, second->package.cards[i].id);
    }

    c::Bank renamed = EveryType();
    renamed.title = "Course::Unit One";
    auto after_rename = BankToAnki(renamed, Media);
    ASSERT_TRUE(after_rename);
    auto id_of = [](const AnkiExport& exported, const std::string& name) {
        auto deck = std::ranges::find(exported.package.decks, name, &AnkiDeck::name);
        return deck == exported.package.decks.end() ? 0 : deck->id;
    };
    EXPECT_EQ(id_of(*after_rename, "Course::Unit One"), id_of(*first, "Course::Unit 1"));

    c::Bank from_anki = EveryType();
    from_anki.id = "anki-d1500000000123";
    auto back = BankToAnki(from_anki, Media);
    ASSERT_TRUE(back);
    EXPECT_EQ(id_of(*back, "Course::Unit 1"), 1500000000123);
    from_anki.id = "anki-d1";  // Anki's Default deck is never claimed
    auto not_default = BankToAnki(from_anki, Media);
    ASSERT_TRUE(not_default);
    EXPECT_GT(id_of(*not_default, "Course::Unit 1"), 1);
}

TEST(AnkiExportErrorsTest, AMissingImageIsAWarningAndAFailingLookupAnError) {
    c::Bank bank = EveryType();
    auto missing = BankToAnki(
        bank, [](std::string_view) { return Result<std::optional<std::string>>(std::nullopt); });
    ASSERT_TRUE(missing);
    EXPECT_TRUE(missing->package.media.empty());
    EXPECT_TRUE(std::ranges::any_of(missing->warnings, [](const Error& warning) {
        return warning.message.find("missing from the collection") != std::string::npos;
    }));
    auto failing = BankToAnki(bank, [](std::string_view) -> Result<std::optional<std::string>> {
        return Fail(ErrorCode::kBusy, "locked");
    });
    ASSERT_FALSE(failing);
    EXPECT_EQ(failing.error().code, ErrorCode::kBusy);
}

TEST(AnkiExportErrorsTest, AnUnwritablePathIsAnIoError) {
    testing::TempDir dir;
    auto exported = BankToAnki(EveryType(), Media);
    ASSERT_TRUE(exported);
    auto written = WriteAnkiPackage(exported->package, dir / "no-such-dir" / "out.apkg");
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::kIo);
    EXPECT_FALSE(fs::exists(dir / "no-such-dir"));
}

}  // namespace
}  // namespace summit::storage::anki
