#include "storage/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace summit::storage {

namespace {

Error IoError(const std::filesystem::path& path, const std::string& what) {
    return Error{ErrorCode::kIo, what + ": " + std::strerror(errno), path.string(), 0, 0};
}

}  // namespace

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    const std::filesystem::path folder =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string temp = (folder / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = mkstemp(temp.data());
    if (fd < 0) {
        return Fail(IoError(path, "cannot create a temporary file beside it"));
    }
    const auto give_up = [&](const std::string& what) {
        Error error = IoError(path, what);
        ::close(fd);
        ::unlink(temp.c_str());
        return Fail(std::move(error));
    };
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return give_up("cannot write");
        }
        written += static_cast<std::size_t>(n);
    }
    // mkstemp makes the file private; the usual permissions let others read a shared folder.
    if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) {
        return give_up("cannot flush to disk");
    }
    if (::close(fd) != 0) {
        ::unlink(temp.c_str());
        return Fail(IoError(path, "cannot close"));
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        Error error = IoError(path, "cannot rename the temporary file into place");
        ::unlink(temp.c_str());
        return Fail(std::move(error));
    }
    // The rename is durable once the folder's entry is on disk; a folder that cannot be
    // opened for syncing (some network file systems) still has the file.
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

}  // namespace summit::storage
