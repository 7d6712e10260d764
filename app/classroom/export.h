// The student side: a class report built from the collection for one deck tree, and written
// into the teacher's folder without ever leaving a half-written file there.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "app/classroom/report.h"
#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::classroom {

// The config key of this collection's student id (a JSON string), made on first export.
inline constexpr const char* kStudentIdKey = "class/student_id";
// The config key of the name the window sends reports under (a JSON string).
inline constexpr const char* kStudentNameKey = "class/student_name";

// This collection's student id: 16 random hexadecimal digits, created and stored (in its own
// transaction) the first time. Errors: the collection's read and write errors.
[[nodiscard]] Result<std::string> StudentId(storage::Collection& collection);

// The report of `deck` and its subdecks at `now_ms`, for `student_name`: every question, the
// review log's attempts and first answers, each question's first card's memory state, and the
// finished quizzes restricted to the deck's questions. Nothing of other decks. Errors:
// kNotFound for an unknown deck; kInvalidArgument for an empty student name; the collection's
// read errors.
[[nodiscard]] Result<StudentReport> BuildStudentReport(storage::Collection& collection,
                                                       storage::DeckId deck,
                                                       const std::string& student_name,
                                                       int64_t now_ms);

// "<student id>-<deck as letters, digits and dashes>-<UTC time to the millisecond>" plus
// kReportSuffix: unique per student, deck and export, so a shared folder never sees a clash.
std::string ReportFileName(const StudentReport& report);

// Builds the report and writes it: into `out` under ReportFileName when `out` is an existing
// folder (or ends with a separator, created then), else to the file `out`. Returns the path
// written. Errors: those of BuildStudentReport and storage::WriteFileAtomically.
[[nodiscard]] Result<std::filesystem::path> ExportStudentReport(storage::Collection& collection,
                                                                storage::DeckId deck,
                                                                const std::string& student_name,
                                                                const std::filesystem::path& out,
                                                                int64_t now_ms);

}  // namespace summit::classroom
