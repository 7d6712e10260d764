// Natural order of names: digit runs by value, the rest case-insensitively.
#include "app/classroom/natural_order.h"

#include <cstddef>

namespace summit::classroom {
namespace {

bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}

char Lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The end of the digit run starting at `at`.
std::size_t DigitsEnd(std::string_view text, std::size_t at) {
    while (at < text.size() && IsDigit(text[at])) {
        ++at;
    }
    return at;
}

// Two digit runs by value, without converting them (a run may be longer than any integer).
int CompareNumbers(std::string_view a, std::string_view b) {
    const std::size_t a_zeros = a.find_first_not_of('0');
    const std::size_t b_zeros = b.find_first_not_of('0');
    a.remove_prefix(a_zeros == std::string_view::npos ? a.size() : a_zeros);
    b.remove_prefix(b_zeros == std::string_view::npos ? b.size() : b_zeros);
    if (a.size() != b.size()) {
        return a.size() < b.size() ? -1 : 1;
    }
    const int digits = a.compare(b);
    return digits < 0 ? -1 : digits > 0 ? 1 : 0;
}

}  // namespace

int CompareNatural(std::string_view a, std::string_view b) {
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (IsDigit(a[i]) && IsDigit(b[j])) {
            const std::size_t a_end = DigitsEnd(a, i);
            const std::size_t b_end = DigitsEnd(b, j);
            if (const int numbers = CompareNumbers(a.substr(i, a_end - i), b.substr(j, b_end - j));
                numbers != 0) {
                return numbers;
            }
            i = a_end;
            j = b_end;
            continue;
        }
        const char x = Lower(a[i]);
        const char y = Lower(b[j]);
        if (x != y) {
            return static_cast<unsigned char>(x) < static_cast<unsigned char>(y) ? -1 : 1;
        }
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size()) {
        return i < a.size() ? 1 : -1;  // a name that is the start of the other comes first
    }
    const int bytes = a.compare(b);
    return bytes < 0 ? -1 : bytes > 0 ? 1 : 0;
}

}  // namespace summit::classroom
