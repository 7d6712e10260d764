// A synthetic class: reports of many students on one large deck, written as report files, for
// the class benchmark and `make_class_reports`.
#pragma once

#include <cstdint>
#include <filesystem>

#include "app/classroom/report.h"
#include "content/model/error.h"

namespace summit::bench {

// Student `index` of a class of seeded abilities answering `questions` questions (70% multiple
// choice with four options, 15% true/false, 15% typed; 20 topics) whose difficulties come from
// `seed`; right with the logistic chance of ability minus difficulty. Same arguments, same
// report.
classroom::StudentReport SyntheticStudent(int index, int questions, uint64_t seed, int64_t now_ms);

// Writes `students` reports into `folder` (created when missing). Errors: kIo.
[[nodiscard]] Status WriteSyntheticClass(const std::filesystem::path& folder, int students,
                                         int questions, uint64_t seed, int64_t now_ms);

}  // namespace summit::bench
