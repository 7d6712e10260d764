// Deck lookups by name and the clock for row stamps.
#include "storage/lookups.h"

#include "storage/codec/source_key.h"

namespace summit::storage {

Result<std::optional<DeckId>> FindDeck(Db& db, const std::string& name) {
    auto stmt = Statement::Prepare(db, "SELECT id FROM decks WHERE name = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, name);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return std::optional<DeckId>();
    }
    return std::optional<DeckId>(DeckId{stmt->Int(0)});
}

Result<DeckId> RequireDeck(Db& db, const std::string& name) {
    auto found = FindDeck(db, name);
    if (!found) {
        return Fail(found.error());
    }
    if (!*found) {
        return Fail(NoDeckNamed(db, name));
    }
    return **found;
}

Result<std::string> DeckNameOf(Db& db, DeckId id) {
    auto stmt = Statement::Prepare(db, "SELECT name FROM decks WHERE id = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, id.value);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        return Fail(NoDeckWithId(db, id));
    }
    return stmt->Text(0);
}

Status RequireDeckId(Db& db, DeckId id) {
    if (auto name = DeckNameOf(db, id); !name) {
        return Fail(name.error());
    }
    return {};
}

Result<std::optional<int64_t>> DeckIdOrAll(Db& db, std::optional<DeckId> deck) {
    if (!deck) {
        return std::optional<int64_t>();
    }
    if (auto exists = RequireDeckId(db, *deck); !exists) {
        return Fail(exists.error());
    }
    return std::optional<int64_t>(deck->value);
}

QuestionRow QuestionRowAt(const Statement& stmt) {
    QuestionRow question;
    question.id = QuestionId{stmt.Int(0)};
    question.guid = stmt.Text(1);
    question.deck = stmt.Text(2);
    question.type =
        content::ParseQuestionType(stmt.Text(3)).value_or(content::QuestionType::kFlashcard);
    question.prompt = stmt.Text(4);
    question.topic = stmt.Text(5);
    question.created_ms = stmt.Int(6);
    question.modified_ms = stmt.Int(7);
    return question;
}

Error NoDeckNamed(const Db& db, const std::string& name) {
    return Error{ErrorCode::kNotFound, "no deck named '" + name + "'", db.path, 0, 0};
}

Error NoDeckWithId(const Db& db, DeckId id) {
    return Error{ErrorCode::kNotFound, "no deck with id " + std::to_string(id.value), db.path, 0,
                 0};
}

Status CheckJson(Db& db, const std::string& json, const std::string& what) {
    auto stmt = Statement::Prepare(db, "SELECT json_valid(?)");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, json);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row || stmt->Int(0) == 0) {
        return Fail(ErrorCode::kInvalidArgument, what + " is not valid JSON");
    }
    return {};
}

Error FileError(const std::filesystem::path& path, const std::string& what,
                const std::error_code& ec) {
    return Error{ErrorCode::kIo, what + " " + path.string() + ": " + ec.message(), path.string(), 0,
                 0};
}

Status RefreshSourceKeys(Db& db, std::string_view question_filter) {
    std::string sql =
        "SELECT id, guid, topic, source_paragraph, "
        "coalesce(json_extract(data, '$.source.article'), '') "
        "FROM questions WHERE source_paragraph IS NOT NULL";
    if (!question_filter.empty()) {
        sql += " AND " + std::string(question_filter);
    }
    auto read = Statement::Prepare(db, sql);
    auto write = Statement::Prepare(db, "UPDATE cards SET source_key = ? WHERE question_id = ?");
    if (!read || !write) {
        return Fail(!read ? read.error() : write.error());
    }
    while (true) {
        auto row = read->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return {};
        }
        const std::string guid = read->Text(1);
        const uint64_t key = SourceKey(GuidBank(guid), read->Text(4), read->Int(3), read->Text(2));
        write->Reset();
        if (auto done = write->BindAll(static_cast<int64_t>(key), read->Int(0)).Run(); !done) {
            return done;
        }
    }
}

}  // namespace summit::storage
