// Headless tests of Settings' FSRS section and Home's hint: Optimize runs the fit off the UI
// thread and shows it in plain words, Apply stores the weights (old ones kept for undo), too
// few reviews are refused in a sentence, the workload chart rings the current setting and the
// cheapest point, and Home suggests a fit only until one is applied.
#include <chrono>
#include <optional>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "app/study/deck_fit.h"
#include "app/ui/home/home_model_load.h"
#include "app/ui/home/home_view.h"
#include "app/ui/settings/settings_view.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/view_fixtures.h"
#include "tests/support/memory_collection.h"
#include "tests/support/review_history.h"

namespace summit::ui {
namespace {

constexpr int64_t kNow = 1'800'000'000'000;

content::Bank Bank(int questions) {
    content::Bank bank = summit::testing::FlashcardBank("words", questions);
    bank.title = "Words";
    return bank;
}

class FitPanelTest : public ::testing::Test {
  protected:
    // A deck of `questions` cards, each with `answers` reviews.
    void Open(int questions, int answers) {
        ApplyTheme(Theme::kDark, 1.0f);
        auto opened = storage::Collection::OpenInMemory();
        ASSERT_TRUE(opened);
        collection_.emplace(std::move(*opened));
        ASSERT_TRUE(collection_->ImportBank(Bank(questions)));
        if (answers > 0) {
            ASSERT_NO_FATAL_FAILURE(summit::testing::AddReviewHistory(*collection_, answers));
        }
        deck_ = summit::testing::DeckNamed(*collection_, "Words");
        view_.emplace(*collection_, [] { return kNow; });
        view_->Open({{deck_, "Words"}}, deck_, study::AppSettings{});
        harness_.Frame(Draw());
    }
    std::function<void()> Draw() {
        return [this] { view_->Draw(); };
    }
    void Click(const char* name) {
        harness_.Click(testing::CenterOf(view_->rects(), name), Draw());
    }
    // Frames until the fit and the simulation are done (a minute at most on a loaded machine).
    void WaitForWork() {
        for (int i = 0; i < 60'000 && view_->fit().Busy(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            harness_.Frame(Draw());
        }
        ASSERT_FALSE(view_->fit().Busy());
        harness_.Frame(Draw());
    }
    study::DeckSettings Stored() {
        auto loaded = study::LoadDeckSettings(*collection_, deck_);
        EXPECT_TRUE(loaded.has_value());
        return loaded ? *loaded : study::DeckSettings{};
    }

    testing::Harness harness_;
    std::optional<storage::Collection> collection_;
    storage::DeckId deck_;
    std::optional<SettingsView> view_;
};

TEST_F(FitPanelTest, OptimizeShowsTheFitInPlainWordsAndApplyStoresIt) {
    ASSERT_NO_FATAL_FAILURE(Open(60, 9));  // 480 reviews on a later day than the previous
    ASSERT_NO_FATAL_FAILURE(WaitForWork());
    Click("button/optimize");
    ASSERT_NO_FATAL_FAILURE(WaitForWork());
    const std::string& message = view_->fit().message();
    EXPECT_NE(message.find("better calibrated"), std::string::npos) << message;
    EXPECT_NE(message.find("540 reviews of 60 cards"), std::string::npos) << message;
    ASSERT_TRUE(view_->fit().pending().has_value()) << message;
    const study::FsrsWeights fitted = view_->fit().pending()->fitted;
    EXPECT_TRUE(Stored().fsrs_weights.empty());  // nothing stored before Apply

    Click("button/apply_fit");
    const study::DeckSettings stored = Stored();
    ASSERT_EQ(stored.fsrs_weights.size(), fitted.size());
    for (size_t i = 0; i < fitted.size(); ++i) {
        EXPECT_EQ(stored.fsrs_weights[i], fitted[i]) << "w" << i;
    }
    ASSERT_TRUE(stored.previous_fsrs_weights.has_value());
    EXPECT_TRUE(stored.previous_fsrs_weights->empty());  // the defaults, for undo
    EXPECT_EQ(stored.fitted_at_ms, kNow);
    EXPECT_NE(view_->fit().message().find("Applied"), std::string::npos);
    EXPECT_FALSE(view_->HasUnsavedChanges());
}

TEST_F(FitPanelTest, KeepLeavesTheStoredParametersAlone) {
    ASSERT_NO_FATAL_FAILURE(Open(60, 9));
    ASSERT_NO_FATAL_FAILURE(WaitForWork());
    Click("button/optimize");
    ASSERT_NO_FATAL_FAILURE(WaitForWork());
    ASSERT_TRUE(view_->fit().pending().has_value()) << view_->fit().message();

    Click("button/keep_fit");
    EXPECT_FALSE(view_->fit().pending().has_value());
    EXPECT_NE(view_->fit().message().find("Kept"), std::string::npos);
    EXPECT_EQ(harness_.FrameText(Draw()).find("Keep current"), std::string::npos);
    const study::DeckSettings stored = Stored();
    EXPECT_TRUE(stored.fsrs_weights.empty());
    EXPECT_FALSE(stored.previous_fsrs_weights.has_value());
    EXPECT_EQ(stored.fitted_at_ms, 0);
}

TEST_F(FitPanelTest, TooFewReviewsAreRefusedInASentence) {
    ASSERT_NO_FATAL_FAILURE(Open(10, 3));  // 20 items
    Click("button/optimize");
    const std::string& message = view_->fit().message();
    EXPECT_NE(message.find("Not enough reviews yet: 20 "), std::string::npos) << message;
    EXPECT_NE(message.find("about 400"), std::string::npos) << message;
    EXPECT_FALSE(view_->fit().pending().has_value());
    EXPECT_FALSE(view_->rects().Find("button/apply_fit").has_value());
}

TEST_F(FitPanelTest, WorkloadChartRingsTheCurrentSettingAndTheCheapestPoint) {
    ASSERT_NO_FATAL_FAILURE(Open(30, 4));
    ASSERT_NO_FATAL_FAILURE(WaitForWork());
    ASSERT_EQ(view_->fit().workload().size(), 28u);  // 0.70 .. 0.97
    const std::string text = harness_.FrameText(Draw());
    EXPECT_EQ(view_->fit().chart().marks, 2);
    EXPECT_TRUE(view_->rects().Find("chart/workload").has_value());
    EXPECT_NE(text.find("Now, retention 0.90"), std::string::npos) << text;
    EXPECT_NE(text.find("Least time per card remembered"), std::string::npos) << text;
}

TEST_F(FitPanelTest, HomeHintAppearsWithEnoughReviewsAndGoesOnceFitted) {
    ASSERT_NO_FATAL_FAILURE(Open(100, 9));  // 900 reviews
    auto model = LoadHomeModel(*collection_, kNow);
    ASSERT_TRUE(model);
    EXPECT_NE(model->fit_hint.find("\"Words\" has 900 reviews"), std::string::npos)
        << model->fit_hint;
    HomeView home;
    const auto draw_home = [&] { home.Draw(*model); };
    EXPECT_NE(harness_.FrameText(draw_home).find("Optimize parameters"), std::string::npos);

    // A fit applied now: no reviews since, so no hint.
    ASSERT_TRUE(study::ApplyFittedWeights(*collection_, deck_, study::kDefaultFsrsWeights, kNow));
    model = LoadHomeModel(*collection_, kNow);
    ASSERT_TRUE(model);
    EXPECT_EQ(model->fit_hint, "");
    EXPECT_EQ(harness_.FrameText(draw_home).find("Optimize parameters"), std::string::npos);
}

}  // namespace
}  // namespace summit::ui
