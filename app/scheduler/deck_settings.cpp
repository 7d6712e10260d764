// Deck settings: validation and the JSON form stored in the collection.
#include "app/scheduler/deck_settings.h"

#include <cstdio>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "app/scheduler/fsrs.h"
#include "app/scheduler/sm2.h"
#include "app/scheduler/steps.h"

namespace summit::study {
namespace {

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

Status ReadInt(const rapidjson::Value& object, const char* name, int& out) {
    auto it = object.FindMember(name);
    if (it == object.MemberEnd()) {
        return {};
    }
    if (!it->value.IsInt()) {
        return WrongType(name, "a whole number");
    }
    out = it->value.GetInt();
    return {};
}

Status ReadString(const rapidjson::Value& object, const char* name, std::string& out) {
    auto it = object.FindMember(name);
    if (it == object.MemberEnd()) {
        return {};
    }
    if (!it->value.IsString()) {
        return WrongType(name, "a string");
    }
    out.assign(it->value.GetString(), it->value.GetStringLength());
    return {};
}

}  // namespace

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
    return CheckRange("learn-ahead minutes", learn_ahead_minutes, 0, 1440);
}

std::string DeckSettingsToJson(const DeckSettings& settings) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    writer.Key("desired_retention");
    writer.Double(settings.desired_retention);
    writer.Key("new_per_day");
    writer.Int(settings.new_per_day);
    writer.Key("reviews_per_day");
    writer.Int(settings.reviews_per_day);
    writer.Key("learning_steps");
    writer.String(settings.learning_steps.c_str());
    writer.Key("relearning_steps");
    writer.String(settings.relearning_steps.c_str());
    writer.Key("maximum_interval_days");
    writer.Int(settings.maximum_interval_days);
    writer.Key("scheduler");
    writer.String(SchedulerKindName(settings.scheduler));
    writer.Key("rollover_hour");
    writer.Int(settings.rollover_hour);
    writer.Key("learn_ahead_minutes");
    writer.Int(settings.learn_ahead_minutes);
    writer.EndObject();
    return buffer.GetString();
}

Result<DeckSettings> DeckSettingsFromJson(std::string_view json) {
    rapidjson::Document document;
    // Iterative: the default recursive parse overflows the stack on deeply nested input. Full
    // precision: the default may read a written double back one unit off, so a stored value
    // would drift on every load and save.
    document.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseFullPrecisionFlag>(
        json.data(), json.size());
    if (document.HasParseError()) {
        return Fail(ErrorCode::kParse, "deck settings are not valid JSON at byte " +
                                           std::to_string(document.GetErrorOffset()) + ": " +
                                           rapidjson::GetParseError_En(document.GetParseError()));
    }
    if (!document.IsObject()) {
        return Fail(ErrorCode::kParse, "deck settings must be a JSON object");
    }
    DeckSettings settings;
    if (auto it = document.FindMember("desired_retention"); it != document.MemberEnd()) {
        if (!it->value.IsNumber()) {
            return std::unexpected(WrongType("desired_retention", "a number").error());
        }
        settings.desired_retention = it->value.GetDouble();
    }
    std::string scheduler = SchedulerKindName(settings.scheduler);
    for (Status s : {ReadInt(document, "new_per_day", settings.new_per_day),
                     ReadInt(document, "reviews_per_day", settings.reviews_per_day),
                     ReadString(document, "learning_steps", settings.learning_steps),
                     ReadString(document, "relearning_steps", settings.relearning_steps),
                     ReadInt(document, "maximum_interval_days", settings.maximum_interval_days),
                     ReadString(document, "scheduler", scheduler),
                     ReadInt(document, "rollover_hour", settings.rollover_hour),
                     ReadInt(document, "learn_ahead_minutes", settings.learn_ahead_minutes)}) {
        if (!s) {
            return std::unexpected(s.error());
        }
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
