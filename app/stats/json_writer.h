// A minimal JSON writer for the stats report: commas and escaping handled in one place, numbers
// formatted the same way whatever the process locale.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace summit::stats {

// Appends JSON tokens to a string. Callers pair Begin/End calls and give a Key before every
// value inside an object; a mismatch is a programmer error (asserted).
class JsonWriter {
  public:
    void BeginObject();
    void EndObject();
    void BeginArray();
    void EndArray();
    void Key(std::string_view key);

    void String(std::string_view text);
    void Int(int64_t value);
    void Bool(bool value);
    void Null();
    // Fixed-point with `decimals` digits; NaN and infinities are written as null.
    void Fixed(double value, int decimals = 4);
    void Fixed(const std::optional<double>& value, int decimals = 4);

    const std::string& str() const { return out_; }

  private:
    void BeforeValue();

    std::string out_;
    std::vector<bool> first_;  // per open container: no element written yet
    bool after_key_ = false;
};

// `text` as a JSON string literal, quotes included.
std::string JsonQuote(std::string_view text);

}  // namespace summit::stats
