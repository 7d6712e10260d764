// Builders and file helpers shared by the storage tests.
#include "test_support.h"

#include <algorithm>

#include <sqlite3.h>

#include "storage/testing.h"
#include "tests/support/test_paths.h"

namespace summit::storage::test {

content::Question Flashcard(const std::string& id, const std::string& front,
                            const std::string& back, bool reversible) {
    content::Question question;
    question.id = id;
    question.type = content::QuestionType::kFlashcard;
    question.prompt = front;
    question.back = back;
    question.reversible = reversible;
    return question;
}

content::Question MultipleChoice(const std::string& id, const std::string& prompt) {
    content::Question question;
    question.id = id;
    question.type = content::QuestionType::kMultipleChoice;
    question.prompt = prompt;
    question.choices = {{"Jupiter", true, ""}, {"Saturn", false, "Second largest."}};
    question.topic = "facts:planets";
    question.tags = {"planets", "size"};
    question.difficulty = 2;
    question.source = content::SourceRef{"", 3};
    return question;
}

content::Question Typed(const std::string& id, const std::string& prompt,
                        const std::string& answer) {
    content::Question question;
    question.id = id;
    question.type = content::QuestionType::kTyped;
    question.prompt = prompt;
    question.accepted = {answer};
    question.explanation = "Pluto was reclassified in 2006.";
    return question;
}

content::Bank SolarBank() {
    content::Bank bank;
    bank.id = "solar";
    bank.title = "Solar system";
    bank.description = "A few facts about the planets.";
    bank.author = "Summit";
    bank.source = {"Our solar system", "Summit examples", "2024-01-01", ""};
    bank.topics = {{"facts:planets", "Planets", "Names and order"}};
    bank.questions = {Flashcard("sun", "What kind of object is the Sun?", "A star", true),
                      MultipleChoice("largest", "Which is the largest planet?"),
                      Typed("count", "How many planets orbit the Sun?", "8")};
    return bank;
}

std::vector<std::string> DeckNames(const Collection& collection) {
    std::vector<std::string> names;
    for (const DeckSummary& deck : Must(collection.ListDecks(0, 1))) {
        names.push_back(deck.name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> StatementsNaming(Collection& collection, std::string_view table,
                                          const std::function<void()>& work) {
    struct Trace {
        std::string_view table;
        std::vector<std::string> statements;
    } trace{table, {}};
    sqlite3_trace_v2(
        CollectionTestPeer::Handle(collection), SQLITE_TRACE_STMT,
        [](unsigned, void* context, void* stmt, void*) -> int {
            auto& seen = *static_cast<Trace*>(context);
            const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
            if (sql != nullptr && std::string_view(sql).find(seen.table) != std::string::npos) {
                seen.statements.push_back(sql);
            }
            return 0;
        },
        &trace);
    work();
    sqlite3_trace_v2(CollectionTestPeer::Handle(collection), 0, nullptr, nullptr);
    return std::move(trace.statements);
}

std::vector<std::string> QueryPlan(Collection& collection, const std::string& sql) {
    sqlite3_stmt* plan = nullptr;
    if (sqlite3_prepare_v2(CollectionTestPeer::Handle(collection),
                           ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &plan,
                           nullptr) != SQLITE_OK) {
        ADD_FAILURE() << "cannot explain: " << sql;
        sqlite3_finalize(plan);
        return {};
    }
    std::vector<std::string> details;
    while (sqlite3_step(plan) == SQLITE_ROW) {
        details.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(plan, 3)));
    }
    sqlite3_finalize(plan);
    return details;
}

void ReviewOnce(Collection& collection, CardId card) {
    CardState state;
    state.phase = CardPhase::kReview;
    state.scheduled_days = 4;
    state.due_ms = 5'000;
    state.stability = 4;
    state.difficulty = 5;
    state.reps = 1;
    ReviewRecord review;
    review.time_ms = 1'000;
    Must(collection.RecordReview(card, state, review));
}

content::Bank LargeBank(const std::string& id, int count) {
    content::Bank bank;
    bank.id = id;
    bank.title = "Large " + id;
    for (int i = 0; i < count; ++i) {
        bank.questions.push_back(Typed("q" + std::to_string(i),
                                       "Question " + std::to_string(i) + std::string(200, 'x'),
                                       std::to_string(i)));
    }
    return bank;
}

void ExecOnFile(const std::filesystem::path& path, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message != nullptr ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
}

std::filesystem::path DataFile(const std::string& name) {
    return (summit::testing::TestDataDir() / "storage") / name;
}

}  // namespace summit::storage::test
