// The browser's bulk actions: one transaction each, and an undo step kept on this connection.
// Before changing anything, an action copies every row it will touch into TEMP tables named
// after its step (undo_N_questions, undo_N_cards) with SELECT *, so undo puts rows back column
// for column whatever columns the tables have. Deletion keeps the reviews in the log
// (bulk_delete.cpp), so its copies are the same two.
#include "storage/bulk_store.h"

#include "storage/codec/card_row.h"
#include "storage/collection.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

constexpr const char* kInBulkQuestions = " IN (SELECT id FROM temp.bulk_questions)";
constexpr const char* kInBulkCards = " IN (SELECT id FROM temp.bulk_cards)";

bool IsQuestionLevel(BulkKind kind) {
    return kind == BulkKind::kMoveToDeck || kind == BulkKind::kAddTag ||
           kind == BulkKind::kRemoveTag || kind == BulkKind::kSetTopic || kind == BulkKind::kDelete;
}

// Fills temp.bulk_cards and temp.bulk_questions with the chosen cards and their questions;
// a question-level action takes every card of those questions.
Status FillTargets(Db& db, std::span<const CardId> cards, bool question_level) {
    if (auto made = ClearBulkTargets(db); !made) {
        return made;
    }
    auto insert = Statement::Prepare(
        db, "INSERT OR IGNORE INTO temp.bulk_cards (id) SELECT id FROM cards WHERE id = ?");
    if (!insert) {
        return Fail(insert.error());
    }
    for (const CardId card : cards) {
        insert->Reset();
        if (auto done = insert->Bind(1, card.value).Run(); !done) {
            return done;
        }
    }
    std::string sql =
        "INSERT INTO temp.bulk_questions SELECT DISTINCT question_id FROM cards WHERE id" +
        std::string(kInBulkCards) + ";";
    if (question_level) {
        sql += "INSERT OR IGNORE INTO temp.bulk_cards SELECT id FROM cards WHERE question_id" +
               std::string(kInBulkQuestions) + ";";
    }
    return Exec(db, sql);
}

// The copies are indexed by id: undo looks each changed row up in them.
Status SaveUndoRows(Db& db, int step) {
    const std::string name = "undo_" + std::to_string(step);
    const std::string sql =
        "CREATE TABLE " + UndoTable(step, "questions") + " AS SELECT * FROM questions WHERE id" +
        kInBulkQuestions + ";" + "CREATE UNIQUE INDEX temp." + name + "_questions_id ON " + name +
        "_questions (id);" + "CREATE TABLE " + UndoTable(step, "cards") +
        " AS SELECT * FROM cards WHERE id" + kInBulkCards + ";" + "CREATE UNIQUE INDEX temp." +
        name + "_cards_id ON " + name + "_cards (id);";
    return Exec(db, sql);
}

// Runs one UPDATE or DELETE with up to two bound values.
template <typename... Args>
Status RunWith(Db& db, const std::string& sql, const Args&... args) {
    auto stmt = Statement::Prepare(db, sql);
    if (!stmt) {
        return Fail(stmt.error());
    }
    return stmt->BindAll(args...).Run();
}

// The question JSON carries topic and tags too (export reads them from there): after the
// columns change, the JSON follows them.
Status SyncTagsIntoData(Db& db) {
    return Exec(db, std::string("UPDATE questions SET data = CASE WHEN tags = '[]' THEN "
                                "json_remove(data, '$.tags') ELSE json_set(data, '$.tags', "
                                "json(tags)) END WHERE id") +
                        kInBulkQuestions +
                        " AND coalesce(json_extract(data, '$.tags'), '[]') IS NOT tags");
}

Status ApplyChange(Db& db, const BulkAction& action) {
    const std::string questions = std::string("WHERE id") + kInBulkQuestions;
    const std::string cards = std::string("WHERE id") + kInBulkCards;
    switch (action.kind) {
        case BulkKind::kMoveToDeck:
            if (auto moved =
                    RunWith(db, "UPDATE questions SET deck_id = ? " + questions, action.deck.value);
                !moved) {
                return moved;
            }
            return RunWith(db, "UPDATE cards SET deck_id = ? " + cards, action.deck.value);
        case BulkKind::kAddTag:
            if (auto added = RunWith(db,
                                     "UPDATE questions SET tags = json_insert(tags, '$[#]', ?1) " +
                                         questions +
                                         " AND NOT EXISTS (SELECT 1 FROM json_each(tags) "
                                         "WHERE value = ?1)",
                                     action.text);
                !added) {
                return added;
            }
            return SyncTagsIntoData(db);
        case BulkKind::kRemoveTag:
            if (auto removed =
                    RunWith(db,
                            "UPDATE questions SET tags = (SELECT json_group_array(value) "
                            "FROM json_each(questions.tags) WHERE value != ?1) " +
                                questions +
                                " AND EXISTS (SELECT 1 FROM json_each(tags) "
                                "WHERE value = ?1)",
                            action.text);
                !removed) {
                return removed;
            }
            return SyncTagsIntoData(db);
        case BulkKind::kSetTopic:
            if (auto set = RunWith(db,
                                   "UPDATE questions SET topic = ?1, data = CASE WHEN ?1 = '' "
                                   "THEN json_remove(data, '$.topic') ELSE "
                                   "json_set(data, '$.topic', ?1) END " +
                                       questions + " AND topic IS NOT ?1",
                                   action.text);
                !set) {
                return set;
            }
            // The queue's source-point key hashes the topic.
            return RefreshSourceKeys(db, "id IN (SELECT id FROM temp.bulk_questions)");
        case BulkKind::kSuspend:
        case BulkKind::kUnsuspend:
            return RunWith(db, "UPDATE cards SET suspended = ? " + cards,
                           action.kind == BulkKind::kSuspend ? 1 : 0);
        case BulkKind::kBury:
            return RunWith(db, "UPDATE cards SET buried_until_ms = ? " + cards, action.until_ms);
        case BulkKind::kResetScheduling:
            return Exec(db, std::string("UPDATE cards SET ") + kResetScheduling + " " + cards);
        case BulkKind::kDelete:
            return DeleteTargets(db);
    }
    return {};
}

Status CheckAction(Db& db, const BulkAction& action) {
    switch (action.kind) {
        case BulkKind::kMoveToDeck:
            return RequireDeckId(db, action.deck);
        case BulkKind::kAddTag:
        case BulkKind::kRemoveTag:
            if (action.text.empty() || action.text.find_first_of(" \t\n") != std::string::npos) {
                return Fail(ErrorCode::kInvalidArgument,
                            "a tag is one word without spaces, not '" + action.text + "'");
            }
            return {};
        default:
            return {};
    }
}

Result<int> CountRows(Db& db, const char* table) {
    auto count = QueryInt(db, std::string("SELECT count(*) FROM temp.") + table);
    if (!count) {
        return Fail(count.error());
    }
    return static_cast<int>(*count);
}

}  // namespace

Result<BulkResult> Collection::ApplyBulk(const BulkAction& action, std::span<const CardId> cards) {
    Db& db = *db_;
    const int step = db.bulk_undo_next;
    auto result = Transact([&]() -> Result<BulkResult> {
        if (auto valid = CheckAction(db, action); !valid) {
            return Fail(valid.error());
        }
        if (auto filled = FillTargets(db, cards, IsQuestionLevel(action.kind)); !filled) {
            return Fail(filled.error());
        }
        BulkResult counts;
        auto questions = CountRows(db, "bulk_questions");
        auto card_count = CountRows(db, "bulk_cards");
        if (!questions || !card_count) {
            return Fail(!questions ? questions.error() : card_count.error());
        }
        counts.questions = *questions;
        counts.cards = *card_count;
        if (auto saved = SaveUndoRows(db, step); !saved) {
            return Fail(saved.error());
        }
        if (auto applied = ApplyChange(db, action); !applied) {
            return Fail(applied.error());
        }
        return counts;
    });
    if (!result) {
        return result;
    }
    ++db.bulk_undo_next;
    db.bulk_undo.emplace_back(step, static_cast<int>(action.kind));
    if (static_cast<int>(db.bulk_undo.size()) > kMaxBulkUndo) {
        // The oldest step's copies go; failing to drop them only costs memory.
        (void)DropUndoTables(db, db.bulk_undo.front().first);
        db.bulk_undo.erase(db.bulk_undo.begin());
    }
    return result;
}

int Collection::BulkUndoDepth() const {
    return static_cast<int>(db_->bulk_undo.size());
}

}  // namespace summit::storage
