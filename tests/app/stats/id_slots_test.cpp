// IdSlots hands out dense slots in first-seen order for any 64-bit id, across table growth.
#include "app/stats/id_slots.h"

#include <cstdint>
#include <limits>

#include <gtest/gtest.h>

namespace summit::stats {
namespace {

TEST(IdSlotsTest, DenseSlotsInFirstSeenOrder) {
    IdSlots slots(2);
    EXPECT_EQ(slots.Slot(0), 0u);
    EXPECT_EQ(slots.Slot(-1), 1u);
    EXPECT_EQ(slots.Slot(std::numeric_limits<int64_t>::min()), 2u);
    EXPECT_EQ(slots.Slot(0), 0u);
    EXPECT_EQ(slots.Slot(-1), 1u);
    EXPECT_EQ(slots.size(), 3u);
}

TEST(IdSlotsTest, KeepsSlotsAcrossGrowth) {
    IdSlots slots;
    for (int64_t i = 0; i < 10'000; ++i) {
        ASSERT_EQ(slots.Slot(i * 1'000'003), static_cast<size_t>(i));
    }
    for (int64_t i = 0; i < 10'000; ++i) {
        ASSERT_EQ(slots.Slot(i * 1'000'003), static_cast<size_t>(i));
    }
    EXPECT_EQ(slots.size(), 10'000u);
}

}  // namespace
}  // namespace summit::stats
