// Fuzz target for the card-state columns read from a cards row (SnapshotFromRow). A damaged or
// hostile collection may hold any SQLite value in them: nulls, text, blobs, huge numbers. The
// state read must bind back to the same state, and both schedulers must take it (preview and
// one answer) without a crash or sanitizer report. A state Check Collection finds nothing wrong
// with must survive the undo snapshot's JSON unchanged, and answering it must give a state
// with finite numbers, whose snapshot survives too.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include "app/scheduler/deck_settings.h"
#include "storage/codec/card_row.h"
#include "storage/codec/json_codec.h"
#include "storage/testing.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using namespace summit;

// Reads the input front to back; missing bytes read as zero, so every input is usable.
class Bytes {
  public:
    Bytes(const uint8_t* data, size_t size) : data_(data), size_(size) {}
    uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }
    uint64_t Word() {
        uint64_t value = 0;
        for (int i = 0; i < 8; ++i) {
            value = value << 8 | Byte();
        }
        return value;
    }
    std::string Text(size_t length) {
        std::string text;
        while (text.size() < length && pos_ < size_) {
            text += static_cast<char>(data_[pos_++]);
        }
        return text;
    }

  private:
    const uint8_t* data_;
    size_t size_;
    size_t pos_ = 0;
};

storage::Db& Connection() {
    static storage::Collection collection = [] {
        auto opened = storage::Collection::OpenInMemory();
        SUMMIT_FUZZ_CHECK(opened.has_value());
        return std::move(*opened);
    }();
    return storage::CollectionTestPeer::Connection(collection);
}

// "SELECT ?1, ..., ?12", each value kept as bound or cast to a blob.
std::string SelectSql(const bool* as_blob) {
    std::string sql = "SELECT ";
    for (int i = 1; i <= storage::kSnapshotColumnCount; ++i) {
        const std::string parameter = "?" + std::to_string(i);
        sql += i > 1 ? ", " : "";
        sql += as_blob[i - 1] ? "CAST(" + parameter + " AS BLOB)" : parameter;
    }
    return sql;
}

storage::CardSnapshot ReadRow(storage::Statement& stmt) {
    auto row = stmt.Step();
    SUMMIT_FUZZ_CHECK(row.has_value() && *row);
    return storage::SnapshotFromRow(stmt, 0);
}

bool SameSnapshot(const storage::CardSnapshot& a, const storage::CardSnapshot& b) {
    return a.state == b.state && a.suspended == b.suspended &&
           a.buried_until_ms == b.buried_until_ms;
}

// No finding of Check Collection's value rules (storage/check_store.cpp) applies.
bool PassesCheck(const CardState& state) {
    const int phase = static_cast<int>(state.phase);
    return phase >= 0 && phase <= 3 && state.stability >= 0 && state.stability <= 36500 &&
           state.difficulty >= 0 && state.difficulty <= 10 && state.ease >= 0 &&
           std::isfinite(state.ease) && state.reps >= 0 && state.lapses >= 0 &&
           state.scheduled_days >= 0 && state.due_ms >= 0;
}

bool Finite(const CardState& state) {
    return std::isfinite(state.stability) && std::isfinite(state.difficulty) &&
           std::isfinite(state.ease);
}

// The review log keeps the card as it was before each answer; undo puts back exactly that.
void CheckSnapshotJson(const storage::CardSnapshot& snapshot) {
    auto decoded = storage::DecodeCardSnapshot(storage::EncodeCardSnapshot(snapshot));
    SUMMIT_FUZZ_CHECK(decoded.has_value());
    SUMMIT_FUZZ_CHECK(SameSnapshot(*decoded, snapshot));
}

void Schedule(const CardState& state, int64_t now_ms, Rating rating) {
    for (const study::SchedulerKind kind :
         {study::SchedulerKind::kFsrs, study::SchedulerKind::kSm2}) {
        study::DeckSettings settings;
        settings.scheduler = kind;
        auto scheduler = study::MakeScheduler(settings);
        SUMMIT_FUZZ_CHECK(scheduler.has_value());
        for (const CardState& preview : (*scheduler)->Preview(state, now_ms)) {
            SUMMIT_FUZZ_CHECK(static_cast<int>(preview.phase) >= 0 &&
                              static_cast<int>(preview.phase) <= 3);
        }
        const CardState next = (*scheduler)->Next(state, now_ms, rating);
        SUMMIT_FUZZ_CHECK(static_cast<int>(next.phase) >= 0 && static_cast<int>(next.phase) <= 3);
        if (PassesCheck(state)) {
            SUMMIT_FUZZ_CHECK(Finite(next));
            CheckSnapshotJson({next, false, 0});
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    storage::Db& db = Connection();
    Bytes bytes(data, size);
    bool as_blob[storage::kSnapshotColumnCount] = {};
    uint8_t kinds[storage::kSnapshotColumnCount] = {};
    for (int i = 0; i < storage::kSnapshotColumnCount; ++i) {
        kinds[i] = bytes.Byte() % 5;  // null, integer, real, text, blob
        as_blob[i] = kinds[i] == 4;
    }
    auto stmt = storage::Statement::Prepare(db, SelectSql(as_blob));
    SUMMIT_FUZZ_CHECK(stmt.has_value());
    for (int i = 0; i < storage::kSnapshotColumnCount; ++i) {
        const int parameter = i + 1;
        switch (kinds[i]) {
            case 0:
                stmt->Bind(parameter, std::nullopt);
                break;
            case 1:
                stmt->Bind(parameter, static_cast<int64_t>(bytes.Word()));
                break;
            case 2: {
                const uint64_t bits = bytes.Word();
                double value = 0;
                std::memcpy(&value, &bits, sizeof value);
                stmt->Bind(parameter, value);
                break;
            }
            default:
                stmt->Bind(parameter, bytes.Text(bytes.Byte() % 32));
                break;
        }
    }
    const storage::CardSnapshot snapshot = ReadRow(*stmt);
    const int64_t now_ms = static_cast<int64_t>(bytes.Word());
    const auto rating = static_cast<Rating>(1 + bytes.Byte() % 4);

    // Written back through the same columns, the row reads as the same state.
    const bool plain[storage::kSnapshotColumnCount] = {};
    auto again = storage::Statement::Prepare(db, SelectSql(plain));
    SUMMIT_FUZZ_CHECK(again.has_value());
    storage::BindSnapshot(*again, 1, snapshot);
    SUMMIT_FUZZ_CHECK(SameSnapshot(ReadRow(*again), snapshot));

    const int phase = static_cast<int>(snapshot.state.phase);
    if (phase < 0 || phase > 3) {
        return 0;  // the schema's CHECK keeps such a row out of a collection
    }
    if (PassesCheck(snapshot.state)) {
        CheckSnapshotJson(snapshot);
    }
    Schedule(snapshot.state, now_ms, rating);
    return 0;
}
