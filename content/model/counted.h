// A number with its noun in words ("1 review", "93 questions"): the one plural rule for every
// message and view.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace summit::content {

// `count` and `singular` for exactly 1, else `count` and `plural`; an empty `plural`
// means `singular` + "s".
std::string Counted(int64_t count, std::string_view singular, std::string_view plural = {});

}  // namespace summit::content
