// Check Collection: SQLite's own checks, then the rules of Summit's schema that SQLite cannot
// enforce (orphans, card states that disagree with the review log, impossible values).
#include <set>

#include "content/richtext/question_texts.h"
#include "storage/codec/json_codec.h"
#include "storage/collection.h"
#include "storage/sqlite_db.h"

namespace summit::storage {
namespace {

// One check: SQL counting the rows that break a rule, and SQL fixing them when that needs no
// guess (nullptr when only a person can decide).
struct Rule {
    const char* what;
    const char* count_sql;
    const char* repair_sql;
};

// Each reviewed card with its newest review's phase_after, by the order the log is read in,
// from one pass over the log (it has no per-card index). A new card with reps > 0 was reset
// on purpose (the browser's Reset scheduling keeps its history and counts).
#define SUMMIT_LAST_REVIEWS                                                           \
    "(SELECT card_id, phase_after, row_number() OVER (PARTITION BY card_id ORDER BY " \
    "time_ms DESC, id DESC) AS newest FROM revlog)"

// Stability is in days: a century is beyond any schedule FSRS produces. FSRS difficulty lies in
// 1..10 and SM-2 stores 0 there; ease is a factor and never negative.
const Rule kRules[] = {
    // Reviews of cards that no longer exist are not damage: a deleted question's reviews stay
    // in the append-only log as history (schema v14). A card without its question can never
    // be shown; it goes, and its reviews stay as a deleted card's do.
    {"cards of questions that do not exist",
     "SELECT count(*) FROM cards WHERE question_id NOT IN (SELECT id FROM questions)",
     "DELETE FROM cards WHERE question_id NOT IN (SELECT id FROM questions)"},
    {"questions in decks that do not exist",
     "SELECT count(*) FROM questions WHERE deck_id NOT IN (SELECT id FROM decks)", nullptr},
    {"cards filed under another deck than their question",
     "SELECT count(*) FROM cards c JOIN questions q ON q.id = c.question_id "
     "WHERE c.deck_id <> q.deck_id",
     "UPDATE cards SET deck_id = (SELECT deck_id FROM questions q WHERE q.id = question_id) "
     "WHERE question_id IN (SELECT id FROM questions) AND deck_id <> "
     "(SELECT deck_id FROM questions q WHERE q.id = question_id)"},
    {"cards whose phase does not match their last review",
     "SELECT count(*) FROM " SUMMIT_LAST_REVIEWS " r JOIN cards c ON c.id = r.card_id "
     "WHERE r.newest = 1 AND c.phase <> r.phase_after AND NOT (c.phase = 0 AND c.reps > 0)",
     nullptr},
    {"reviewed cards still marked as never reviewed",
     "SELECT count(*) FROM cards WHERE reps = 0 AND id IN (SELECT card_id FROM revlog)", nullptr},
    {"negative intervals", "SELECT count(*) FROM cards WHERE scheduled_days < 0",
     "UPDATE cards SET scheduled_days = 0 WHERE scheduled_days < 0"},
    // The scheduler reads a negative step as the first, but no answer ever stores one.
    {"negative learning steps", "SELECT count(*) FROM cards WHERE step < 0",
     "UPDATE cards SET step = 0 WHERE step < 0"},
    {"due dates before 1970", "SELECT count(*) FROM cards WHERE due_ms < 0",
     "UPDATE cards SET due_ms = 0 WHERE due_ms < 0"},
    {"stability out of range (0 to 36,500 days)",
     "SELECT count(*) FROM cards WHERE NOT (stability BETWEEN 0 AND 36500)",
     "UPDATE cards SET stability = min(max(stability, 0), 36500) "
     "WHERE NOT (stability BETWEEN 0 AND 36500)"},
    {"difficulty out of range (0 to 10)",
     "SELECT count(*) FROM cards WHERE NOT (difficulty BETWEEN 0 AND 10)",
     "UPDATE cards SET difficulty = min(max(difficulty, 0), 10) "
     "WHERE NOT (difficulty BETWEEN 0 AND 10)"},
    {"negative ease, repetition or lapse counts",
     "SELECT count(*) FROM cards WHERE ease < 0 OR reps < 0 OR lapses < 0",
     "UPDATE cards SET ease = max(ease, 0), reps = max(reps, 0), lapses = max(lapses, 0) "
     "WHERE ease < 0 OR reps < 0 OR lapses < 0"},
};

#undef SUMMIT_LAST_REVIEWS

// Rows PRAGMA foreign_key_check reports; each is also one of the orphans above.
Result<int64_t> CountForeignKeyProblems(Db& db) {
    auto stmt = Statement::Prepare(db, "PRAGMA foreign_key_check");
    if (!stmt) {
        return Fail(stmt.error());
    }
    int64_t count = 0;
    for (;;) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return count;
        }
        ++count;
    }
}

// Distinct images that Markdown questions refer to and the media table lacks. Only a person
// can repair it (by importing the bank again with its images).
Result<int64_t> CountMissingMedia(Db& db) {
    auto questions = Statement::Prepare(
        db, "SELECT data FROM questions WHERE json_extract(data, '$.text_format') = 'markdown'");
    auto has = Statement::Prepare(db, "SELECT 1 FROM media WHERE hash = ?");
    if (!questions || !has) {
        return Fail(!questions ? questions.error() : has.error());
    }
    std::set<std::string> missing;
    for (;;) {
        auto row = questions->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return static_cast<int64_t>(missing.size());
        }
        auto question = DecodeQuestion(questions->Text(0));
        if (!question) {
            continue;  // an unreadable row is reported by the study commands that read it
        }
        for (const std::string& hash : content::QuestionMediaHashes(*question)) {
            has->Reset();
            auto found = has->Bind(1, hash).Step();
            if (!found) {
                return Fail(found.error());
            }
            if (!*found) {
                missing.insert(hash);
            }
        }
    }
}

}  // namespace

Result<CollectionCounts> Collection::Counts() const {
    CollectionCounts counts;
    for (auto [sql, out] : {std::pair{"SELECT count(*) FROM questions", &counts.questions},
                            std::pair{"SELECT count(*) FROM cards", &counts.cards},
                            std::pair{"SELECT count(*) FROM revlog", &counts.reviews}}) {
        auto value = QueryInt(*db_, sql);
        if (!value) {
            return Fail(value.error());
        }
        *out = *value;
    }
    return counts;
}

Result<std::vector<std::string>> Collection::IntegrityProblems() const {
    auto stmt = Statement::Prepare(*db_, "PRAGMA integrity_check");
    if (!stmt) {
        return Fail(stmt.error());
    }
    std::vector<std::string> problems;
    for (;;) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            break;
        }
        if (std::string line = stmt->Text(0); line != "ok") {
            problems.push_back(std::move(line));
        }
    }
    return problems;
}

Result<CheckReport> Collection::CheckCollection(bool repair) {
    CheckReport report;
    auto integrity = IntegrityProblems();
    if (!integrity) {
        return Fail(integrity.error());
    }
    report.integrity = std::move(*integrity);
    auto foreign = CountForeignKeyProblems(*db_);
    if (!foreign) {
        return Fail(foreign.error());
    }
    report.findings.push_back({"rows that refer to a missing row", *foreign, false, false});
    for (const Rule& rule : kRules) {
        auto count = QueryInt(*db_, rule.count_sql);
        if (!count) {
            return Fail(count.error());
        }
        report.findings.push_back({rule.what, *count, rule.repair_sql != nullptr, false});
    }
    auto missing_media = CountMissingMedia(*db_);
    if (!missing_media) {
        return Fail(missing_media.error());
    }
    report.findings.push_back(
        {"images questions refer to that the collection lacks", *missing_media, false, false});
    // A damaged file is left alone: rewriting rows SQLite cannot read safely only spreads it.
    if (!repair || !report.integrity.empty() || db_->read_only) {
        return report;
    }
    auto repaired = Transact([&]() -> Status {
        for (size_t i = 0; i < std::size(kRules); ++i) {
            CheckFinding& finding = report.findings[i + 1];
            if (finding.count == 0 || kRules[i].repair_sql == nullptr) {
                continue;
            }
            if (auto fixed = Exec(*db_, kRules[i].repair_sql); !fixed) {
                return fixed;
            }
            finding.repaired = true;
        }
        return {};
    });
    if (!repaired) {
        return Fail(repaired.error());
    }
    // Orphans are the only rows foreign_key_check reports; recount after their repair.
    auto remaining = CountForeignKeyProblems(*db_);
    if (!remaining) {
        return Fail(remaining.error());
    }
    report.findings.front().repaired = *remaining == 0 && report.findings.front().count > 0;
    return report;
}

Result<FileSpace> Collection::Space() const {
    auto pages = QueryInt(*db_, "PRAGMA page_count");
    auto free_pages = QueryInt(*db_, "PRAGMA freelist_count");
    auto page_size = QueryInt(*db_, "PRAGMA page_size");
    if (!pages || !free_pages || !page_size) {
        return Fail(!pages ? pages.error() : !free_pages ? free_pages.error() : page_size.error());
    }
    return FileSpace{*pages * *page_size, *free_pages * *page_size};
}

Status Collection::Compact() {
    if (db_->read_only) {
        return Fail(Error{ErrorCode::kReadOnly,
                          db_->path + " is open read-only; it was not compacted", db_->path, 0, 0});
    }
    return Exec(*db_, "VACUUM");
}

}  // namespace summit::storage
