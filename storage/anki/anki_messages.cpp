// Decoding the package version, the two media maps and schema-18 settings blobs.
#include "storage/anki/anki_messages.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "content/json/json.h"
#include "storage/anki/protobuf_wire.h"

namespace summit::storage::anki {
namespace {

bool IsDecimal(std::string_view text, std::uint64_t& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && error == std::errc() && end == text.data() + text.size();
}

}  // namespace

Decoded<int> DecodePackageVersion(std::string_view meta) {
    WireReader reader(meta);
    WireField field;
    std::uint64_t version = 0;
    while (reader.Next(field)) {
        if (field.number == 1 && field.wire_type == 0) {
            version = field.varint;
        }
    }
    if (!reader.error().empty()) {
        return std::unexpected(reader.error());
    }
    if (version < 1 || version > 3) {
        return std::unexpected("package version " + std::to_string(version) +
                               " is not one this Summit reads (1 to 3); a newer Anki wrote it");
    }
    return static_cast<int>(version);
}

Decoded<std::vector<MediaRef>> DecodeLegacyMediaMap(std::string_view json) {
    auto parsed = content::json::ParseText(json);
    if (!parsed) {
        return std::unexpected(parsed.error().message);
    }
    if (parsed->kind != content::json::Value::Kind::kObject) {
        return std::unexpected("the media map is not a JSON object");
    }
    std::vector<std::pair<std::uint64_t, MediaRef>> numbered;
    for (const content::json::Member& member : parsed->members) {
        std::uint64_t number = 0;
        if (!IsDecimal(member.key, number)) {
            return std::unexpected("the media map names member \"" + member.key +
                                   "\", which is not a number");
        }
        if (member.value.kind != content::json::Value::Kind::kString) {
            return std::unexpected("the media map gives member \"" + member.key +
                                   "\" a name that is not a string");
        }
        numbered.push_back({number, MediaRef{member.key, member.value.string}});
    }
    std::ranges::sort(numbered, {}, &std::pair<std::uint64_t, MediaRef>::first);
    std::vector<MediaRef> refs;
    refs.reserve(numbered.size());
    for (auto& [number, ref] : numbered) {
        refs.push_back(std::move(ref));
    }
    return refs;
}

Decoded<std::vector<MediaRef>> DecodeMediaEntries(std::string_view message) {
    std::vector<MediaRef> refs;
    WireReader entries(message);
    WireField entry;
    while (entries.Next(entry)) {
        if (entry.number != 1 || entry.wire_type != 2) {
            continue;
        }
        MediaRef ref{std::to_string(refs.size()), {}};
        WireReader fields(entry.bytes);
        WireField field;
        while (fields.Next(field)) {
            if (field.number == 1 && field.wire_type == 2) {
                ref.name = std::string(field.bytes);
            } else if (field.number == 255 && field.wire_type == 0) {
                ref.member = std::to_string(field.varint);
            }
        }
        if (!fields.error().empty()) {
            return std::unexpected("media entry " + std::to_string(refs.size()) + ": " +
                                   fields.error());
        }
        refs.push_back(std::move(ref));
    }
    if (!entries.error().empty()) {
        return std::unexpected(entries.error());
    }
    return refs;
}

Decoded<AnkiNoteType::Kind> DecodeNoteTypeKind(std::string_view config) {
    WireReader reader(config);
    WireField field;
    AnkiNoteType::Kind kind = AnkiNoteType::Kind::kStandard;
    while (reader.Next(field)) {
        if (field.number == 1 && field.wire_type == 0) {
            kind = field.varint == 1 ? AnkiNoteType::Kind::kCloze : AnkiNoteType::Kind::kStandard;
        }
    }
    if (!reader.error().empty()) {
        return std::unexpected(reader.error());
    }
    return kind;
}

Decoded<bool> DecodeTemplateFormats(std::string_view config, AnkiTemplate& into) {
    WireReader reader(config);
    WireField field;
    while (reader.Next(field)) {
        if (field.wire_type != 2) {
            continue;
        }
        if (field.number == 1) {
            into.qfmt = std::string(field.bytes);
        } else if (field.number == 2) {
            into.afmt = std::string(field.bytes);
        }
    }
    if (!reader.error().empty()) {
        return std::unexpected(reader.error());
    }
    return true;
}

}  // namespace summit::storage::anki
