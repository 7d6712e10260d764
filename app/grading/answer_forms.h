// Internal to answer_text: the forms of an answer a teacher accepts besides its spelling
// (possessives and plurals, dates written another way, other names of a country) and the
// word-by-word test that keeps a different name from passing as a typo. Works on answers
// already folded by NormalizeAnswer (lowercase, single spaces, no apostrophes).
#pragma once

#include <string_view>

namespace summit::study {

// True when `given` says the same as `expected` in another accepted form: the possessive or
// plural of its last word ("maos" for "mao"), the same calendar date in another common
// notation, or another name of the same country (docs/grading.md lists them).
bool EquivalentForms(std::u32string_view given, std::u32string_view expected);

// True when the differences between `given` and `expected` are slips inside words: both have
// the same words, each within its own tolerance (AlmostTolerance of the word; a word of three
// code points or fewer only by swapping two neighbours), or they differ only by spaces. A
// changed short word or a missing or extra word is a different answer ("kim jong il" for
// "kim jong un"), never a typo.
bool NearMissByWords(std::u32string_view given, std::u32string_view expected);

}  // namespace summit::study
