// Error values shared by every layer. The rule, applied everywhere: expected failures (bad
// input, missing files, SQLite busy/full/corrupt, unsupported versions) are returned as
// Result<T> or Status; programmer mistakes are asserts; exceptions thrown by dependencies
// (cereal, the standard library) are caught at that boundary and converted to an Error.
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace summit {

enum class ErrorCode {
    kInvalidArgument,     // a value out of range or malformed (a flag, a setting, a rating)
    kNotFound,            // a file, deck, question or card that does not exist
    kParse,               // a file that is not in the expected syntax
    kValidation,          // a file that parses but breaks a rule of its format
    kIo,                  // reading or writing a file failed
    kUnsupportedVersion,  // written by a newer Summit or an unknown format version
    kCorrupt,             // a collection file that is not a usable SQLite database
    kBusy,                // the collection is locked by another process
    kReadOnly,            // the collection cannot be written
    kFull,                // the disk is full
    kDatabase,            // any other SQLite failure
    kConflict,            // an operation that cannot apply to the current state (nothing to undo)
};

// Returns a short lowercase name, e.g. "parse" for kParse.
const char* ErrorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::kInvalidArgument;
    std::string message;  // one human sentence, no trailing newline
    std::string file;     // the file the problem is in, when there is one
    int line = 0;         // 1-based; 0 when unknown
    int column = 0;       // 1-based; 0 when unknown

    // "FILE:LINE:COL: error: message", dropping the parts that are unknown. Importers report
    // what they read with a loss as warnings: ToString("warning").
    std::string ToString(std::string_view severity = "error") const;
};

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> Fail(ErrorCode code, std::string message) {
    return std::unexpected(Error{code, std::move(message), {}, 0, 0});
}

inline std::unexpected<Error> Fail(Error error) {
    return std::unexpected(std::move(error));
}

// Every problem found in one input, for validators that report everything at once.
using ErrorList = std::vector<Error>;

}  // namespace summit
