// Importing a bank into the collection: one transaction that upserts questions by GUID and
// never deletes a question (or its cards and history) that left the bank.
#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

#include "content/model/deck_name.h"
#include "storage/codec/json_codec.h"
#include "storage/codec/source_key.h"
#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/deferred_search_index.h"
#include "storage/import_staging.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

// The page cache while an import runs (KiB).
constexpr int64_t kImportCacheKiB = 8'000;

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

Status CheckBankHeader(const content::Bank& bank, const std::string& deck) {
    if (bank.id.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "the bank has no id");
    }
    if (deck.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "bank '" + bank.id + "' names no deck");
    }
    return content::CheckDeckName(deck);
}

}  // namespace

Result<ImportReport> Collection::ImportBank(
    const content::Bank& bank, std::optional<std::string> deck_override,
    const std::function<void(std::size_t, std::size_t)>& progress) {
    auto each = [&bank](const QuestionVisitor& visit) -> Status {
        for (const content::Question& question : bank.questions) {
            if (auto visited = visit(question); !visited) {
                return visited;
            }
        }
        return {};
    };
    return ImportQuestions(bank, each, bank.questions.size(), std::move(deck_override), progress);
}

Result<ImportReport> Collection::ImportQuestions(
    const content::Bank& bank, const QuestionSource& source, std::size_t expected,
    std::optional<std::string> deck_override,
    const std::function<void(std::size_t, std::size_t)>& progress) {
    const std::string deck_name = deck_override.value_or(content::DeckName(bank));
    if (auto valid = CheckBankHeader(bank, deck_name); !valid) {
        return Fail(valid.error());
    }
    // The import writes each page of a new bank about once, so a page cache of its own size
    // buys nothing: a smaller one keeps a large import's memory near its file's size.
    auto cache = QueryInt(*db_, "PRAGMA cache_size");
    if (!cache) {
        return Fail(cache.error());
    }
    if (auto small = Exec(*db_, "PRAGMA cache_size = -" + std::to_string(kImportCacheKiB));
        !small) {
        return Fail(small.error());
    }
    auto imported = Transact([&]() -> Result<ImportReport> {
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

        auto move = Statement::Prepare(db, "UPDATE questions SET position = ? WHERE id = ?");
        if (!move) {
            return Fail(move.error());
        }
        // New questions are indexed for search in one pass at the end, deferred from the
        // first one on, so a re-import that adds nothing writes nothing.
        std::optional<DeferredSearchIndex> search_index;
        // New and changed questions are written a chunk at a time (import_staging.h).
        auto staging = ImportStaging::Open(db);
        if (!staging) {
            return Fail(staging.error());
        }
        const int64_t now = db.StampMs();

        // A bank's ids are unique; a reader that broke that rule must not merge two questions.
        std::unordered_set<std::string> ids;
        std::size_t position = 0;
        auto visit = [&](const content::Question& question) -> Status {
            if (!ids.insert(question.id).second) {
                return Fail(
                    ErrorCode::kInvalidArgument,
                    "question id '" + question.id + "' appears twice in bank '" + bank.id + "'");
            }
            if (position > 0 && position % kImportProgressEvery == 0) {
                if (auto applied = staging->Apply(now, report); !applied) {
                    return applied;
                }
                if (progress) {
                    progress(position, std::max(expected, position));
                }
            }
            StagedQuestion staged;
            staged.position = static_cast<int64_t>(position);
            staged.guid = content::QuestionGuid(bank, question);
            staged.data = EncodeQuestion(question);
            auto question_deck = deck_of(question);
            if (!question_deck) {
                return Fail(question_deck.error());
            }
            auto existing = stored->find(staged.guid);
            if (existing != stored->end()) {
                StoredQuestion& old = existing->second;
                old.seen = true;
                // The same encoding is the same question; a collection written by an older
                // encoder is compared decoded.
                if (old.data == staged.data || [&] {
                        auto decoded = DecodeQuestion(old.data);
                        return decoded && *decoded == question;
                    }()) {
                    ++report.unchanged;
                    ++position;
                    if (old.position != staged.position) {
                        move->Reset();
                        if (auto done = move->BindAll(staged.position, old.id.value).Run(); !done) {
                            return done;
                        }
                    }
                    return {};
                }
                staged.existing = old.id.value;
            }
            staged.deck_id = question_deck->value;
            staged.type = content::QuestionTypeName(question.type);
            staged.prompt = question.prompt;
            staged.topic = question.topic;
            staged.tags = EncodeStringList(question.tags);
            staged.difficulty = question.difficulty;
            staged.paragraph = SourceParagraph(question);
            staged.source_key = QuestionSourceKey(staged.guid, question);
            staged.card_count = content::CardCount(question);
            const bool is_new = !staged.existing;
            if (is_new && !search_index) {
                auto begun = DeferredSearchIndex::Begin(db);
                if (!begun) {
                    return Fail(begun.error());
                }
                search_index.emplace(std::move(*begun));
            }
            if (auto added = staging->Add(staged); !added) {
                return Fail(added.error());
            }
            ++(is_new ? report.added : report.updated);
            report.lines.push_back(
                {std::move(staged.guid), is_new ? ImportAction::kAdded : ImportAction::kUpdated});
            ++position;
            return {};
        };
        if (auto read = source(visit); !read) {
            return Fail(read.error());
        }
        const std::size_t total = position;
        if (auto applied = staging->Apply(now, report); !applied) {
            return Fail(applied.error());
        }
        if (auto closed = staging->Close(); !closed) {
            return Fail(closed.error());
        }
        if (search_index) {
            if (auto indexed = search_index->Finish(); !indexed) {
                return Fail(indexed.error());
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
    if (auto restored = Exec(*db_, "PRAGMA cache_size = " + std::to_string(*cache)); !restored) {
        return Fail(restored.error());
    }
    return imported;
}

}  // namespace summit::storage
