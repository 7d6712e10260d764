// JSON in, JSON out around FsrsScheduler, for comparisons with other implementations.
#include "app/scheduler/replay.h"

#include <cstdint>
#include <string>

#include "app/scheduler/fsrs.h"
#include "app/scheduler/fuzz.h"
#include "content/json/json.h"

namespace summit::study {
namespace {

using content::json::Value;
using Kind = content::json::Value::Kind;

// Places validation errors at the value they are about: FILE:LINE:COL like syntax errors.
class Locator {
  public:
    Locator(std::string_view text, std::string_view source_name)
        : lines_(text), source_name_(source_name) {}

    std::unexpected<Error> Invalid(const Value& value, std::string message) const {
        return At(value, Error{ErrorCode::kValidation, std::move(message), {}, 0, 0});
    }
    // `error` placed at `value`.
    std::unexpected<Error> At(const Value& value, Error error) const {
        error.file = std::string(source_name_);
        lines_.Locate(value.offset, error);
        return std::unexpected(std::move(error));
    }

  private:
    content::json::LineIndex lines_;
    std::string_view source_name_;
};

// A whole number that fits an int.
bool IsInt(const Value& value) {
    return value.is_integer && value.integer >= INT32_MIN && value.integer <= INT32_MAX;
}

Result<std::vector<std::string>> StringList(const Value& value, const char* name,
                                            const Locator& at) {
    if (value.kind != Kind::kArray) {
        return at.Invalid(value, std::string("\"") + name + "\" must be an array of strings");
    }
    std::vector<std::string> out;
    for (const Value& item : value.items) {
        if (item.kind != Kind::kString) {
            return at.Invalid(item, std::string("\"") + name + "\" must be an array of strings");
        }
        out.push_back(item.string);
    }
    return out;
}

Result<FsrsParams> ParamsFromValue(const Value& object, const Locator& at) {
    FsrsParams params;
    if (object.kind != Kind::kObject) {
        return at.Invalid(object, "\"params\" must be an object");
    }
    if (const Value* w = object.Find("w")) {
        if (w->kind != Kind::kArray) {
            return at.Invalid(*w, "\"w\" must be an array of numbers");
        }
        params.w.clear();
        for (const Value& item : w->items) {
            if (item.kind != Kind::kNumber) {
                return at.Invalid(item, "\"w\" must be an array of numbers");
            }
            params.w.push_back(item.number);
        }
    }
    if (const Value* retention = object.Find("request_retention")) {
        if (retention->kind != Kind::kNumber) {
            return at.Invalid(*retention, "\"request_retention\" must be a number");
        }
        params.request_retention = retention->number;
    }
    if (const Value* interval = object.Find("maximum_interval")) {
        if (!IsInt(*interval)) {
            return at.Invalid(*interval, "\"maximum_interval\" must be a whole number of days");
        }
        params.maximum_interval = static_cast<int>(interval->integer);
    }
    for (const auto& [name, field] : {std::pair{"enable_short_term", &params.enable_short_term},
                                      std::pair{"enable_fuzz", &params.enable_fuzz}}) {
        if (const Value* flag = object.Find(name)) {
            if (flag->kind != Kind::kBool) {
                return at.Invalid(*flag, std::string("\"") + name + "\" must be true or false");
            }
            *field = flag->boolean;
        }
    }
    for (const auto& [name, field] : {std::pair{"learning_steps", &params.learning_steps},
                                      std::pair{"relearning_steps", &params.relearning_steps}}) {
        if (const Value* list = object.Find(name)) {
            Result<std::vector<std::string>> steps = StringList(*list, name, at);
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
    Result<Value> doc = content::json::Parse(json);
    if (!doc) {
        return Fail(doc.error());
    }
    return ParamsFromValue(*doc, Locator(json, {}));
}

Result<std::string> ReplayScheduleJson(std::string_view input_json, std::string_view source_name) {
    Result<Value> doc = content::json::Parse(input_json, source_name);
    if (!doc) {
        return Fail(doc.error());
    }
    const Locator at(input_json, source_name);
    if (doc->kind != Kind::kObject) {
        return at.Invalid(*doc, "the replay input must be a JSON object");
    }
    FsrsParams params;
    const Value* given = doc->Find("params");
    if (given != nullptr) {
        Result<FsrsParams> parsed = ParamsFromValue(*given, at);
        if (!parsed) {
            return Fail(parsed.error());
        }
        params = std::move(*parsed);
    }
    Result<FsrsScheduler> scheduler = FsrsScheduler::Create(std::move(params));
    if (!scheduler) {
        return at.At(given != nullptr ? *given : *doc, scheduler.error());
    }
    const Value* sequences = doc->Find("sequences");
    if (sequences == nullptr || sequences->kind != Kind::kArray) {
        return at.Invalid(sequences != nullptr ? *sequences : *doc,
                          "\"sequences\" must be an array");
    }
    std::string out = "{\"sequences\":[";
    size_t seq_index = 0;
    for (const Value& sequence : sequences->items) {
        // Find is null on anything but an object.
        const Value* steps = sequence.Find("steps");
        if (steps == nullptr || steps->kind != Kind::kArray) {
            return at.Invalid(
                steps != nullptr ? *steps : sequence,
                "sequence " + std::to_string(seq_index) + ": \"steps\" must be an array");
        }
        out += seq_index == 0 ? "{\"steps\":[" : ",{\"steps\":[";
        CardState card;
        size_t step_index = 0;
        for (const Value& step : steps->items) {
            const std::string where = Where(seq_index, step_index);
            if (step.kind != Kind::kObject) {
                return at.Invalid(step, where + "must be an object");
            }
            const Value* t = step.Find("t");
            // JavaScript's Date range; it also keeps due times (t plus the interval) from
            // overflowing int64.
            constexpr int64_t kMaxTimeMs = 8'640'000'000'000'000;
            if (t == nullptr || !t->is_integer || t->integer > kMaxTimeMs ||
                t->integer < -kMaxTimeMs) {
                return at.Invalid(t != nullptr ? *t : step,
                                  where +
                                      "\"t\" must be a time in whole ms since the epoch, at most "
                                      "8.64e15 either side of it");
            }
            const Value* rating = step.Find("rating");
            if (rating == nullptr || !IsInt(*rating) || rating->integer < 1 ||
                rating->integer > 4) {
                return at.Invalid(rating != nullptr ? *rating : step,
                                  where + "\"rating\" must be 1, 2, 3 or 4");
            }
            const int64_t now_ms = t->integer;
            if (card.reps > 0 && now_ms < card.last_review_ms) {
                return at.Invalid(*t, where + "\"t\" is earlier than the previous step");
            }
            const bool is_new = card.phase == CardPhase::kNew;
            const double r = scheduler->Retrievability(card, now_ms);
            card = scheduler->Next(card, now_ms, static_cast<Rating>(rating->integer));
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
