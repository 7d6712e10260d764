// Loading a folder of class reports: parse in parallel, then keep one report per student of one
// deck.
#include "app/classroom/class_folder.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <map>
#include <memory>
#include <thread>

#include "app/classroom/natural_order.h"
#include "app/classroom/report_file.h"
#include "content/json/events.h"

namespace summit::classroom {
namespace {

struct Parsed {
    std::filesystem::path file;
    Result<SharedReport> report;
};

Result<SharedReport> ReadReportFile(const std::filesystem::path& path) {
    // One read into a buffer of the file's size and the parser's NUL padding, parsed where it
    // is: a class of large reports is mostly bytes to move, and every copy of them (a growing
    // stream buffer, the parser's own terminated copy) cost more than parsing some of them.
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    if (size < 0) {
        return Fail(Error{ErrorCode::kIo, "cannot be read", path.string(), 0, 0});
    }
    const std::size_t length = static_cast<std::size_t>(size);
    const auto bytes =
        std::make_unique_for_overwrite<char[]>(length + content::json::kParsePadding);
    std::fill_n(bytes.get() + length, content::json::kParsePadding, '\0');
    in.seekg(0);
    if (!in.read(bytes.get(), size)) {
        return Fail(Error{ErrorCode::kIo, "cannot be read", path.string(), 0, 0});
    }
    Result<StudentReport> report =
        ReadReportText(std::string_view(bytes.get(), length), path.string(), true);
    if (!report) {
        return Fail(std::move(report.error()));
    }
    return std::make_shared<const StudentReport>(std::move(*report));
}

// The "*.json" files directly in `folder`, stamped, by name.
std::vector<FileStamp> JsonFiles(const std::filesystem::path& folder, std::error_code& error) {
    std::vector<FileStamp> files;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error)) {
        const std::filesystem::path& path = it->path();
        std::error_code type_error;
        if (path.extension() != ".json" || !it->is_regular_file(type_error)) {
            continue;
        }
        FileStamp stamp{path.filename().string(), 0, 0};
        std::error_code stat_error;
        const auto time = it->last_write_time(stat_error);
        stamp.mtime_ns = stat_error ? 0 : static_cast<int64_t>(time.time_since_epoch().count());
        const uintmax_t size = it->file_size(stat_error);
        stamp.size = stat_error ? 0 : size;
        files.push_back(std::move(stamp));
    }
    std::sort(files.begin(), files.end(),
              [](const FileStamp& a, const FileStamp& b) { return a.name < b.name; });
    return files;
}

// The deck most reports are of; the first by name on a tie.
std::string MostCommonDeck(const std::vector<Parsed>& parsed) {
    std::map<std::string, int> counts;
    for (const Parsed& item : parsed) {
        if (item.report) {
            ++counts[(*item.report)->deck];
        }
    }
    std::string deck;
    int best = 0;
    for (const auto& [name, count] : counts) {
        if (count > best) {
            deck = name;
            best = count;
        }
    }
    return deck;
}

// The folder a file is in; "." for a bare file name.
std::filesystem::path HoldingFolder(const std::filesystem::path& file) {
    return file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
}

}  // namespace

Result<ClassFolder> LoadClassFolder(const std::filesystem::path& folder,
                                    const std::optional<std::string>& deck, unsigned threads,
                                    ReportCache* cache, LoadProgress* progress) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        return Fail(Error{ErrorCode::kNotFound, "no such folder", folder.string(), 0, 0});
    }
    const std::vector<FileStamp> files = JsonFiles(folder, error);
    if (error) {
        return Fail(Error{ErrorCode::kIo, "cannot list the folder: " + error.message(),
                          folder.string(), 0, 0});
    }
    if (progress) {
        progress->read = 0;
        progress->files = static_cast<int>(files.size());
    }
    std::vector<Parsed> parsed;
    parsed.reserve(files.size());
    std::vector<std::size_t> to_read;  // indexes into `parsed` of the files not in the cache
    for (const FileStamp& file : files) {
        parsed.push_back({folder / file.name, Fail(ErrorCode::kIo, "not read")});
        const ReportCache::Entry* cached = nullptr;
        if (cache) {
            const auto at = cache->entries.find(file.name);
            cached = at != cache->entries.end() && at->second.stamp == file ? &at->second : nullptr;
        }
        if (cached) {
            parsed.back().report = cached->report;
            if (progress) {
                ++progress->read;
            }
        } else {
            to_read.push_back(parsed.size() - 1);
        }
    }
    // Each file is parsed on its own; the workers only share the next index.
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < to_read.size(); i = next++) {
            Parsed& item = parsed[to_read[i]];
            item.report = ReadReportFile(item.file);
            if (progress) {
                ++progress->read;
            }
        }
    };
    unsigned count = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    count = static_cast<unsigned>(
        std::min<std::size_t>(count, std::max<std::size_t>(1, to_read.size())));
    std::vector<std::jthread> workers;
    for (unsigned i = 1; i < count; ++i) {
        workers.emplace_back(work);
    }
    work();
    workers.clear();  // joins
    if (cache) {
        cache->last_reads = static_cast<int>(to_read.size());
        std::map<std::string, ReportCache::Entry> entries;
        for (std::size_t i = 0; i < files.size(); ++i) {
            entries.emplace(files[i].name, ReportCache::Entry{files[i], parsed[i].report});
        }
        cache->entries = std::move(entries);
    }

    ClassFolder result;
    result.deck = deck ? *deck : MostCommonDeck(parsed);
    std::map<std::string, std::size_t> newest;  // student id -> index into result.reports
    for (Parsed& item : parsed) {
        if (!item.report) {
            result.rejected.push_back({item.file, item.report.error().message});
            continue;
        }
        SharedReport& report = *item.report;
        if (report->deck != result.deck) {
            result.rejected.push_back({item.file, "another deck (\"" + report->deck + "\")"});
            continue;
        }
        const auto [at, added] = newest.try_emplace(report->student_id, result.reports.size());
        if (added) {
            result.reports.push_back({item.file, std::move(report)});
            continue;
        }
        LoadedReport& kept = result.reports[at->second];
        // Files are in name order, so on equal export times the later name wins.
        const bool newer = report->exported_ms >= kept.report->exported_ms;
        LoadedReport older = newer ? std::move(kept) : LoadedReport{item.file, std::move(report)};
        if (newer) {
            kept = {item.file, std::move(report)};
        }
        result.rejected.push_back({older.file, "an older report of " + older.report->student_name +
                                                   " (" + older.report->student_id +
                                                   "); the newest is " +
                                                   kept.file.filename().string()});
    }
    std::sort(result.reports.begin(), result.reports.end(),
              [](const LoadedReport& a, const LoadedReport& b) {
                  const int names = CompareNatural(a.report->student_name, b.report->student_name);
                  return names != 0 ? names < 0 : a.report->student_id < b.report->student_id;
              });
    std::sort(result.rejected.begin(), result.rejected.end(),
              [](const RejectedReport& a, const RejectedReport& b) { return a.file < b.file; });
    return result;
}

std::optional<std::filesystem::path> ClassFolderOf(const std::filesystem::path& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        return path;
    }
    if (!std::filesystem::is_regular_file(path, error)) {
        return std::nullopt;
    }
    const std::string name = path.filename().string();
    if (name.ends_with(kReportSuffix)) {
        return HoldingFolder(path);
    }
    if (path.extension() != ".json") {
        return std::nullopt;
    }
    // The envelope comes first in every report ({"format":"summit-class-report",…}), so its
    // first bytes tell a report from a bank without reading the rest.
    std::ifstream in(path, std::ios::binary);
    std::string head(128, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.find('"' + std::string(kReportFormat) + '"') == std::string::npos) {
        return std::nullopt;
    }
    return HoldingFolder(path);
}

FolderStamp StampFolder(const std::filesystem::path& folder) {
    std::error_code error;
    return FolderStamp{JsonFiles(folder, error)};
}

}  // namespace summit::classroom
