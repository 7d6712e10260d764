// Exporting a deck for the command line and the window alike: the format from the name, the
// file written whole, and a warning naming the file for each question a format cannot hold.
#include "app/bootstrap/deck_export.h"

#include <gtest/gtest.h>

#include "app/bootstrap/startup.h"
#include "tests/support/temp_dir.h"

namespace summit::bootstrap {
namespace {

constexpr int64_t kMay1 = 1'714'554'000'000;  // 2024-05-01T09:00:00Z

class DeckExportTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = OpenCollection(dir_ / "c.db", [] { return kMay1; });
        ASSERT_TRUE(opened.has_value()) << opened.error().ToString();
        collection_.emplace(std::move(*opened));
        auto decks = collection_->ListDecks(kMay1, kMay1 + 1);
        ASSERT_TRUE(decks && !decks->empty());
        deck_ = decks->front().id;  // the bundled bank
    }
    Result<DeckExport> Export(ExportFormat format, const std::string& out) {
        ExportRequest request;
        request.format = format;
        request.out = out;
        request.now_ms = kMay1;
        return ExportDeckFile(*collection_, deck_, request);
    }

    summit::testing::TempDir dir_;
    std::optional<storage::Collection> collection_;
    storage::DeckId deck_;
};

TEST_F(DeckExportTest, TheFormatComesFromTheOptionOrTheExtension) {
    EXPECT_EQ(ChooseExportFormat(std::nullopt, "bank.GIFT").value(), ExportFormat::kGift);
    EXPECT_EQ(ChooseExportFormat(std::nullopt, "bank.xml").value(), ExportFormat::kMoodleXml);
    EXPECT_EQ(ChooseExportFormat(std::string("Anki-Text"), "x.csv").value(),
              ExportFormat::kAnkiText)
        << "the option wins over the extension";
    EXPECT_EQ(ChooseExportFormat(std::nullopt, "-").value(), ExportFormat::kJson);
    auto unknown = ChooseExportFormat(std::nullopt, "bank.docx");
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().message.find("known: json, csv"), std::string::npos);
    for (const ExportFormatInfo& info : ExportFormats()) {
        EXPECT_EQ(ChooseExportFormat(std::nullopt, std::string("f") + info.extension).value(),
                  info.format)
            << info.name;
    }
}

TEST_F(DeckExportTest, WritesTheFileAndNamesItInEachWarning) {
    const std::string out = (dir_ / "bank.aiken").string();
    auto written = Export(ExportFormat::kAiken, out);
    ASSERT_TRUE(written) << written.error().ToString();
    EXPECT_GT(written->questions, 0u);
    ASSERT_FALSE(written->warnings.empty()) << "Aiken holds multiple choice only";
    for (const Error& warning : written->warnings) {
        EXPECT_EQ(warning.file, out);
    }
    auto text = Export(ExportFormat::kAiken, "-");
    ASSERT_TRUE(text);
    EXPECT_FALSE(text->text.empty());
    EXPECT_EQ(summit::testing::ReadFile(out), text->text) << "the file holds what \"-\" prints";
}

TEST_F(DeckExportTest, AnAnkiPackageNeedsAFileAndSaysWhatItHolds) {
    auto refused = Export(ExportFormat::kApkg, "-");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
    auto written = Export(ExportFormat::kApkg, (dir_ / "deck.apkg").string());
    ASSERT_TRUE(written) << written.error().ToString();
    EXPECT_NE(written->details.find("Anki notes"), std::string::npos) << written->details;
    EXPECT_TRUE(std::filesystem::exists(dir_ / "deck.apkg"));
}

TEST_F(DeckExportTest, AFolderThatCannotBeWrittenIsAnError) {
    auto failed = Export(ExportFormat::kJson, (dir_ / "missing" / "bank.json").string());
    ASSERT_FALSE(failed);
    EXPECT_FALSE(std::filesystem::exists(dir_ / "missing"));
}

}  // namespace
}  // namespace summit::bootstrap
