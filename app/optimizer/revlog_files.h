// Review logs from files, for `summit optimize --revlog FILE`: py-fsrs' CSV of answers and the
// day-level TSV of the FSRS optimizer's preprocessing (formats in docs/optimizer.md).
#pragma once

#include <string_view>
#include <vector>

#include "app/optimizer/training_set.h"
#include "content/model/error.h"

namespace summit::optimizer {

// `card_id,review_rating,review_time,review_duration` with ISO-8601 times carrying an offset
// ("2024-03-29T20:32:32.250000+00:00" or "...Z"); a header line is required. A card's first
// answer counts as its first learning answer. Errors (kParse) name the line.
[[nodiscard]] Result<std::vector<ReviewEvent>> ReadAnswerCsv(std::string_view text);

// `t_history<TAB>r_history<TAB>delta_ts<TAB>ys`, one card per line, each column a
// comma-separated list of the same length. Errors (kParse) name the line.
[[nodiscard]] Result<TrainingSet> ReadDayLevelTsv(std::string_view text);

// Which of the two a file's first line announces; nullopt for neither.
enum class RevlogFormat { kAnswerCsv, kDayLevelTsv };
[[nodiscard]] Result<RevlogFormat> DetectRevlogFormat(std::string_view text);

}  // namespace summit::optimizer
