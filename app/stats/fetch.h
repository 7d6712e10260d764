// Reads the rows statistics need from the collection in a few queries, once per report.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "app/stats/report.h"
#include "app/stats/rows.h"
#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::stats {

struct StatsFilter {
    std::optional<storage::DeckId> deck;  // one deck; nullopt = the whole collection
    std::optional<std::string> topic;     // a topic tag; matches it and its "tag:..." sub-topics
};

// Cards, their review log, question prompts and finished quizzes, with the study day and
// desired retention from the deck's settings (the default settings without a deck). Quizzes
// are not filtered: an attempt does not record its deck in a queryable form yet.
//
// Reviews come in the order they were recorded, each with the card's scheduled interval when
// it was asked (so a late review of a 10-day card counts as young however late it is).
//
// Errors: kNotFound for an unknown deck; the collection's read errors (kBusy, kCorrupt,
// kDatabase); those of study::LoadDeckSettings for damaged stored settings.
[[nodiscard]] Result<StatsInput> FetchStatsInput(const storage::Collection& collection,
                                                 const StatsFilter& filter, int64_t now_ms);

// The same input with the review log read as its summaries (ReviewSummary, schema v9) rather
// than a million rows, for a report with `options`: its charts equal FetchStatsInput's, and
// only the prompts of the hardest questions are read. A deck or topic filter, or a time zone
// whose day boundaries are not on quarter hours, falls back to FetchStatsInput. Same errors.
[[nodiscard]] Result<StatsInput> FetchStatsSummaryInput(const storage::Collection& collection,
                                                        const StatsFilter& filter, int64_t now_ms,
                                                        const ReportOptions& options = {});

// True when `topic` is `filter` or one of its sub-topics ("a" matches "a" and "a:b", not "ab").
bool TopicMatches(std::string_view topic, std::string_view filter);

}  // namespace summit::stats
