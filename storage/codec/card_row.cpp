// The card-state columns and their mapping to CardState and CardSnapshot.
#include "storage/codec/card_row.h"

namespace summit::storage {
namespace {

constexpr const char* kColumnNames[kSnapshotColumnCount] = {
    "phase",          "stability",      "difficulty", "ease",   "step",      "due_ms",
    "last_review_ms", "scheduled_days", "reps",       "lapses", "suspended", "buried_until_ms"};

std::string Join(int count, std::string_view prefix, std::string_view suffix) {
    std::string out;
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            out += ", ";
        }
        out += prefix;
        out += kColumnNames[i];
        out += suffix;
    }
    return out;
}

}  // namespace

std::string CardStateColumns(std::string_view prefix) {
    return Join(kCardStateColumnCount, prefix, {});
}

std::string SnapshotColumns(std::string_view prefix) {
    return Join(kSnapshotColumnCount, prefix, {});
}

std::string CardStateAssignments() {
    return Join(kCardStateColumnCount, {}, " = ?");
}

std::string SnapshotAssignments() {
    return Join(kSnapshotColumnCount, {}, " = ?");
}

CardState CardStateFromRow(const Statement& stmt, int first) {
    CardState state;
    state.phase = static_cast<CardPhase>(stmt.Int(first));  // the schema CHECKs 0..3
    state.stability = stmt.Real(first + 1);
    state.difficulty = stmt.Real(first + 2);
    state.ease = stmt.Real(first + 3);
    state.step = static_cast<int>(stmt.Int(first + 4));
    state.due_ms = stmt.Int(first + 5);
    state.last_review_ms = stmt.Int(first + 6);
    state.scheduled_days = static_cast<int>(stmt.Int(first + 7));
    state.reps = static_cast<int>(stmt.Int(first + 8));
    state.lapses = static_cast<int>(stmt.Int(first + 9));
    return state;
}

CardSnapshot SnapshotFromRow(const Statement& stmt, int first) {
    CardSnapshot snapshot;
    snapshot.state = CardStateFromRow(stmt, first);
    snapshot.suspended = stmt.Int(first + kCardStateColumnCount) != 0;
    snapshot.buried_until_ms = stmt.Int(first + kCardStateColumnCount + 1);
    return snapshot;
}

int BindCardState(Statement& stmt, int first, const CardState& state) {
    stmt.Bind(first, static_cast<int>(state.phase))
        .Bind(first + 1, state.stability)
        .Bind(first + 2, state.difficulty)
        .Bind(first + 3, state.ease)
        .Bind(first + 4, state.step)
        .Bind(first + 5, state.due_ms)
        .Bind(first + 6, state.last_review_ms)
        .Bind(first + 7, state.scheduled_days)
        .Bind(first + 8, state.reps)
        .Bind(first + 9, state.lapses);
    return first + kCardStateColumnCount;
}

int BindSnapshot(Statement& stmt, int first, const CardSnapshot& snapshot) {
    const int next = BindCardState(stmt, first, snapshot.state);
    stmt.Bind(next, snapshot.suspended ? 1 : 0).Bind(next + 1, snapshot.buried_until_ms);
    return next + 2;
}

}  // namespace summit::storage
