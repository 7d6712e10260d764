// A cloze prompt as HTML for the writers of HTML formats (Moodle XML, Anki text): the text
// around the gaps converted as one piece, so a style may span a gap, then each gap written in
// the format's own syntax.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "content/model/cloze.h"

namespace summit::content {

// `to_html` converts the prompt's text with a letters-and-digits placeholder where each gap
// was; `gap` gives the HTML of gap `index`, which replaces its placeholder.
std::string ClozeAsHtml(const ClozeText& cloze,
                        const std::function<std::string(std::string_view)>& to_html,
                        const std::function<std::string(const ClozeGap&, std::size_t)>& gap);

}  // namespace summit::content
