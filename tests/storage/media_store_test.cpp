// The media table: images stored once by the SHA-256 of their bytes, only real images, only
// inside the transaction that imports them, and missing ones found by Check Collection.
#include <gtest/gtest.h>

#include "content/richtext/image_type.h"
#include "content/richtext/sha256.h"
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage {
namespace {

using test::Must;

const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "not really pixels";
const std::string kGif = "GIF89a tiny";

TEST(MediaStoreTest, PutReturnsTheHashAndGetGivesTheBytesBack) {
    Collection collection = Must(Collection::OpenInMemory());
    const std::string hash = Must(collection.PutMedia(kPng));
    EXPECT_EQ(hash, content::Sha256Hex(kPng));
    const auto blob = Must(collection.GetMedia(hash));
    ASSERT_TRUE(blob.has_value());
    EXPECT_EQ(blob->bytes, kPng);
    EXPECT_EQ(blob->mime, "image/png");
    EXPECT_EQ(Must(collection.GetMedia(content::Sha256Hex(kGif))), std::nullopt);
}

TEST(MediaStoreTest, TheSameBytesAreStoredOnce) {
    Collection collection = Must(Collection::OpenInMemory());
    const std::string first = Must(collection.PutMedia(kPng));
    const int64_t changes = collection.ChangeCount();
    EXPECT_EQ(Must(collection.PutMedia(std::string(kPng))), first);
    EXPECT_EQ(collection.ChangeCount(), changes);  // nothing written the second time
    Must(collection.PutMedia(kGif));
    EXPECT_EQ(
        Must(QueryInt(CollectionTestPeer::Connection(collection), "SELECT count(*) FROM media")),
        2);
}

TEST(MediaStoreTest, RefusesWhatIsNotAnAcceptedImage) {
    Collection collection = Must(Collection::OpenInMemory());
    for (const std::string& bytes :
         {std::string("<svg onload='x'/>"), std::string("RIFF\x10\0\0\0WEBPVP8 ", 16),
          std::string("plain text"), std::string()}) {
        auto put = collection.PutMedia(bytes);
        ASSERT_FALSE(put) << bytes;
        EXPECT_EQ(put.error().code, ErrorCode::kInvalidArgument);
    }
    std::string huge = kPng;
    huge.resize(content::kMaxImageBytes + 1, 'x');
    EXPECT_FALSE(collection.PutMedia(huge));
    EXPECT_EQ(
        Must(QueryInt(CollectionTestPeer::Connection(collection), "SELECT count(*) FROM media")),
        0);
}

TEST(MediaStoreTest, AFailedImportKeepsNoImages) {
    Collection collection = Must(Collection::OpenInMemory());
    auto failed = collection.Transact([&]() -> Status {
        if (auto put = collection.PutMedia(kPng); !put) {
            return Fail(put.error());
        }
        return Fail(ErrorCode::kValidation, "the rest of the import failed");
    });
    EXPECT_FALSE(failed);
    EXPECT_EQ(Must(collection.GetMedia(content::Sha256Hex(kPng))), std::nullopt);
}

TEST(MediaStoreTest, ImportBankWithImagesKeepsBothOrNeither) {
    Collection collection = Must(Collection::OpenInMemory());
    const content::Bank bank = test::SolarBank();
    auto refused = collection.ImportBankWithImages(bank, {kPng, "not an image"});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(Must(collection.GetMedia(content::Sha256Hex(kPng))), std::nullopt);
    EXPECT_EQ(Must(collection.Counts()).questions, 0);

    const ImportReport report = Must(collection.ImportBankWithImages(bank, {kPng, kGif}));
    EXPECT_EQ(report.added, static_cast<int>(bank.questions.size()));
    EXPECT_TRUE(Must(collection.GetMedia(content::Sha256Hex(kPng))).has_value());
    EXPECT_TRUE(Must(collection.GetMedia(content::Sha256Hex(kGif))).has_value());
}

TEST(MediaStoreTest, DeleteMediaUnlessUsedKeepsWhatAQuestionShows) {
    Collection collection = Must(Collection::OpenInMemory());
    content::Bank bank = test::SolarBank();
    content::Question& q = bank.questions.back();
    q.text_format = content::TextFormat::kMarkdown;
    q.explanation = "As drawn: ![orbit](media:" + content::Sha256Hex(kGif) + ")";
    Must(collection.ImportBankWithImages(bank, {kGif}));
    const std::string unused = Must(collection.PutMedia(kPng));

    const std::vector<std::string> both = {content::Sha256Hex(kGif), unused};
    EXPECT_EQ(Must(collection.DeleteMediaUnlessUsed(both)), 1);
    EXPECT_EQ(Must(collection.GetMedia(unused)), std::nullopt);
    EXPECT_TRUE(Must(collection.GetMedia(content::Sha256Hex(kGif))).has_value());
    EXPECT_EQ(Must(collection.DeleteMediaUnlessUsed(both)), 0) << "nothing left to remove";
}

TEST(MediaStoreTest, CheckCollectionCountsImagesQuestionsLack) {
    Collection collection = Must(Collection::OpenInMemory());
    content::Bank bank = test::SolarBank();
    content::Question& q = bank.questions.front();
    q.text_format = content::TextFormat::kMarkdown;
    const std::string stored = content::Sha256Hex(kPng);
    const std::string lost = content::Sha256Hex("lost");
    q.prompt = "See ![a](media:" + stored + ") and ![b](media:" + lost + ")";
    q.explanation = "Again ![b](media:" + lost + ")";
    Must(collection.Transact([&]() -> Status {
        if (auto put = collection.PutMedia(kPng); !put) {
            return Fail(put.error());
        }
        if (auto imported = collection.ImportBank(bank); !imported) {
            return Fail(imported.error());
        }
        return {};
    }));
    auto find = [](const CheckReport& report) {
        for (const CheckFinding& finding : report.findings) {
            if (finding.what.starts_with("images questions refer to")) {
                return finding;
            }
        }
        return CheckFinding{"absent", -1, false, false};
    };
    const CheckReport report = Must(collection.CheckCollection(true));
    EXPECT_EQ(find(report).count, 1);  // one distinct hash, used twice
    EXPECT_FALSE(find(report).repairable);
    EXPECT_FALSE(report.Clean());
    // The question keeps its format through storage.
    const content::Bank exported =
        Must(collection.ExportDeck(test::DeckNamed(collection, "Solar system")));
    EXPECT_EQ(exported.questions.front().text_format, content::TextFormat::kMarkdown);
}

}  // namespace
}  // namespace summit::storage
