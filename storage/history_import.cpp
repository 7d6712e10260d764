// Review history from another program (an Anki package): appended once, however often the
// same history is imported, and never over what was studied in Summit since.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "storage/codec/card_row.h"
#include "storage/codec/review_row.h"
#include "storage/collection.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

Result<std::vector<GuidCard>> Collection::ListCardsByGuidPrefix(std::string_view prefix) const {
    std::vector<GuidCard> cards;
    if (prefix.empty()) {
        return cards;
    }
    std::string end(prefix);
    ++end.back();  // the first string after every one starting with `prefix`
    auto stmt = Statement::Prepare(*db_,
                                   "SELECT q.guid, c.ordinal, c.id FROM questions q "
                                   "JOIN cards c ON c.question_id = q.id "
                                   "WHERE q.guid >= ? AND q.guid < ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->BindAll(std::string(prefix), end);
    while (true) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return cards;
        }
        cards.push_back({stmt->Text(0), static_cast<int>(stmt->Int(1)), CardId{stmt->Int(2)}});
    }
}

Result<HistoryImportReport> Collection::ImportCardHistories(
    std::span<const ImportedCardHistory> cards,
    const std::function<void(std::size_t, std::size_t)>& progress) {
    return Transact([&]() -> Result<HistoryImportReport> {
        Db& db = *db_;
        // Every statement is prepared once for the whole import, and each card's snapshot is
        // read once: the reviews of one card are logged with the states the history itself
        // gives, and the card row is written once, with its final state.
        // The review log has no per-card index (docs/schema.md): one pass reads the times
        // already logged for the cards being imported, instead of a scan per card.
        auto times = Statement::Prepare(db, "SELECT card_id, time_ms FROM revlog");
        auto read =
            Statement::Prepare(db, "SELECT " + SnapshotColumns() + " FROM cards WHERE id = ?");
        auto insert = Statement::Prepare(db, InsertReviewSql());
        auto write =
            Statement::Prepare(db, "UPDATE cards SET " + CardStateAssignments() +
                                       ", suspended = ?, buried_until_ms = ? WHERE id = ?");
        for (auto* stmt : {&times, &read, &insert, &write}) {
            if (!*stmt) {
                return Fail(stmt->error());
            }
        }
        auto ids = ReviewIdAllocator::Prepare(db);
        if (!ids) {
            return Fail(ids.error());
        }
        std::unordered_map<int64_t, std::set<int64_t>> logged_of;
        for (const ImportedCardHistory& card : cards) {
            logged_of.try_emplace(card.card.value);
        }
        while (true) {
            auto row = times->Step();
            if (!row) {
                return Fail(row.error());
            }
            if (!*row) {
                break;
            }
            if (auto known = logged_of.find(times->Int(0)); known != logged_of.end()) {
                known->second.insert(times->Int(1));
            }
        }
        times->Reset();
        HistoryImportReport report;
        std::vector<const ReviewAppend*> missing;
        std::size_t done = 0;
        for (const ImportedCardHistory& card : cards) {
            if (progress && done > 0 && done % kImportProgressEvery == 0) {
                progress(done, cards.size());
            }
            ++done;
            std::set<int64_t>& logged = logged_of[card.card.value];
            int64_t last_imported = 0;
            missing.clear();
            for (const ReviewAppend& review : card.reviews) {
                last_imported = std::max(last_imported, review.review.time_ms);
                if (logged.insert(review.review.time_ms).second) {
                    missing.push_back(&review);
                } else {
                    ++report.reviews_present;
                }
            }
            // A logged review after the whole history was given in Summit: the card's state
            // and log stay as they are, since older reviews appended after it would replace
            // that state.
            if (!logged.empty() && *logged.rbegin() > last_imported) {
                ++report.cards_kept;
                continue;
            }
            read->Reset();
            read->Bind(1, card.card.value);
            auto row = read->Step();
            if (!row) {
                return Fail(row.error());
            }
            if (!*row) {
                return Fail(Error{ErrorCode::kNotFound,
                                  "no card with id " + std::to_string(card.card.value), db.path, 0,
                                  0});
            }
            CardSnapshot before = SnapshotFromRow(*read, 0);
            read->Reset();
            for (const ReviewAppend* review : missing) {
                // The last new review leaves the card in its imported state, so the log and
                // the card agree.
                const CardState& after = review == missing.back() ? card.state : review->new_state;
                auto stored =
                    StoredReviewOf(card.card.value, before, after, review->review, std::nullopt);
                if (!stored) {
                    return Fail(stored.error());
                }
                auto id = ids->Next(stored->time_ms);
                if (!id) {
                    return Fail(id.error());
                }
                stored->id = *id;
                insert->Reset();
                BindStoredReview(*insert, *stored);
                if (auto inserted = insert->Run(); !inserted) {
                    return Fail(inserted.error());
                }
                before.state = after;
            }
            report.reviews_added += static_cast<int64_t>(missing.size());
            write->Reset();
            const int next = BindCardState(*write, 1, card.state);
            write->Bind(next, card.suspended ? 1 : 0);
            write->Bind(next + 1, card.buried_until_ms);
            write->Bind(next + 2, card.card.value);
            if (auto written = write->Run(); !written) {
                return Fail(written.error());
            }
            ++report.cards_updated;
        }
        if (progress) {
            progress(cards.size(), cards.size());
        }
        return report;
    });
}

}  // namespace summit::storage
