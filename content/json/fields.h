// Typed access to the fields of a positioned JSON tree, collecting every problem with its
// offset, and turning those problems into positioned Errors; for readers that report every
// problem in a file at once (the bank reader).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "content/json/json.h"
#include "content/model/error.h"

namespace summit::content::json {

// Where the reader is: the JSON path of an object and how messages name it.
struct Scope {
    std::string path;      // "questions[2].choices[0]"; empty for the root
    std::string relative;  // the part below the question, for messages: "choices[0]"
    std::string label;     // "question \"x\": " or empty

    std::string PathOf(std::string_view key) const {
        return path.empty() ? std::string(key) : path + "." + std::string(key);
    }
    std::string NameOf(std::string_view key) const {
        return "\"" + (relative.empty() ? std::string(key) : relative + "." + std::string(key)) +
               "\"";
    }
    Scope Item(std::string_view key, std::size_t index) const {
        std::string suffix = std::string(key) + "[" + std::to_string(index) + "]";
        return {PathOf(suffix), relative.empty() ? suffix : relative + "." + suffix, label};
    }
};

struct Problem {
    Error error;
    std::size_t offset = 0;
    std::string path;  // for suppressing a semantic rule about the same field; may be empty
};

// Reads fields of the expected JSON kind; a field of the wrong kind is reported and left
// unread, so one pass finds every mistyped field.
class FieldReader {
  public:
    using Kind = Value::Kind;

    void Report(std::size_t offset, std::string path, std::string message,
                ErrorCode code = ErrorCode::kValidation) {
        problems_.push_back({{code, std::move(message), {}, 0, 0}, offset, std::move(path)});
    }

    // The member `key` of `object` if present and of `kind`; reports a wrong kind.
    const Value* Get(const Value& object, std::string_view key, Kind kind, const Scope& scope,
                     const char* expected = nullptr) {
        const Value* value = object.Find(key);
        if (value == nullptr) {
            return nullptr;
        }
        if (value->kind != kind) {
            Report(value->offset, scope.PathOf(key),
                   scope.label + scope.NameOf(key) + " must be " +
                       (expected ? expected : KindName(kind)) + ", not " + KindName(value->kind));
            return nullptr;
        }
        return value;
    }

    void String(const Value& object, std::string_view key, std::string& out, const Scope& scope) {
        if (const Value* value = Get(object, key, Kind::kString, scope)) {
            out = value->string;
        }
    }
    void Bool(const Value& object, std::string_view key, bool& out, const Scope& scope) {
        if (const Value* value = Get(object, key, Kind::kBool, scope, "true or false")) {
            out = value->boolean;
        }
    }
    // Reads a whole number in [min, max]; reports anything else.
    bool Int(const Value& object, std::string_view key, int& out, const Scope& scope, int min,
             int max) {
        const Value* value = Get(object, key, Kind::kNumber, scope, "a whole number");
        if (value == nullptr) {
            return false;
        }
        if (!value->is_integer || value->integer < min || value->integer > max) {
            Report(value->offset, scope.PathOf(key),
                   scope.label + scope.NameOf(key) + " must be a whole number from " +
                       std::to_string(min) + " to " + std::to_string(max));
            return false;
        }
        out = static_cast<int>(value->integer);
        return true;
    }
    // Reads a number in [min, max]; reports anything else.
    bool Number(const Value& object, std::string_view key, double& out, const Scope& scope,
                double min, double max) {
        const Value* value = Get(object, key, Kind::kNumber, scope, "a number");
        if (value == nullptr) {
            return false;
        }
        if (!(value->number >= min && value->number <= max)) {
            Report(value->offset, scope.PathOf(key),
                   scope.label + scope.NameOf(key) + " must be a number from " + Shown(min) +
                       " to " + Shown(max));
            return false;
        }
        out = value->number;
        return true;
    }
    void Strings(const Value& object, std::string_view key, std::vector<std::string>& out,
                 const Scope& scope) {
        const Value* array = Get(object, key, Kind::kArray, scope);
        if (array == nullptr) {
            return;
        }
        out.clear();
        for (std::size_t i = 0; i < array->items.size(); ++i) {
            const Value& item = array->items[i];
            if (item.kind == Kind::kString) {
                out.push_back(item.string);
            } else {
                Scope at = scope.Item(key, i);
                Report(item.offset, at.path,
                       scope.label + "\"" + at.relative + "\" must be a string, not " +
                           KindName(item.kind));
                out.emplace_back();  // keeps indexes aligned with the file
            }
        }
    }
    // Calls read(item, scope) for each object in the array `key`; non-objects are reported
    // and read as default-constructed T so indexes stay aligned with the file.
    template <typename T, typename Read>
    void Objects(const Value& object, std::string_view key, std::vector<T>& out, const Scope& scope,
                 Read&& read) {
        const Value* array = Get(object, key, Kind::kArray, scope);
        if (array == nullptr) {
            return;
        }
        out.clear();
        for (std::size_t i = 0; i < array->items.size(); ++i) {
            const Value& item = array->items[i];
            Scope at = scope.Item(key, i);
            T& element = out.emplace_back();
            if (item.kind == Kind::kObject) {
                read(item, at, element);
            } else {
                Report(item.offset, at.path,
                       scope.label + "\"" + at.relative + "\" must be an object, not " +
                           KindName(item.kind));
            }
        }
    }

    // A bound as written in a message: "1", "-1", "1e+300".
    static std::string Shown(double bound);

    // Reports every key that appears twice in one object, anywhere below `value`.
    void ReportDuplicateKeys(const Value& value);

    std::vector<Problem>& problems() { return problems_; }

  private:
    std::vector<Problem> problems_;
};

// The offset of the deepest existing value along `path` ("questions[2].choices[0].text").
std::size_t OffsetOfPath(const Value& root, std::string_view path);

// True when `path` is `covered` or lies inside it; an empty `covered` covers nothing.
bool Covers(std::string_view covered, std::string_view path);

// Sorts problems into file order and gives each its file, line and column.
ErrorList Finish(std::vector<Problem> problems, std::string_view text, std::string_view file_name);

}  // namespace summit::content::json
