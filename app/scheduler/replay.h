// Schedules review sequences given as JSON and reports every after-state as JSON, so the
// scheduler can be compared with other FSRS implementations (`summit sched replay`). The
// schema is documented in docs/scheduler.md.
#pragma once

#include <string>
#include <string_view>

#include "app/scheduler/fsrs_params.h"
#include "content/model/error.h"

namespace summit::study {

// Reads an FSRS parameter object: {"w": [...], "request_retention": 0.9,
// "maximum_interval": 36500, "enable_short_term": true, "enable_fuzz": false,
// "learning_steps": ["1m","10m"], "relearning_steps": ["10m"]}. Every field is optional and
// defaults as in ts-fsrs; the day rule is always UTC. Unknown fields are ignored.
// Errors: kParse for malformed JSON; kValidation for a field of the wrong type; both with the
// line and column of the value. Values are range-checked later, by FsrsScheduler::Create.
[[nodiscard]] Result<FsrsParams> FsrsParamsFromJson(std::string_view json);

// Replays {"params": {...}, "sequences": [{"steps": [{"t": ms, "rating": 1..4}, ...]}, ...]}:
// each sequence starts from a new card; the result is
// {"sequences": [{"steps": [{"state", "s", "d", "ivl", "due", "step", "reps", "lapses",
// "r"}, ...]}, ...]} with one after-state per input step, "r" being the retrievability used
// by that review (null for a new card). "params" may be omitted (all defaults).
// Errors: kParse for malformed JSON; kValidation for a missing or mistyped field, a rating
// outside 1..4 or a time earlier than the previous step's (message names the sequence and
// step, 0-based); kInvalidArgument for parameters FsrsScheduler::Create rejects. kParse and
// kValidation errors carry `source_name` as their file and the line and column of the value.
[[nodiscard]] Result<std::string> ReplayScheduleJson(std::string_view input_json,
                                                     std::string_view source_name = {});

}  // namespace summit::study
