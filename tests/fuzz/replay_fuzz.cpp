// Fuzz target for the scheduler replay (`summit sched replay`) and its parameter reader: any
// input is refused with a message or answered with strict JSON, one state per step.
#include <cstdint>
#include <string>

#include <rapidjson/document.h>

#include "app/scheduler/replay.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {
namespace {

// Iterative, so that the checker itself cannot overflow the stack on deep input.
rapidjson::Document ParseStrict(std::string_view json) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(json.data(),
                                                                                  json.size());
    return doc;
}

void CheckError(const Error& error) {
    SUMMIT_FUZZ_CHECK(HasMessage(error));
    SUMMIT_FUZZ_CHECK(error.code == ErrorCode::kParse || error.code == ErrorCode::kValidation ||
                      error.code == ErrorCode::kInvalidArgument);
    if (error.code == ErrorCode::kParse) {
        SUMMIT_FUZZ_CHECK(error.line >= 1 && error.column >= 1);
    }
}

}  // namespace
}  // namespace summit::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const std::string_view input = fuzz::AsText(data, size);
    if (auto params = study::FsrsParamsFromJson(input); !params) {
        fuzz::CheckError(params.error());
    }
    auto replayed = study::ReplayScheduleJson(input);
    if (!replayed) {
        fuzz::CheckError(replayed.error());
        return 0;
    }
    // Output must be JSON any consumer can read: no NaN or Infinity.
    const rapidjson::Document out = fuzz::ParseStrict(*replayed);
    SUMMIT_FUZZ_CHECK(!out.HasParseError());
    SUMMIT_FUZZ_CHECK(out.IsObject() && out.HasMember("sequences") && out["sequences"].IsArray());
    const rapidjson::Document in = fuzz::ParseStrict(input);
    SUMMIT_FUZZ_CHECK(!in.HasParseError() && in.IsObject() && in.HasMember("sequences"));
    const auto& in_sequences = in["sequences"].GetArray();
    const auto& out_sequences = out["sequences"].GetArray();
    SUMMIT_FUZZ_CHECK(in_sequences.Size() == out_sequences.Size());
    for (rapidjson::SizeType i = 0; i < in_sequences.Size(); ++i) {
        SUMMIT_FUZZ_CHECK(out_sequences[i]["steps"].Size() == in_sequences[i]["steps"].Size());
    }
    return 0;
}
