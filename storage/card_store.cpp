// Cards for the scheduler and the queue: selections by deck and due time, one card by id,
// suspend and bury.
#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "storage/codec/card_row.h"
#include "storage/codec/json_codec.h"
#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

// The card query, without its WHERE clause. Columns: 0..4 ids, 5..16 the card's snapshot
// columns (card_row.h), 17 the question JSON for full questions. Light reads put there the
// source article instead, and json_extract only runs for the rare question whose JSON names one
// (instr is a plain byte search), so a light read never parses JSON for a typical bank.
std::string CardSelect(bool full_question) {
    return "SELECT c.id, c.question_id, q.deck_id, c.ordinal, q.guid, " + SnapshotColumns("c.") +
           (full_question ? ", q.data" : R"sql(,
           CASE WHEN q.source_paragraph IS NULL OR instr(q.data, '"article"') = 0 THEN ''
                ELSE coalesce(json_extract(q.data, '$.source.article'), '') END)sql") +
           R"sql(,
           q.type, q.prompt, q.topic, q.source_paragraph
    FROM cards c JOIN questions q ON q.id = c.question_id)sql";
}

Result<StudyCard> ReadCard(const Statement& stmt, const std::string& path, bool full_question) {
    StudyCard card;
    card.id = CardId{stmt.Int(0)};
    card.question_id = QuestionId{stmt.Int(1)};
    card.deck_id = DeckId{stmt.Int(2)};
    card.ordinal = static_cast<int>(stmt.Int(3));
    card.guid = stmt.Text(4);
    const CardSnapshot snapshot = SnapshotFromRow(stmt, 5);
    card.state = snapshot.state;
    card.suspended = snapshot.suspended;
    card.buried_until_ms = snapshot.buried_until_ms;
    if (!full_question) {
        content::Question& question = card.question;
        question.id = card.guid.substr(card.guid.find('/') + 1);
        question.type =
            content::ParseQuestionType(stmt.Text(18)).value_or(content::QuestionType::kFlashcard);
        question.prompt = stmt.Text(19);
        question.topic = stmt.Text(20);
        if (!stmt.IsNull(21)) {
            question.source = content::SourceRef{stmt.Text(17), static_cast<int>(stmt.Int(21))};
        }
        return card;
    }
    auto question = DecodeQuestion(stmt.Text(17));
    if (!question) {
        Error error = question.error();
        error.message = "question " + card.guid + ": " + error.message;
        error.file = path;
        return Fail(std::move(error));
    }
    card.question = std::move(*question);
    return card;
}

// Runs a card query and reads every row.
Result<std::vector<StudyCard>> ReadCards(Statement& stmt, const std::string& path,
                                         bool full_questions) {
    std::vector<StudyCard> cards;
    while (true) {
        auto row = stmt.Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return cards;
        }
        auto card = ReadCard(stmt, path, full_questions);
        if (!card) {
            return Fail(card.error());
        }
        cards.push_back(std::move(*card));
    }
}

}  // namespace

Result<std::vector<StudyCard>> Collection::LoadCards(const CardQuery& query) const {
    Db& db = *db_;
    auto scope = DeckIdOrAll(db, query.deck);
    if (!scope) {
        return Fail(scope.error());
    }
    const std::optional<int64_t> deck_id = *scope;
    // Parameters: ?1 deck (or NULL), ?2 now, ?3 due before, ?4 limit. The filters are fixed
    // fragments so each selection reads through the cards_queue index.
    std::string sql = CardSelect(query.full_questions) + " WHERE (?1 IS NULL OR " +
                      DeckTreeCondition("q.deck_id", "?1") + ")";
    if (!query.include_suspended) {
        sql += " AND c.suspended = 0 AND c.buried_until_ms <= ?2";
    }
    switch (query.selection) {
        case CardSelection::kDue:
            sql += " AND c.phase IN (1, 2, 3) AND c.due_ms < ?3 ORDER BY c.due_ms, c.id";
            break;
        case CardSelection::kNew:
            sql += " AND c.phase = 0 ORDER BY c.id";
            break;
        case CardSelection::kAll:
            sql += " ORDER BY c.id";
            break;
    }
    sql += " LIMIT ?4";
    auto stmt = Statement::Prepare(db, sql);
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->BindAll(deck_id, query.now_ms, query.due_before_ms, static_cast<int64_t>(query.limit));
    return ReadCards(*stmt, db.path, query.full_questions);
}

namespace {

// The topic of each question that has one, as an index into a list of distinct topics: a
// hundred thousand questions share a few hundred topics, so the rows stay 16 bytes.
struct QuestionTopics {
    std::vector<std::string> names;
    std::vector<std::pair<int64_t, uint32_t>> by_question;  // (question id, name index) by id

    // The topic of `question_id`; empty when it has none.
    const std::string& Of(int64_t question_id) const {
        static const std::string kNone;
        auto it = std::lower_bound(
            by_question.begin(), by_question.end(), question_id,
            [](const std::pair<int64_t, uint32_t>& row, int64_t id) { return row.first < id; });
        return it != by_question.end() && it->first == question_id ? names[it->second] : kNone;
    }
};

// The topics of the questions of the deck tree `deck_id`, or of all. The read scans the
// questions_topic index alone (no question text is touched), so equal topics come together
// and one comparison with the last name interns them (another plan would only intern less).
Result<QuestionTopics> ReadQuestionTopics(Db& db, std::optional<int64_t> deck_id) {
    auto stmt = Statement::Prepare(db,
                                   "SELECT id, topic FROM questions WHERE topic > '' AND (?1 "
                                   "IS NULL OR " +
                                       DeckTreeCondition("deck_id", "?1") + ")");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, deck_id);
    QuestionTopics topics;
    auto read = ForEachRow(*stmt, [&] {
        std::string topic = stmt->Text(1);
        if (topics.names.empty() || topics.names.back() != topic) {
            topics.names.push_back(std::move(topic));
        }
        topics.by_question.emplace_back(stmt->Int(0),
                                        static_cast<uint32_t>(topics.names.size() - 1));
    });
    if (!read) {
        return Fail(read.error());
    }
    std::sort(topics.by_question.begin(), topics.by_question.end());
    return topics;
}

}  // namespace

Status Collection::ForEachCardState(std::optional<DeckId> deck,
                                    const std::function<void(size_t)>& expect,
                                    const std::function<void(CardStateRow&)>& visit) const {
    Db& db = *db_;
    auto scope = DeckIdOrAll(db, deck);
    if (!scope) {
        return Fail(scope.error());
    }
    auto topics = ReadQuestionTopics(db, *scope);
    if (!topics) {
        return Fail(topics.error());
    }
    // The card table alone; a deck tree's questions come from the questions_deck index.
    const std::string from =
        " FROM cards c WHERE ?1 IS NULL OR c.question_id IN (SELECT id FROM "
        "questions WHERE " +
        DeckTreeCondition("deck_id", "?1") + ")";
    // Over the whole collection the count walks the card table itself, not SQLite's pick of
    // the smallest index: the scan below reads the same pages again from the page cache
    // instead of a few more megabytes of index.
    auto count = *scope ? QueryInt(db, "SELECT count(*)" + from, *scope)
                        : QueryInt(db, "SELECT count(*) FROM cards NOT INDEXED");
    if (!count) {
        return Fail(count.error());
    }
    expect(static_cast<size_t>(*count));
    auto stmt = Statement::Prepare(db, "SELECT c.id, c.question_id, c.suspended, " +
                                           CardStateColumns("c.") + from + " ORDER BY c.id");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, *scope);
    CardStateRow card;
    return ForEachRow(*stmt, [&] {
        card.id = CardId{stmt->Int(0)};
        card.question_id = QuestionId{stmt->Int(1)};
        card.topic = topics->Of(card.question_id.value);
        card.suspended = stmt->Int(2) != 0;
        card.state = CardStateFromRow(*stmt, 3);
        visit(card);
    });
}

Result<std::vector<CardStateRow>> Collection::ReadCardStates(std::optional<DeckId> deck) const {
    std::vector<CardStateRow> cards;
    auto read = ForEachCardState(
        deck, [&](size_t count) { cards.reserve(count); },
        [&](CardStateRow& card) { cards.push_back(std::move(card)); });
    if (!read) {
        return Fail(read.error());
    }
    return cards;
}

Result<StudyCard> Collection::GetCard(CardId id) const {
    Db& db = *db_;
    auto stmt = Statement::Prepare(db, CardSelect(true) + " WHERE c.id = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, id.value);
    auto cards = ReadCards(*stmt, db.path, true);
    if (!cards) {
        return Fail(cards.error());
    }
    if (cards->empty()) {
        return Fail(Error{ErrorCode::kNotFound, "no card with id " + std::to_string(id.value),
                          db.path, 0, 0});
    }
    return std::move(cards->front());
}

namespace {

// Runs a one-row card UPDATE and turns "no row matched" into kNotFound.
Status UpdateOneCard(Db& db, const char* sql, int64_t value, CardId id) {
    auto stmt = Statement::Prepare(db, sql);
    if (!stmt) {
        return Fail(stmt.error());
    }
    if (auto done = stmt->BindAll(value, id.value).Run(); !done) {
        return done;
    }
    if (Changes(db) == 0) {
        return Fail(Error{ErrorCode::kNotFound, "no card with id " + std::to_string(id.value),
                          db.path, 0, 0});
    }
    return {};
}

}  // namespace

Status Collection::SetSuspended(CardId id, bool suspended) {
    return Transact([&] {
        return UpdateOneCard(*db_, "UPDATE cards SET suspended = ? WHERE id = ?", suspended ? 1 : 0,
                             id);
    });
}

Status Collection::BuryUntil(CardId id, int64_t until_ms) {
    return Transact([&] {
        return UpdateOneCard(*db_, "UPDATE cards SET buried_until_ms = ? WHERE id = ?", until_ms,
                             id);
    });
}

}  // namespace summit::storage
