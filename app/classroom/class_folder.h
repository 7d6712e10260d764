// The teacher side: every report in a folder, loaded in parallel, with the ones that cannot be
// used named and skipped so the rest still load.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/classroom/report.h"
#include "content/model/error.h"

namespace summit::classroom {

struct LoadedReport {
    std::filesystem::path file;
    StudentReport report;
};

struct RejectedReport {
    std::filesystem::path file;
    std::string reason;  // one sentence: "checksum mismatch: …", "another deck (\"X\")", …
};

struct ClassFolder {
    std::string deck;                      // the deck the loaded reports are of
    std::vector<LoadedReport> reports;     // one per student, by student name then id
    std::vector<RejectedReport> rejected;  // by file name
};

// Reads every "*.json" file directly in `folder` (temporary files of a report being written
// are never named so). A file is rejected, with the reason, when it is not a report (wrong
// format or version), fails its checksum, is of another deck than `deck` (when given; else the
// deck most reports are of, the first by name on a tie), or is an older report of a student
// who has a newer one (by export time) in the folder. Files are parsed on up to
// `threads` threads (0: one per core). Errors: kNotFound when `folder` is not a folder; kIo
// when it cannot be listed. Unreadable files are rejected, not errors.
[[nodiscard]] Result<ClassFolder> LoadClassFolder(const std::filesystem::path& folder,
                                                  const std::optional<std::string>& deck = {},
                                                  unsigned threads = 0);

// The report files' paths and modification times, for noticing that the folder changed.
struct FolderStamp {
    std::vector<std::pair<std::string, int64_t>> files;  // name, mtime in ns; by name

    bool operator==(const FolderStamp&) const = default;
};
FolderStamp StampFolder(const std::filesystem::path& folder);

}  // namespace summit::classroom
