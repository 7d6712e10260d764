// Reading decks and questions: export back to a bank, the deck list with its counts, and the
// question browser's rows.
#include <algorithm>

#include "storage/codec/json_codec.h"
#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

Result<content::Bank> Collection::ExportDeck(DeckId deck_id) const {
    Db& db = *db_;
    auto stmt = Statement::Prepare(
        db, "SELECT name, bank_id, json_extract(config, '$.bank') FROM decks WHERE id = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, deck_id.value);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return Fail(NoDeckWithId(db, deck_id));
    }
    const std::string deck = stmt->Text(0);
    content::Bank bank;
    if (stmt->IsNull(2)) {
        bank.id = stmt->Text(1);
        bank.title = deck;
    } else {
        auto metadata = DecodeBankMetadata(stmt->Text(2));
        if (!metadata) {
            return Fail(metadata.error());
        }
        bank = std::move(*metadata);
    }
    // Imported under another name (or renamed since): the export names the deck it came from.
    if (content::DeckName(bank) != deck) {
        bank.deck = deck;
    }

    auto questions = Statement::Prepare(
        db, "SELECT guid, data FROM questions WHERE deck_id = ? ORDER BY position, id");
    if (!questions) {
        return Fail(questions.error());
    }
    questions->Bind(1, deck_id.value);
    while (true) {
        auto next = questions->Step();
        if (!next) {
            return Fail(next.error());
        }
        if (!*next) {
            break;
        }
        auto question = DecodeQuestion(questions->Text(1));
        if (!question) {
            Error error = question.error();
            error.message = "question " + questions->Text(0) + ": " + error.message;
            error.file = db.path;
            return Fail(std::move(error));
        }
        bank.questions.push_back(std::move(*question));
    }
    return bank;
}

Result<std::vector<DeckSummary>> Collection::ListDecks(int64_t now_ms, int64_t next_day_start_ms,
                                                       DeckCounts counts) const {
    // Each count reads an index, never the card rows: questions and cards through
    // questions_deck and the unique (question_id, ordinal) index; learning and due cards from
    // ranges of the queue's covering partial indexes (only the cards due today); new cards from
    // cards_queue_new, with a row read each for the burial time. "Available" means neither
    // suspended nor buried past now. The card total is one index probe per question, so it is
    // left out when the caller does not show it.
    const char* card_total = counts == DeckCounts::kAll ? R"sql(
               (SELECT count(*) FROM questions q JOIN cards c ON c.question_id = q.id
                WHERE q.deck_id = d.id),)sql"
                                                        : "0,";
    auto stmt = Statement::Prepare(*db_, std::string(R"sql(
        SELECT d.id, d.name, d.scheduler,
               (SELECT count(*) FROM questions q WHERE q.deck_id = d.id),)sql") +
                                             card_total + R"sql(
               (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.phase = 0
                    AND c.suspended = 0 AND c.buried_until_ms <= ?1),
               (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.phase IN (1, 3)
                    AND c.suspended = 0 AND c.due_ms < ?2 AND c.buried_until_ms <= ?1),
               (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.phase = 2
                    AND c.suspended = 0 AND c.due_ms < ?2 AND c.buried_until_ms <= ?1)
        FROM decks d
        ORDER BY d.name COLLATE NOCASE, d.name)sql");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->BindAll(now_ms, next_day_start_ms);
    std::vector<DeckSummary> decks;
    auto read = ForEachRow(*stmt, [&] {
        DeckSummary deck;
        deck.id = DeckId{stmt->Int(0)};
        deck.name = stmt->Text(1);
        deck.scheduler = stmt->Text(2) == "sm2" ? SchedulerKind::kSm2 : SchedulerKind::kFsrs;
        deck.question_count = static_cast<int>(stmt->Int(3));
        deck.card_count = static_cast<int>(stmt->Int(4));
        deck.new_count = static_cast<int>(stmt->Int(5));
        deck.learning_count = static_cast<int>(stmt->Int(6));
        deck.due_count = static_cast<int>(stmt->Int(7));
        decks.push_back(std::move(deck));
    });
    if (!read) {
        return Fail(read.error());
    }
    return decks;
}

Result<std::vector<std::string>> Collection::ListDeckNames() const {
    auto stmt =
        Statement::Prepare(*db_, "SELECT name FROM decks ORDER BY name COLLATE NOCASE, name");
    if (!stmt) {
        return Fail(stmt.error());
    }
    std::vector<std::string> names;
    auto read = ForEachRow(*stmt, [&] { names.push_back(stmt->Text(0)); });
    if (!read) {
        return Fail(read.error());
    }
    return names;
}

Result<std::vector<QuestionRow>> Collection::ListQuestions(std::optional<DeckId> deck) const {
    Db& db = *db_;
    auto scope = DeckIdOrAll(db, deck);
    if (!scope) {
        return Fail(scope.error());
    }
    const std::optional<int64_t> deck_id = *scope;
    auto stmt = Statement::Prepare(db, std::string("SELECT ") + kQuestionRowColumns + R"sql(
        FROM questions q JOIN decks d ON d.id = q.deck_id
        WHERE ?1 IS NULL OR )sql" + DeckTreeCondition("q.deck_id", "?1") +
                                           R"sql(
        ORDER BY d.name COLLATE NOCASE, d.name, q.position, q.id)sql");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, deck_id);
    std::vector<QuestionRow> rows;
    while (true) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            break;
        }
        rows.push_back(QuestionRowAt(*stmt));
    }
    return rows;
}

Result<std::vector<content::Topic>> Collection::ListTopics(std::optional<DeckId> deck) const {
    Db& db = *db_;
    auto deck_id = DeckIdOrAll(db, deck);
    if (!deck_id) {
        return Fail(deck_id.error());
    }
    auto stmt = Statement::Prepare(db,
                                   "SELECT json_extract(config, '$.bank') FROM decks "
                                   "WHERE ?1 IS NULL OR " +
                                       DeckTreeCondition("id", "?1") + " ORDER BY name");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, *deck_id);
    std::vector<content::Topic> topics;
    while (true) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            break;
        }
        if (stmt->IsNull(0)) {
            continue;
        }
        auto metadata = DecodeBankMetadata(stmt->Text(0));
        if (!metadata) {
            return Fail(metadata.error());
        }
        for (content::Topic& topic : metadata->topics) {
            const bool known = std::any_of(topics.begin(), topics.end(),
                                           [&](const auto& seen) { return seen.id == topic.id; });
            if (!known) {
                topics.push_back(std::move(topic));
            }
        }
    }
    return topics;
}

}  // namespace summit::storage
