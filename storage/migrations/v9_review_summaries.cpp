// The schema step that adds the review log's summaries, so statistics read a few thousand
// small rows instead of a million reviews (docs/stats.md, "Summaries"):
// - review_quarters: answers per quarter hour (UTC), by phase and by button group. Time zone
//   offsets are whole quarter hours and study days start on the hour, so each quarter lies
//   inside one study day whatever the day rule (the reader checks, and reads rows otherwise);
// - review_card_totals: answers and correct answers per card (the hardest questions);
// - review_same_day: review-phase answers of a card recorded within 26 hours of its previous
//   one, and that previous one (a study day lasts at most 25 hours). True retention counts
//   only a card's first answer of a study day; the reader decides which candidates are first;
// - review_last_in_review: each card's most recently recorded review-phase answer, which the
//   insert trigger compares a new one with.
// Triggers, not the write paths, keep them in step, so no writer (review, undo, imports,
// deletions) can forget them. Frozen once released.
#include <array>
#include <string>

#include "storage/migrations/migrations.h"

namespace summit::storage {

namespace {

constexpr std::array<const char*, 19> kColumns = {
    "answers",       "correct",          "duration_ms",    "phase_new",     "phase_learning",
    "phase_review",  "phase_relearning", "learning_again", "learning_hard", "learning_good",
    "learning_easy", "young_again",      "young_hard",     "young_good",    "young_easy",
    "mature_again",  "mature_hard",      "mature_good",    "mature_easy"};

// The quarter hour of `time`, rounded down also before the epoch.
std::string QuarterOf(const std::string& time) {
    return "((" + time + " - ((" + time + " % 900000) + 900000) % 900000) / 900000)";
}

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

std::string QuartersTable() {
    std::string sql = "CREATE TABLE review_quarters (\n    quarter INTEGER PRIMARY KEY";
    for (const char* column : kColumns) {
        sql += std::string(",\n    ") + column + " INTEGER NOT NULL DEFAULT 0";
    }
    return sql + "\n);\n";
}

std::string QuartersBackfill() {
    const auto name = [](const std::string& column, const std::string&) { return column; };
    const auto sum = [](const std::string&, const std::string& counter) {
        return "sum(" + counter + ")";
    };
    return "INSERT INTO review_quarters (quarter, " + JoinColumns("revlog", name) +
           ")\n    SELECT " + QuarterOf("revlog.time_ms") + ", " + JoinColumns("revlog", sum) +
           " FROM revlog GROUP BY 1;\n";
}

std::string QuartersAdd() {
    const auto name = [](const std::string& column, const std::string&) { return column; };
    const auto value = [](const std::string&, const std::string& counter) { return counter; };
    const auto add = [](const std::string& column, const std::string&) {
        return column + " = " + column + " + excluded." + column;
    };
    return "    INSERT INTO review_quarters (quarter, " + JoinColumns("new", name) +
           ")\n        VALUES (" + QuarterOf("new.time_ms") + ", " + JoinColumns("new", value) +
           ")\n        ON CONFLICT (quarter) DO UPDATE SET " + JoinColumns("new", add) + ";\n";
}

std::string QuartersSubtract() {
    const auto subtract = [](const std::string& column, const std::string& counter) {
        return column + " = " + column + " - " + counter;
    };
    return "    UPDATE review_quarters SET " + JoinColumns("old", subtract) +
           "\n        WHERE quarter = " + QuarterOf("old.time_ms") + ";\n";
}

}  // namespace

Status MigrateToReviewSummaries(Db& db) {
    const std::string sql = QuartersTable() + R"sql(
CREATE TABLE review_card_totals (
    card_id  INTEGER PRIMARY KEY,
    answers  INTEGER NOT NULL DEFAULT 0,
    correct  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE review_same_day (
    review_id  INTEGER PRIMARY KEY,
    card_id    INTEGER NOT NULL,
    time_ms    INTEGER NOT NULL,
    young      INTEGER NOT NULL,
    failed     INTEGER NOT NULL
);
CREATE TABLE review_last_in_review (
    card_id    INTEGER PRIMARY KEY,
    review_id  INTEGER NOT NULL,
    time_ms    INTEGER NOT NULL
);
)sql" + QuartersBackfill() + R"sql(
INSERT INTO review_card_totals (card_id, answers, correct)
    SELECT card_id, count(*), sum(correct) FROM revlog GROUP BY card_id;
INSERT INTO review_last_in_review (card_id, review_id, time_ms)
    SELECT card_id, id, time_ms FROM (
        SELECT card_id, id, time_ms,
               row_number() OVER (PARTITION BY card_id ORDER BY id DESC) AS latest
        FROM revlog WHERE phase_before = 2)
    WHERE latest = 1;
INSERT INTO review_same_day (review_id, card_id, time_ms, young, failed)
    SELECT id, card_id, time_ms, young, failed FROM (
        SELECT id, card_id, time_ms, scheduled_days_before < 21 AS young, rating = 1 AS failed,
               time_ms - lag(time_ms) OVER by_card AS after_previous,
               lead(time_ms) OVER by_card - time_ms AS before_next
        FROM revlog WHERE phase_before = 2
        WINDOW by_card AS (PARTITION BY card_id ORDER BY time_ms, id))
    WHERE after_previous < 93600000 OR before_next < 93600000;
CREATE TRIGGER review_summaries_insert AFTER INSERT ON revlog BEGIN
)sql" + QuartersAdd() + R"sql(
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
END;
CREATE TRIGGER review_summaries_delete AFTER DELETE ON revlog BEGIN
)sql" + QuartersSubtract() + R"sql(
    UPDATE review_card_totals SET answers = answers - 1, correct = correct - old.correct
        WHERE card_id = old.card_id;
    DELETE FROM review_same_day WHERE review_id = old.id;
END;
)sql";
    return Exec(db, sql);
}

}  // namespace summit::storage
