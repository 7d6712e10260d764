// The teacher side: every report in a folder, loaded in parallel, with the ones that cannot be
// used named and skipped so the rest still load.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/classroom/report.h"
#include "content/model/error.h"

namespace summit::classroom {

// A report as read: never changed afterwards, so the ReportCache and every ClassFolder loaded
// with it share the one copy.
using SharedReport = std::shared_ptr<const StudentReport>;

struct LoadedReport {
    std::filesystem::path file;
    SharedReport report;  // never null
};

struct RejectedReport {
    std::filesystem::path file;
    std::string reason;  // one sentence: "checksum mismatch: …", "another deck (\"X\")", …
};

struct ClassFolder {
    std::string deck;                      // the deck the loaded reports are of
    std::vector<LoadedReport> reports;     // one per student, by name (NaturalLess), then id
    std::vector<RejectedReport> rejected;  // by file name
};

// One file as a folder listing sees it: enough to notice that it was added, replaced, edited
// or removed without reading it.
struct FileStamp {
    std::string name;      // the file name, without the folder
    int64_t mtime_ns = 0;  // modification time; 0 when it cannot be read
    uintmax_t size = 0;    // bytes

    bool operator==(const FileStamp&) const = default;
};

// The report files' names, modification times and sizes, for noticing that the folder changed.
struct FolderStamp {
    std::vector<FileStamp> files;  // by name

    bool operator==(const FolderStamp&) const = default;
};
FolderStamp StampFolder(const std::filesystem::path& folder);

// How far a load is, for a window to show while it runs. Written by the loading threads; read
// from any thread.
struct LoadProgress {
    std::atomic<int> files{0};  // report files found in the folder
    std::atomic<int> read{0};   // of those, read (or taken from the cache) so far
};

// What a load read from each file, kept between loads so that a reload reads only the files
// that are new or changed (another size or modification time). A report is shared with the
// ClassFolder it was loaded into, not copied: the cache adds only its stamps and pointers to
// what the caller keeps of the last load. Owned by the caller; one load at a time.
class ReportCache {
  public:
    struct Entry {
        FileStamp stamp;
        Result<SharedReport> report = Fail(ErrorCode::kIo, "not read");
    };
    std::map<std::string, Entry> entries;  // by file name
    int last_reads = 0;                    // files the last load read (not taken from here)
};

// The class folder a path dropped on the window (or chosen) stands for: the path itself when it
// is a folder; the folder holding it when it is a report file, that is a regular file whose
// name ends with kReportSuffix, or a ".json" file whose first bytes name kReportFormat (reports
// renamed by hand, or by a sync tool). nullopt for anything else (a bank file, a missing path).
std::optional<std::filesystem::path> ClassFolderOf(const std::filesystem::path& path);

// Reads every "*.json" file directly in `folder` (temporary files of a report being written
// are never named so). A file is rejected, with the reason, when it is not a report (wrong
// format or version), fails its checksum, is of another deck than `deck` (when given; else the
// deck most reports are of, the first by name on a tie), or is an older report of a student
// who has a newer one (by export time) in the folder. Files are parsed on up to
// `threads` threads (0: one per core). With a `cache`, a file whose stamp is unchanged since
// the last load with it is not read again; files gone from the folder leave the cache.
// `progress`, when given, counts the files as they are read. Errors: kNotFound when `folder`
// is not a folder; kIo when it cannot be listed. Unreadable files are rejected, not errors.
[[nodiscard]] Result<ClassFolder> LoadClassFolder(const std::filesystem::path& folder,
                                                  const std::optional<std::string>& deck = {},
                                                  unsigned threads = 0,
                                                  ReportCache* cache = nullptr,
                                                  LoadProgress* progress = nullptr);

}  // namespace summit::classroom
