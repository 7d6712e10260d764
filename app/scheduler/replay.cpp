// JSON in, JSON out around FsrsScheduler, for comparisons with other implementations.
#include "app/scheduler/replay.h"

#include <string>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "app/scheduler/fsrs.h"
#include "app/scheduler/fuzz.h"

namespace summit::study {
namespace {

using rapidjson::Value;

std::unexpected<Error> Invalid(std::string message) {
    return Fail(ErrorCode::kValidation, std::move(message));
}

Result<rapidjson::Document> Parse(std::string_view json) {
    rapidjson::Document doc;
    // Iterative: the default recursive parse overflows the stack on deeply nested input.
    doc.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
    if (doc.HasParseError()) {
        const size_t offset = doc.GetErrorOffset();
        int line = 1;
        int column = 1;
        for (size_t i = 0; i < offset && i < json.size(); ++i) {
            if (json[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Fail(Error{
            ErrorCode::kParse,
            std::string("malformed JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()),
            {},
            line,
            column});
    }
    return doc;
}

Result<std::vector<std::string>> StringList(const Value& value, const char* name) {
    if (!value.IsArray()) {
        return Invalid(std::string("\"") + name + "\" must be an array of strings");
    }
    std::vector<std::string> out;
    for (const Value& item : value.GetArray()) {
        if (!item.IsString()) {
            return Invalid(std::string("\"") + name + "\" must be an array of strings");
        }
        out.emplace_back(item.GetString(), item.GetStringLength());
    }
    return out;
}

Result<FsrsParams> ParamsFromValue(const Value& object) {
    FsrsParams params;
    if (!object.IsObject()) {
        return Invalid("\"params\" must be an object");
    }
    if (auto it = object.FindMember("w"); it != object.MemberEnd()) {
        if (!it->value.IsArray()) {
            return Invalid("\"w\" must be an array of numbers");
        }
        params.w.clear();
        for (const Value& item : it->value.GetArray()) {
            if (!item.IsNumber()) {
                return Invalid("\"w\" must be an array of numbers");
            }
            params.w.push_back(item.GetDouble());
        }
    }
    if (auto it = object.FindMember("request_retention"); it != object.MemberEnd()) {
        if (!it->value.IsNumber()) {
            return Invalid("\"request_retention\" must be a number");
        }
        params.request_retention = it->value.GetDouble();
    }
    if (auto it = object.FindMember("maximum_interval"); it != object.MemberEnd()) {
        if (!it->value.IsInt()) {
            return Invalid("\"maximum_interval\" must be a whole number of days");
        }
        params.maximum_interval = it->value.GetInt();
    }
    for (const auto& [name, field] : {std::pair{"enable_short_term", &params.enable_short_term},
                                      std::pair{"enable_fuzz", &params.enable_fuzz}}) {
        if (auto it = object.FindMember(name); it != object.MemberEnd()) {
            if (!it->value.IsBool()) {
                return Invalid(std::string("\"") + name + "\" must be true or false");
            }
            *field = it->value.GetBool();
        }
    }
    for (const auto& [name, field] : {std::pair{"learning_steps", &params.learning_steps},
                                      std::pair{"relearning_steps", &params.relearning_steps}}) {
        if (auto it = object.FindMember(name); it != object.MemberEnd()) {
            Result<std::vector<std::string>> steps = StringList(it->value, name);
            if (!steps) {
                return Fail(steps.error());
            }
            *field = std::move(*steps);
        }
    }
    return params;
}

void AppendState(std::string& out, const CardState& card, const double* r) {
    out += "{\"state\":" + std::to_string(static_cast<int>(card.phase));
    out += ",\"s\":" + JsNumberToString(card.stability);
    out += ",\"d\":" + JsNumberToString(card.difficulty);
    out += ",\"ivl\":" + std::to_string(card.scheduled_days);
    out += ",\"due\":" + std::to_string(card.due_ms);
    out += ",\"step\":" + std::to_string(card.step);
    out += ",\"reps\":" + std::to_string(card.reps);
    out += ",\"lapses\":" + std::to_string(card.lapses);
    out += ",\"r\":" + (r != nullptr ? JsNumberToString(*r) : std::string("null"));
    out += '}';
}

std::string Where(size_t sequence, size_t step) {
    return "sequence " + std::to_string(sequence) + " step " + std::to_string(step) + ": ";
}

}  // namespace

Result<FsrsParams> FsrsParamsFromJson(std::string_view json) {
    Result<rapidjson::Document> doc = Parse(json);
    if (!doc) {
        return Fail(doc.error());
    }
    return ParamsFromValue(*doc);
}

Result<std::string> ReplayScheduleJson(std::string_view input_json) {
    Result<rapidjson::Document> doc = Parse(input_json);
    if (!doc) {
        return Fail(doc.error());
    }
    if (!doc->IsObject()) {
        return Invalid("the replay input must be a JSON object");
    }
    FsrsParams params;
    if (auto it = doc->FindMember("params"); it != doc->MemberEnd()) {
        Result<FsrsParams> parsed = ParamsFromValue(it->value);
        if (!parsed) {
            return Fail(parsed.error());
        }
        params = std::move(*parsed);
    }
    Result<FsrsScheduler> scheduler = FsrsScheduler::Create(std::move(params));
    if (!scheduler) {
        return Fail(scheduler.error());
    }
    auto sequences = doc->FindMember("sequences");
    if (sequences == doc->MemberEnd() || !sequences->value.IsArray()) {
        return Invalid("\"sequences\" must be an array");
    }
    std::string out = "{\"sequences\":[";
    size_t seq_index = 0;
    for (const Value& sequence : sequences->value.GetArray()) {
        // Member lookups are only defined on objects (rapidjson asserts otherwise).
        const bool is_object = sequence.IsObject();
        auto steps = is_object ? sequence.FindMember("steps") : Value::ConstMemberIterator();
        if (!is_object || steps == sequence.MemberEnd() || !steps->value.IsArray()) {
            return Invalid("sequence " + std::to_string(seq_index) +
                           ": \"steps\" must be an array");
        }
        out += seq_index == 0 ? "{\"steps\":[" : ",{\"steps\":[";
        CardState card;
        size_t step_index = 0;
        for (const Value& step : steps->value.GetArray()) {
            const std::string where = Where(seq_index, step_index);
            if (!step.IsObject()) {
                return Invalid(where + "must be an object");
            }
            auto t = step.FindMember("t");
            // JavaScript's Date range; it also keeps due times (t plus the interval) from
            // overflowing int64.
            constexpr int64_t kMaxTimeMs = 8'640'000'000'000'000;
            if (t == step.MemberEnd() || !t->value.IsInt64() || t->value.GetInt64() > kMaxTimeMs ||
                t->value.GetInt64() < -kMaxTimeMs) {
                return Invalid(where +
                               "\"t\" must be a time in whole ms since the epoch, at most "
                               "8.64e15 either side of it");
            }
            auto rating = step.FindMember("rating");
            if (rating == step.MemberEnd() || !rating->value.IsInt() ||
                rating->value.GetInt() < 1 || rating->value.GetInt() > 4) {
                return Invalid(where + "\"rating\" must be 1, 2, 3 or 4");
            }
            const int64_t now_ms = t->value.GetInt64();
            if (card.reps > 0 && now_ms < card.last_review_ms) {
                return Invalid(where + "\"t\" is earlier than the previous step");
            }
            const bool is_new = card.phase == CardPhase::kNew;
            const double r = scheduler->Retrievability(card, now_ms);
            card = scheduler->Next(card, now_ms, static_cast<Rating>(rating->value.GetInt()));
            if (step_index > 0) {
                out += ',';
            }
            AppendState(out, card, is_new ? nullptr : &r);
            ++step_index;
        }
        out += "]}";
        ++seq_index;
    }
    out += "]}";
    return out;
}

}  // namespace summit::study
