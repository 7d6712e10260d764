// A class report as file text: the envelope (format, version, checksum) around the canonical
// body, and reading it back. Layout and rules: docs/class.md.
#pragma once

#include <string>
#include <string_view>

#include "app/classroom/report.h"
#include "content/model/error.h"

namespace summit::classroom {

// The whole file: {"format":…,"format_version":1,"sha256":"<hex>","body":{…}} and a newline,
// where the checksum is the SHA-256 of the body's bytes exactly as written (compact, members
// in a fixed order), so a reader checks it without re-serialising anything.
std::string WriteReportText(const StudentReport& report);

// Reads what WriteReportText wrote. Errors, each naming `source_name`:
//   kParse — not JSON (a truncated file), or no report envelope;
//   kUnsupportedVersion — another format name, or a format_version this build does not read;
//   kCorrupt — the body does not match its checksum (truncated, edited);
//   kValidation — a member missing or of the wrong kind, an option index out of range.
// With `padded`, `text` is followed by content::json::kParsePadding NUL bytes and is parsed
// where it is, not copied (a whole file read into a buffer of its own).
[[nodiscard]] Result<StudentReport> ReadReportText(std::string_view text,
                                                   std::string_view source_name = {},
                                                   bool padded = false);

}  // namespace summit::classroom
