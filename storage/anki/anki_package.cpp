// Reading an Anki package: choosing the real collection member (never the dummy
// collection.anki2 beside a newer one), reading it, then the media map and its files.
#include "storage/anki/anki_package.h"

#include <set>

#include "storage/anki/anki_collection.h"
#include "storage/anki/anki_messages.h"
#include "storage/anki/package_zip.h"

namespace summit::storage::anki {
namespace {

struct Layout {
    ContainerKind kind = ContainerKind::kLegacyAnki2;
    std::string member;
};

Layout LayoutFor(int version) {
    switch (version) {
        case 3:
            return {ContainerKind::kModernAnki21b, "collection.anki21b"};
        case 2:
            return {ContainerKind::kLegacyAnki21, "collection.anki21"};
        default:
            return {ContainerKind::kLegacyAnki2, "collection.anki2"};
    }
}

// The `meta` member decides when present; otherwise the newest collection member does, so the
// "Please update to the latest Anki version" dummy is read only when it is all there is.
Result<Layout> ChooseLayout(PackageZip& zip) {
    if (zip.Has("meta")) {
        auto meta = zip.Read("meta");
        if (!meta) {
            return Fail(meta.error());
        }
        auto version = DecodePackageVersion(*meta);
        if (!version) {
            return Fail(zip.MemberError(ErrorCode::kUnsupportedVersion, "meta", version.error()));
        }
        return LayoutFor(*version);
    }
    for (int version : {3, 2, 1}) {
        Layout layout = LayoutFor(version);
        if (zip.Has(layout.member)) {
            return layout;
        }
    }
    return Fail(zip.PackageError(ErrorCode::kValidation,
                                 "holds no Anki collection (no collection.anki21b, "
                                 "collection.anki21 or collection.anki2); not an Anki package"));
}

Status ReadMedia(PackageZip& zip, bool modern, AnkiPackage& package) {
    // Some very old exports have no media map at all: no media.
    if (!zip.Has("media")) {
        return {};
    }
    auto map = modern ? zip.ReadZstd("media") : zip.Read("media");
    if (!map) {
        return Fail(map.error());
    }
    auto refs = modern ? DecodeMediaEntries(*map) : DecodeLegacyMediaMap(*map);
    if (!refs) {
        return Fail(zip.MemberError(ErrorCode::kParse, "media", refs.error()));
    }
    std::set<std::string> names;
    for (const MediaRef& ref : *refs) {
        if (!IsSafeName(ref.name) || ref.name.find('/') != std::string::npos) {
            return Fail(zip.MemberError(
                ErrorCode::kValidation, "media",
                "names a media file \"" + ref.name + "\" that is not a plain file name"));
        }
        if (!names.insert(ref.name).second) {
            return Fail(zip.MemberError(ErrorCode::kValidation, "media",
                                        "names the media file \"" + ref.name + "\" twice"));
        }
        auto bytes = modern ? zip.ReadZstd(ref.member) : zip.Read(ref.member);
        if (!bytes) {
            return Fail(bytes.error());
        }
        package.media.push_back(AnkiMedia{ref.name, std::move(*bytes)});
    }
    return {};
}

Result<AnkiPackage> ReadFrom(PackageZip& zip, const std::string& package_name,
                             const std::filesystem::path& temp_dir) {
    auto layout = ChooseLayout(zip);
    if (!layout) {
        return Fail(layout.error());
    }
    const bool modern = layout->kind == ContainerKind::kModernAnki21b;
    auto collection = modern ? zip.ReadZstd(layout->member) : zip.Read(layout->member);
    if (!collection) {
        return Fail(collection.error());
    }
    AnkiPackage package;
    package.container = layout->kind;
    const CollectionSource source{package_name, layout->member, temp_dir};
    if (auto read = ReadAnkiCollection(*collection, source, package); !read) {
        return Fail(read.error());
    }
    // The collection's copy is no longer needed while the media are read.
    collection->clear();
    collection->shrink_to_fit();
    if (auto media = ReadMedia(zip, modern, package); !media) {
        return Fail(media.error());
    }
    return package;
}

}  // namespace

const char* ContainerKindName(ContainerKind kind) {
    switch (kind) {
        case ContainerKind::kLegacyAnki2:
            return "anki2";
        case ContainerKind::kLegacyAnki21:
            return "anki21";
        case ContainerKind::kModernAnki21b:
            return "anki21b";
    }
    return "unknown";
}

Result<AnkiPackage> ReadAnkiPackage(const std::filesystem::path& path, const PackageLimits& limits,
                                    const std::filesystem::path& temp_dir) {
    auto zip = PackageZip::OpenFile(path, limits);
    if (!zip) {
        return Fail(zip.error());
    }
    return ReadFrom(*zip, path.string(), temp_dir);
}

Result<AnkiPackage> ReadAnkiPackageBytes(std::string_view bytes, std::string_view name,
                                         const PackageLimits& limits,
                                         const std::filesystem::path& temp_dir) {
    auto zip = PackageZip::OpenBytes(bytes, name, limits);
    if (!zip) {
        return Fail(zip.error());
    }
    return ReadFrom(*zip, std::string(name), temp_dir);
}

}  // namespace summit::storage::anki
