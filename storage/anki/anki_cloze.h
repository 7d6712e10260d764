// Anki cloze deletions in a field's HTML: {{c1::answer}} and {{c1::answer::hint}}. A note
// gets one card per cloze number; Summit asks each number as its own cloze question.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace summit::storage::anki {

// The cloze numbers the HTML uses, ascending and distinct. Number 0 (Image Occlusion's text
// labels) asks nothing and is left out.
std::vector<int> ClozeNumbers(std::string_view html);

// The card of one cloze number: its deletions cut out as gaps, every other deletion shown as
// its answer (as Anki shows the other clozes on that card).
struct ClozeCard {
    std::string html;                  // the field with GapMark(i) where gap i was
    std::vector<std::string> answers;  // HTML of each gap, in order
    std::vector<std::string> hints;    // each gap's hint; empty when it has none
};

ClozeCard ClozeForNumber(std::string_view html, int number);

// The placeholder for gap `index`: plain letters and digits, which HTML and Markdown
// conversion pass through unchanged.
std::string GapMark(std::size_t index);

}  // namespace summit::storage::anki
