// Compiling a search tree to SQL. Each term is a fixed SQL fragment with '?' placeholders;
// the user's words, names and numbers only ever travel as bound values.
#include "storage/search/search_sql.h"

#include <cassert>
#include <cctype>

namespace summit::storage {

namespace {

constexpr int64_t kDayMs = 86'400'000;

// A name with '*' wildcards as a LIKE pattern (escape '\'): LIKE's own wildcards are escaped.
std::string LikePattern(const std::string& glob) {
    std::string pattern;
    for (const char c : glob) {
        if (c == '*') {
            pattern += '%';
            continue;
        }
        if (c == '%' || c == '_' || c == '\\') {
            pattern += '\\';
        }
        pattern += c;
    }
    return pattern;
}

// True when FTS5's unicode61 tokenizer finds a word in `text` (letters, digits, or any
// non-ASCII character); punctuation alone is searched for in prompts instead.
bool HasWordCharacters(const std::string& text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || std::isalnum(byte)) {
            return true;
        }
    }
    return false;
}

// `text` as one FTS5 string ("..." with inner quotes doubled), so no character the user typed
// is read as FTS5 syntax.
std::string FtsString(const std::string& text) {
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

const char* CompareSql(Compare compare) {
    switch (compare) {
        case Compare::kLess:
            return " < ?";
        case Compare::kLessEqual:
            return " <= ?";
        case Compare::kGreater:
            return " > ?";
        case Compare::kGreaterEqual:
            return " >= ?";
        case Compare::kEqual:
            return " = ?";
        case Compare::kNotEqual:
            return " != ?";
    }
    return " = ?";
}

class Compiler {
  public:
    explicit Compiler(const SearchClock& clock) : clock_(clock) {}

    SqlCondition Run(const SearchNode& node) {
        Node(node);
        return std::move(out_);
    }

  private:
    // Every piece of SQL is a fixed text of this file; those that read a question column name
    // it "q.", and cards' own columns (deck and question id included) spare the join.
    void Sql(std::string_view text) {
        out_.sql += text;
        out_.reads_questions = out_.reads_questions || text.find("q.") != std::string_view::npos;
    }
    void Param(SqlValue value) { out_.params.push_back(std::move(value)); }

    void Node(const SearchNode& node) {
        switch (node.kind) {
            case SearchNode::Kind::kAll:
                Sql("1");
                return;
            case SearchNode::Kind::kTerm:
                Term(node.term);
                return;
            case SearchNode::Kind::kNot:
                assert(node.children.size() == 1);
                Sql("NOT ");
                Node(*node.children.front());
                return;
            case SearchNode::Kind::kAnd:
            case SearchNode::Kind::kOr: {
                const bool conjunction = node.kind == SearchNode::Kind::kAnd;
                and_depth_ += conjunction ? 1 : 0;
                Sql("(");
                for (std::size_t i = 0; i < node.children.size(); ++i) {
                    if (i > 0) {
                        Sql(conjunction ? " AND " : " OR ");
                    }
                    Node(*node.children[i]);
                }
                Sql(")");
                and_depth_ -= conjunction ? 1 : 0;
                return;
            }
        }
    }

    void Text(const std::string& text, bool prefix) {
        if (text.empty()) {
            Sql("1");
            return;
        }
        if (!HasWordCharacters(text)) {
            Sql("(instr(lower(q.prompt), lower(?)) > 0)");
            Param(text);
            return;
        }
        Sql("(c.question_id IN (SELECT rowid FROM search_text WHERE search_text MATCH ?))");
        Param(FtsString(text) + (prefix ? "*" : ""));
    }

    void Term(const SearchTerm& term) {
        switch (term.field) {
            case SearchField::kText:
                Text(term.value, true);
                return;
            case SearchField::kPhrase:
                Text(term.value, false);
                return;
            case SearchField::kDeck:
                Sql("(c.deck_id IN (SELECT id FROM decks WHERE name LIKE ? ESCAPE '\\'"
                    " OR name LIKE ? ESCAPE '\\'))");
                Param(LikePattern(term.value));
                Param(LikePattern(term.value) + "::%");
                return;
            case SearchField::kTag:
                Sql("(EXISTS (SELECT 1 FROM json_each(q.tags) WHERE value LIKE ? ESCAPE '\\'"
                    " OR value LIKE ? ESCAPE '\\'))");
                Param(LikePattern(term.value));
                Param(LikePattern(term.value) + "::%");
                return;
            case SearchField::kTopic:
                // Alone or under an OR, the join would read every card's question to test its
                // topic; one pass over the questions into an IN list costs about half (`topic:a
                // OR rated:3` on 100,000 questions). Under an AND the join reads only the
                // questions of the cards the other conditions let through.
                Sql(and_depth_ == 0
                        ? "(c.question_id IN (SELECT id FROM questions WHERE topic LIKE ? "
                          "ESCAPE '\\'))"
                        : "(q.topic LIKE ? ESCAPE '\\')");
                Param(LikePattern(term.value));
                return;
            case SearchField::kId:
                Sql("(q.guid = ?)");
                Param(term.value);
                return;
            case SearchField::kType:
                // The ids of one type's questions come from the questions_type index alone
                // (schema 15); the join looked up every candidate card's question row, texts
                // and all (`-is:new prop:ivl>10 type:typed` on 100,000 questions: 41 -> 12 ms,
                // `is:review prop:due<=7 -type:flashcard` 40 -> 19 ms). The planner picks the
                // same plans with sampled, full or no statistics.
                Sql("(c.question_id IN (SELECT id FROM questions WHERE type = ?))");
                Param(term.value);
                return;
            case SearchField::kIs:
                Is(term.is);
                return;
            case SearchField::kProp:
                Prop(term);
                return;
            case SearchField::kRated: {
                // Today is day 1: rated:1 is since today's start, rated:2 since yesterday's.
                // A review's id is at least its time: the log's rowid range from that start.
                Sql("(c.id IN (SELECT card_id FROM revlog WHERE id >= ? AND time_ms >= ?))");
                const int64_t since =
                    clock_.day_start_ms - (static_cast<int64_t>(term.number) - 1) * kDayMs;
                Param(since);
                Param(since);
                return;
            }
        }
    }

    void Is(CardIs is) {
        switch (is) {
            case CardIs::kDue:
                // Nearly every card is unsuspended and a backlog is due, but the sampled planner
                // statistics PRAGMA optimize leaves say otherwise; `+` keeps these two terms
                // from choosing cards_queue, whose range read the cards in a random order to
                // sort them afterwards. A scan of the cards in id order is bounded and cheaper
                // (`deck:Synthetic is:due` on 110,000 cards: 37 -> 13 ms, by due 45 -> 28 ms).
                Sql("(c.phase != 0 AND +c.due_ms < ? AND +c.suspended = 0"
                    " AND c.buried_until_ms <= ?)");
                Param(clock_.next_day_start_ms);
                Param(clock_.now_ms);
                return;
            case CardIs::kNew:
                Sql("(c.phase = 0)");
                return;
            case CardIs::kLearning:
                Sql("(c.phase IN (1, 3))");
                return;
            case CardIs::kReview:
                Sql("(c.phase IN (2, 3))");
                return;
            case CardIs::kSuspended:
                Sql("(c.suspended = 1)");
                return;
            case CardIs::kBuried:
                Sql("(c.buried_until_ms > ?)");
                Param(clock_.now_ms);
                return;
        }
    }

    void Prop(const SearchTerm& term) {
        if (term.prop == PropName::kDue) {
            DueProp(term.compare, static_cast<int64_t>(term.number));
            return;
        }
        const char* column = "c.scheduled_days";
        switch (term.prop) {
            case PropName::kInterval:
            case PropName::kDue:
                break;
            case PropName::kReps:
                column = "c.reps";
                break;
            case PropName::kLapses:
                column = "c.lapses";
                break;
            case PropName::kEase:
                column = "c.ease";
                break;
            case PropName::kDifficulty:
                column = "c.difficulty";
                break;
            case PropName::kStability:
                column = "c.stability";
                break;
        }
        // A new card has no interval, ease, difficulty or stability to compare.
        const bool scheduled_only = term.prop != PropName::kReps && term.prop != PropName::kLapses;
        Sql(scheduled_only ? "(c.phase != 0 AND " : "(");
        Sql(column);
        Sql(CompareSql(term.compare));
        Sql(")");
        Param(term.number);
    }

    // prop:due counts study days from today (0 = today, -1 = yesterday): each comparison is a
    // range of due_ms, so the index on due times can answer it.
    void DueProp(Compare compare, int64_t days) {
        const int64_t start = clock_.day_start_ms + days * kDayMs;  // day `days` begins
        const int64_t end = start + kDayMs;                         // and ends
        switch (compare) {
            case Compare::kEqual:
                Sql("(c.phase != 0 AND c.due_ms >= ? AND c.due_ms < ?)");
                Param(start);
                Param(end);
                return;
            case Compare::kNotEqual:
                Sql("(c.phase != 0 AND (c.due_ms < ? OR c.due_ms >= ?))");
                Param(start);
                Param(end);
                return;
            case Compare::kLess:
                Sql("(c.phase != 0 AND c.due_ms < ?)");
                Param(start);
                return;
            case Compare::kLessEqual:
                Sql("(c.phase != 0 AND c.due_ms < ?)");
                Param(end);
                return;
            case Compare::kGreater:
                Sql("(c.phase != 0 AND c.due_ms >= ?)");
                Param(end);
                return;
            case Compare::kGreaterEqual:
                Sql("(c.phase != 0 AND c.due_ms >= ?)");
                Param(start);
                return;
        }
    }

    const SearchClock& clock_;
    SqlCondition out_;
    int and_depth_ = 0;  // how many AND nodes enclose the node being compiled
};

}  // namespace

SqlCondition CompileSearch(const SearchNode& node, const SearchClock& clock) {
    return Compiler(clock).Run(node);
}

void BindSqlValues(Statement& stmt, const std::vector<SqlValue>& params, int first) {
    int index = first;
    for (const SqlValue& value : params) {
        std::visit([&](const auto& v) { stmt.Bind(index, v); }, value);
        ++index;
    }
}

}  // namespace summit::storage
