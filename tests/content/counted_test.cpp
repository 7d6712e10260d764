// The one plural rule of messages and views.
#include "content/model/counted.h"

#include <gtest/gtest.h>

namespace summit::content {
namespace {

TEST(CountedTest, SingularOnlyForExactlyOne) {
    EXPECT_EQ(Counted(1, "review"), "1 review");
    EXPECT_EQ(Counted(0, "review"), "0 reviews");
    EXPECT_EQ(Counted(2, "review"), "2 reviews");
    EXPECT_EQ(Counted(1'234, "question"), "1234 questions");
}

TEST(CountedTest, IrregularPlurals) {
    EXPECT_EQ(Counted(1, "question is", "questions are"), "1 question is");
    EXPECT_EQ(Counted(3, "question is", "questions are"), "3 questions are");
}

}  // namespace
}  // namespace summit::content
