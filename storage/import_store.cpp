// Importing a bank into the collection: one transaction that upserts questions by GUID and
// never deletes a question (or its cards and history) that left the bank.
#include <map>
#include <set>

#include "content/model/deck_name.h"
#include "storage/codec/json_codec.h"
#include "storage/codec/source_key.h"
#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

struct StoredQuestion {
    QuestionId id;
    std::string data;
    int64_t position = 0;
    bool seen = false;  // present in the bank being imported
};

// Every question already stored from this bank, keyed by GUID. GUIDs are "<bank id>/<id>"
// and '0' follows '/', so the prefix is one range scan of the unique GUID index.
Result<std::map<std::string, StoredQuestion>> LoadBankQuestions(Db& db, const std::string& bank) {
    auto stmt = Statement::Prepare(
        db, "SELECT id, guid, data, position FROM questions WHERE guid >= ? AND guid < ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->BindAll(bank + "/", bank + "0");
    std::map<std::string, StoredQuestion> stored;
    while (true) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            break;
        }
        stored[stmt->Text(1)] = {QuestionId{stmt->Int(0)}, stmt->Text(2), stmt->Int(3), false};
    }
    return stored;
}

// Creates the deck, or refreshes its bank metadata when it came from this bank. The UPDATE
// matches no row when nothing changed, so a re-import writes nothing.
Result<DeckId> UpsertDeck(Db& db, const std::string& name, const content::Bank& bank,
                          ImportReport& report) {
    auto found = FindDeck(db, name);
    if (!found) {
        return Fail(found.error());
    }
    const std::string metadata = EncodeBankMetadata(bank);
    if (!*found) {
        if (auto ancestors = CreateMissingAncestors(db, name); !ancestors) {
            return Fail(ancestors.error());
        }
        auto insert = Statement::Prepare(db,
                                         "INSERT INTO decks (name, bank_id, config, created_ms) "
                                         "VALUES (?, ?, json_object('bank', json(?)), ?)");
        if (!insert) {
            return Fail(insert.error());
        }
        if (auto done = insert->BindAll(name, bank.id, metadata, db.StampMs()).Run(); !done) {
            return Fail(done.error());
        }
        report.deck_created = true;
        return DeckId{LastInsertId(db)};
    }
    auto update = Statement::Prepare(
        db,
        "UPDATE decks SET bank_id = ?1, config = json_set(config, '$.bank', json(?2)) "
        "WHERE id = ?3 AND (bank_id = ?1 OR bank_id = '') "
        "AND (bank_id IS NOT ?1 OR json_extract(config, '$.bank') IS NOT json(?2))");
    if (!update) {
        return Fail(update.error());
    }
    if (auto done = update->BindAll(bank.id, metadata, (*found)->value).Run(); !done) {
        return Fail(done.error());
    }
    return **found;
}

Status CheckBank(const content::Bank& bank, const std::string& deck) {
    if (bank.id.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "the bank has no id");
    }
    if (deck.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "bank '" + bank.id + "' names no deck");
    }
    if (auto valid = content::CheckDeckName(deck); !valid) {
        return valid;
    }
    std::set<std::string> ids;
    for (const auto& question : bank.questions) {
        if (!ids.insert(question.id).second) {
            return Fail(
                ErrorCode::kInvalidArgument,
                "question id '" + question.id + "' appears twice in bank '" + bank.id + "'");
        }
    }
    return {};
}

}  // namespace

Result<ImportReport> Collection::ImportBank(
    const content::Bank& bank, std::optional<std::string> deck_override,
    const std::function<void(std::size_t, std::size_t)>& progress) {
    const std::string deck_name = deck_override.value_or(content::DeckName(bank));
    if (auto valid = CheckBank(bank, deck_name); !valid) {
        return Fail(valid.error());
    }
    return Transact([&]() -> Result<ImportReport> {
        Db& db = *db_;
        ImportReport report;
        report.deck = deck_name;
        auto deck = UpsertDeck(db, deck_name, bank, report);
        if (!deck) {
            return Fail(deck.error());
        }
        report.deck_id = *deck;
        // Sub-decks, "Bank deck::Part 1", created as their first question needs them.
        std::map<std::string, DeckId> decks{{"", *deck}};
        auto deck_of = [&](const content::Question& question) -> Result<DeckId> {
            if (auto known = decks.find(question.deck); known != decks.end()) {
                return known->second;
            }
            bool created = report.deck_created;
            auto made = UpsertDeck(db, deck_name + "::" + question.deck, bank, report);
            report.deck_created = created;
            if (made) {
                decks.emplace(question.deck, *made);
            }
            return made;
        };
        auto stored = LoadBankQuestions(db, bank.id);
        if (!stored) {
            return Fail(stored.error());
        }

        auto insert = Statement::Prepare(db, R"sql(
            INSERT INTO questions (guid, deck_id, type, prompt, data, topic, tags, difficulty,
                                   source_paragraph, position, created_ms, modified_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, -1), ?, ?, ?))sql");
        auto update = Statement::Prepare(db, R"sql(
            UPDATE questions SET deck_id = ?, type = ?, prompt = ?, data = ?, topic = ?, tags = ?,
                   difficulty = ?, source_paragraph = NULLIF(?, -1), position = ?,
                   modified_ms = ?
            WHERE id = ?)sql");
        auto move = Statement::Prepare(db, "UPDATE questions SET position = ? WHERE id = ?");
        auto add_card = Statement::Prepare(
            db,
            "INSERT OR IGNORE INTO cards (question_id, ordinal, deck_id, source_key) "
            "VALUES (?, ?, ?, ?)");
        // The queue reads the source-point key from the card (schema v4), so a changed topic
        // or source moves it along.
        auto rekey = Statement::Prepare(
            db, "UPDATE cards SET source_key = ?, deck_id = ? WHERE question_id = ?");
        // A question that stops being reversible keeps its second card and its history, but
        // that card leaves the queue.
        auto retire_reverse = Statement::Prepare(
            db, "UPDATE cards SET suspended = 1 WHERE question_id = ? AND ordinal = 1");
        for (auto* stmt : {&insert, &update, &move, &add_card, &rekey, &retire_reverse}) {
            if (!*stmt) {
                return Fail(stmt->error());
            }
        }
        const int64_t now = db.StampMs();

        const std::size_t total = bank.questions.size();
        for (size_t position = 0; position < total; ++position) {
            if (progress && position > 0 && position % kImportProgressEvery == 0) {
                progress(position, total);
            }
            const content::Question& question = bank.questions[position];
            const std::string guid = content::QuestionGuid(bank, question);
            const std::string data = EncodeQuestion(question);
            // -1 (not given) is stored as NULL by the NULLIF in the statements.
            const int64_t paragraph = question.source ? question.source->paragraph : -1;
            const auto pos = static_cast<int64_t>(position);
            const auto source_key = static_cast<int64_t>(
                SourceKey(GuidBank(guid), question.source ? question.source->article : "",
                          paragraph, question.topic));
            auto question_deck = deck_of(question);
            if (!question_deck) {
                return Fail(question_deck.error());
            }
            QuestionId id;
            auto existing = stored->find(guid);
            if (existing == stored->end()) {
                insert->Reset();
                insert->BindAll(guid, question_deck->value,
                                content::QuestionTypeName(question.type), question.prompt, data,
                                question.topic, EncodeStringList(question.tags),
                                question.difficulty, paragraph, pos, now, now);
                if (auto done = insert->Run(); !done) {
                    return Fail(done.error());
                }
                id = QuestionId{LastInsertId(db)};
                ++report.added;
                report.lines.push_back({guid, ImportAction::kAdded});
            } else {
                StoredQuestion& old = existing->second;
                old.seen = true;
                id = old.id;
                // The same encoding is the same question; a collection written by an older
                // encoder is compared decoded.
                if (old.data == data || [&] {
                        auto decoded = DecodeQuestion(old.data);
                        return decoded && *decoded == question;
                    }()) {
                    ++report.unchanged;
                    if (old.position != pos) {
                        move->Reset();
                        if (auto done = move->BindAll(pos, id.value).Run(); !done) {
                            return Fail(done.error());
                        }
                    }
                    continue;
                }
                update->Reset();
                update->BindAll(question_deck->value, content::QuestionTypeName(question.type),
                                question.prompt, data, question.topic,
                                EncodeStringList(question.tags), question.difficulty, paragraph,
                                pos, now, id.value);
                if (auto done = update->Run(); !done) {
                    return Fail(done.error());
                }
                ++report.updated;
                report.lines.push_back({guid, ImportAction::kUpdated});
                rekey->Reset();
                if (auto done = rekey->BindAll(source_key, question_deck->value, id.value).Run();
                    !done) {
                    return Fail(done.error());
                }
                if (content::CardCount(question) < 2) {
                    retire_reverse->Reset();
                    if (auto done = retire_reverse->BindAll(id.value).Run(); !done) {
                        return Fail(done.error());
                    }
                }
            }
            for (int ordinal = 0; ordinal < content::CardCount(question); ++ordinal) {
                add_card->Reset();
                if (auto done =
                        add_card->BindAll(id.value, ordinal, question_deck->value, source_key)
                            .Run();
                    !done) {
                    return Fail(done.error());
                }
                report.cards_added += Changes(db);
            }
        }
        if (progress) {
            progress(total, total);
        }
        for (const auto& [guid, old] : *stored) {
            if (!old.seen) {
                ++report.kept;
                report.lines.push_back({guid, ImportAction::kKept});
            }
        }
        return report;
    });
}

}  // namespace summit::storage
