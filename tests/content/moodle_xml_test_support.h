// Small Moodle XML files for the reader's tests, and what the reader said about them.
#pragma once

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "content/formats/moodle_xml.h"

namespace summit::content::test {

// A <quiz> of `body`, with the XML declaration on line 1 and <quiz> on line 2.
inline std::string Quiz(std::string_view body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + std::string(body) +
           "\n</quiz>\n";
}

// Every warning as "FILE:LINE:COL: warning: …", one a line.
inline std::string Warnings(const ParsedBank& parsed) {
    std::string all;
    for (const Error& warning : parsed.warnings) {
        all += warning.ToString("warning") + "\n";
    }
    return all;
}

// The file read as "quiz.xml"; a failure fails the test and gives an empty bank.
inline ParsedBank ParseOk(const std::string& xml) {
    auto parsed = ParseMoodleXml(xml, "quiz.xml");
    EXPECT_TRUE(parsed.has_value()) << parsed.error().front().ToString();
    return parsed ? std::move(*parsed) : ParsedBank{};
}

}  // namespace summit::content::test
