// Per-deck study options: retention, daily limits, (re)learning steps, the scheduler kind and
// the study day. Stored as a small JSON object in the collection; validated before use.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/scheduler/day_rule.h"
#include "app/scheduler/fsrs_params.h"
#include "app/scheduler/scheduler.h"
#include "app/scheduler/sm2.h"
#include "content/model/error.h"

namespace summit::study {

enum class SchedulerKind { kFsrs, kSm2 };

// "fsrs" or "sm2" (the names used in the stored JSON).
const char* SchedulerKindName(SchedulerKind kind);

struct DeckSettings {
    double desired_retention = 0.90;        // FSRS target recall, 0.70..0.99; default 0.90
    int new_per_day = 20;                   // new cards introduced per study day, 0..9999; 20
    int reviews_per_day = 200;              // review + new cards per study day, 0..99999; 200
    std::string learning_steps = "1m 10m";  // delays of a new card, e.g. "1m 10m"; may be empty
    std::string relearning_steps = "10m";   // delays after a lapse, e.g. "10m"; may be empty
    int maximum_interval_days = 36500;      // longest review interval, days, 1..36500; 36500
    SchedulerKind scheduler = SchedulerKind::kFsrs;  // FSRS-6 or SM-2; default FSRS
    int rollover_hour = 4;                           // local hour the study day starts, 0..23; 4
    int learn_ahead_minutes = 20;  // ask learning cards this early when idle, 0..1440; 20
    int max_answer_seconds = 60;   // recorded time per answer is capped here, s, 10..3600; 60
    // FSRS-6 weights fitted to this deck's reviews (`summit optimize --apply`): 21 values, each
    // within its clip range (FsrsWeightRanges); empty: the FSRS-6 defaults.
    std::vector<double> fsrs_weights;
    // The weights the last fit replaced, kept so it can be undone (empty vector: they were the
    // defaults); nullopt when there is nothing to undo.
    std::optional<std::vector<double>> previous_fsrs_weights;
    // When fitted weights were last applied (ms since the epoch); 0: never. Home counts the
    // reviews since then to suggest fitting again.
    int64_t fitted_at_ms = 0;

    // kInvalidArgument naming the first bad field, its value and the allowed range.
    [[nodiscard]] Status Validate() const;

    // The study day these settings define (always local time with the rollover hour).
    DayRule Day() const { return DayRule{DayRule::kLocal, rollover_hour}; }

    bool operator==(const DeckSettings&) const = default;
};

// A JSON object with one member per field, e.g. {"desired_retention":0.9,...,"scheduler":"fsrs"}.
std::string DeckSettingsToJson(const DeckSettings& settings);

// Checks a stored weight vector: empty, or 21 finite values each within its clip range
// (short-term on). kInvalidArgument naming the first bad weight.
[[nodiscard]] Status ValidateStoredFsrsWeights(const std::vector<double>& weights);

// Reads what DeckSettingsToJson writes. Missing members keep their defaults and unknown members
// are ignored, so older and newer files both load. Errors: kParse for text that is not a JSON
// object; kInvalidArgument for a member of the wrong type or an unknown scheduler name, or when
// the result fails Validate().
[[nodiscard]] Result<DeckSettings> DeckSettingsFromJson(std::string_view json);

// The FSRS parameters these settings imply: the deck's fitted weights (else the defaults), its
// retention, maximum interval and steps, and its local study day (not ts-fsrs' UTC days).
FsrsParams ToFsrsParams(const DeckSettings& settings);

// The SM-2 parameters these settings imply: Anki's defaults with the deck's steps, maximum
// interval and local study day. Desired retention does not apply to SM-2.
Sm2Params ToSm2Params(const DeckSettings& settings);

// The scheduler the deck uses (FSRS-6 or SM-2). Errors: kInvalidArgument when the settings
// fail Validate() or the scheduler rejects them.
[[nodiscard]] Result<std::unique_ptr<Scheduler>> MakeScheduler(const DeckSettings& settings);

}  // namespace summit::study
