// The package's small encoded values: the protobuf wire reader and the decoders built on it.
#include "storage/anki/anki_messages.h"

#include <gtest/gtest.h>

#include "storage/anki/protobuf_wire.h"
#include "tests/storage/anki/package_builder.h"

namespace summit::storage::anki {
namespace {

using testing::BytesField;
using testing::VarintField;

TEST(ProtobufWire, ReadsVarintsAndLengthDelimitedAndSkipsFixed) {
    const std::string message = VarintField(1, 300) + std::string("\x11", 1) +
                                std::string(8, '\x7f') + BytesField(255, "abc") +
                                std::string("\x1d\x01\x02\x03\x04", 5);
    WireReader reader(message);
    WireField field;
    ASSERT_TRUE(reader.Next(field));
    EXPECT_EQ(field.number, 1u);
    EXPECT_EQ(field.varint, 300u);
    ASSERT_TRUE(reader.Next(field));  // the fixed64 field 2 is skipped
    EXPECT_EQ(field.number, 255u);
    EXPECT_EQ(field.bytes, "abc");
    EXPECT_FALSE(reader.Next(field));  // the fixed32 field 3 is skipped, then the end
    EXPECT_TRUE(reader.error().empty());
}

TEST(ProtobufWire, RefusesMalformedInput) {
    for (const std::string& bad :
         {std::string("\x0a\x05"
                      "ab",
                      4),
          std::string("\x08\xff\xff", 3), std::string("\x08") + std::string(11, '\xff'),
          std::string("\x0b", 1), std::string("\x00\x01", 2)}) {
        WireReader reader(bad);
        WireField field;
        while (reader.Next(field)) {
        }
        EXPECT_FALSE(reader.error().empty()) << "accepted a malformed message";
    }
}

TEST(AnkiMessages, PackageVersion) {
    EXPECT_EQ(DecodePackageVersion(VarintField(1, 2)), 2);
    EXPECT_EQ(DecodePackageVersion(VarintField(1, 3)), 3);
    EXPECT_FALSE(DecodePackageVersion("").has_value());
    EXPECT_FALSE(DecodePackageVersion(VarintField(1, 4)).has_value());
}

TEST(AnkiMessages, LegacyMediaMapIsOrderedByMemberNumber) {
    auto refs = DecodeLegacyMediaMap(R"({"10": "c.png", "2": "b.png", "0": "a.png"})");
    ASSERT_TRUE(refs.has_value()) << refs.error();
    ASSERT_EQ(refs->size(), 3u);
    EXPECT_EQ((*refs)[0].member, "0");
    EXPECT_EQ((*refs)[1].name, "b.png");
    EXPECT_EQ((*refs)[2].member, "10");
    EXPECT_FALSE(DecodeLegacyMediaMap(R"({"x": "a.png"})").has_value());
    EXPECT_FALSE(DecodeLegacyMediaMap(R"({"0": 5})").has_value());
    EXPECT_FALSE(DecodeLegacyMediaMap("[]").has_value());
}

TEST(AnkiMessages, MediaEntriesNumberTheirMembers) {
    const std::string map = BytesField(1, BytesField(1, "a.png") + VarintField(2, 4)) +
                            BytesField(1, BytesField(1, "b.png") + VarintField(255, 7));
    auto refs = DecodeMediaEntries(map);
    ASSERT_TRUE(refs.has_value()) << refs.error();
    ASSERT_EQ(refs->size(), 2u);
    EXPECT_EQ((*refs)[0].member, "0");
    EXPECT_EQ((*refs)[0].name, "a.png");
    EXPECT_EQ((*refs)[1].member, "7");  // legacy_zip_filename overrides the position
    EXPECT_TRUE(DecodeMediaEntries("")->empty());
    EXPECT_FALSE(DecodeMediaEntries(BytesField(1,
                                               "\x0a\x09"
                                               "short"))
                     .has_value());
}

TEST(AnkiMessages, NoteTypeKindAndTemplateFormats) {
    EXPECT_EQ(DecodeNoteTypeKind(VarintField(1, 1)), AnkiNoteType::Kind::kCloze);
    EXPECT_EQ(DecodeNoteTypeKind(VarintField(2, 1)), AnkiNoteType::Kind::kStandard);
    AnkiTemplate tmpl;
    ASSERT_TRUE(DecodeTemplateFormats(
        BytesField(1, "{{Front}}") + BytesField(2, "{{Back}}") + BytesField(3, "browser"), tmpl));
    EXPECT_EQ(tmpl.qfmt, "{{Front}}");
    EXPECT_EQ(tmpl.afmt, "{{Back}}");
}

}  // namespace
}  // namespace summit::storage::anki
