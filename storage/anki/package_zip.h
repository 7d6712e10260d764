// Internal: the ZIP container of an Anki package behind the safety rules of PackageLimits.
// Member names are checked once when the archive opens; every read is bounded in size, ratio
// and running total, also after zstd decompression.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "content/model/error.h"
#include "storage/anki/anki_package.h"

struct zip;

namespace summit::storage::anki {

class PackageZip {
  public:
    // Opens the archive and refuses it when it is not a ZIP file, has too many members, or has
    // a member whose name is unsafe (absolute, "..", a backslash or drive) or repeated.
    [[nodiscard]] static Result<PackageZip> OpenFile(const std::filesystem::path& path,
                                                     const PackageLimits& limits);
    [[nodiscard]] static Result<PackageZip> OpenBytes(std::string_view bytes,
                                                      std::string_view package,
                                                      const PackageLimits& limits);

    bool Has(const std::string& member) const { return index_.contains(member); }

    // The member's bytes as stored in the ZIP (after inflation). Refused when it is missing,
    // larger than the limits allow or compressed beyond the ratio limit.
    [[nodiscard]] Result<std::string> Read(const std::string& member);
    // Read, then one zstd frame decompressed under the same limits.
    [[nodiscard]] Result<std::string> ReadZstd(const std::string& member);

    // An error about this package, and about one member of it.
    Error PackageError(ErrorCode code, std::string message) const;
    Error MemberError(ErrorCode code, const std::string& member, std::string message) const;

  private:
    struct Closer {
        void operator()(struct zip* archive) const;
    };
    PackageZip(struct zip* archive, std::string package, const PackageLimits& limits)
        : archive_(archive), package_(std::move(package)), limits_(limits) {}
    [[nodiscard]] static Result<PackageZip> Index(PackageZip archive);
    [[nodiscard]] Status Account(const std::string& member, std::uint64_t bytes);

    std::unique_ptr<struct zip, Closer> archive_;
    std::string package_;
    PackageLimits limits_;
    std::map<std::string, std::uint64_t, std::less<>> index_;  // member name -> ZIP index
    std::uint64_t total_read_ = 0;
};

// True when `name` is safe to accept as a package member or a media file name: not empty, not
// absolute, no backslash, no drive letter or colon, no "." or ".." component.
bool IsSafeName(std::string_view name);

}  // namespace summit::storage::anki
