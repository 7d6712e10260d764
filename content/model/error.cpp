// Names and formatting for Error values.
#include "content/model/error.h"

namespace summit {

const char* ErrorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::kInvalidArgument:
            return "invalid argument";
        case ErrorCode::kNotFound:
            return "not found";
        case ErrorCode::kParse:
            return "parse";
        case ErrorCode::kValidation:
            return "validation";
        case ErrorCode::kIo:
            return "io";
        case ErrorCode::kUnsupportedVersion:
            return "unsupported version";
        case ErrorCode::kCorrupt:
            return "corrupt";
        case ErrorCode::kBusy:
            return "busy";
        case ErrorCode::kReadOnly:
            return "read-only";
        case ErrorCode::kFull:
            return "disk full";
        case ErrorCode::kDatabase:
            return "database";
        case ErrorCode::kConflict:
            return "conflict";
    }
    return "unknown";
}

std::string Error::ToString(std::string_view severity) const {
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0) {
            out += ":" + std::to_string(line);
            if (column > 0) {
                out += ":" + std::to_string(column);
            }
        }
        out += ": ";
    }
    out += severity;
    out += ": " + message;
    return out;
}

}  // namespace summit
