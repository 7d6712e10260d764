// The small class worked out by hand in docs/class.md: five students, three questions.
#pragma once

#include <string>

#include "app/classroom/class_folder.h"

namespace summit::testing {

// Students A..E (first-try scores on Q1 Q2 Q3: A 111, B 110, C 101, D 010, E 000). Q1 is a
// multiple-choice question with options "Paris" (right), "Lyon" and "Nice"; D and E chose
// "Lyon". Every report is of deck "Geography" and exported at `exported_ms`.
classroom::ClassFolder HandClass(int64_t exported_ms = 1'700'000'000'000);

// One student's report of that class, by letter.
classroom::StudentReport HandStudent(char letter, int64_t exported_ms = 1'700'000'000'000);

// The report of `loaded`, to change in a test: a copy of its own replaces the shared one.
classroom::StudentReport& Edit(classroom::LoadedReport& loaded);

}  // namespace summit::testing
