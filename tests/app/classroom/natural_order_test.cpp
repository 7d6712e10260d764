// Natural order of student names: numbers by value, letters without case, and a total order.
#include "app/classroom/natural_order.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace summit::classroom {
namespace {

TEST(NaturalOrderTest, NumbersCompareByValue) {
    EXPECT_LT(CompareNatural("Student 2", "Student 10"), 0);
    EXPECT_GT(CompareNatural("Student 10", "Student 2"), 0);
    EXPECT_LT(CompareNatural("Student 9", "Student 10"), 0);
    EXPECT_LT(CompareNatural("a2b3", "a2b10"), 0) << "each digit run on its own";
    EXPECT_LT(CompareNatural("x 99999999999999999999998", "x 99999999999999999999999"), 0)
        << "longer than any integer";
    EXPECT_LT(CompareNatural("Room 7", "Room 0010"), 0) << "leading zeros do not count";
}

TEST(NaturalOrderTest, LettersCompareWithoutCase) {
    EXPECT_LT(CompareNatural("adam", "Bea"), 0);
    EXPECT_GT(CompareNatural("Bea", "adam"), 0);
    EXPECT_LT(CompareNatural("Ann", "Anna"), 0) << "a name before a longer one it starts";
    EXPECT_LT(CompareNatural("Student", "Student 1"), 0);
}

TEST(NaturalOrderTest, TheOrderIsTotal) {
    // Names equal but for case or leading zeros are still ordered, and only equal names tie.
    EXPECT_NE(CompareNatural("ann", "Ann"), 0);
    EXPECT_EQ(CompareNatural("ann", "Ann"), -CompareNatural("Ann", "ann"));
    EXPECT_NE(CompareNatural("7", "007"), 0);
    EXPECT_EQ(CompareNatural("7", "007"), -CompareNatural("007", "7"));
    EXPECT_EQ(CompareNatural("Student 3", "Student 3"), 0);
    EXPECT_EQ(CompareNatural("", ""), 0);
    EXPECT_LT(CompareNatural("", "a"), 0);
}

TEST(NaturalOrderTest, SortsAClassList) {
    std::vector<std::string> names = {"Student 10", "student 1",   "Student 2", "Alex",
                                      "Student 02", "Student 100", "Zoe"};
    std::sort(names.begin(), names.end(), NaturalLess);
    EXPECT_EQ(names, (std::vector<std::string>{"Alex", "student 1", "Student 02", "Student 2",
                                               "Student 10", "Student 100", "Zoe"}));
}

}  // namespace
}  // namespace summit::classroom
