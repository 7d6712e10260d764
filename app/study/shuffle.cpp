// Shuffled display orders from a per-review seed.
#include "app/study/shuffle.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <string>

namespace summit::study {
namespace {

// FNV-1a over the question id, so two questions of one card-seed differ.
uint32_t HashText(const std::string& text, uint32_t seed) {
    uint32_t hash = 2166136261u ^ seed;
    for (const char c : text) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    }
    return hash;
}

// splitmix64's finaliser: nearby inputs (card 7 rep 3, card 7 rep 4) give unrelated seeds.
uint32_t Mix(uint64_t value) {
    value += 0x9e3779b97f4a7c15ull;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ull;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebull;
    return static_cast<uint32_t>((value ^ (value >> 31)) >> 16);
}

}  // namespace

uint32_t ReviewShuffleSeed(storage::CardId card, int reps) {
    return Mix((static_cast<uint64_t>(card.value) << 20) ^ static_cast<uint32_t>(reps));
}

uint32_t QuizShuffleSeed(uint64_t quiz_seed, storage::CardId card) {
    return Mix(Mix(quiz_seed) ^ static_cast<uint64_t>(card.value) * 0x9e3779b97f4a7c15ull);
}

std::vector<int> ShuffledIndices(size_t count, uint32_t seed, bool avoid_identity) {
    std::vector<int> indices(count);
    std::iota(indices.begin(), indices.end(), 0);
    std::mt19937 rng(seed);
    for (size_t i = count; i > 1; --i) {
        std::swap(indices[i - 1], indices[rng() % i]);
    }
    if (avoid_identity && count > 1 && std::is_sorted(indices.begin(), indices.end())) {
        std::rotate(indices.begin(), indices.begin() + 1, indices.end());
    }
    return indices;
}

ShownOrder ShownOrderFor(const content::Question& question, uint32_t seed) {
    const uint32_t mixed = HashText(question.id, seed);
    ShownOrder order;
    if (question.fixed_order) {
        order.choices.resize(question.choices.size());
        std::iota(order.choices.begin(), order.choices.end(), 0);
    } else {
        // Another stream than the rights' and items', so the orders are unrelated.
        order.choices = ShuffledIndices(question.choices.size(), mixed ^ 0x5bd1e995u, false);
    }
    order.rights = ShuffledIndices(question.pairs.size(), mixed, true);
    order.items = ShuffledIndices(question.items.size(), mixed, true);
    return order;
}

}  // namespace summit::study
