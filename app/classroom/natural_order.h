// The order people expect of names with numbers in them: "Student 2" before "Student 10".
// Students are listed in it everywhere (the Class view, `summit class` text, JSON and CSV).
#pragma once

#include <string_view>

namespace summit::classroom {

// Compares `a` and `b` piece by piece: a run of ASCII digits against a run of digits compares
// by its number (leading zeros ignored), anything else by its ASCII letter folded to lower
// case. Names equal so far (as "Ann" and "ann", "7" and "007") fall back to their bytes, so the
// order is total: negative when `a` comes first, positive when `b` does, 0 only when equal.
int CompareNatural(std::string_view a, std::string_view b);

// CompareNatural(a, b) < 0, for std::sort.
inline bool NaturalLess(std::string_view a, std::string_view b) {
    return CompareNatural(a, b) < 0;
}

}  // namespace summit::classroom
