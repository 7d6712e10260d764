// Quiz attempts: one row per finished (or abandoned) quiz, with its settings and results.
#include "storage/collection.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

Result<QuizAttemptId> Collection::InsertQuizAttempt(const QuizAttempt& attempt) {
    Db& db = *db_;
    for (const auto& [json, what] : {std::pair{&attempt.settings_json, "quiz settings"},
                                     std::pair{&attempt.results_json, "quiz results"}}) {
        if (auto valid = CheckJson(db, *json, what); !valid) {
            return Fail(valid.error());
        }
    }
    return Transact([&]() -> Result<QuizAttemptId> {
        auto stmt = Statement::Prepare(
            db,
            "INSERT INTO quiz_attempts (started_ms, finished_ms, settings, score, max_score, "
            "results) VALUES (?, ?, ?, ?, ?, ?)");
        if (!stmt) {
            return Fail(stmt.error());
        }
        stmt->BindAll(attempt.started_ms, attempt.finished_ms, attempt.settings_json, attempt.score,
                      attempt.max_score, attempt.results_json);
        if (auto done = stmt->Run(); !done) {
            return Fail(done.error());
        }
        return QuizAttemptId{LastInsertId(db)};
    });
}

Result<std::vector<QuizAttempt>> Collection::ListQuizAttempts() const {
    auto stmt = Statement::Prepare(
        *db_,
        "SELECT id, started_ms, finished_ms, settings, score, max_score, results "
        "FROM quiz_attempts ORDER BY started_ms DESC, id DESC");
    if (!stmt) {
        return Fail(stmt.error());
    }
    std::vector<QuizAttempt> attempts;
    while (true) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return attempts;
        }
        attempts.push_back({QuizAttemptId{stmt->Int(0)}, stmt->Int(1), stmt->Int(2), stmt->Text(3),
                            stmt->Real(4), stmt->Real(5), stmt->Text(6)});
    }
}

}  // namespace summit::storage
