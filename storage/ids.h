// Distinct id types for collection rows, so a CardId cannot be passed where a DeckId belongs.
#pragma once

#include <compare>
#include <cstdint>

namespace summit::storage {

template <typename Tag>
struct RowId {
    int64_t value = 0;  // the SQLite rowid; 0 never names a row

    friend auto operator<=>(const RowId&, const RowId&) = default;
};

using DeckId = RowId<struct DeckTag>;
using QuestionId = RowId<struct QuestionTag>;
using CardId = RowId<struct CardTag>;
using ReviewId = RowId<struct ReviewTag>;
using QuizAttemptId = RowId<struct QuizAttemptTag>;

}  // namespace summit::storage
