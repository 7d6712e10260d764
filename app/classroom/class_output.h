// The class analysis as the command line writes it: JSON (`summit class --json`, every figure)
// and CSV (a students table and an item table, for spreadsheets).
#pragma once

#include <string>
#include <vector>

#include "app/classroom/class_analysis.h"

namespace summit::classroom {

// One JSON object; members and units in docs/class.md. Fractions and percentages with 4
// decimals; undefined figures are null.
std::string ClassJson(const ClassAnalysis& analysis, const std::vector<RejectedReport>& rejected);

// RFC 4180 CSV with a header line: one row per student.
std::string StudentsCsv(const ClassAnalysis& analysis);
// One row per question: its figures, flags joined by "; ", and whether it changed.
std::string ItemsCsv(const ClassAnalysis& analysis);

}  // namespace summit::classroom
