// Internal: the card-state columns of the cards table, named, read and bound in one place for
// every statement that reads or writes a card's scheduling state.
#pragma once

#include <string>
#include <string_view>

#include "content/model/card.h"
#include "storage/codec/json_codec.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

inline constexpr int kCardStateColumnCount = 10;  // phase .. lapses
inline constexpr int kSnapshotColumnCount = 12;   // the state, suspended, buried_until_ms

// "phase, stability, ..., lapses", each name after `prefix` ("c." for a join), in the order
// CardStateFromRow reads them; SnapshotColumns adds suspended and buried_until_ms.
std::string CardStateColumns(std::string_view prefix = {});
std::string SnapshotColumns(std::string_view prefix = {});
// "phase = ?, ..." for an UPDATE, in the order BindCardState / BindSnapshot bind them.
std::string CardStateAssignments();
std::string SnapshotAssignments();

// The state in columns first .. first + kCardStateColumnCount - 1 of the current row.
CardState CardStateFromRow(const Statement& stmt, int first);
// The snapshot in columns first .. first + kSnapshotColumnCount - 1 of the current row.
CardSnapshot SnapshotFromRow(const Statement& stmt, int first);

// Bind parameters first, first + 1, ...; return the next parameter index.
int BindCardState(Statement& stmt, int first, const CardState& state);
int BindSnapshot(Statement& stmt, int first, const CardSnapshot& snapshot);

// The SET list that makes a card new again (the browser's and the editor's Reset
// scheduling). Reps and lapses stay: they count what happened, and a new card with reps > 0
// is how Check Collection tells a reset card from a damaged one.
inline constexpr const char* kResetScheduling =
    "phase = 0, stability = 0, difficulty = 0, ease = 0, step = 0, due_ms = 0, "
    "last_review_ms = 0, scheduled_days = 0";

}  // namespace summit::storage
