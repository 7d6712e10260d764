// Internal: a parsed search as an SQL condition over `cards c JOIN questions q`, with every
// value the user typed bound as a parameter, never written into the SQL text.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "storage/records.h"
#include "storage/search/search_query.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

using SqlValue = std::variant<int64_t, double, std::string>;

// A condition on the cards table `c`, joined with its questions `q` only where it reads them.
struct SqlCondition {
    std::string sql;  // uses only '?' placeholders, in the order of `params`
    std::vector<SqlValue> params;
    bool reads_questions = false;  // `sql` names `q`: the query must join the questions
};

SqlCondition CompileSearch(const SearchNode& node, const SearchClock& clock);

// Binds `params` to `stmt` starting at parameter `first`.
void BindSqlValues(Statement& stmt, const std::vector<SqlValue>& params, int first = 1);

}  // namespace summit::storage
