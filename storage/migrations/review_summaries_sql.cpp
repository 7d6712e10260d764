// The review log summaries' SQL shared by schema v9, the steps that recreate its triggers and
// the bulk writers that keep the summaries themselves (review_summaries_sql.h). Frozen: the
// triggers stored in every collection are this text.
#include "storage/migrations/review_summaries_sql.h"

#include <array>

namespace summit::storage {

namespace {

constexpr std::array<const char*, 19> kColumns = {
    "answers",       "correct",          "duration_ms",    "phase_new",     "phase_learning",
    "phase_review",  "phase_relearning", "learning_again", "learning_hard", "learning_good",
    "learning_easy", "young_again",      "young_hard",     "young_good",    "young_easy",
    "mature_again",  "mature_hard",      "mature_good",    "mature_easy"};

// What one review adds to each column of kColumns; `row` is "new", "old" or "revlog".
std::array<std::string, kColumns.size()> CountersOf(const std::string& row) {
    const std::string phase = row + ".phase_before";
    const std::string days = row + ".scheduled_days_before";
    const std::string groups[] = {"(" + phase + " <> 2)",
                                  "(" + phase + " = 2 AND " + days + " < 21)",
                                  "(" + phase + " = 2 AND " + days + " >= 21)"};
    std::array<std::string, kColumns.size()> counters;
    counters[0] = "1";
    counters[1] = row + ".correct";
    counters[2] = row + ".duration_ms";
    size_t at = 3;
    for (int p = 0; p < 4; ++p) {
        counters[at++] = "(" + phase + " = " + std::to_string(p) + ")";
    }
    for (const std::string& group : groups) {
        for (int rating = 1; rating <= 4; ++rating) {
            counters[at++] =
                "(" + group + " AND " + row + ".rating = " + std::to_string(rating) + ")";
        }
    }
    return counters;
}

// "a, b, c" from kColumns with `format` applied to each column and its counter.
template <typename Format>
std::string JoinColumns(const std::string& row, Format format) {
    const auto counters = CountersOf(row);
    std::string sql;
    for (size_t i = 0; i < kColumns.size(); ++i) {
        sql += (i == 0 ? "" : ", ") + format(std::string(kColumns[i]), counters[i]);
    }
    return sql;
}

std::string QuartersAdd() {
    const auto name = [](const std::string& column, const std::string&) { return column; };
    const auto value = [](const std::string&, const std::string& counter) { return counter; };
    const auto add = [](const std::string& column, const std::string&) {
        return column + " = " + column + " + excluded." + column;
    };
    return "    INSERT INTO review_quarters (quarter, " + JoinColumns("new", name) +
           ")\n        VALUES (" + ReviewQuarterOf("new.time_ms") + ", " +
           JoinColumns("new", value) + ")\n        ON CONFLICT (quarter) DO UPDATE SET " +
           JoinColumns("new", add) + ";\n";
}

std::string QuartersSubtract() {
    const auto subtract = [](const std::string& column, const std::string& counter) {
        return column + " = " + column + " - " + counter;
    };
    return "    UPDATE review_quarters SET " + JoinColumns("old", subtract) +
           "\n        WHERE quarter = " + ReviewQuarterOf("old.time_ms") + ";\n";
}

}  // namespace

std::string ReviewQuartersTable() {
    std::string sql = "CREATE TABLE review_quarters (\n    quarter INTEGER PRIMARY KEY";
    for (const char* column : kColumns) {
        sql += std::string(",\n    ") + column + " INTEGER NOT NULL DEFAULT 0";
    }
    return sql + "\n);\n";
}

std::string ReviewQuarterOf(const std::string& time) {
    return "((" + time + " - ((" + time + " % 900000) + 900000) % 900000) / 900000)";
}

std::string ReviewQuarterColumns() {
    return JoinColumns("revlog",
                       [](const std::string& column, const std::string&) { return column; });
}

std::string ReviewQuarterSums(const std::string& row) {
    return JoinColumns(
        row, [](const std::string&, const std::string& counter) { return "sum(" + counter + ")"; });
}

std::string ReviewQuartersChangedBy(char op, const std::string& delta) {
    std::string sql;
    for (const char* column : kColumns) {
        sql += std::string(sql.empty() ? "" : ", ") + column + " = review_quarters." + column +
               " " + op + " " + delta + "." + column;
    }
    return sql;
}

std::string ReviewSummariesInsertBody() {
    return QuartersAdd() + R"sql(
    INSERT INTO review_card_totals (card_id, answers, correct) VALUES (new.card_id, 1, new.correct)
        ON CONFLICT (card_id) DO UPDATE SET answers = answers + 1,
                                            correct = correct + excluded.correct;
    INSERT OR IGNORE INTO review_same_day (review_id, card_id, time_ms, young, failed)
        SELECT r.id, r.card_id, r.time_ms, r.scheduled_days_before < 21, r.rating = 1
        FROM review_last_in_review l JOIN revlog r ON r.id = l.review_id
        WHERE new.phase_before = 2 AND l.card_id = new.card_id AND r.card_id = new.card_id
          AND r.phase_before = 2 AND abs(l.time_ms - new.time_ms) < 93600000;
    INSERT OR IGNORE INTO review_same_day (review_id, card_id, time_ms, young, failed)
        SELECT new.id, new.card_id, new.time_ms, new.scheduled_days_before < 21, new.rating = 1
        FROM review_last_in_review l
        WHERE new.phase_before = 2 AND l.card_id = new.card_id
          AND abs(l.time_ms - new.time_ms) < 93600000;
    INSERT INTO review_last_in_review (card_id, review_id, time_ms)
        SELECT new.card_id, new.id, new.time_ms WHERE new.phase_before = 2
        ON CONFLICT (card_id) DO UPDATE SET review_id = excluded.review_id,
                                            time_ms = excluded.time_ms;
)sql";
}

std::string ReviewSummariesDeleteBody() {
    return QuartersSubtract() + R"sql(
    UPDATE review_card_totals SET answers = answers - 1, correct = correct - old.correct
        WHERE card_id = old.card_id;
    DELETE FROM review_same_day WHERE review_id = old.id;
)sql";
}

std::string ReviewSummaryTriggers() {
    constexpr const char* kNotDeferred =
        " WHEN NOT EXISTS (SELECT 1 FROM review_summaries_deferred) BEGIN\n";
    return "CREATE TRIGGER review_summaries_insert AFTER INSERT ON revlog" +
           std::string(kNotDeferred) + ReviewSummariesInsertBody() +
           "END;\nCREATE TRIGGER review_summaries_delete AFTER DELETE ON revlog" + kNotDeferred +
           ReviewSummariesDeleteBody() + "END;\n";
}

}  // namespace summit::storage
