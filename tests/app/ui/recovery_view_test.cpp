// The recovery screen as a user meets it: a damaged collection with a good backup beside it.
// The screen names both; Restore asks first, then the backup's reviews are back.
#include "app/ui/recovery/recovery_view.h"

#include <optional>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/bootstrap/startup.h"
#include "app/study/answering.h"
#include "app/ui/widgets/theme.h"
#include "storage/backup/backups.h"
#include "tests/app/ui/view_fixtures.h"
#include "tests/support/temp_dir.h"

namespace summit::ui {
namespace {

constexpr int64_t kBackupMs = 1714554000000;  // 2024-05-01 09:00 UTC
constexpr int64_t kLaterMs = kBackupMs + 3600 * 1000;

class RecoveryViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ApplyTheme(Theme::kDark, 1.0f);
        {
            auto opened = bootstrap::OpenCollection(path_, study::FixedClock(kBackupMs));
            ASSERT_TRUE(opened.has_value()) << opened.error().ToString();
            auto answered = study::AnswerCard(*opened, storage::CardId{1}, Rating::kGood, kBackupMs,
                                              study::ReviewDetails{});
            ASSERT_TRUE(answered.has_value()) << answered.error().ToString();
            auto backup = storage::WriteBackup(*opened, folder_, kBackupMs);
            ASSERT_TRUE(backup.has_value()) << backup.error().ToString();
        }
        summit::testing::WriteFile(path_, "this is not an SQLite database, it was overwritten");
        auto failed = bootstrap::OpenCollection(path_, study::FixedClock(kLaterMs));
        ASSERT_FALSE(failed.has_value());
        view_.emplace(path_, bootstrap::ExplainOpenFailure(failed.error(), path_),
                      study::FixedClock(kLaterMs));
    }
    std::function<void()> Draw() {
        return [this] { view_->Draw(); };
    }
    void Click(const char* name) {
        harness_.Frame(Draw());  // lays the screen out as it now is
        harness_.Click(testing::CenterOf(view_->rects(), name), Draw());
    }

    summit::testing::TempDir dir_;
    std::filesystem::path path_ = dir_ / "collection.db";
    std::filesystem::path folder_ = dir_ / "collection.db.backups";
    testing::Harness harness_;
    std::optional<RecoveryView> view_;
};

TEST_F(RecoveryViewTest, NamesTheDamageAndTheNewestGoodBackup) {
    const std::string text = harness_.FrameText(Draw());
    EXPECT_NE(text.find("damaged or not a Summit collection"), std::string::npos) << text;
    EXPECT_NE(text.find(path_.string()), std::string::npos) << text;
    EXPECT_NE(text.find("2024-05-01 09:00 UTC, 1 review,"), std::string::npos) << text;
    EXPECT_TRUE(view_->rects().Find("button/restore").has_value());
    EXPECT_TRUE(view_->rects().Find("button/open").has_value());
    EXPECT_TRUE(view_->rects().Find("button/quit").has_value());
}

size_t Occurrences(const std::string& text, const std::string& part) {
    size_t count = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++count;
    }
    return count;
}

// The failure is said once: the path and "damaged" once each, one count word per number.
TEST_F(RecoveryViewTest, SaysWhatIsWrongOnceWithSingularCounts) {
    const std::string text = harness_.FrameText(Draw());
    const std::string sentence = text.substr(0, text.find("The newest good backup"));
    EXPECT_EQ(Occurrences(sentence, path_.string()), 1u) << sentence;
    EXPECT_EQ(Occurrences(sentence, "damaged"), 1u) << sentence;
    EXPECT_EQ(Occurrences(sentence, "Summit collection"), 1u) << sentence;
    EXPECT_NE(sentence.find("(file is not a database)"), std::string::npos) << sentence;
    EXPECT_EQ(text.find("1 reviews"), std::string::npos) << text;
    EXPECT_NE(text.find("1 review,"), std::string::npos) << text;
}

TEST_F(RecoveryViewTest, RestoreAsksWhatWillBeLostThenOpensTheBackupsReviews) {
    Click("button/restore");
    const std::string question = harness_.FrameText(Draw());
    EXPECT_NE(question.find("Everything done after 2024-05-01 09:00 UTC"), std::string::npos)
        << question;
    EXPECT_NE(question.find("will be lost"), std::string::npos) << question;
    EXPECT_FALSE(view_->TakeOpened().has_value()) << "nothing happens before the confirmation";
    EXPECT_EQ(summit::testing::ReadFile(path_).rfind("this is not", 0), 0u);

    Click("confirm/restore");
    std::optional<storage::Collection> opened = view_->TakeOpened();
    ASSERT_TRUE(opened.has_value()) << view_->state().message;
    auto counts = opened->Counts();
    ASSERT_TRUE(counts.has_value());
    EXPECT_EQ(counts->reviews, 1);
    EXPECT_TRUE(view_->state().message.empty());
}

// No mouse: Tab rings "Restore this backup" first, Enter asks, Tab and Space confirm.
TEST_F(RecoveryViewTest, RestoreWorksFromTheKeyboardAlone) {
    harness_.Frame(Draw());
    harness_.PressKey(GLFW_KEY_TAB, Draw());
    harness_.PressKey(GLFW_KEY_ENTER, Draw());
    EXPECT_TRUE(view_->state().confirm_restore) << "Enter pressed the ringed Restore button";
    EXPECT_FALSE(view_->TakeOpened().has_value());
    harness_.Frame(Draw());
    harness_.PressKey(GLFW_KEY_SPACE, Draw());  // the ring is on "Yes, restore" now
    std::optional<storage::Collection> opened = view_->TakeOpened();
    ASSERT_TRUE(opened.has_value()) << view_->state().message;
    EXPECT_EQ(opened->Counts()->reviews, 1);
}

TEST_F(RecoveryViewTest, CancelLeavesTheFileAlone) {
    Click("button/restore");
    Click("confirm/cancel");
    EXPECT_FALSE(view_->state().confirm_restore);
    EXPECT_FALSE(view_->TakeOpened().has_value());
    EXPECT_EQ(summit::testing::ReadFile(path_).rfind("this is not", 0), 0u);
}

TEST_F(RecoveryViewTest, OpensAnotherFileByItsTypedPath) {
    const std::filesystem::path other = dir_ / "other.db";
    ASSERT_TRUE(bootstrap::OpenCollection(other, study::FixedClock(kBackupMs)).has_value());
    Click("field/path");
    harness_.Type(other.string().c_str(), Draw());
    Click("button/open");
    std::optional<storage::Collection> opened = view_->TakeOpened();
    ASSERT_TRUE(opened.has_value()) << view_->state().message;
    EXPECT_EQ(opened->Path(), other.string());
}

TEST_F(RecoveryViewTest, AMissingPathIsRefusedNotCreated) {
    const std::filesystem::path missing = dir_ / "typo.db";
    Click("field/path");
    harness_.Type(missing.string().c_str(), Draw());
    Click("button/open");
    EXPECT_FALSE(view_->TakeOpened().has_value());
    EXPECT_NE(view_->state().message.find("There is no file"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST_F(RecoveryViewTest, QuitIsAskedOnce) {
    Click("button/quit");
    EXPECT_TRUE(view_->TakeQuitRequest());
    EXPECT_FALSE(view_->TakeQuitRequest());
}

}  // namespace
}  // namespace summit::ui
