// Safety verbs: backups, restore and check-collection.
#include <iomanip>
#include <ostream>
#include <sstream>

#include "app/bootstrap/safety.h"
#include "app/cli/verbs.h"

namespace summit::cli {
namespace {

// The backup folder of the collection: its settings when it opens read-only, else the
// default for its path. Never creates or migrates the collection.
std::filesystem::path BackupFolderOf(const Context& context) {
    storage::OpenOptions options;
    options.mode = storage::OpenMode::kReadOnly;
    storage::BackupSettings settings;
    if (auto collection = storage::Collection::Open(context.collection_path(), options)) {
        if (auto stored = storage::LoadBackupSettings(*collection)) {
            settings = *stored;
        }
    }
    return storage::BackupFolder(settings, context.collection_path());
}

std::string Size(uintmax_t bytes) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << static_cast<double>(bytes) / (1024.0 * 1024.0)
        << " MiB";
    return out.str();
}

void PrintFindings(Context& context, const storage::CheckReport& report) {
    if (report.integrity.empty()) {
        context.out() << "SQLite integrity check: ok\n";
    }
    for (const std::string& line : report.integrity) {
        context.out() << "SQLite integrity check: " << line << "\n";
    }
    for (const storage::CheckFinding& finding : report.findings) {
        if (finding.count == 0) {
            continue;
        }
        context.out() << std::setw(8) << finding.count << "  " << finding.what;
        if (finding.repaired) {
            context.out() << " (repaired)";
        } else if (finding.repairable) {
            context.out() << " (summit check-collection --repair fixes this)";
        } else {
            context.out() << " (not repaired: needs a person to decide)";
        }
        context.out() << "\n";
    }
}

// Free pages worth a rewrite of the file: a tenth of it and at least 256 KiB. Smaller amounts
// are reused by the next writes anyway.
bool WorthCompacting(const storage::FileSpace& space) {
    return space.free_bytes >= 256 * 1024 && space.free_bytes * 10 >= space.file_bytes;
}

}  // namespace

int RunBackups(Context& context) {
    if (context.args().words.size() != 1) {
        context.err() << "usage: summit backups\n";
        return kExitUsage;
    }
    const std::filesystem::path folder = BackupFolderOf(context);
    auto backups = storage::ListBackups(folder);
    if (!backups) {
        return context.Report(backups.error());
    }
    if (backups->empty()) {
        context.out() << "No backups in " << folder.string() << ".\n";
        return kExitOk;
    }
    context.out() << "Backups in " << folder.string() << ", newest first:\n";
    context.out() << std::left << std::setw(22) << "date (UTC)" << std::right << std::setw(11)
                  << "size" << std::setw(11) << "questions" << std::setw(9) << "reviews"
                  << "  file\n";
    for (const storage::BackupInfo& backup : *backups) {
        std::string when = bootstrap::DescribeBackup(backup).substr(0, 16);
        context.out() << std::left << std::setw(22) << when << std::right << std::setw(11)
                      << Size(backup.bytes);
        if (backup.problem.empty()) {
            context.out() << std::setw(11) << backup.counts.questions << std::setw(9)
                          << backup.counts.reviews;
        } else {
            context.out() << std::setw(20) << "unusable";
        }
        context.out() << "  " << backup.path.filename().string();
        if (!backup.problem.empty()) {
            context.out() << ": " << backup.problem;  // it may hold parentheses of its own
        }
        context.out() << "\n";
    }
    return kExitOk;
}

int RunRestore(Context& context) {
    if (context.args().words.size() != 2) {
        context.err() << "usage: summit restore BACKUP\n";
        return kExitUsage;
    }
    const std::filesystem::path folder = BackupFolderOf(context);
    std::filesystem::path backup = context.args().words[1];
    // A bare name, as `summit backups` prints it, means the one in the backup folder.
    if (!backup.has_parent_path() && !std::filesystem::exists(backup)) {
        backup = folder / backup;
    }
    auto restored =
        storage::RestoreBackup(backup, context.collection_path(), folder, context.now_ms());
    if (!restored) {
        return context.Report(restored.error());
    }
    context.out() << "Restored " << context.collection_path().string() << " from the backup of "
                  << bootstrap::DescribeBackup(*restored) << ".\nThe collection as it was "
                  << "before is kept in " << folder.string() << ".\n";
    return kExitOk;
}

int RunCheckCollection(Context& context) {
    if (context.args().words.size() != 1) {
        context.err() << "usage: summit check-collection [--repair]\n";
        return kExitUsage;
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto found = (*collection)->CheckCollection(false);
    if (!found) {
        return context.Report(found.error());
    }
    auto space = (*collection)->Space();
    if (!space) {
        return context.Report(space.error());
    }
    const bool compactable = WorthCompacting(*space);
    bool repairable = compactable;
    for (const storage::CheckFinding& finding : found->findings) {
        repairable = repairable || (finding.count > 0 && finding.repairable);
    }
    if (!context.args().Has("repair") || !repairable || !found->integrity.empty()) {
        PrintFindings(context, *found);
        if (compactable) {
            context.out() << Size(static_cast<uintmax_t>(space->free_bytes)) << " of the "
                          << Size(static_cast<uintmax_t>(space->file_bytes))
                          << " file is free space left by deleted rows (summit check-collection "
                             "--repair gives it back to the disk).\n";
        }
        if (found->Clean()) {
            context.out() << "No problems found.\n";
            return kExitOk;
        }
        if (context.args().Has("repair") && !found->integrity.empty()) {
            context.out() << "The file itself is damaged, so nothing was repaired; restore a "
                             "backup (summit backups, summit restore BACKUP).\n";
        }
        return kExitFailure;
    }
    // Always a backup before repairing, even with automatic backups off: a repair deletes rows.
    auto settings = storage::LoadBackupSettings(**collection);
    if (!settings) {
        return context.Report(settings.error());
    }
    auto backup = storage::WriteBackup(**collection,
                                       storage::BackupFolder(*settings, context.collection_path()),
                                       context.now_ms());
    if (!backup) {
        return context.Report(backup.error());
    }
    auto repaired = (*collection)->CheckCollection(true);
    if (!repaired) {
        return context.Report(repaired.error());
    }
    context.out() << "Backed up to " << backup->path.string() << " before repairing.\n";
    PrintFindings(context, *repaired);
    if (compactable) {
        if (auto compacted = (*collection)->Compact(); !compacted) {
            context.out() << "The file was not compacted: " << compacted.error().message << "\n";
            return kExitFailure;
        }
        auto after = (*collection)->Space();
        if (!after) {
            return context.Report(after.error());
        }
        context.out() << "Compacted the file from "
                      << Size(static_cast<uintmax_t>(space->file_bytes)) << " to "
                      << Size(static_cast<uintmax_t>(after->file_bytes)) << ".\n";
    }
    return repaired->Clean() ? kExitOk : kExitFailure;
}

}  // namespace summit::cli
