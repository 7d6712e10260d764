// Review history from another program (an Anki package): appended once, however often the
// same history is imported, and never over what was studied in Summit since.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "storage/codec/card_row.h"
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
    std::span<const ImportedCardHistory> cards) {
    return Transact([&]() -> Result<HistoryImportReport> {
        Db& db = *db_;
        // The review log has no per-card index (docs/schema.md): one pass reads the times
        // already logged for the cards being imported, instead of a scan per card.
        auto times = Statement::Prepare(db, "SELECT card_id, time_ms FROM revlog");
        auto write =
            Statement::Prepare(db, "UPDATE cards SET " + CardStateAssignments() +
                                       ", suspended = ?, buried_until_ms = ? WHERE id = ?");
        for (auto* stmt : {&times, &write}) {
            if (!*stmt) {
                return Fail(stmt->error());
            }
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
        std::vector<ReviewAppend> missing;
        for (const ImportedCardHistory& card : cards) {
            std::set<int64_t>& logged = logged_of[card.card.value];
            int64_t last_imported = 0;
            for (const ReviewAppend& review : card.reviews) {
                last_imported = std::max(last_imported, review.review.time_ms);
                if (logged.insert(review.review.time_ms).second) {
                    missing.push_back(review);
                } else {
                    ++report.reviews_present;
                }
            }
            // A logged review after the whole history was given in Summit: the card's state
            // and log stay as they are, since older reviews appended after it would replace
            // that state.
            if (!logged.empty() && *logged.rbegin() > last_imported) {
                ++report.cards_kept;
                missing.clear();
                continue;
            }
            if (!missing.empty()) {
                // The last new review leaves the card in its imported state, so the log and
                // the card agree.
                missing.back().new_state = card.state;
                auto added = AppendReviews(missing);
                if (!added) {
                    return Fail(added.error());
                }
                report.reviews_added += *added;
                missing.clear();
            }
            write->Reset();
            const int next = BindCardState(*write, 1, card.state);
            write->Bind(next, card.suspended ? 1 : 0);
            write->Bind(next + 1, card.buried_until_ms);
            write->Bind(next + 2, card.card.value);
            if (auto done = write->Run(); !done) {
                return Fail(done.error());
            }
            if (Changes(db) == 0) {
                return Fail(Error{ErrorCode::kNotFound,
                                  "no card with id " + std::to_string(card.card.value), db.path, 0,
                                  0});
            }
            ++report.cards_updated;
        }
        return report;
    });
}

}  // namespace summit::storage
