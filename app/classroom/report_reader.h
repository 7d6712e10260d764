// Reading a report file's text in one streaming pass: the envelope's members, the body's
// byte range (for the checksum) and the body read straight into a StudentReport, with the
// first problem in it remembered. report_file.cpp decides what the findings mean.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "app/classroom/report.h"
#include "content/json/events.h"

namespace summit::classroom {

struct ReportScan {
    bool root_is_object = false;
    std::string format;           // the envelope's "format"; "" when absent or not a string
    int64_t format_version = -1;  // -1 when absent or not a whole number
    std::string sha256;           // the envelope's "sha256"
    // The body's bytes run from its '{' to the envelope's closing '}' (it is the last
    // member); nullopt when there is no "body" object.
    std::optional<std::pair<std::size_t, std::size_t>> body;
    StudentReport report;  // what the body held; totals not computed
    // The first problem in the body (offset, message): a member missing or of the wrong kind,
    // an option index out of range.
    std::optional<std::pair<std::size_t, std::string>> problem;
};

// Scans `text`; the error is the JSON syntax error when it is not JSON. With `padded`, the
// text is parsed where it is (content::json::ParseEventsPadded's rule holds for it).
[[nodiscard]] std::expected<ReportScan, content::json::SyntaxError> ScanReportText(
    std::string_view text, bool padded = false);

}  // namespace summit::classroom
