// Adding and editing single questions (the window's editor): one transaction each, and an
// edit keeps the question's id, GUID, deck, cards and review history, as a re-import does.
#include "storage/card_ids.h"
#include "storage/codec/card_row.h"
#include "storage/codec/json_codec.h"
#include "storage/codec/source_key.h"
#include "storage/collection.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

// Gives the question every card it needs (a flashcard made reversible gains its second) and
// the source key and deck its content implies; a question no longer reversible keeps its
// second card and history, out of the queue, as an import leaves it.
Status SyncCards(Db& db, QuestionId id, DeckId deck, const std::string& guid,
                 const content::Question& question) {
    const int64_t key = QuestionSourceKey(guid, question);
    auto add_card = Statement::Prepare(
        db, std::string("INSERT OR IGNORE INTO cards (id, question_id, ordinal, deck_id, "
                        "source_key) VALUES (") +
                kFirstFreeCardIdSql + ", ?, ?, ?, ?)");
    if (!add_card) {
        return Fail(add_card.error());
    }
    for (int ordinal = 0; ordinal < content::CardCount(question); ++ordinal) {
        add_card->Reset();
        if (auto done = add_card->BindAll(id.value, ordinal, deck.value, key).Run(); !done) {
            return done;
        }
    }
    auto rekey = Statement::Prepare(db, "UPDATE cards SET source_key = ? WHERE question_id = ?");
    if (!rekey) {
        return Fail(rekey.error());
    }
    if (auto done = rekey->BindAll(key, id.value).Run(); !done) {
        return done;
    }
    if (content::CardCount(question) < 2) {
        auto retire = Statement::Prepare(
            db, "UPDATE cards SET suspended = 1 WHERE question_id = ? AND ordinal = 1");
        if (!retire) {
            return Fail(retire.error());
        }
        return retire->BindAll(id.value).Run();
    }
    return {};
}

}  // namespace

Result<QuestionId> Collection::AddQuestion(DeckId deck, const content::Question& question) {
    Db& db = *db_;
    if (question.id.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "a new question needs an id");
    }
    const std::string guid = std::string(kAddedQuestionBank) + "/" + question.id;
    return Transact([&]() -> Result<QuestionId> {
        if (auto known = RequireDeckId(db, deck); !known) {
            return Fail(known.error());
        }
        auto taken = Statement::Prepare(db, "SELECT 1 FROM questions WHERE guid = ?");
        if (!taken) {
            return Fail(taken.error());
        }
        auto row = taken->BindAll(guid).Step();
        if (!row) {
            return Fail(row.error());
        }
        if (*row) {
            return Fail(ErrorCode::kConflict, "a question with GUID '" + guid + "' exists");
        }
        auto insert = Statement::Prepare(db, R"sql(
            INSERT INTO questions (guid, deck_id, type, prompt, data, topic, tags, difficulty,
                                   source_paragraph, position, created_ms, modified_ms)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULLIF(?9, -1),
                    (SELECT COALESCE(MAX(position), -1) + 1 FROM questions WHERE deck_id = ?2),
                    ?10, ?10))sql");
        if (!insert) {
            return Fail(insert.error());
        }
        const int64_t now = db.StampMs();
        if (auto done = insert
                            ->BindAll(guid, deck.value, content::QuestionTypeName(question.type),
                                      question.prompt, EncodeQuestion(question), question.topic,
                                      EncodeStringList(question.tags), question.difficulty,
                                      SourceParagraph(question), now)
                            .Run();
            !done) {
            return Fail(done.error());
        }
        const QuestionId id{LastInsertId(db)};
        if (auto synced = SyncCards(db, id, deck, guid, question); !synced) {
            return Fail(synced.error());
        }
        return id;
    });
}

Status Collection::UpdateQuestion(QuestionId id, const content::Question& question,
                                  bool reset_scheduling) {
    Db& db = *db_;
    return Transact([&]() -> Status {
        auto find = Statement::Prepare(db, "SELECT guid, deck_id FROM questions WHERE id = ?");
        if (!find) {
            return Fail(find.error());
        }
        auto row = find->BindAll(id.value).Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return Fail(ErrorCode::kNotFound,
                        "no question with id " + std::to_string(id.value) + " in " + db.path);
        }
        const std::string guid = find->Text(0);
        const DeckId deck{find->Int(1)};
        auto update = Statement::Prepare(db, R"sql(
            UPDATE questions SET type = ?, prompt = ?, data = ?, topic = ?, tags = ?,
                   difficulty = ?, source_paragraph = NULLIF(?, -1), modified_ms = ?
            WHERE id = ?)sql");
        if (!update) {
            return Fail(update.error());
        }
        if (auto done = update
                            ->BindAll(content::QuestionTypeName(question.type), question.prompt,
                                      EncodeQuestion(question), question.topic,
                                      EncodeStringList(question.tags), question.difficulty,
                                      SourceParagraph(question), db.StampMs(), id.value)
                            .Run();
            !done) {
            return done;
        }
        if (auto synced = SyncCards(db, id, deck, guid, question); !synced) {
            return synced;
        }
        if (!reset_scheduling) {
            return {};
        }
        auto reset = Statement::Prepare(
            db, std::string("UPDATE cards SET ") + kResetScheduling + " WHERE question_id = ?");
        if (!reset) {
            return Fail(reset.error());
        }
        return reset->BindAll(id.value).Run();
    });
}

}  // namespace summit::storage
