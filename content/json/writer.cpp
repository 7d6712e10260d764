// The compact writer over rapidjson's Writer (kept out of the header: rapidjson compiles slowly).
#include "content/json/writer.h"

// Included first for the same rapidjson configuration as the reader (see parse.cpp).
#include <cereal/archives/json.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace summit::content::json {

// No write flags: cereal's default would write NaN and Infinity, which are not JSON.
using RapidWriter = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                                      rapidjson::CrtAllocator, rapidjson::kWriteNoFlags>;

struct Writer::Impl {
    rapidjson::StringBuffer buffer;
    RapidWriter writer{buffer};
};

namespace {

// rapidjson asserts on a null pointer, which an empty string_view may hold.
const char* Data(std::string_view text) {
    return text.data() != nullptr ? text.data() : "";
}

rapidjson::SizeType Size(std::string_view text) {
    return static_cast<rapidjson::SizeType>(text.size());
}

}  // namespace

Writer::Writer() : impl_(std::make_unique<Impl>()) {}
Writer::~Writer() = default;

Writer& Writer::StartObject() {
    impl_->writer.StartObject();
    return *this;
}
Writer& Writer::EndObject() {
    impl_->writer.EndObject();
    return *this;
}
Writer& Writer::StartArray() {
    impl_->writer.StartArray();
    return *this;
}
Writer& Writer::EndArray() {
    impl_->writer.EndArray();
    return *this;
}
Writer& Writer::Key(std::string_view key) {
    impl_->writer.Key(Data(key), Size(key));
    return *this;
}
Writer& Writer::String(std::string_view text) {
    impl_->writer.String(Data(text), Size(text));
    return *this;
}
Writer& Writer::Int(int value) {
    impl_->writer.Int(value);
    return *this;
}
Writer& Writer::Int64(std::int64_t value) {
    impl_->writer.Int64(value);
    return *this;
}
Writer& Writer::Uint64(std::uint64_t value) {
    impl_->writer.Uint64(value);
    return *this;
}
Writer& Writer::Double(double value) {
    impl_->writer.Double(value);
    return *this;
}
Writer& Writer::Bool(bool value) {
    impl_->writer.Bool(value);
    return *this;
}
Writer& Writer::Null() {
    impl_->writer.Null();
    return *this;
}

std::string Writer::str() const {
    return std::string(impl_->buffer.GetString(), impl_->buffer.GetSize());
}

}  // namespace summit::content::json
