// A cloze gap's variants rewritten one at a time, its syntax kept: how importers escape a
// gap's answers for a Markdown prompt and how a Markdown prompt's gaps are made plain.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace summit::content {

// `inner` is a gap without its braces, "Paris|~Lyon"; each variant ("Paris", "Lyon": a wrong
// choice's "~" is kept outside) goes through `rewrite`, the "|" between them stay.
std::string RewriteGapVariants(std::string_view inner,
                               const std::function<std::string(std::string_view)>& rewrite);

}  // namespace summit::content
