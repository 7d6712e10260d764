// A flat hash map from 64-bit ids to dense slot numbers, for grouping a million review rows by
// question without a node allocation per id (std::unordered_map was the report's hot spot).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace summit::stats {

// Assigns slots 0, 1, 2, ... to ids in the order first seen. Open addressing with linear
// probing; the table doubles when half full. Not thread-safe for writes.
class IdSlots {
  public:
    explicit IdSlots(size_t expected_ids = 16) {
        size_t capacity = 16;
        while (capacity < expected_ids * 2) {
            capacity *= 2;
        }
        Rehash(capacity);
    }

    // The slot of `id`, assigning the next free slot (== size() before the call) when new.
    size_t Slot(int64_t id) {
        size_t i = Bucket(id);
        while (entries_[i].slot_plus_one != 0) {
            if (entries_[i].id == id) {
                return entries_[i].slot_plus_one - 1;
            }
            i = (i + 1) & mask_;
        }
        entries_[i] = {id, ++size_};
        if (size_ * 2 > entries_.size()) {
            Rehash(entries_.size() * 2);
        }
        return size_ - 1;
    }

    // The slot of `id`, or nullopt when it has none.
    std::optional<size_t> Find(int64_t id) const {
        for (size_t i = Bucket(id); entries_[i].slot_plus_one != 0; i = (i + 1) & mask_) {
            if (entries_[i].id == id) {
                return entries_[i].slot_plus_one - 1;
            }
        }
        return std::nullopt;
    }

    size_t size() const { return size_; }

  private:
    // Key and value side by side: one cache line per probe.
    struct Entry {
        int64_t id;
        size_t slot_plus_one;  // 0 marks an empty entry, so every id value is a valid key
    };

    size_t Bucket(int64_t id) const {
        // Fibonacci hashing: consecutive ids (SQLite rowids) spread over the whole table.
        return static_cast<size_t>((static_cast<uint64_t>(id) * 0x9e3779b97f4a7c15ULL) >> shift_);
    }

    void Rehash(size_t capacity) {
        std::vector<Entry> old = std::move(entries_);
        entries_.assign(capacity, Entry{0, 0});
        mask_ = capacity - 1;
        shift_ = 64;
        for (size_t c = capacity; c > 1; c /= 2) {
            --shift_;
        }
        for (const Entry& entry : old) {
            if (entry.slot_plus_one == 0) {
                continue;
            }
            size_t j = Bucket(entry.id);
            while (entries_[j].slot_plus_one != 0) {
                j = (j + 1) & mask_;
            }
            entries_[j] = entry;
        }
    }

    std::vector<Entry> entries_;
    size_t mask_ = 0;
    int shift_ = 64;
    size_t size_ = 0;
};

}  // namespace summit::stats
