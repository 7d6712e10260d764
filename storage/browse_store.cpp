// The browser's reads: a search as card ids in the chosen order, and the table rows of the
// cards on screen. Sorting happens in SQL, so a 100,000-card result never leaves SQLite as
// rows; only the ids and the few rows the table draws do.
#include "storage/codec/card_row.h"
#include "storage/collection.h"
#include "storage/search/search_query.h"
#include "storage/search/search_sql.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

// Tags travel as one text joined by the unit separator, which no tag contains.
constexpr char kTagSeparator = '\x1f';

// The ORDER BY key of a column. Fixed text: nothing the user typed.
const char* SortKey(BrowseColumn column) {
    switch (column) {
        case BrowseColumn::kPrompt:
            return "q.prompt COLLATE NOCASE";
        case BrowseColumn::kType:
            return "q.type";
        case BrowseColumn::kDeck:
            return "d.name";
        case BrowseColumn::kTopic:
            return "q.topic";
        case BrowseColumn::kTags:
            return "q.tags";
        case BrowseColumn::kDue:
            // New cards have no due time: they sort after every scheduled card.
            return "c.phase = 0, c.due_ms";
        case BrowseColumn::kInterval:
            return "c.scheduled_days";
        case BrowseColumn::kEase:
            return "CASE d.scheduler WHEN 'sm2' THEN c.ease ELSE c.difficulty END";
        case BrowseColumn::kLapses:
            return "c.lapses";
        case BrowseColumn::kReviews:
            return "c.reps";
        case BrowseColumn::kCreated:
            return "c.id";
    }
    return "c.id";
}

bool NeedsDecks(BrowseColumn column) {
    return column == BrowseColumn::kDeck || column == BrowseColumn::kEase;
}

bool SortsByQuestion(BrowseColumn column) {
    return std::string_view(SortKey(column)).find("q.") != std::string_view::npos;
}

// "a, b" -> "a DESC, b DESC".
std::string WithDirection(std::string_view keys, bool descending) {
    if (!descending) {
        return std::string(keys);
    }
    std::string out;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = keys.find(", ", start);
        out += keys.substr(start, comma == std::string_view::npos ? comma : comma - start);
        out += " DESC";
        if (comma == std::string_view::npos) {
            return out;
        }
        out += ", ";
        start = comma + 2;
    }
}

std::vector<std::string> SplitTags(const std::string& joined) {
    std::vector<std::string> tags;
    if (joined.empty()) {
        return tags;
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t end = joined.find(kTagSeparator, start);
        tags.push_back(joined.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos) {
            return tags;
        }
        start = end + 1;
    }
}

}  // namespace

Result<std::vector<CardId>> Collection::SearchCards(const BrowseQuery& query) const {
    auto tree = ParseSearch(query.search);
    if (!tree) {
        return Fail(tree.error());
    }
    const SqlCondition condition = CompileSearch(**tree, query.clock);
    // The questions are joined only when the search or the order reads them: sorting every
    // card by due without the join takes a third of the time.
    std::string sql = "SELECT c.id FROM cards c";
    if (condition.reads_questions || SortsByQuestion(query.sort)) {
        sql += " JOIN questions q ON q.id = c.question_id";
    }
    if (NeedsDecks(query.sort)) {
        sql += " JOIN decks d ON d.id = c.deck_id";
    }
    sql += " WHERE " + condition.sql + " ORDER BY " +
           WithDirection(SortKey(query.sort), query.descending);
    if (query.sort != BrowseColumn::kCreated) {
        sql += ", c.id";
    }
    Db& db = *db_;
    auto stmt = Statement::Prepare(db, sql);
    if (!stmt) {
        return Fail(stmt.error());
    }
    BindSqlValues(*stmt, condition.params);
    std::vector<CardId> ids;
    while (true) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return ids;
        }
        ids.push_back(CardId{stmt->Int(0)});
    }
}

Result<std::vector<BrowseRow>> Collection::LoadBrowseRows(std::span<const CardId> ids) const {
    Db& db = *db_;
    auto stmt = Statement::Prepare(
        db,
        "SELECT c.id, c.question_id, q.deck_id, c.ordinal, q.type, q.prompt, d.name, q.topic,"
        " (SELECT group_concat(value, char(31)) FROM json_each(q.tags)), d.scheduler, q.guid, "
        "q.created_ms, " +
            SnapshotColumns("c.") +
            " FROM cards c JOIN questions q ON q.id = c.question_id"
            " JOIN decks d ON d.id = q.deck_id WHERE c.id = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    std::vector<BrowseRow> rows;
    rows.reserve(ids.size());
    for (const CardId id : ids) {
        stmt->Reset();
        auto found = stmt->Bind(1, id.value).Step();
        if (!found) {
            return Fail(found.error());
        }
        if (!*found) {
            continue;
        }
        BrowseRow row;
        row.card_id = CardId{stmt->Int(0)};
        row.question_id = QuestionId{stmt->Int(1)};
        row.deck_id = DeckId{stmt->Int(2)};
        row.ordinal = static_cast<int>(stmt->Int(3));
        row.type =
            content::ParseQuestionType(stmt->Text(4)).value_or(content::QuestionType::kFlashcard);
        row.prompt = stmt->Text(5);
        row.deck = stmt->Text(6);
        row.topic = stmt->Text(7);
        row.tags = SplitTags(stmt->Text(8));
        row.scheduler = stmt->Text(9) == "sm2" ? SchedulerKind::kSm2 : SchedulerKind::kFsrs;
        row.guid = stmt->Text(10);
        row.created_ms = stmt->Int(11);
        const CardSnapshot snapshot = SnapshotFromRow(*stmt, 12);
        row.state = snapshot.state;
        row.suspended = snapshot.suspended;
        row.buried_until_ms = snapshot.buried_until_ms;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace summit::storage
