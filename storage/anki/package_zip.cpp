// The ZIP container of an Anki package: opening with libzip, name checks, bounded reads and
// zstd frames.
#include "storage/anki/package_zip.h"

#include <array>
#include <utility>

#include <zip.h>
#include <zstd.h>

namespace summit::storage::anki {
namespace {

constexpr std::size_t kChunk = 64 * 1024;

std::string LibzipMessage(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

// libzip refuses an archive with a repeated name itself, before our own check sees the names.
Error OpenError(int code, std::string message, std::string package) {
    if (code == ZIP_ER_EXISTS) {
        return Error{ErrorCode::kValidation,
                     "holds two members with the same name; refusing an ambiguous package",
                     std::move(package), 0, 0};
    }
    const ErrorCode kind =
        code == ZIP_ER_OPEN || code == ZIP_ER_READ ? ErrorCode::kIo : ErrorCode::kParse;
    return Error{kind, "not a readable ZIP archive: " + message, std::move(package), 0, 0};
}

std::string Quoted(std::string_view member) {
    return "\"" + std::string(member) + "\"";
}

}  // namespace

bool IsSafeName(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos ||
        name.find(':') != std::string_view::npos || name.find('\0') != std::string_view::npos) {
        return false;
    }
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        const std::string_view part = name.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") {
            return false;
        }
        start = end + 1;
    }
    return true;
}

void PackageZip::Closer::operator()(struct zip* archive) const {
    // Read-only: nothing to write back, so discard rather than close.
    zip_discard(archive);
}

Error PackageZip::PackageError(ErrorCode code, std::string message) const {
    Error error{code, std::move(message), package_, 0, 0};
    return error;
}

Error PackageZip::MemberError(ErrorCode code, const std::string& member,
                              std::string message) const {
    return PackageError(code, "member " + Quoted(member) + " " + message);
}

Result<PackageZip> PackageZip::OpenFile(const std::filesystem::path& path,
                                        const PackageLimits& limits) {
    const std::string name = path.string();
    std::error_code error_code;
    if (!std::filesystem::is_regular_file(path, error_code)) {
        return Fail(Error{ErrorCode::kNotFound, "no such package file", name, 0, 0});
    }
    int code = 0;
    struct zip* archive = zip_open(name.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (archive == nullptr) {
        return Fail(OpenError(code, LibzipMessage(code), name));
    }
    return Index(PackageZip(archive, name, limits));
}

Result<PackageZip> PackageZip::OpenBytes(std::string_view bytes, std::string_view package,
                                         const PackageLimits& limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    struct zip* archive = nullptr;
    if (source != nullptr) {
        archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (archive == nullptr) {
            zip_source_free(source);
        }
    }
    if (archive == nullptr) {
        Error failure =
            OpenError(zip_error_code_zip(&error), zip_error_strerror(&error), std::string(package));
        zip_error_fini(&error);
        return Fail(std::move(failure));
    }
    zip_error_fini(&error);
    return Index(PackageZip(archive, std::string(package), limits));
}

Result<PackageZip> PackageZip::Index(PackageZip archive) {
    const zip_int64_t count = zip_get_num_entries(archive.archive_.get(), 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > archive.limits_.max_members) {
        return Fail(archive.PackageError(
            ErrorCode::kValidation, "has " + std::to_string(count) + " members, more than the " +
                                        std::to_string(archive.limits_.max_members) + " allowed"));
    }
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(archive.archive_.get(), static_cast<zip_uint64_t>(i), 0);
        const std::string name = raw != nullptr ? raw : "";
        if (!IsSafeName(name)) {
            return Fail(archive.MemberError(
                ErrorCode::kValidation, name,
                "has an unsafe name (absolute, \"..\", a backslash or a drive); refusing the "
                "package"));
        }
        if (!archive.index_.emplace(name, static_cast<std::uint64_t>(i)).second) {
            return Fail(archive.MemberError(ErrorCode::kValidation, name,
                                            "appears twice; refusing an ambiguous package"));
        }
    }
    return archive;
}

Status PackageZip::Account(const std::string& member, std::uint64_t bytes) {
    if (bytes > limits_.max_member_bytes) {
        return Fail(MemberError(ErrorCode::kValidation, member,
                                "is larger than " + std::to_string(limits_.max_member_bytes) +
                                    " bytes uncompressed; refusing a possible zip bomb"));
    }
    if (total_read_ + bytes > limits_.max_total_bytes) {
        return Fail(MemberError(ErrorCode::kValidation, member,
                                "brings the package over " +
                                    std::to_string(limits_.max_total_bytes) +
                                    " bytes uncompressed; refusing a possible zip bomb"));
    }
    total_read_ += bytes;
    return {};
}

Result<std::string> PackageZip::Read(const std::string& member) {
    const auto found = index_.find(member);
    if (found == index_.end()) {
        return Fail(MemberError(ErrorCode::kValidation, member, "is missing"));
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_.get(), found->second, 0, &stat) != 0 ||
        (stat.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) !=
            (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) {
        return Fail(MemberError(ErrorCode::kParse, member, "has no readable size"));
    }
    if (stat.size > limits_.ratio_floor_bytes &&
        stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > limits_.max_ratio) {
        return Fail(MemberError(ErrorCode::kValidation, member,
                                "expands " + std::to_string(stat.comp_size) + " bytes to " +
                                    std::to_string(stat.size) + ", more than " +
                                    std::to_string(limits_.max_ratio) +
                                    " times; refusing a possible zip bomb"));
    }
    if (auto counted = Account(member, stat.size); !counted) {
        return Fail(counted.error());
    }
    zip_file_t* file = zip_fopen_index(archive_.get(), found->second, 0);
    if (file == nullptr) {
        return Fail(MemberError(ErrorCode::kParse, member,
                                "cannot be opened: " + std::string(zip_strerror(archive_.get()))));
    }
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(stat.size));
    std::array<char, kChunk> chunk;
    zip_int64_t got = 0;
    // Reads past the declared size are refused too: the size checked above must be the truth.
    while ((got = zip_fread(file, chunk.data(), chunk.size())) > 0 &&
           bytes.size() + static_cast<std::size_t>(got) <= stat.size) {
        bytes.append(chunk.data(), static_cast<std::size_t>(got));
    }
    std::string problem = got < 0 ? zip_file_strerror(file) : "";
    zip_fclose(file);
    if (got > 0) {
        problem = "holds more bytes than its header declares";
    }
    if (problem.empty() && bytes.size() != stat.size) {
        problem = "is shorter than its header declares";
    }
    if (!problem.empty()) {
        return Fail(MemberError(ErrorCode::kParse, member, "cannot be read: " + problem));
    }
    return bytes;
}

Result<std::string> PackageZip::ReadZstd(const std::string& member) {
    auto frame = Read(member);
    if (!frame) {
        return Fail(frame.error());
    }
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    if (context == nullptr) {
        return Fail(MemberError(ErrorCode::kIo, member, "cannot be decompressed: out of memory"));
    }
    // zstd itself never limits its output: the loop stops at the member limit, and at the
    // ratio limit once past its floor, so a small frame cannot expand without bound.
    const std::uint64_t ratio_cap =
        std::max<std::uint64_t>(limits_.ratio_floor_bytes, frame->size() * limits_.max_ratio);
    const std::uint64_t cap = std::min(limits_.max_member_bytes, ratio_cap);
    ZSTD_inBuffer input{frame->data(), frame->size(), 0};
    std::string bytes;
    std::array<char, kChunk> chunk;
    std::size_t pending = 0;
    while (true) {
        ZSTD_outBuffer output{chunk.data(), chunk.size(), 0};
        pending = ZSTD_decompressStream(context.get(), &output, &input);
        if (ZSTD_isError(pending)) {
            return Fail(MemberError(
                ErrorCode::kParse, member,
                "is not a valid zstd frame: " + std::string(ZSTD_getErrorName(pending))));
        }
        bytes.append(chunk.data(), output.pos);
        if (bytes.size() > cap) {
            return Fail(MemberError(ErrorCode::kValidation, member,
                                    "decompresses to more than " + std::to_string(cap) +
                                        " bytes; refusing a possible zstd bomb"));
        }
        if (input.pos == input.size && output.pos < output.size) {
            break;
        }
    }
    if (pending != 0) {
        return Fail(MemberError(ErrorCode::kParse, member, "ends inside its zstd frame"));
    }
    if (auto counted = Account(member, bytes.size()); !counted) {
        return Fail(counted.error());
    }
    return bytes;
}

}  // namespace summit::storage::anki
