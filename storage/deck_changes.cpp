// Making and removing decks as a person does from the deck tree: a new (empty) deck, and a
// deck deleted with its subdecks and everything in them.
#include "content/model/deck_name.h"
#include "storage/bulk_store.h"
#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

Result<DeckId> Collection::CreateDeck(std::string_view name) {
    if (auto valid = content::CheckDeckName(name); !valid) {
        return Fail(valid.error());
    }
    return Transact([&]() -> Result<DeckId> {
        Db& db = *db_;
        const std::string wanted(name);
        if (auto existing = RequireDeck(db, wanted); existing) {
            return Fail(ErrorCode::kConflict, "a deck named '" + wanted + "' already exists");
        }
        if (auto created = CreateMissingAncestors(db, wanted); !created) {
            return Fail(created.error());
        }
        auto insert = Statement::Prepare(db, "INSERT INTO decks (name, created_ms) VALUES (?, ?)");
        if (!insert) {
            return Fail(insert.error());
        }
        if (auto done = insert->BindAll(wanted, db.StampMs()).Run(); !done) {
            return Fail(done.error());
        }
        return DeckId{LastInsertId(db)};
    });
}

Result<DeckDeletion> Collection::DeleteDeck(DeckId deck) {
    auto result = Transact([&]() -> Result<DeckDeletion> {
        Db& db = *db_;
        auto name = DeckNameOf(db, deck);
        if (!name) {
            return Fail(name.error());
        }
        const std::string in_tree = DeckTreeCondition("deck_id", "?1");
        const std::string cards_in_tree =
            "card_id IN (SELECT c.id FROM cards c JOIN questions q ON q.id = c.question_id "
            "WHERE " +
            DeckTreeCondition("q.deck_id", "?1") + ")";
        DeckDeletion deleted;
        deleted.name = *name;
        auto decks = QueryInt(
            db, "SELECT count(*) FROM decks WHERE " + DeckTreeCondition("id", "?1"), deck.value);
        auto questions =
            QueryInt(db, "SELECT count(*) FROM questions WHERE " + in_tree, deck.value);
        auto reviews =
            QueryInt(db, "SELECT count(*) FROM revlog WHERE " + cards_in_tree, deck.value);
        if (!decks || !questions || !reviews) {
            return Fail(!decks ? decks.error() : !questions ? questions.error() : reviews.error());
        }
        deleted.decks = *decks;
        deleted.questions = *questions;
        deleted.reviews = *reviews;
        // The questions with their cards as the browser's bulk deletion takes them (their
        // reviews stay in the log), then the decks.
        if (auto gone = DeleteQuestionsWhere(db, in_tree, deck.value); !gone) {
            return Fail(gone.error());
        }
        auto decks_gone =
            Statement::Prepare(db, "DELETE FROM decks WHERE " + DeckTreeCondition("id", "?1"));
        if (!decks_gone) {
            return Fail(decks_gone.error());
        }
        if (auto done = decks_gone->Bind(1, deck.value).Run(); !done) {
            return Fail(done.error());
        }
        return deleted;
    });
    if (result) {
        ForgetBulkUndo(*db_);
    }
    return result;
}

}  // namespace summit::storage
