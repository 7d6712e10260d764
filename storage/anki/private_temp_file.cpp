// mkstemp creates the file exclusively with mode 0600, so no other user can read or swap it.
#include "storage/anki/private_temp_file.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include <unistd.h>

namespace summit::storage::anki {

Result<PrivateTempFile> PrivateTempFile::Create(const std::filesystem::path& dir,
                                                std::string_view bytes) {
    std::error_code error;
    const std::filesystem::path base =
        dir.empty() ? std::filesystem::temp_directory_path(error) : dir;
    if (error) {
        return Fail(ErrorCode::kIo, "no temporary directory: " + error.message());
    }
    const std::string pattern = (base / "summit-anki-XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    if (fd < 0) {
        return Fail(ErrorCode::kIo, "cannot create a temporary file in " + base.string() + ": " +
                                        std::strerror(errno));
    }
    // Owned from here, so every failure below removes it.
    PrivateTempFile file{std::filesystem::path(name.data())};
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const std::string reason = std::strerror(errno);
            close(fd);
            return Fail(ErrorCode::kIo,
                        "cannot write the temporary file " + file.path().string() + ": " + reason);
        }
        written += static_cast<std::size_t>(n);
    }
    if (close(fd) != 0) {
        return Fail(ErrorCode::kIo, "cannot write the temporary file " + file.path().string() +
                                        ": " + std::strerror(errno));
    }
    return file;
}

PrivateTempFile::~PrivateTempFile() {
    if (path_.empty()) {
        return;
    }
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
    // A read-only connection makes none of these, but a hostile header could ask for them.
    for (const char* suffix : {"-journal", "-wal", "-shm"}) {
        std::filesystem::remove(path_.string() + suffix, ignored);
    }
}

}  // namespace summit::storage::anki
