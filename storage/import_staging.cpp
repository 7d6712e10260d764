// The import's staging table and the few set-wise statements that apply it.
#include "storage/import_staging.h"

#include <cassert>
#include <string>

#include "storage/card_ids.h"

namespace summit::storage {

namespace {

// Position is the bank order, so the rowid order is the order questions and cards get ids in.
constexpr const char* kCreate = R"sql(
    CREATE TEMP TABLE import_staging (
        position INTEGER PRIMARY KEY, existing_id INTEGER, guid TEXT NOT NULL,
        deck_id INTEGER NOT NULL, type TEXT NOT NULL, prompt TEXT NOT NULL, data TEXT NOT NULL,
        topic TEXT NOT NULL, tags TEXT NOT NULL, difficulty INTEGER NOT NULL,
        paragraph INTEGER NOT NULL, source_key INTEGER NOT NULL, card_count INTEGER NOT NULL))sql";

// ?1 is the import's time. -1 (no paragraph) is stored as NULL.
constexpr const char* kUpdateQuestions = R"sql(
    UPDATE questions SET deck_id = s.deck_id, type = s.type, prompt = s.prompt, data = s.data,
           topic = s.topic, tags = s.tags, difficulty = s.difficulty,
           source_paragraph = NULLIF(s.paragraph, -1), position = s.position, modified_ms = ?1
    FROM temp.import_staging AS s WHERE questions.id = s.existing_id)sql";

// The queue reads the source-point key and deck from the card (schema v4), so a changed topic
// or source moves the cards along. A question that stops being reversible keeps its second
// card and its history, but that card leaves the queue.
constexpr const char* kUpdateCards = R"sql(
    UPDATE cards SET source_key = s.source_key, deck_id = s.deck_id
    FROM temp.import_staging AS s WHERE cards.question_id = s.existing_id;
    UPDATE cards SET suspended = 1
    FROM temp.import_staging AS s
    WHERE cards.question_id = s.existing_id AND cards.ordinal = 1 AND s.card_count < 2;)sql";

constexpr const char* kInsertQuestions = R"sql(
    INSERT INTO questions (guid, deck_id, type, prompt, data, topic, tags, difficulty,
                           source_paragraph, position, created_ms, modified_ms)
    SELECT guid, deck_id, type, prompt, data, topic, tags, difficulty, NULLIF(paragraph, -1),
           position, ?1, ?1
    FROM temp.import_staging WHERE existing_id IS NULL ORDER BY position)sql";

// Every card a staged question should have and lacks; existing cards are left alone. New
// cards are numbered in order from the first free id (card_ids.h).
std::string AddCardsSql() {
    return std::string(R"sql(
    INSERT OR IGNORE INTO cards (id, question_id, ordinal, deck_id, source_key)
    SELECT )sql") +
           kFirstFreeCardIdSql + R"sql( - 1 + row_number() OVER (ORDER BY s.position, o.ordinal),
           q.id, o.ordinal, s.deck_id, s.source_key
    FROM temp.import_staging AS s JOIN questions AS q ON q.guid = s.guid
    JOIN (SELECT 0 AS ordinal UNION ALL SELECT 1) AS o ON o.ordinal < s.card_count
    ORDER BY s.position, o.ordinal)sql";
}

Status RunStamped(Db& db, const char* sql, int64_t now_ms) {
    auto stmt = Statement::Prepare(db, sql);
    if (!stmt) {
        return Fail(stmt.error());
    }
    return stmt->Bind(1, now_ms).Run();
}

}  // namespace

Result<ImportStaging> ImportStaging::Open(Db& db) {
    assert(db.transaction_depth > 0);
    if (auto created = Exec(db, kCreate); !created) {
        return Fail(created.error());
    }
    auto insert = Statement::Prepare(db, R"sql(
        INSERT INTO temp.import_staging (position, existing_id, guid, deck_id, type, prompt, data,
            topic, tags, difficulty, paragraph, source_key, card_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    if (!insert) {
        return Fail(insert.error());
    }
    return ImportStaging(db, std::move(*insert));
}

Status ImportStaging::Add(const StagedQuestion& question) {
    assert(insert_);
    insert_->Reset();
    insert_->BindAll(question.position, question.existing, question.guid, question.deck_id,
                     question.type, question.prompt, question.data, question.topic, question.tags,
                     question.difficulty, question.paragraph, question.source_key,
                     question.card_count);
    if (auto done = insert_->Run(); !done) {
        return done;
    }
    ++staged_;
    return {};
}

Status ImportStaging::Apply(int64_t now_ms, ImportReport& report) {
    if (staged_ == 0) {
        return {};
    }
    insert_->Reset();
    if (auto done = RunStamped(*db_, kUpdateQuestions, now_ms); !done) {
        return done;
    }
    if (auto done = Exec(*db_, kUpdateCards); !done) {
        return done;
    }
    if (auto done = RunStamped(*db_, kInsertQuestions, now_ms); !done) {
        return done;
    }
    if (auto done = Exec(*db_, AddCardsSql()); !done) {
        return done;
    }
    report.cards_added += Changes(*db_);
    staged_ = 0;
    return Exec(*db_, "DELETE FROM temp.import_staging");
}

Status ImportStaging::Close() {
    insert_.reset();
    return Exec(*db_, "DROP TABLE temp.import_staging");
}

}  // namespace summit::storage
