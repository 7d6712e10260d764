// The browser's reads: a search as card ids in the chosen order, and the table rows of the
// cards on screen. A search reads only each card's id and sort keys; the few rows the table
// draws are read apart.
#include <algorithm>
#include <array>
#include <cassert>
#include <string_view>
#include <unordered_map>

#include "storage/codec/card_row.h"
#include "storage/collection.h"
#include "storage/search/search_query.h"
#include "storage/search/search_sql.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

// Tags travel as one text joined by the unit separator, which no tag contains.
constexpr char kTagSeparator = '\x1f';

// What a column sorts by (SQL over c, q and d; fixed text, nothing the user typed): one text
// key, which SQLite orders, or up to two numeric keys, which the search reads and ReadSorted
// orders. Numbers are compared as doubles: every key is an integer below 2^53 or a REAL.
struct SortSpec {
    const char* keys = nullptr;  // nullptr: card order alone (kCreated)
    std::size_t key_count = 1;   // how many comma-separated keys `keys` holds
    bool text = false;
    bool deck_rank = false;  // the key is a deck id, ordered as the decks' names
};

SortSpec SortOf(BrowseColumn column) {
    switch (column) {
        case BrowseColumn::kPrompt:
            return {"q.prompt COLLATE NOCASE", 1, true};
        case BrowseColumn::kType:
            return {"q.type", 1, true};
        case BrowseColumn::kDeck:
            return {"c.deck_id", 1, false, true};
        case BrowseColumn::kTopic:
            return {"q.topic", 1, true};
        case BrowseColumn::kTags:
            return {"q.tags", 1, true};
        case BrowseColumn::kDue:
            // New cards have no due time: they sort after every scheduled card.
            return {"c.phase = 0, c.due_ms", 2};
        case BrowseColumn::kInterval:
            return {"c.scheduled_days"};
        case BrowseColumn::kEase:
            return {"CASE d.scheduler WHEN 'sm2' THEN c.ease ELSE c.difficulty END"};
        case BrowseColumn::kLapses:
            return {"c.lapses"};
        case BrowseColumn::kReviews:
            return {"c.reps"};
        case BrowseColumn::kCreated:
            return {};
    }
    return {};
}

bool NeedsDecks(BrowseColumn column) {
    return column == BrowseColumn::kEase;
}

// Each deck's place in name order: a collection has a handful of decks, so sorting cards by
// deck is a numeric sort on these instead of a text sort on every card's deck name.
Result<std::unordered_map<int64_t, double>> DeckRanks(Db& db) {
    auto stmt = Statement::Prepare(db, "SELECT id FROM decks ORDER BY name");
    if (!stmt) {
        return Fail(stmt.error());
    }
    std::unordered_map<int64_t, double> ranks;
    auto read =
        ForEachRow(*stmt, [&] { ranks.emplace(stmt->Int(0), static_cast<double>(ranks.size())); });
    if (!read) {
        return Fail(read.error());
    }
    return ranks;
}

bool SortsByQuestion(const SortSpec& sort) {
    return sort.keys != nullptr && std::string_view(sort.keys).find("q.") != std::string_view::npos;
}

struct SortedCard {
    int64_t id = 0;
    std::array<double, 2> numbers{};
};

// Reads `stmt`'s rows (c.id, then `sort`'s numeric keys) and orders them by the keys, largest
// first when `descending`, ties by card id; a deck id key is replaced by its deck's place in
// `deck_ranks`. SQLite would sort the same rows by writing each into its sorter as a record,
// about twice the time for 100,000 cards.
Result<std::vector<CardId>> ReadSorted(Statement& stmt, const SortSpec& sort, bool descending,
                                       const std::unordered_map<int64_t, double>& deck_ranks) {
    const std::size_t key_count = sort.key_count;
    assert(key_count <= std::tuple_size_v<decltype(SortedCard::numbers)>);
    std::vector<SortedCard> cards;
    auto read = ForEachRow(stmt, [&] {
        SortedCard& card = cards.emplace_back();
        card.id = stmt.Int(0);
        for (std::size_t i = 0; i < key_count; ++i) {
            card.numbers[i] = stmt.Real(1 + static_cast<int>(i));
        }
        if (sort.deck_rank) {
            const auto rank = deck_ranks.find(stmt.Int(1));
            card.numbers[0] = rank == deck_ranks.end() ? -1 : rank->second;
        }
    });
    if (!read) {
        return Fail(read.error());
    }
    std::sort(cards.begin(), cards.end(), [&](const SortedCard& a, const SortedCard& b) {
        for (std::size_t i = 0; i < key_count; ++i) {
            if (a.numbers[i] != b.numbers[i]) {
                return descending ? a.numbers[i] > b.numbers[i] : a.numbers[i] < b.numbers[i];
            }
        }
        return a.id < b.id;
    });
    std::vector<CardId> ids;
    ids.reserve(cards.size());
    for (const SortedCard& card : cards) {
        ids.push_back(CardId{card.id});
    }
    return ids;
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
    const SortSpec sort = SortOf(query.sort);
    const bool sorted_here = sort.keys != nullptr && !sort.text;
    std::string sql = "SELECT c.id";
    if (sorted_here) {
        sql += std::string(", ") + sort.keys;
    }
    sql += " FROM cards c";
    if (condition.reads_questions || SortsByQuestion(sort)) {
        sql += " JOIN questions q ON q.id = c.question_id";
    }
    if (NeedsDecks(query.sort)) {
        sql += " JOIN decks d ON d.id = c.deck_id";
    }
    sql += " WHERE " + condition.sql;
    const char* direction = query.descending ? " DESC" : "";
    if (sort.keys == nullptr) {
        sql += std::string(" ORDER BY c.id") + direction;
    } else if (sort.text) {
        sql += std::string(" ORDER BY ") + sort.keys + direction + ", c.id";
    }
    auto stmt = Statement::Prepare(*db_, sql);
    if (!stmt) {
        return Fail(stmt.error());
    }
    BindSqlValues(*stmt, condition.params);
    if (sorted_here) {
        std::unordered_map<int64_t, double> deck_ranks;
        if (sort.deck_rank) {
            auto read = DeckRanks(*db_);
            if (!read) {
                return Fail(read.error());
            }
            deck_ranks = std::move(*read);
        }
        return ReadSorted(*stmt, sort, query.descending, deck_ranks);
    }
    std::vector<CardId> ids;
    auto read = ForEachRow(*stmt, [&] { ids.push_back(CardId{stmt->Int(0)}); });
    if (!read) {
        return Fail(read.error());
    }
    return ids;
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
