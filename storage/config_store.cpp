// Collection-wide settings: JSON text by key (app preferences, scheduler parameters, ...).
#include "storage/collection.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

Result<std::optional<std::string>> Collection::GetConfig(const std::string& key) const {
    auto stmt = Statement::Prepare(*db_, "SELECT value FROM config WHERE key = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, key);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return std::optional<std::string>();
    }
    return std::optional<std::string>(stmt->Text(0));
}

Status Collection::SetConfig(const std::string& key, const std::string& json) {
    Db& db = *db_;
    if (auto valid = CheckJson(db, json, "the value of setting '" + key + "'"); !valid) {
        return valid;
    }
    return Transact([&]() -> Status {
        auto stmt =
            Statement::Prepare(db,
                               "INSERT INTO config (key, value) VALUES (?1, ?2) "
                               "ON CONFLICT (key) DO UPDATE SET value = ?2 WHERE value IS NOT ?2");
        if (!stmt) {
            return Fail(stmt.error());
        }
        return stmt->BindAll(key, json).Run();
    });
}

}  // namespace summit::storage
