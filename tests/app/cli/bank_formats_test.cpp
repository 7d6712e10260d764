// import, check and export with spreadsheet and text formats, as a user runs them.
#include <filesystem>

#include <gtest/gtest.h>

#include "content/formats/bank_file.h"
#include "content/formats/csv_bank.h"
#include "content/formats/json_bank.h"
#include "content/richtext/sha256.h"
#include "run_summit.h"
#include "storage/collection.h"
#include "tests/support/test_paths.h"

namespace summit::testing {
namespace {

const std::string kExample = (summit::testing::ExamplesDir() / "solar-system.json").string();

constexpr const char* kQuiz =
    "Type;Question;Answer;Choices;Correct;Tags;Notes\n"
    "flashcard;Sun;A star;;;astro;x\n"
    "mc;Largest planet?;;Jupiter|Mars;1;;\n"
    "tf;Pluto is a planet;no;;;;\n"
    "flashcard;\"Multi\nline\";back;;;;\n"
    "flashcard;Empty back;;;;;\n";

class BankFormatsTest : public ::testing::Test {
  protected:
    RunResult Run(std::vector<std::string> args) {
        args.insert(args.begin(), {"--collection", collection_.string()});
        return RunSummit(args);
    }

    TempDir dir_;
    std::filesystem::path collection_ = dir_ / "collection.db";
};

TEST_F(BankFormatsTest, CheckShowsTheFormatTypeCountsAndWarnings) {
    const std::string path = (dir_ / "quiz.csv").string();
    WriteFile(path, kQuiz);
    RunResult result = Run({"check", path});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, path +
                              ": ok, 4 questions in \"quiz\" (read as csv, 2 warnings)\n"
                              "  flashcard: 2\n  multiple_choice: 1\n  true_false: 1\n");
    EXPECT_EQ(result.err,
              path + ":1:43: warning: unknown column \"Notes\"; its cells are ignored\n" + path +
                  ":7:22: warning: the flashcard has no back (answer); skipped\n");
    EXPECT_FALSE(std::filesystem::exists(collection_)) << "check must not touch the collection";
}

TEST_F(BankFormatsTest, CheckPrintsEveryErrorWithItsPosition) {
    const std::string path = (dir_ / "bad.tsv").string();
    WriteFile(path, "type\tfront\tback\nessay\tWhy?\t\ntf\tSky is blue\tmaybe\n");
    RunResult result = Run({"check", path});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find(path + ":2:1: error: unknown question type \"essay\""),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find(path + ":3:16: error: true/false answer \"maybe\""),
              std::string::npos)
        << result.err;
}

TEST_F(BankFormatsTest, ReimportingTheSameCsvUpdatesAndAddsNothing) {
    const std::string path = (dir_ / "quiz.csv").string();
    WriteFile(path, kQuiz);
    RunResult first = Run({"import", path, "--deck", "Astronomy"});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_NE(first.out.find("Imported into \"Astronomy\" (new deck): 4 added, 0 updated, 0 "
                             "unchanged (read as csv, 2 warnings)."),
              std::string::npos)
        << first.out;
    EXPECT_NE(first.err.find(":7:22: warning:"), std::string::npos) << first.err;
    RunResult again = Run({"import", path, "--deck", "Astronomy"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("0 added, 0 updated, 4 unchanged"), std::string::npos) << again.out;
    // An edited answer is an update of the same question, found by its text.
    std::string edited = kQuiz;
    edited.replace(edited.find("A star"), 6, "Our star");
    WriteFile(path, edited);
    RunResult third = Run({"import", path, "--deck", "Astronomy"});
    ASSERT_EQ(third.exit_code, 0) << third.err;
    EXPECT_NE(third.out.find("0 added, 1 updated, 3 unchanged"), std::string::npos) << third.out;
}

TEST_F(BankFormatsTest, AFileWithAnErrorImportsNothing) {
    ASSERT_EQ(Run({"decks"}).exit_code, 0);
    const std::string before = ReadFile(collection_);
    const std::string path = (dir_ / "half.csv").string();
    WriteFile(path, "front,back\nok,fine\n\"unclosed,x\n");
    RunResult result = Run({"import", path});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find(path + ":3:1: error: this quoted field is never closed"),
              std::string::npos)
        << result.err;
    EXPECT_EQ(ReadFile(collection_), before);
}

// CSV and TSV are read a question at a time without --deck: the same report as the whole read
// imported into its own deck, a re-import changes nothing, and a broken row after good ones
// leaves the collection byte for byte as it was.
TEST_F(BankFormatsTest, CsvIsImportedAQuestionAtATimeAtomically) {
    const std::string path = (dir_ / "quiz.csv").string();
    WriteFile(path, kQuiz);
    RunResult first = Run({"import", path});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.out,
              "Imported into \"quiz\" (new deck): 4 added, 0 updated, 0 unchanged "
              "(read as csv, 2 warnings).\n");
    EXPECT_EQ(first.err,
              path + ":1:43: warning: unknown column \"Notes\"; its cells are ignored\n" + path +
                  ":7:22: warning: the flashcard has no back (answer); skipped\n");
    RunResult again = Run({"import", path});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("0 added, 0 updated, 4 unchanged"), std::string::npos) << again.out;

    const std::string before = ReadFile(collection_);
    const std::string broken = (dir_ / "broken.tsv").string();
    WriteFile(broken, "front\tback\tdifficulty\nnew one\tfine\t\nanother\tfine\t\nbad\trow\t9\n");
    RunResult refused = Run({"import", broken});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find(broken + ":4:"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("error: "), std::string::npos) << refused.err;
    EXPECT_EQ(ReadFile(collection_), before);
}

// GIFT is read a question at a time (no --deck): the same output as a whole read gives.
TEST_F(BankFormatsTest, GiftIsCheckedAndImportedAQuestionAtATime) {
    const std::string path = (dir_ / "quiz.gift").string();
    WriteFile(path,
              "::A:: Capital of France? {=Paris ~Lyon ~Nice}\n\n::B:: 2+2 {#4}\n\n"
              "::C:: Explain gravity. {}\n");
    const std::string warning =
        path +
        ":5:1: warning: an essay is graded by hand in Moodle: it becomes a self-rated "
        "flashcard\n";
    RunResult check = Run({"check", path});
    ASSERT_EQ(check.exit_code, 0) << check.err;
    EXPECT_EQ(check.out, path +
                             ": ok, 3 questions in \"quiz\" (read as gift, 1 warning)\n"
                             "  flashcard: 1\n  multiple_choice: 1\n  numerical: 1\n");
    EXPECT_EQ(check.err, warning);
    EXPECT_FALSE(std::filesystem::exists(collection_));

    RunResult first = Run({"import", path});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.out,
              "Imported into \"quiz\" (new deck): 3 added, 0 updated, 0 unchanged "
              "(read as gift, 1 warning).\n");
    EXPECT_EQ(first.err, warning);
    RunResult again = Run({"import", path});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("0 added, 0 updated, 3 unchanged"), std::string::npos) << again.out;

    // A file with nothing to import is refused with its errors; the questions stay as they were.
    auto questions = [&] {
        auto collection = storage::Collection::Open(collection_);
        EXPECT_TRUE(collection.has_value());
        auto listed = collection->ListQuestions();
        EXPECT_TRUE(listed.has_value());
        return listed.value_or(std::vector<storage::QuestionRow>{}).size();
    };
    const std::size_t before = questions();
    const std::string empty = (dir_ / "empty.gift").string();
    WriteFile(empty, "Only a description.\n");
    RunResult refused = Run({"import", empty});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.err.find("error: no question could be imported"), std::string::npos)
        << refused.err;
    EXPECT_GE(before, 3u);
    EXPECT_EQ(questions(), before);
}

// A file that cannot be imported, into a collection that does not exist yet: the import fails
// and leaves no collection behind (no file, no write-ahead log, no backup), whether the file is
// read a question at a time (GIFT, CSV, TSV) or whole (Moodle XML), and whether the error is in a
// row after good ones or in the file having nothing to import.
TEST_F(BankFormatsTest, AFailedImportLeavesNoNewCollection) {
    const std::vector<std::pair<std::string, std::string>> files = {
        {"broken.gift", "::A:: Capital of France? {=Paris ~Lyon\n\n::B:: 2+2 {=4 ~5\n"},
        {"nothing.gift", "Only a description.\n"},
        {"late.csv", "front,back,difficulty\nnew one,fine,\nbad,row,9\n"},
        {"late.tsv", "type\tfront\tback\nflashcard\tSun\tA star\nessay\tWhy?\t\n"},
        {"bad.xml", "<?xml version=\"1.0\"?>\n<quiz><question type=\"multichoice\">"},
    };
    for (const auto& [name, text] : files) {
        const std::string path = (dir_ / name).string();
        WriteFile(path, text);
        RunResult refused = Run({"import", path});
        EXPECT_EQ(refused.exit_code, 1) << name << ": " << refused.out;
        EXPECT_NE(refused.err.find("error: "), std::string::npos) << name << ": " << refused.err;
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".backups"}) {
            EXPECT_FALSE(std::filesystem::exists(collection_.string() + suffix))
                << name << " left " << collection_.string() + suffix;
        }
    }
    // The same files leave an existing collection as it was, and a good file still creates one.
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    const std::string before = ReadFile(collection_);
    for (const auto& [name, text] : files) {
        EXPECT_EQ(Run({"import", (dir_ / name).string()}).exit_code, 1) << name;
        EXPECT_EQ(ReadFile(collection_), before) << name;
        EXPECT_TRUE(std::filesystem::exists(collection_)) << name;
    }
}

TEST_F(BankFormatsTest, FormatAndSeparatorOptions) {
    const std::string path = (dir_ / "pasted.dat").string();
    WriteFile(path, "hund = dog // katze = cat // maus = mouse");
    RunResult pasted =
        Run({"check", path, "--format", "text", "--delimiter", " = ", "--card-separator", " // "});
    ASSERT_EQ(pasted.exit_code, 0) << pasted.err;
    EXPECT_NE(pasted.out.find("ok, 3 questions in \"pasted\" (read as text)"), std::string::npos)
        << pasted.out;
    RunResult unknown = Run({"check", path, "--format", "apkg"});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.err.find("unknown format 'apkg' (known: auto, json, csv"), std::string::npos);
    WriteFile(dir_ / "q.gift", "::Q:: 1+1 {=2 ~3}\n");
    RunResult gift = Run({"import", (dir_ / "q.gift").string()});
    EXPECT_EQ(gift.exit_code, 0) << gift.err;
    EXPECT_NE(gift.out.find("(read as gift"), std::string::npos) << gift.out;
}

TEST_F(BankFormatsTest, AnkiPlainTextFromAnkisTests) {
    const std::filesystem::path fixture =
        summit::testing::SharedFixturesDir() / "formats/anki_text/text-2fields.txt";
    if (!std::filesystem::exists(fixture)) {
        GTEST_SKIP() << "no shared fixtures at " << fixture.string();
    }
    RunResult result = Run({"import", fixture.string(), "--deck", "Japanese"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("5 added, 0 updated, 0 unchanged (read as text, 5 warnings)"),
              std::string::npos)
        << result.out;
}

TEST_F(BankFormatsTest, ExportCsvAndTsvReimportsUnchanged) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    for (const char* name : {"solar.csv", "solar.tsv"}) {
        const std::string out = (dir_ / name).string();
        RunResult exported = Run({"export", "--deck", "Solar system", out});
        ASSERT_EQ(exported.exit_code, 0) << exported.err;
        auto original = content::LoadJsonBankFile(kExample);
        ASSERT_TRUE(original.has_value());
        auto reread = content::ParseCsvBank(ReadFile(out), out);
        ASSERT_TRUE(reread.has_value()) << reread.error().front().ToString();
        // Choice feedback and source references have no column: those questions are left
        // out, each with a warning.
        EXPECT_NE(exported.err.find(": warning: question \"largest\": not written: choice "
                                    "feedback has no column"),
                  std::string::npos)
            << exported.err;
        EXPECT_NE(exported.err.find(": warning: question \"order\": not written: a source "
                                    "reference has no column"),
                  std::string::npos)
            << exported.err;
        std::vector<content::Question> expected;
        for (const auto& question : original->questions) {
            bool feedback = false;
            for (const auto& choice : question.choices) {
                feedback = feedback || !choice.feedback.empty();
            }
            if (!question.source && !feedback) {
                expected.push_back(question);
            }
        }
        EXPECT_EQ(expected.size(), 4u);
        EXPECT_EQ(reread->bank.questions, expected);
    }
    RunResult to_stdout = Run({"export", "--deck", "Solar system", "--format", "tsv", "-"});
    ASSERT_EQ(to_stdout.exit_code, 0);
    EXPECT_TRUE(to_stdout.out.starts_with("id\ttype\tfront\tback\t")) << to_stdout.out;
    RunResult gift = Run({"export", "--deck", "Solar system", (dir_ / "x.gift").string()});
    EXPECT_EQ(gift.exit_code, 0) << gift.err;
    auto regift = content::ReadBankFile(dir_ / "x.gift", {});
    ASSERT_TRUE(regift.has_value());
    EXPECT_EQ(regift->format, content::BankFormat::kGift);
    EXPECT_FALSE(regift->parsed.bank.questions.empty());
    RunResult bad = Run({"export", "--deck", "Solar system", (dir_ / "x.quiz").string()});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("cannot tell the export format"), std::string::npos);
}

TEST_F(BankFormatsTest, ExportsMoodleXmlWithImagesAndAnkiTextByExtension) {
    ASSERT_EQ(Run({"import", kExample}).exit_code, 0);
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "pixels";
    {
        auto collection = storage::Collection::Open(collection_);
        ASSERT_TRUE(collection.has_value());
        auto put = collection->Transact([&] { return collection->PutMedia(png); });
        ASSERT_TRUE(put.has_value());
    }
    const std::string bank = (dir_ / "pictures.json").string();
    WriteFile(bank,
              R"J({"format": "summit-bank", "version": 1, "id": "pictures", "title": "Pictures",
        "questions": [{"id": "p", "type": "flashcard", "text_format": "markdown",
        "prompt": "Which? ![a dot](media:)J" +
                  content::Sha256Hex(png) + R"J()", "back": "A dot"}]})J");
    ASSERT_EQ(Run({"import", bank}).exit_code, 0);
    const std::string xml = (dir_ / "pictures.xml").string();
    RunResult moodle = Run({"export", "--deck", "Pictures", xml});
    ASSERT_EQ(moodle.exit_code, 0) << moodle.err;
    const std::string written = ReadFile(xml);
    EXPECT_NE(written.find("<file name=\"" + content::Sha256Hex(png) +
                           ".png\" path=\"/\" encoding=\"base64\">iVBORw0KGgpwaXhlbHM=</file>"),
              std::string::npos)
        << written;
    auto remoodle = content::ReadBankFile(xml, {});
    ASSERT_TRUE(remoodle.has_value());
    EXPECT_EQ(remoodle->format, content::BankFormat::kMoodleXml);
    const std::string txt = (dir_ / "solar.txt").string();
    RunResult anki = Run({"export", "--deck", "Solar system", txt});
    ASSERT_EQ(anki.exit_code, 0) << anki.err;
    EXPECT_NE(anki.err.find("questions have no Anki note type that grades them; left out"),
              std::string::npos)
        << anki.err;
    auto reanki = content::ReadBankFile(txt, {});
    ASSERT_TRUE(reanki.has_value());
    EXPECT_EQ(reanki->format, content::BankFormat::kText);
    EXPECT_FALSE(reanki->parsed.bank.questions.empty());
}

}  // namespace
}  // namespace summit::testing
