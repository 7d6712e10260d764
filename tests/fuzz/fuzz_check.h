// Invariant checks for the fuzz targets. They stay on in Release builds (unlike assert), so a
// broken invariant fails the corpus replay test as surely as it stops the fuzzer.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "content/model/error.h"

namespace summit::fuzz {

[[noreturn]] inline void CheckFailed(const char* condition, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, condition);
    std::abort();
}

// Every error a parser returns must say what went wrong, so the user is never shown a bare
// "error:".
inline bool HasMessage(const Error& error) {
    return !error.message.empty();
}

// The bytes of one input as text; parsers take arbitrary bytes, NULs and invalid UTF-8
// included.
inline std::string_view AsText(const unsigned char* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace summit::fuzz

#define SUMMIT_FUZZ_CHECK(condition)                                     \
    do {                                                                 \
        if (!(condition)) {                                              \
            ::summit::fuzz::CheckFailed(#condition, __FILE__, __LINE__); \
        }                                                                \
    } while (false)
