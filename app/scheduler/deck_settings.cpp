// Deck settings: validation and the JSON form stored in the collection.
#include "app/scheduler/deck_settings.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "app/scheduler/fsrs.h"
#include "app/scheduler/sm2.h"
#include "app/scheduler/steps.h"
#include "content/json/json.h"
#include "content/json/writer.h"

namespace summit::study {
namespace {

namespace json = content::json;

std::string FormatNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

Status CheckRange(const char* name, int value, int low, int high) {
    if (value < low || value > high) {
        return Fail(ErrorCode::kInvalidArgument,
                    std::string(name) + " is " + std::to_string(value) + "; it must be between " +
                        std::to_string(low) + " and " + std::to_string(high));
    }
    return {};
}

Status CheckSteps(const char* name, const std::string& text) {
    auto steps = ParseStepList(text);
    if (!steps) {
        return Fail(ErrorCode::kInvalidArgument,
                    std::string(name) + " \"" + text + "\": " + steps.error().message);
    }
    return {};
}

Status WrongType(const char* name, const char* expected) {
    return Fail(ErrorCode::kInvalidArgument,
                std::string("deck settings member \"") + name + "\" must be " + expected);
}

Status ReadInt(const json::Value& object, const char* name, int& out) {
    const json::Value* value = object.Find(name);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_integer || value->integer < INT32_MIN || value->integer > INT32_MAX) {
        return WrongType(name, "a whole number");
    }
    out = static_cast<int>(value->integer);
    return {};
}

Status ReadInt64(const json::Value& object, const char* name, int64_t& out) {
    const json::Value* value = object.Find(name);
    if (value == nullptr) {
        return {};
    }
    if (!value->is_integer || value->integer < 0) {
        return WrongType(name, "a whole number of milliseconds, 0 or more");
    }
    out = value->integer;
    return {};
}

Status ReadString(const json::Value& object, const char* name, std::string& out) {
    const json::Value* value = object.Find(name);
    if (value == nullptr) {
        return {};
    }
    if (value->kind != json::Value::Kind::kString) {
        return WrongType(name, "a string");
    }
    out = value->string;
    return {};
}

// "fsrs_weights": [numbers]; an absent member leaves `out` alone.
Status ReadWeights(const json::Value& object, const char* name, std::vector<double>& out) {
    const json::Value* value = object.Find(name);
    if (value == nullptr) {
        return {};
    }
    if (value->kind != json::Value::Kind::kArray) {
        return WrongType(name, "an array of numbers");
    }
    out.clear();
    for (const json::Value& item : value->items) {
        if (item.kind != json::Value::Kind::kNumber) {
            return WrongType(name, "an array of numbers");
        }
        out.push_back(item.number);
    }
    return {};
}

void WriteWeights(json::Writer& writer, const char* name, const std::vector<double>& weights) {
    writer.Key(name).StartArray();
    for (double w : weights) {
        writer.Double(w);
    }
    writer.EndArray();
}

}  // namespace

Status ValidateStoredFsrsWeights(const std::vector<double>& weights) {
    if (weights.empty()) {
        return {};
    }
    if (weights.size() != kFsrsWeightCount) {
        return Fail(ErrorCode::kInvalidArgument,
                    "FSRS weights must be 21 values, not " + std::to_string(weights.size()));
    }
    const auto ranges = FsrsWeightRanges(true);
    for (size_t i = 0; i < weights.size(); ++i) {
        // Written so that NaN fails too.
        if (!(weights[i] >= ranges[i].lo && weights[i] <= ranges[i].hi)) {
            return Fail(ErrorCode::kInvalidArgument,
                        "FSRS weight w" + std::to_string(i) + " is " + FormatNumber(weights[i]) +
                            "; it must be between " + FormatNumber(ranges[i].lo) + " and " +
                            FormatNumber(ranges[i].hi));
        }
    }
    return {};
}

const char* SchedulerKindName(SchedulerKind kind) {
    switch (kind) {
        case SchedulerKind::kFsrs:
            return "fsrs";
        case SchedulerKind::kSm2:
            return "sm2";
    }
    return "unknown";
}

Status DeckSettings::Validate() const {
    // Written so that NaN fails too.
    if (!(desired_retention >= 0.70 && desired_retention <= 0.99)) {
        return Fail(ErrorCode::kInvalidArgument, "desired retention is " +
                                                     FormatNumber(desired_retention) +
                                                     "; it must be between 0.70 and 0.99");
    }
    if (auto s = CheckRange("new cards per day", new_per_day, 0, 9999); !s) {
        return s;
    }
    if (auto s = CheckRange("reviews per day", reviews_per_day, 0, 99999); !s) {
        return s;
    }
    if (auto s = CheckSteps("learning steps", learning_steps); !s) {
        return s;
    }
    if (auto s = CheckSteps("relearning steps", relearning_steps); !s) {
        return s;
    }
    if (auto s = CheckRange("maximum interval (days)", maximum_interval_days, 1, 36500); !s) {
        return s;
    }
    if (auto s = CheckRange("day rollover hour", rollover_hour, 0, 23); !s) {
        return s;
    }
    if (auto s = CheckRange("learn-ahead minutes", learn_ahead_minutes, 0, 1440); !s) {
        return s;
    }
    // Anki's default cap: a card left open over lunch must not count as study time.
    if (auto s = CheckRange("maximum answer seconds", max_answer_seconds, 10, 3600); !s) {
        return s;
    }
    if (auto s = ValidateStoredFsrsWeights(fsrs_weights); !s) {
        return s;
    }
    return previous_fsrs_weights ? ValidateStoredFsrsWeights(*previous_fsrs_weights) : Status{};
}

std::string DeckSettingsToJson(const DeckSettings& settings) {
    json::Writer writer;
    writer.StartObject()
        .Field("desired_retention", settings.desired_retention)
        .Field("new_per_day", settings.new_per_day)
        .Field("reviews_per_day", settings.reviews_per_day)
        .Field("learning_steps", settings.learning_steps)
        .Field("relearning_steps", settings.relearning_steps)
        .Field("maximum_interval_days", settings.maximum_interval_days)
        .Field("scheduler", SchedulerKindName(settings.scheduler))
        .Field("rollover_hour", settings.rollover_hour)
        .Field("learn_ahead_minutes", settings.learn_ahead_minutes)
        .Field("max_answer_seconds", settings.max_answer_seconds);
    // Only when set, so settings without fitted weights read as before.
    if (!settings.fsrs_weights.empty()) {
        WriteWeights(writer, "fsrs_weights", settings.fsrs_weights);
    }
    if (settings.previous_fsrs_weights) {
        WriteWeights(writer, "previous_fsrs_weights", *settings.previous_fsrs_weights);
    }
    if (settings.fitted_at_ms > 0) {
        writer.Field("fitted_at_ms", settings.fitted_at_ms);
    }
    writer.EndObject();
    return writer.str();
}

Result<DeckSettings> DeckSettingsFromJson(std::string_view text) {
    // json::Parse reads every number to the nearest double, so a stored value reads back
    // exactly and does not drift on every load and save.
    auto parsed = json::ParseText(text);
    if (!parsed) {
        Error error{ErrorCode::kParse,
                    "deck settings are not valid JSON at byte " +
                        std::to_string(parsed.error().offset) + ": " + parsed.error().reason,
                    {},
                    0,
                    0};
        json::LineIndex(text).Locate(parsed.error().offset, error);
        return Fail(std::move(error));
    }
    const json::Value& document = *parsed;
    if (document.kind != json::Value::Kind::kObject) {
        return Fail(ErrorCode::kParse, "deck settings must be a JSON object");
    }
    DeckSettings settings;
    if (const json::Value* retention = document.Find("desired_retention")) {
        if (retention->kind != json::Value::Kind::kNumber) {
            return std::unexpected(WrongType("desired_retention", "a number").error());
        }
        settings.desired_retention = retention->number;
    }
    std::string scheduler = SchedulerKindName(settings.scheduler);
    for (Status s : {ReadInt(document, "new_per_day", settings.new_per_day),
                     ReadInt(document, "reviews_per_day", settings.reviews_per_day),
                     ReadString(document, "learning_steps", settings.learning_steps),
                     ReadString(document, "relearning_steps", settings.relearning_steps),
                     ReadInt(document, "maximum_interval_days", settings.maximum_interval_days),
                     ReadString(document, "scheduler", scheduler),
                     ReadInt(document, "rollover_hour", settings.rollover_hour),
                     ReadInt(document, "learn_ahead_minutes", settings.learn_ahead_minutes),
                     ReadInt(document, "max_answer_seconds", settings.max_answer_seconds),
                     ReadWeights(document, "fsrs_weights", settings.fsrs_weights),
                     ReadInt64(document, "fitted_at_ms", settings.fitted_at_ms)}) {
        if (!s) {
            return std::unexpected(s.error());
        }
    }
    if (document.Find("previous_fsrs_weights") != nullptr) {
        std::vector<double> previous;
        if (auto s = ReadWeights(document, "previous_fsrs_weights", previous); !s) {
            return std::unexpected(s.error());
        }
        settings.previous_fsrs_weights = std::move(previous);
    }
    if (scheduler == SchedulerKindName(SchedulerKind::kFsrs)) {
        settings.scheduler = SchedulerKind::kFsrs;
    } else if (scheduler == SchedulerKindName(SchedulerKind::kSm2)) {
        settings.scheduler = SchedulerKind::kSm2;
    } else {
        return Fail(ErrorCode::kInvalidArgument,
                    "unknown scheduler \"" + scheduler + "\"; use \"fsrs\" or \"sm2\"");
    }
    if (auto valid = settings.Validate(); !valid) {
        return std::unexpected(valid.error());
    }
    return settings;
}

namespace {

// "1m 10m" or "1m,10m" -> {"1m", "10m"}; the settings were validated, so every piece parses.
std::vector<std::string> SplitSteps(const std::string& text) {
    std::vector<std::string> steps;
    std::string current;
    for (char c : text) {
        if (c == ' ' || c == ',' || c == '\t') {
            if (!current.empty()) {
                steps.push_back(std::move(current));
                current.clear();
            }
        } else {
            current += c;
        }
    }
    if (!current.empty()) {
        steps.push_back(std::move(current));
    }
    return steps;
}

}  // namespace

FsrsParams ToFsrsParams(const DeckSettings& settings) {
    FsrsParams params;
    if (!settings.fsrs_weights.empty()) {
        params.w = settings.fsrs_weights;
    }
    params.request_retention = settings.desired_retention;
    params.maximum_interval = settings.maximum_interval_days;
    params.learning_steps = SplitSteps(settings.learning_steps);
    params.relearning_steps = SplitSteps(settings.relearning_steps);
    params.day_rule = settings.Day();
    return params;
}

Sm2Params ToSm2Params(const DeckSettings& settings) {
    Sm2Params params;
    params.maximum_interval = settings.maximum_interval_days;
    params.learning_steps = SplitSteps(settings.learning_steps);
    params.relearning_steps = SplitSteps(settings.relearning_steps);
    params.day_rule = settings.Day();
    return params;
}

Result<std::unique_ptr<Scheduler>> MakeScheduler(const DeckSettings& settings) {
    if (auto valid = settings.Validate(); !valid) {
        return std::unexpected(valid.error());
    }
    switch (settings.scheduler) {
        case SchedulerKind::kFsrs: {
            auto fsrs = FsrsScheduler::Create(ToFsrsParams(settings));
            if (!fsrs) {
                return std::unexpected(fsrs.error());
            }
            return std::make_unique<FsrsScheduler>(std::move(*fsrs));
        }
        case SchedulerKind::kSm2: {
            auto sm2 = Sm2Scheduler::Create(ToSm2Params(settings));
            if (!sm2) {
                return std::unexpected(sm2.error());
            }
            return std::make_unique<Sm2Scheduler>(std::move(*sm2));
        }
    }
    return Fail(ErrorCode::kInvalidArgument, "unknown scheduler kind");
}

}  // namespace summit::study
