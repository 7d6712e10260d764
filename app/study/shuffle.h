// The order a question's parts are shown in: choices, matching rights and ordering items are
// shuffled from a seed that changes with every review, so a right answer is never found by its
// place. Pure; the seed is stored with the review, so the order shown can be rebuilt later.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "content/model/question.h"
#include "storage/ids.h"

namespace summit::study {

// The seed for studying `card` when it has `reps` reviews so far: the same for every draw of
// one review (redraws, an undo that asks it again), a different one for the next review.
uint32_t ReviewShuffleSeed(storage::CardId card, int reps);
// The seed for `card` in the quiz drawn with `quiz_seed`: the same card orders differently in
// another quiz.
uint32_t QuizShuffleSeed(uint64_t quiz_seed, storage::CardId card);

// What is shown in each row, top to bottom, as indices into the question's own lists.
struct ShownOrder {
    std::vector<int> choices;  // multiple choice: row -> choice index
    std::vector<int> rights;   // matching: row -> pair index of the right shown there
    std::vector<int> items;    // ordering: row -> index into the correct order
};

// The rows of `question` under `seed`. Choices keep the written order when the question has
// fixed_order. Rights and items never come out in their written order when there
// are two or more (that order is the answer); choices may, so their place tells nothing.
ShownOrder ShownOrderFor(const content::Question& question, uint32_t seed);

// 0..count-1 shuffled by `seed` (Fisher-Yates on mt19937's raw output, so the same on every
// standard library); with `avoid_identity`, the written order is rotated away.
std::vector<int> ShuffledIndices(size_t count, uint32_t seed, bool avoid_identity);

}  // namespace summit::study
