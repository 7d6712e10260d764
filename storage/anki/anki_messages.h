// Internal: the small encoded values of an Anki package, decoded: the `meta` version, the media
// maps (legacy JSON and modern protobuf), and the protobuf settings of schema-18 note types and
// templates. Field numbers follow docs/formats.md ("Anki packages").
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "storage/anki/anki_package.h"

namespace summit::storage::anki {

// A failure is a sentence the caller places in the package and member it came from.
template <typename T>
using Decoded = std::expected<T, std::string>;

// PackageMetadata { Version version = 1; }: 1 legacy 1, 2 legacy 2, 3 latest.
Decoded<int> DecodePackageVersion(std::string_view meta);

// One media file: the ZIP member holding it and the name it had in Anki.
struct MediaRef {
    std::string member;
    std::string name;
};

// The legacy `media` member: a JSON object {"0": "name.jpg", ...}, returned by member number.
Decoded<std::vector<MediaRef>> DecodeLegacyMediaMap(std::string_view json);

// The modern `media` member after zstd: MediaEntries { repeated MediaEntry entries = 1; } with
// MediaEntry { string name = 1; uint32 size = 2; bytes sha1 = 3; uint32 legacy_zip_filename =
// 255; }. The i-th entry lives in member "i" unless legacy_zip_filename names another.
Decoded<std::vector<MediaRef>> DecodeMediaEntries(std::string_view message);

// Notetype.Config { Kind kind = 1; ... } with 0 normal, 1 cloze.
Decoded<AnkiNoteType::Kind> DecodeNoteTypeKind(std::string_view config);

// Notetype.Template.Config { string q_format = 1; string a_format = 2; ... }, into `into`.
Decoded<bool> DecodeTemplateFormats(std::string_view config, AnkiTemplate& into);

}  // namespace summit::storage::anki
