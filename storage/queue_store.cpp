// The queue's reads: learning, due review and new cards from the partial indexes of schema
// v4, join-free, with the reviews ranked and cut in SQL.
#include <string>

#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

// Reviews ranked past the limit are still returned up to this margin (twice the limit plus
// this many), so that the caller's exact order — whole local days, which may differ by one
// from SQL's 24-hour days around a DST change, and rounding — picks from a superset.
constexpr int kReviewMarginRows = 128;

// Parameters: ?1 deck id, ?2 now, ?3 learning due before, ?4 review due before, ?5 day start,
// ?6 topic, ?7 limit.
constexpr const char* kColumns =
    "SELECT id, question_id, source_key, phase, due_ms, last_review_ms, stability, "
    "scheduled_days, buried_until_ms FROM cards ";

// Recall falls as elapsed days / stability grows (the forgetting curve is monotonic in it),
// so ordering by that ratio descending puts the most at-risk cards first without pow().
constexpr const char* kReviewRisk = R"sql(
    CASE WHEN stability > 0
         THEN (CASE WHEN last_review_ms >= ?5 THEN 0
                    ELSE (?5 - last_review_ms + 86399999) / 86400000 END) / stability
         ELSE (max(0, ?2 - last_review_ms) / 86400000) * 1.0 / max(1, scheduled_days) END)sql";

// How the deck narrows the rows: not at all, to one deck, or to a deck with subdecks.
enum class DeckScope { kAll, kOne, kTree };

std::string Filters(DeckScope deck, bool topic) {
    std::string sql = deck == DeckScope::kOne    ? " AND deck_id = ?1"
                      : deck == DeckScope::kTree ? " AND " + DeckTreeCondition("deck_id", "?1")
                                                 : "";
    sql += " AND buried_until_ms <= ?2";
    if (topic) {
        sql += " AND question_id IN (SELECT id FROM questions WHERE topic = ?6)";
    }
    return sql;
}

void BindQuery(Statement& stmt, std::optional<int64_t> deck_id, const QueueRowQuery& query,
               int64_t limit) {
    stmt.BindAll(deck_id, query.now_ms, query.learning_due_before_ms, query.review_due_before_ms,
                 query.day_start_ms);
    if (query.topic) {
        stmt.Bind(6, *query.topic);
    }
    stmt.Bind(7, limit);
}

Status ReadRows(Statement& stmt, std::vector<QueueRow>& rows) {
    return ForEachRow(stmt, [&] {
        QueueRow& card = rows.emplace_back();
        card.id = CardId{stmt.Int(0)};
        card.question_id = QuestionId{stmt.Int(1)};
        card.source_key = static_cast<uint64_t>(stmt.Int(2));
        card.state.phase = static_cast<CardPhase>(stmt.Int(3));  // the schema CHECKs 0..3
        card.state.due_ms = stmt.Int(4);
        card.state.last_review_ms = stmt.Int(5);
        card.state.stability = stmt.Real(6);
        card.state.scheduled_days = static_cast<int>(stmt.Int(7));
        card.buried_until_ms = stmt.Int(8);
    });
}

}  // namespace

Result<QueueRows> Collection::LoadQueueRows(const QueueRowQuery& query) const {
    Db& db = *db_;
    auto scope = DeckIdOrAll(db, query.deck);
    if (!scope) {
        return Fail(scope.error());
    }
    const std::optional<int64_t> deck_id = *scope;
    DeckScope deck_scope = DeckScope::kAll;
    if (deck_id) {
        auto subdecks = HasSubdecks(db, DeckId{*deck_id});
        if (!subdecks) {
            return Fail(subdecks.error());
        }
        deck_scope = *subdecks ? DeckScope::kTree : DeckScope::kOne;
    }
    // Each statement names its partial index's WHERE terms literally so SQLite can use it. A
    // deck without subdecks reads as it always did ("deck_id = ?", one index range in id
    // order); for a tree the planner would take the non-covering cards_queue index for the
    // IN list, so the partial indexes are named (one range per deck, then a sort).
    const std::string filters = Filters(deck_scope, query.topic.has_value());
    const bool tree = deck_scope == DeckScope::kTree;
    // The planner prefers the older cards_queue index for reviews, which reads every due row
    // from the table; the covering one answers the ranking from the index alone.
    const std::string review_where =
        "INDEXED BY cards_queue_review WHERE phase = 2 AND suspended = 0 AND due_ms < ?4" + filters;
    const std::string learning_sql =
        std::string(kColumns) + (tree ? "INDEXED BY cards_queue_learning " : "") +
        "WHERE phase IN (1, 3) AND suspended = 0" + filters +
        " AND due_ms < max(?3, ?4) AND (due_ms < ?3 OR scheduled_days >= 1) ORDER BY due_ms, id";
    const std::string count_sql = "SELECT count(*) FROM cards " + review_where;
    const std::string review_sql = std::string(kColumns) + review_where + " ORDER BY " +
                                   kReviewRisk + " DESC, due_ms, id LIMIT ?7";
    const std::string new_sql =
        std::string(kColumns) + (tree ? "INDEXED BY cards_queue_new " : "") +
        "WHERE phase = 0 AND suspended = 0" + filters + " ORDER BY id LIMIT ?7";

    const int64_t review_limit =
        query.review_limit < 0 ? -1 : int64_t{query.review_limit} * 2 + kReviewMarginRows;
    QueueRows result;
    for (const auto& [sql, limit] :
         {std::pair{&learning_sql, int64_t{-1}}, std::pair{&review_sql, review_limit},
          std::pair{&new_sql, int64_t{query.new_limit}}}) {
        auto stmt = Statement::Prepare(db, *sql);
        if (!stmt) {
            return Fail(stmt.error());
        }
        BindQuery(*stmt, deck_id, query, limit);
        if (auto read = ReadRows(*stmt, result.rows); !read) {
            return Fail(read.error());
        }
    }
    auto count = Statement::Prepare(db, count_sql);
    if (!count) {
        return Fail(count.error());
    }
    BindQuery(*count, deck_id, query, -1);
    auto counted = count->Step();
    if (!counted) {
        return Fail(counted.error());
    }
    result.review_due_total = *counted ? static_cast<int>(count->Int(0)) : 0;
    return result;
}

}  // namespace summit::storage
