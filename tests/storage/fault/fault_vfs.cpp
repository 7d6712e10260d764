// The fault-injecting VFS: every method forwards to the default VFS it wraps; the steps that
// change a file first ask Inject() whether this is the step to fail.
#include "tests/storage/fault/fault_vfs.h"

#include <cstring>

#include <sqlite3.h>
#include <unistd.h>

namespace summit::testing {
namespace {

struct State {
    sqlite3_vfs* real = nullptr;
    int steps = 0;
    int armed_step = 0;  // 0: never inject
    Fault fault = Fault::kIoError;
    bool fired = false;
};
State state;

// Counts one step and returns what it should return instead of doing its work, or SQLITE_OK
// to let it run. `io_error` is the extended code a real failure of this step would have.
int Inject(int io_error, bool is_write) {
    ++state.steps;
    if (state.armed_step == 0 || state.steps < state.armed_step) {
        return SQLITE_OK;
    }
    switch (state.fault) {
        case Fault::kIoError:
            if (state.steps != state.armed_step) {
                return SQLITE_OK;
            }
            state.fired = true;
            return io_error;
        case Fault::kBrokenDisk:
            state.fired = true;
            return io_error;
        case Fault::kDiskFull:
            if (!is_write) {
                return SQLITE_OK;
            }
            state.fired = true;
            return SQLITE_FULL;
        case Fault::kKill:
            _exit(kKilledExitCode);
    }
    return SQLITE_OK;
}

// The shim's file: the wrapped VFS's file follows it in the same allocation.
struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* Real(sqlite3_file* file) {
    return reinterpret_cast<ShimFile*>(file)->real;
}

int Close(sqlite3_file* file) {
    return Real(file)->pMethods->xClose(Real(file));
}
int Read(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return Real(file)->pMethods->xRead(Real(file), buffer, amount, offset);
}
int Write(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    if (const int injected = Inject(SQLITE_IOERR_WRITE, true); injected != SQLITE_OK) {
        return injected;
    }
    return Real(file)->pMethods->xWrite(Real(file), buffer, amount, offset);
}
int Truncate(sqlite3_file* file, sqlite3_int64 size) {
    if (const int injected = Inject(SQLITE_IOERR_TRUNCATE, false); injected != SQLITE_OK) {
        return injected;
    }
    return Real(file)->pMethods->xTruncate(Real(file), size);
}
int Sync(sqlite3_file* file, int flags) {
    if (const int injected = Inject(SQLITE_IOERR_FSYNC, false); injected != SQLITE_OK) {
        return injected;
    }
    // Counted but not done: the faults are errors and process deaths, which the page cache
    // survives, so a real fsync would only make every sweep slower.
    (void)file;
    (void)flags;
    return SQLITE_OK;
}
int FileSize(sqlite3_file* file, sqlite3_int64* size) {
    return Real(file)->pMethods->xFileSize(Real(file), size);
}
int Lock(sqlite3_file* file, int level) {
    return Real(file)->pMethods->xLock(Real(file), level);
}
int Unlock(sqlite3_file* file, int level) {
    return Real(file)->pMethods->xUnlock(Real(file), level);
}
int CheckReservedLock(sqlite3_file* file, int* out) {
    return Real(file)->pMethods->xCheckReservedLock(Real(file), out);
}
int FileControl(sqlite3_file* file, int op, void* arg) {
    return Real(file)->pMethods->xFileControl(Real(file), op, arg);
}
int SectorSize(sqlite3_file* file) {
    return Real(file)->pMethods->xSectorSize(Real(file));
}
int DeviceCharacteristics(sqlite3_file* file) {
    return Real(file)->pMethods->xDeviceCharacteristics(Real(file));
}
int ShmMap(sqlite3_file* file, int page, int page_size, int extend, void volatile** out) {
    return Real(file)->pMethods->xShmMap(Real(file), page, page_size, extend, out);
}
int ShmLock(sqlite3_file* file, int offset, int n, int flags) {
    return Real(file)->pMethods->xShmLock(Real(file), offset, n, flags);
}
void ShmBarrier(sqlite3_file* file) {
    Real(file)->pMethods->xShmBarrier(Real(file));
}
int ShmUnmap(sqlite3_file* file, int delete_flag) {
    return Real(file)->pMethods->xShmUnmap(Real(file), delete_flag);
}
int Fetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
    return Real(file)->pMethods->xFetch(Real(file), offset, amount, out);
}
int Unfetch(sqlite3_file* file, sqlite3_int64 offset, void* page) {
    return Real(file)->pMethods->xUnfetch(Real(file), offset, page);
}

const sqlite3_io_methods kShimMethods = {
    3,
    Close,
    Read,
    Write,
    Truncate,
    Sync,
    FileSize,
    Lock,
    Unlock,
    CheckReservedLock,
    FileControl,
    SectorSize,
    DeviceCharacteristics,
    ShmMap,
    ShmLock,
    ShmBarrier,
    ShmUnmap,
    Fetch,
    Unfetch,
};

int Open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    const int rc = state.real->xOpen(state.real, name, shim->real, flags, out_flags);
    // SQLite calls xClose only when pMethods is set, which the wrapped VFS decides.
    shim->base.pMethods = shim->real->pMethods != nullptr ? &kShimMethods : nullptr;
    return rc;
}
int Delete(sqlite3_vfs*, const char* name, int sync_dir) {
    if (const int injected = Inject(SQLITE_IOERR_DELETE, false); injected != SQLITE_OK) {
        return injected;
    }
    (void)sync_dir;  // no directory fsync, as Sync() above
    return state.real->xDelete(state.real, name, 0);
}
int Access(sqlite3_vfs*, const char* name, int flags, int* out) {
    return state.real->xAccess(state.real, name, flags, out);
}
int FullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return state.real->xFullPathname(state.real, name, size, out);
}
void* DlOpen(sqlite3_vfs*, const char* name) {
    return state.real->xDlOpen(state.real, name);
}
void DlError(sqlite3_vfs*, int size, char* out) {
    state.real->xDlError(state.real, size, out);
}
void (*DlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return state.real->xDlSym(state.real, handle, symbol);
}
void DlClose(sqlite3_vfs*, void* handle) {
    state.real->xDlClose(state.real, handle);
}
int Randomness(sqlite3_vfs*, int size, char* out) {
    return state.real->xRandomness(state.real, size, out);
}
int Sleep(sqlite3_vfs*, int microseconds) {
    return state.real->xSleep(state.real, microseconds);
}
int CurrentTime(sqlite3_vfs*, double* out) {
    return state.real->xCurrentTime(state.real, out);
}
int GetLastError(sqlite3_vfs*, int size, char* out) {
    return state.real->xGetLastError(state.real, size, out);
}
int CurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return state.real->xCurrentTimeInt64(state.real, out);
}

sqlite3_vfs shim_vfs;

}  // namespace

const char* FaultName(Fault fault) {
    switch (fault) {
        case Fault::kIoError:
            return "I/O error once";
        case Fault::kBrokenDisk:
            return "I/O error from then on";
        case Fault::kDiskFull:
            return "disk full";
        case Fault::kKill:
            return "kill";
    }
    return "?";
}

void FaultVfs::Install() {
    if (state.real != nullptr) {
        return;
    }
    state.real = sqlite3_vfs_find(nullptr);
    shim_vfs.iVersion = 2;  // no system-call overrides: those stay the wrapped VFS's own
    shim_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + state.real->szOsFile;
    shim_vfs.mxPathname = state.real->mxPathname;
    shim_vfs.zName = "summit-fault";
    shim_vfs.xOpen = Open;
    shim_vfs.xDelete = Delete;
    shim_vfs.xAccess = Access;
    shim_vfs.xFullPathname = FullPathname;
    shim_vfs.xDlOpen = DlOpen;
    shim_vfs.xDlError = DlError;
    shim_vfs.xDlSym = DlSym;
    shim_vfs.xDlClose = DlClose;
    shim_vfs.xRandomness = Randomness;
    shim_vfs.xSleep = Sleep;
    shim_vfs.xCurrentTime = CurrentTime;
    shim_vfs.xGetLastError = GetLastError;
    shim_vfs.xCurrentTimeInt64 = CurrentTimeInt64;
    sqlite3_vfs_register(&shim_vfs, 1);
}

void FaultVfs::Arm(int step, Fault fault) {
    state.steps = 0;
    state.armed_step = step;
    state.fault = fault;
    state.fired = false;
}

void FaultVfs::Disarm() {
    state.armed_step = 0;
}

int FaultVfs::Steps() {
    return state.steps;
}

bool FaultVfs::Fired() {
    return state.fired;
}

}  // namespace summit::testing
