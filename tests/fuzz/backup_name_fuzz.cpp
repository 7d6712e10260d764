// Fuzz target for the backup file names read back from the backup folder (ParseBackupName),
// where any file may lie: a name that parses is exactly the name BackupName gives its time, so
// rotation and restore never act on a file Summit did not write.
#include <cstdint>
#include <string>

#include "storage/backup/backups.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string name(fuzz::AsText(data, size));
    const auto time_ms = storage::ParseBackupName(name);
    if (time_ms) {
        SUMMIT_FUZZ_CHECK(storage::BackupName(*time_ms) == name);
    }
    return 0;
}
