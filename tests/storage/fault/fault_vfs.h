// A SQLite VFS shim for fault injection: it wraps the default VFS, counts every step that
// changes a file (xWrite, xSync, xTruncate on any file SQLite opens: the collection, its WAL,
// a backup copy) and makes step N fail the way a disk fails, or stops the process there.
// Installed as the default VFS, so the product code runs unchanged on top of it. Syncs are
// counted but not passed on: no fault here loses the page cache, and fsync is slow.
#pragma once

namespace summit::testing {

enum class Fault {
    kIoError,     // step N returns SQLITE_IOERR_WRITE/FSYNC/TRUNCATE, later steps succeed
    kBrokenDisk,  // step N and every later step return SQLITE_IOERR_*
    kDiskFull,    // writes from step N on return SQLITE_FULL; syncs and truncates succeed
    kKill,        // the process _exit()s at step N before doing it: a crash mid-write
};

const char* FaultName(Fault fault);

// The exit code of a process stopped by Fault::kKill.
inline constexpr int kKilledExitCode = 86;

class FaultVfs {
  public:
    // Registers the shim as the default VFS (once per process).
    static void Install();
    // Counts steps from 0 again and injects `fault` at step `step` (1-based); 0 only counts.
    static void Arm(int step, Fault fault);
    // Stops injecting; steps are still counted.
    static void Disarm();
    // Steps counted since the last Arm.
    static int Steps();
    // True when the armed step was reached since the last Arm.
    static bool Fired();
};

}  // namespace summit::testing
