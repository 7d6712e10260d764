// Headless tests of shuffled choices: the order shown is stable while a card is on screen,
// new at its next review, kept as written for fixed_order, rebuilt from the seed the review
// log keeps, and shuffled in quizzes too.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include "app/study/shuffle.h"
#include "tests/app/ui/view_fixtures.h"

namespace summit::ui {
namespace {

using content::QuestionType;

content::Question FourChoices(bool fixed_order) {
    content::Question q;
    q.id = "summit-host";
    q.type = QuestionType::kMultipleChoice;
    q.prompt = "Where did the 2018 summit take place?";
    q.choices = {{"Singapore", true, ""},
                 {"Hanoi", false, ""},
                 {"Panmunjom", false, ""},
                 {"All of the above", false, ""}};
    q.fixed_order = fixed_order;
    return q;
}

class ShuffledPanelTest : public testing::QuestionPanelTest {
  protected:
    // The choice indices from the top of the panel down, as drawn this frame.
    std::vector<int> DrawnTopToBottom() {
        harness_.Frame(DrawFn());
        std::vector<std::pair<float, int>> by_y;
        for (size_t i = 0; i < question_.choices.size(); ++i) {
            by_y.emplace_back(At("choice/" + std::to_string(i)).y, static_cast<int>(i));
        }
        std::sort(by_y.begin(), by_y.end());
        std::vector<int> order;
        for (const auto& [y, index] : by_y) {
            order.push_back(index);
        }
        return order;
    }
};

TEST_F(ShuffledPanelTest, RowsAreDrawnInTheSeedsOrderAndStayAcrossRedraws) {
    const storage::CardId card{3};
    Show(FourChoices(false), study::ReviewShuffleSeed(card, 0));
    const std::vector<int> shown = panel_.choice_rows();
    EXPECT_EQ(shown, study::ShownOrderFor(question_, study::ReviewShuffleSeed(card, 0)).choices);
    for (int frame = 0; frame < 5; ++frame) {
        EXPECT_EQ(DrawnTopToBottom(), shown) << "frame " << frame;
    }
    // The digit of row 1 picks the choice drawn there.
    Key(GLFW_KEY_2);
    EXPECT_EQ(panel_.CurrentAnswer().chosen, std::vector<int>{shown[1]});
}

TEST_F(ShuffledPanelTest, TheCorrectChoiceMovesBetweenReviews) {
    const storage::CardId card{3};
    std::vector<std::vector<int>> orders;
    bool correct_not_first = false;
    for (int reps = 0; reps < 6; ++reps) {
        Show(FourChoices(false), study::ReviewShuffleSeed(card, reps));
        orders.push_back(DrawnTopToBottom());
        correct_not_first = correct_not_first || orders.back()[0] != 0;
    }
    EXPECT_NE(orders[0], orders[1]) << "the next review shows another order";
    EXPECT_TRUE(correct_not_first);
}

TEST_F(ShuffledPanelTest, FixedOrderShowsTheChoicesAsWritten) {
    for (int reps = 0; reps < 6; ++reps) {
        Show(FourChoices(true), study::ReviewShuffleSeed(storage::CardId{3}, reps));
        EXPECT_EQ(DrawnTopToBottom(), (std::vector<int>{0, 1, 2, 3})) << reps;
        EXPECT_EQ(panel_.choice_rows(), (std::vector<int>{0, 1, 2, 3}));
    }
}

class ShuffledStudyTest : public testing::ShellTest {
  protected:
    const study::StudySession& Session() { return *shell_->study().session(); }
    const QuestionPanel& Panel() { return shell_->study().question_panel(); }
    std::vector<storage::ReviewRow> Log() {
        auto log = collection_->ReadReviewLog();
        EXPECT_TRUE(log.has_value());
        return log ? *log : std::vector<storage::ReviewRow>{};
    }
    // Answers cards with Enter (reveal or "I don't know", then the highlighted rating) until
    // `card` is shown; false if it is not within 20 cards.
    bool AnswerUntil(storage::CardId card) {
        for (int i = 0; i < 20 && shell_->current() == ViewId::kStudy; ++i) {
            if (Session().Finished()) {
                return false;
            }
            if (Session().Current().id == card) {
                return true;
            }
            Press(GLFW_KEY_ENTER);
            Press(GLFW_KEY_ENTER);
        }
        return false;
    }
    bool AnswerUntil(QuestionType type) {
        for (int i = 0; i < 20 && shell_->current() == ViewId::kStudy; ++i) {
            if (!Session().Finished() && Session().DisplayedQuestion().type == type) {
                return true;
            }
            Press(GLFW_KEY_ENTER);
            Press(GLFW_KEY_ENTER);
        }
        return false;
    }
};

// The multiple choice question ("largest") is studied twice: its choices are shown in another
// order the second time, the same order on every frame of one review, and each review's stored
// seed rebuilds the order that was shown.
TEST_F(ShuffledStudyTest, EachReviewShowsANewOrderThatTheLogRebuilds) {
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kStudy);
    ASSERT_TRUE(AnswerUntil(QuestionType::kMultipleChoice));
    const storage::CardId card = Session().Current().id;
    const content::Question question = Session().DisplayedQuestion();
    const std::vector<int> first = Panel().choice_rows();
    for (int frame = 0; frame < 3; ++frame) {
        harness_.Frame(Draw());
        EXPECT_EQ(Panel().choice_rows(), first) << "redraws keep the order";
    }
    Press(GLFW_KEY_ENTER);  // "I don't know"
    Press(GLFW_KEY_1);      // Again: the card comes back after its learning step
    std::vector<storage::ReviewRow> log = Log();
    ASSERT_FALSE(log.empty());
    ASSERT_EQ(log.back().card_id, card);
    ASSERT_TRUE(log.back().shuffle_seed.has_value());
    EXPECT_EQ(
        study::ShownOrderFor(question, static_cast<uint32_t>(*log.back().shuffle_seed)).choices,
        first);

    now_ += 24LL * 60 * 60 * 1000;  // a day later every learning step is over
    Press(GLFW_KEY_ENTER);
    Press(GLFW_KEY_ENTER);  // the session fetches the queue again after an answer
    ASSERT_TRUE(AnswerUntil(card));
    const std::vector<int> second = Panel().choice_rows();
    EXPECT_NE(second, first) << "the next review shows another order";
    Press(GLFW_KEY_ENTER);
    Press(GLFW_KEY_1);
    log = Log();
    ASSERT_EQ(log.back().card_id, card);
    ASSERT_TRUE(log.back().shuffle_seed.has_value());
    EXPECT_EQ(
        study::ShownOrderFor(question, static_cast<uint32_t>(*log.back().shuffle_seed)).choices,
        second);
}

class ShuffledQuizTest : public testing::ShellTest {};

TEST_F(ShuffledQuizTest, QuizChoicesAreShownInTheQuizSeedsOrder) {
    harness_.Click(testing::CenterOf(shell_->home().rects(), "button/quiz"), Draw());
    shell_->quiz_setup().state().type_chosen.assign(7, false);
    shell_->quiz_setup().state().type_chosen[static_cast<size_t>(QuestionType::kMultipleChoice)] =
        true;
    Press(GLFW_KEY_ENTER);
    ASSERT_EQ(shell_->current(), ViewId::kQuiz);
    const study::Quiz& quiz = *shell_->quiz().quiz();
    const std::vector<int> shown = shell_->quiz().question_panel().choice_rows();
    EXPECT_EQ(shown, study::ShownOrderFor(quiz.DisplayedQuestion(), quiz.ShuffleSeed()).choices);
    harness_.Frame(Draw());
    EXPECT_EQ(shell_->quiz().question_panel().choice_rows(), shown);
}

}  // namespace
}  // namespace summit::ui
