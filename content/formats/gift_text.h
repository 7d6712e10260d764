// Internal to the GIFT reader and writer: escapes, text-format tags and answer weights.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summit::content::gift {

// Escaped characters are replaced by a two-byte mark of the same length before the answer
// syntax is read, so "\~" or "\{" never act as syntax, and restored afterwards (Moodle does
// the same with placeholders). Text that already holds the mark byte has it turned into a
// space.
std::string Protect(std::string_view text);
// The protected text with every escape restored to its character ("\n" to a line break).
std::string Restore(std::string_view text);

// The text formats of a [html], [moodle], [plain] or [markdown] prefix.
enum class Format { kMoodle, kHtml, kPlain, kMarkdown };

// A protected text with its optional format prefix read (default `fallback`), restored and
// trimmed, as Summit Markdown: HTML converted (HtmlToMarkdown), every other format escaped as
// text (Moodle's Markdown differs from Summit's: "~", "^" and a single line break mean other
// things there, "_" and links nothing here). An unknown prefix stays text.
struct Formatted {
    std::string text;
    Format format = Format::kMoodle;
    bool markup = false;                // HTML with styles, lists or images
    std::vector<std::string> warnings;  // what the HTML conversion lost
};
Formatted ReadFormatted(std::string_view text, Format fallback);

// Reads a "%50%" / "%-33.333%" weight at the start of `answer` (removing it) as a fraction,
// 0.5 / -0.33333; nullopt, `answer` untouched, when there is none.
std::optional<double> TakeWeight(std::string_view& answer);

// Text before the first '#', and the feedback after it (empty when there is no '#').
struct Commented {
    std::string_view text;
    std::string_view feedback;
};
Commented SplitFeedback(std::string_view answer);

// The text with every GIFT control character escaped and line breaks written as "\n".
std::string Escape(std::string_view text);

}  // namespace summit::content::gift
