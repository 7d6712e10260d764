// The collection: one SQLite file per user holding decks, questions, cards, the review log,
// quiz attempts and settings. All SQL in Summit lives behind this class.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "content/model/bank.h"
#include "content/model/error.h"
#include "storage/records.h"

namespace summit::storage {

struct Db;
class CollectionTestPeer;

enum class OpenMode {
    kReadWrite,  // create the file (and its directory) when missing; migrate older schemas
    kReadOnly,   // never write: every mutation fails with kReadOnly; an older schema is refused
};

class Collection;

struct OpenOptions {
    OpenMode mode = OpenMode::kReadWrite;
    int busy_timeout_ms = 2000;  // how long to wait for another process's lock, in ms
    // The time stamped on writes that are not given one (created/modified times of decks and
    // questions), ms since the epoch. Storage never reads the system clock itself; empty
    // stamps 0, which keeps tests deterministic. The app passes its one clock.
    std::function<int64_t()> clock = nullptr;
    // Fills a collection that is being created (the bundled banks), in the same transaction
    // as its schema: a new collection is complete or does not exist.
    std::function<Status(Collection&)> seed = nullptr;
    // Called before an existing collection of an older schema is migrated, with the
    // collection still at its old version (the app backs it up). An error stops the open
    // with that error and nothing migrated.
    std::function<Status(const Collection&)> before_migration = nullptr;
    // Called on this thread while a migration rewrites a large table (the review log), with
    // (rows done, rows in all), every few tens of thousands of rows and once at the end.
    std::function<void(int64_t, int64_t)> migration_progress = nullptr;
};

// The schema version this build reads and writes (PRAGMA user_version).
int CurrentSchemaVersion();

// $XDG_DATA_HOME/summit/collection.db, or ~/.local/share/summit/collection.db when
// XDG_DATA_HOME is unset or not absolute. Does not touch the file system.
std::filesystem::path DefaultCollectionPath();

// Removes the SQLite database at `path` with its write-ahead log, shared memory and rollback
// journal; what is absent or cannot be removed is skipped (the caller has closed it).
void RemoveDatabaseFiles(const std::filesystem::path& path);

// Owns one SQLite connection. Move-only. Use from one thread at a time; a worker thread opens
// its own Collection on the same file (WAL lets readers run beside one writer).
//
// Errors, for every function below: kBusy when another process holds the write lock longer
// than the busy timeout; kReadOnly when opened read-only or the file cannot be written;
// kFull when the disk is full; kCorrupt when the file is damaged; kIo when reading or writing
// it fails; kDatabase for any other SQLite failure. Every mutation runs in one transaction: on any
// error nothing is written.
class Collection {
  public:
    Collection(Collection&&) noexcept;
    Collection& operator=(Collection&&) noexcept;
    ~Collection();

    // Opens or creates the collection at `path` (":memory:" for a private in-memory one).
    // A new file is built beside `path` (schema and options.seed in one transaction) and
    // linked into place only when complete, so a kill during creation never leaves a
    // half-made collection, and of two processes creating the same file one wins and the
    // other opens the winner's. Migration re-reads the version under the write lock, so two
    // processes upgrading one file at once do not both migrate. A negative or otherwise
    // impossible schema version is kCorrupt.
    // File collections use WAL, foreign keys are on, and older schemas are migrated forward
    // in one transaction. Errors: kUnsupportedVersion when written by a newer Summit (the file
    // is left byte-for-byte unchanged); kCorrupt for a file that is not a Summit collection
    // or is truncated; kReadOnly for kReadOnly mode on an older schema; kNotFound for
    // kReadOnly mode on a missing file; kIo when the file or its directory cannot be created.
    [[nodiscard]] static Result<Collection> Open(const std::filesystem::path& path,
                                                 OpenOptions options = {});
    [[nodiscard]] static Result<Collection> OpenInMemory();

    // True when this Open created the collection (its seed, if any, was imported with it);
    // false when it existed, or another process created it first.
    bool WasCreated() const { return was_created_; }
    const std::string& Path() const;
    // Closing runs PRAGMA optimize, which may write planner statistics; after a failed
    // command the file is left exactly as it was instead.
    void SkipOptimizeOnClose() { optimize_on_close_ = false; }
    // Rows this connection has written since it opened (sqlite3_total_changes64): a cheap
    // "did anything change" for automatic backups.
    int64_t ChangeCount() const;

    // Runs `body` (returning Status or Result<T>) in one transaction: commits when it
    // succeeds, rolls back everything it did when it fails. Nested calls use savepoints, so
    // an inner failure the caller handles does not undo the outer work.
    template <typename F>
    [[nodiscard]] std::invoke_result_t<F&> Transact(F&& body);

    // --- Decks and questions (import_store.cpp, deck_store.cpp) ---
    //
    // Deck names form a tree ("A::B::C", content/model/deck_name.h). Every call below that
    // takes a deck to read cards, questions, topics or reviews (ListTopics, ListQuestions,
    // LoadCards, LoadQueueRows, ReadReviewLog, CountReviewsSince) covers the deck and all its
    // descendants; ExportDeck and the per-deck settings are of the one deck only.

    // Imports a bank into its deck (or `deck_override`), creating the deck and its missing
    // ancestors (empty decks) when missing. kInvalidArgument for a name with an empty part.
    // Questions are matched by GUID: new ones are added with their cards (2 for a reversible
    // flashcard, else 1); changed ones are updated, keeping cards and review history;
    // identical ones are not touched (re-importing a bank writes nothing). Questions of this
    // bank missing from it are kept and reported. A question stays in the deck it is in.
    // `progress`, when given, is called on this thread with (questions done, total) every
    // kImportProgressEvery questions and once at the end, so a long import can show it.
    [[nodiscard]] Result<ImportReport> ImportBank(
        const content::Bank& bank, std::optional<std::string> deck_override = {},
        const std::function<void(std::size_t, std::size_t)>& progress = {});
    static constexpr std::size_t kImportProgressEvery = 1000;
    // Hands each question of a bank to the visitor in bank order, stopping at its first error
    // (which it returns); a streaming reader feeds an import this way.
    using QuestionVisitor = std::function<Status(const content::Question&)>;
    using QuestionSource = std::function<Status(const QuestionVisitor&)>;
    // ImportBank of a bank whose questions come from `source` one at a time rather than from
    // `header.questions` (ignored), so the bank is never whole in memory: the same report and
    // the same one transaction, rolled back when `source` fails. `expected` is the total that
    // progress reports until more questions than that arrive.
    [[nodiscard]] Result<ImportReport> ImportQuestions(
        const content::Bank& header, const QuestionSource& source, std::size_t expected,
        std::optional<std::string> deck_override = {},
        const std::function<void(std::size_t, std::size_t)>& progress = {});
    // ImportBank and the images its texts show (PutMedia each) in one transaction: a bad image
    // or a failed import keeps nothing (media_store.cpp).
    [[nodiscard]] Result<ImportReport> ImportBankWithImages(
        const content::Bank& bank, const std::vector<std::string>& images,
        std::optional<std::string> deck_override = {},
        const std::function<void(std::size_t, std::size_t)>& progress = {});
    // Rebuilds the bank of a deck: its metadata from the last import, its questions in bank
    // order. kNotFound for an unknown deck.
    [[nodiscard]] Result<content::Bank> ExportDeck(DeckId deck) const;
    // The topics the banks of one deck (or of every deck) declare, as saved at import, without
    // reading any question. A topic id declared by several banks is listed once (first wins).
    // kNotFound for an unknown deck.
    [[nodiscard]] Result<std::vector<content::Topic>> ListTopics(
        std::optional<DeckId> deck = {}) const;
    // Every deck by name, with counts from one grouped query. `next_day_start_ms` is when
    // the learner's next study day begins (the caller applies day rules); cards buried until
    // after `now_ms` and suspended cards are not counted as new, learning or due.
    // With DeckCounts::kStudy, card_count is left 0 (it costs a probe per question).
    [[nodiscard]] Result<std::vector<DeckSummary>> ListDecks(
        int64_t now_ms, int64_t next_day_start_ms, DeckCounts counts = DeckCounts::kAll) const;
    // Every deck's name in ListDecks' order, from the deck table alone: for choosers and
    // glyph lists that show no counts.
    [[nodiscard]] Result<std::vector<std::string>> ListDeckNames() const;
    // Questions of one deck tree (kNotFound when it does not exist) or of all, by deck name,
    // then bank order.
    [[nodiscard]] Result<std::vector<QuestionRow>> ListQuestions(
        std::optional<DeckId> deck = {}) const;

    // The id of the deck named `name` (exact, case-sensitive): where a name typed by a person
    // becomes the id every other call takes. kNotFound "no deck named '<name>'" when none.
    [[nodiscard]] Result<DeckId> FindDeck(std::string_view name) const;
    // The name of the deck with this id (one indexed lookup). kNotFound for an unknown id.
    [[nodiscard]] Result<std::string> GetDeckName(DeckId id) const;
    // Gives a deck a new name, and its descendants the new prefix ("A::x" -> "B::x"), in one
    // transaction; missing ancestors of the new name are created. Only the decks table
    // changes: questions, cards and the review log refer to the deck by id. kNotFound for an
    // unknown id; kInvalidArgument for an empty name, an empty part ("A::::B", a leading or
    // trailing "::") or a name inside the deck's own tree; kConflict when a renamed deck's new
    // name is taken.
    [[nodiscard]] Status RenameDeck(DeckId deck, std::string_view name);
    // Creates an empty deck named `name`, and its missing ancestors, in one transaction
    // (deck_changes.cpp). kInvalidArgument for an invalid name (content::CheckDeckName);
    // kConflict when a deck has that name.
    [[nodiscard]] Result<DeckId> CreateDeck(std::string_view name);
    // Deletes a deck with its subdecks, their questions and cards and those cards' reviews,
    // in one transaction, and forgets the bulk changes UndoBulk could undo (their copies may
    // refer to what is gone). Callers back up first (bootstrap::BackupBeforeBulkChange).
    // kNotFound for an unknown id.
    [[nodiscard]] Result<DeckDeletion> DeleteDeck(DeckId deck);
    // Chooses the scheduler a deck's cards use. kNotFound for an unknown deck.
    [[nodiscard]] Status SetDeckScheduler(DeckId deck, SchedulerKind scheduler);
    // A deck's study options (scheduler parameters, daily limits; the study layer defines
    // the fields) as JSON text, "{}" when never set. kNotFound for an unknown deck.
    [[nodiscard]] Result<std::string> GetDeckOptions(DeckId deck) const;
    // kInvalidArgument when `json` is not a JSON object; kNotFound for an unknown deck.
    [[nodiscard]] Status SetDeckOptions(DeckId deck, const std::string& json);

    // --- Single questions, as the window's editor writes them (question_store.cpp) ---

    // The bank part of the GUID of a question added by hand: "added/<question id>".
    static constexpr std::string_view kAddedQuestionBank = "added";
    // Adds one question to `deck` with its cards (CardCount), after the deck's last question,
    // in one transaction. The caller validates it first. kNotFound for an unknown deck;
    // kInvalidArgument for an empty question id; kConflict when its GUID is taken.
    [[nodiscard]] Result<QuestionId> AddQuestion(DeckId deck, const content::Question& question);
    // Replaces a question's content in one transaction, keeping its GUID, deck, cards and
    // review history; a flashcard made reversible gains its second card, one made
    // one-way has that card suspended (as a re-import does). With `reset_scheduling` its
    // cards become new again (reps and lapses kept). kNotFound for an unknown id.
    [[nodiscard]] Status UpdateQuestion(QuestionId id, const content::Question& question,
                                        bool reset_scheduling);

    // --- Cards (card_store.cpp) ---

    [[nodiscard]] Result<std::vector<StudyCard>> LoadCards(const CardQuery& query) const;
    // Every card of one deck tree (kNotFound when unknown) or of all, by id, with only its
    // state and its question's topic: what statistics read of a hundred thousand cards.
    [[nodiscard]] Result<std::vector<CardStateRow>> ReadCardStates(
        std::optional<DeckId> deck = {}) const;
    // The same read without keeping the rows: `visit` sees each card in turn (valid only during
    // the call), after `expect` is told how many cards there will be, so a caller converting
    // them into its own rows allocates those once. Same errors.
    [[nodiscard]] Status ForEachCardState(std::optional<DeckId> deck,
                                          const std::function<void(size_t)>& expect,
                                          const std::function<void(CardStateRow&)>& visit) const;
    // kNotFound when no card has this id.
    [[nodiscard]] Result<StudyCard> GetCard(CardId id) const;
    [[nodiscard]] Status SetSuspended(CardId id, bool suspended);
    // Hides the card from the queue until `until_ms` (0 unburies). kNotFound for no card.
    [[nodiscard]] Status BuryUntil(CardId id, int64_t until_ms);

    // --- The study queue (queue_store.cpp) ---

    // Unsuspended, unburied cards the queue may ask, read from the queue indexes without
    // question rows. Reviews beyond `review_limit` are cut by their predicted recall in
    // SQL — the ratio of elapsed days to stability, which orders cards as FSRS's forgetting
    // curve does — with a margin: the caller's exact order over the rows returned is the
    // final one. kNotFound for an unknown deck.
    [[nodiscard]] Result<QueueRows> LoadQueueRows(const QueueRowQuery& query) const;

    // --- Review log (review_store.cpp) ---

    // Appends the review (with a snapshot of the card before it) and stores `new_state`.
    // `shuffle_seed` is the seed the question's choices, rights or items were shown shuffled
    // with (study::ShownOrderFor), kept so the order can be rebuilt; nullopt (NULL) when
    // nothing was shown shuffled (`summit review`).
    // kNotFound for no card; kInvalidArgument for a rating outside 1..4.
    [[nodiscard]] Result<ReviewId> RecordReview(CardId card, const CardState& new_state,
                                                const ReviewRecord& review,
                                                std::optional<int64_t> shuffle_seed = std::nullopt);
    // RecordReview for many reviews in order, in one transaction with each statement prepared
    // once (generators and import tools: ~10x faster per row). All or nothing: the first
    // error (kNotFound, kInvalidArgument as above) writes nothing. Returns the count. The
    // reviews get no shuffle seed (a generated or imported history showed nothing).
    [[nodiscard]] Result<int64_t> AppendReviews(std::span<const ReviewAppend> reviews);
    // Restores the card of the most recent review exactly as it was and deletes that review.
    // kConflict when the log is empty.
    [[nodiscard]] Result<UndoneReview> UndoLastReview();
    // The same for one review; kNotFound for no such review, kConflict when its card has a
    // later review (undo that first).
    [[nodiscard]] Result<UndoneReview> UndoReview(ReviewId id);
    // The whole log (or one deck's) oldest first (by time, then id), in one query.
    // kNotFound for an unknown deck.
    [[nodiscard]] Result<std::vector<ReviewRow>> ReadReviewLog(
        std::optional<DeckId> deck = {}) const;
    // One card's reviews, oldest first (empty for an unknown card).
    [[nodiscard]] Result<std::vector<ReviewRow>> ReadCardReviews(CardId card) const;
    // The whole log in the order it was recorded (review id order: oldest first unless the
    // clock went back), one sequential pass over the table without joins. Statistics over
    // a million reviews use it and filter by card themselves (see docs/schema.md).
    [[nodiscard]] Result<std::vector<ReviewEntry>> ScanReviewLog() const;
    // The answer text of every review of one deck tree (kNotFound when unknown), in the order
    // ReadReviewLog returns them (review_answers.cpp).
    [[nodiscard]] Result<std::vector<ReviewAnswer>> ReadReviewAnswers(DeckId deck) const;
    // The same pass without keeping the rows: `visit` sees each review in turn (valid only
    // during the call), so a caller that keeps a filtered or converted copy holds one log.
    [[nodiscard]] Status ForEachReview(const std::function<void(const ReviewEntry&)>& visit) const;
    // Reviews of every deck (or one: kNotFound when unknown) answered in
    // [since_ms, until_ms], counted by the card's phase before each, from one rowid range.
    [[nodiscard]] Result<ReviewCounts> CountReviewsSince(std::optional<DeckId> deck,
                                                         int64_t since_ms,
                                                         int64_t until_ms = INT64_MAX) const;
    // What of a daily limit the answers in [since_ms, until_ms] have used: those to new cards
    // and to cards in the review phase, counted as CountReviewsSince does (the other two
    // phases stay 0), until `limit` of them are counted. With fewer both counts are exact;
    // with more the two add up to exactly `limit`, which is all a limit can subtract.
    // kNotFound for an unknown deck.
    [[nodiscard]] Result<ReviewCounts> CountReviewsTowardLimit(std::optional<DeckId> deck,
                                                               int64_t since_ms, int64_t until_ms,
                                                               int limit) const;

    // --- Summaries of the review log (review_summary_store.cpp), kept by triggers ---

    // Quarter hours in [from_quarter, to_quarter) with at least one answer, oldest first.
    [[nodiscard]] Result<std::vector<ReviewQuarter>> ReadReviewQuarters(int64_t from_quarter,
                                                                        int64_t to_quarter) const;
    // The quarter hours before `before_quarter` with at least one answer, newest first.
    [[nodiscard]] Result<std::vector<int64_t>> ReadAnsweredQuartersBefore(
        int64_t before_quarter) const;
    // Answers and correct answers of every card answered at least once, by card id.
    [[nodiscard]] Result<std::vector<CardAnswerTotals>> ReadCardAnswerTotals() const;
    // Every answer in the log to a card of one deck tree (kNotFound when unknown) or of all,
    // summed from the per-card totals: one row per card read, not one per review.
    [[nodiscard]] Result<int64_t> CountAnswers(std::optional<DeckId> deck = {}) const;
    // Candidates for a card's second review-phase answer of a day, answered in [from_ms, to_ms).
    [[nodiscard]] Result<std::vector<SameDayCandidate>> ReadSameDayCandidates(int64_t from_ms,
                                                                              int64_t to_ms) const;
    // The questions with these ids (unknown ids are skipped), in id order.
    [[nodiscard]] Result<std::vector<QuestionRow>> ListQuestionsById(
        std::span<const QuestionId> ids) const;

    // --- The browser (browse_store.cpp, bulk_store.cpp) ---

    // The ids of the cards `query.search` finds (docs/search.md), ordered by `query.sort`
    // (then by card id), in one query. kParse, with Error::column pointing into the query,
    // when the query is malformed.
    [[nodiscard]] Result<std::vector<CardId>> SearchCards(const BrowseQuery& query) const;
    // The rows of these cards for the table, in the order given; ids of cards that no
    // longer exist are skipped.
    [[nodiscard]] Result<std::vector<BrowseRow>> LoadBrowseRows(std::span<const CardId> ids) const;
    // Applies `action` to `cards` (to their questions, for the question-level kinds) in one
    // transaction, keeping on this connection what UndoBulk needs to restore every changed
    // row. kNotFound for an unknown deck (kMoveToDeck); kInvalidArgument for an empty tag.
    // Cards that do not exist are ignored.
    [[nodiscard]] Result<BulkResult> ApplyBulk(const BulkAction& action,
                                               std::span<const CardId> cards);
    // Undoes the newest bulk action not undone yet, in one transaction: the rows it changed
    // or deleted are put back as they were before it. kConflict when there is none. The undo
    // steps live as long as this Collection (the last kMaxBulkUndo of them).
    [[nodiscard]] Result<BulkKind> UndoBulk();
    // How many bulk actions UndoBulk can undo now.
    int BulkUndoDepth() const;
    static constexpr int kMaxBulkUndo = 20;

    // --- History from other programs (history_import.cpp) ---

    // The cards of every question whose GUID starts with `prefix` ("anki-d1/"), from the GUID
    // index.
    [[nodiscard]] Result<std::vector<GuidCard>> ListCardsByGuidPrefix(
        std::string_view prefix) const;
    // Imports each card's history in one transaction: the reviews its log lacks are appended
    // (as AppendReviews does; a review is known by its card and answer time, so importing the same
    // history again adds nothing), then the card gets `state`, `suspended` and
    // `buried_until_ms` unless it has a review newer than its imported ones (studied in Summit
    // since: Summit's state stands). kNotFound for no card; ratings as AppendReviews.
    // `progress`, when given, is called with (cards done, total) as ImportBank's is.
    [[nodiscard]] Result<HistoryImportReport> ImportCardHistories(
        std::span<const ImportedCardHistory> cards,
        const std::function<void(std::size_t, std::size_t)>& progress = {});

    // --- Copies (backup/backup_store.cpp) ---

    // A private in-memory copy of this collection, taken consistently with SQLite's online
    // backup. Writes to the copy never reach this collection: for previews and what-ifs.
    // Errors: the collection's read errors; kFull when memory runs out.
    [[nodiscard]] Result<Collection> CopyToMemory() const;
    // Writes a consistent copy of this collection to `path` (replaced when it exists), which
    // opens as an ordinary collection. Errors: kIo when `path` cannot be written; the
    // collection's read errors.
    [[nodiscard]] Status BackupTo(const std::filesystem::path& path) const;

    // Replaces this collection's contents with the collection file at `source` (any schema
    // version; the next Open migrates it) in one transaction (SQLite's online backup into this
    // connection): another process sees the old collection or the new one, never a mix.
    // kConflict inside Transact; kIo when `source` cannot be opened; the write errors.
    [[nodiscard]] Status RestoreFromFile(const std::filesystem::path& source);

    // --- Media (media_store.cpp) ---

    // Keeps an image and returns its name: content::Sha256Hex(bytes), which Markdown texts
    // refer to as ![alt](media:HASH). The same bytes are stored once; putting them again
    // writes nothing. Importers call it inside the Transact that imports the bank, so a failed
    // import keeps no images. kInvalidArgument (nothing written) when the bytes are not a PNG,
    // JPEG or GIF by their first bytes or exceed content::kMaxImageBytes.
    [[nodiscard]] Result<std::string> PutMedia(std::string_view bytes);
    // The image named `hash`, or nullopt when the collection has none by that name.
    [[nodiscard]] Result<std::optional<MediaBlob>> GetMedia(std::string_view hash) const;
    // Removes those of the images named in `hashes` that no question's text refers to, in one
    // transaction; returns how many went. For an editor's images that were never saved.
    [[nodiscard]] Result<int> DeleteMediaUnlessUsed(const std::vector<std::string>& hashes);

    // --- Text (text_chars_store.cpp) ---

    // Every character beyond ASCII that any question's texts use, each once, as UTF-8 (what a
    // font atlas must cover), without decoding or keeping the questions.
    [[nodiscard]] Result<std::string> NonAsciiQuestionCharacters() const;

    // --- Checks (check_store.cpp) ---

    // How much a collection holds, from three counts.
    [[nodiscard]] Result<CollectionCounts> Counts() const;
    // PRAGMA integrity_check: the problems SQLite finds in the file, empty when it is sound.
    [[nodiscard]] Result<std::vector<std::string>> IntegrityProblems() const;
    // Check Collection: SQLite's integrity and foreign-key checks, orphaned cards and reviews,
    // cards whose state does not match their last review, impossible values, and images
    // that questions refer to but the media table lacks (content::QuestionMediaHashes). With
    // `repair`, fixes what is safely fixable in one transaction (the caller backs up first)
    // and marks those findings repaired; the rest is only reported.
    [[nodiscard]] Result<CheckReport> CheckCollection(bool repair);
    // The file's size and its free pages (PRAGMA page_count, freelist_count).
    [[nodiscard]] Result<FileSpace> Space() const;
    // Rewrites the file without its free pages (VACUUM), so it takes no more disk than what it
    // holds. kBusy while another connection or process has the file open, kReadOnly on a
    // read-only collection; the collection is unchanged either way.
    [[nodiscard]] Status Compact();

    // --- Quiz attempts and settings (quiz_store.cpp, config_store.cpp) ---

    // kInvalidArgument when settings_json or results_json is not valid JSON.
    [[nodiscard]] Result<QuizAttemptId> InsertQuizAttempt(const QuizAttempt& attempt);
    // Newest first.
    [[nodiscard]] Result<std::vector<QuizAttempt>> ListQuizAttempts() const;
    // The JSON text stored under `key`, or nullopt when unset.
    [[nodiscard]] Result<std::optional<std::string>> GetConfig(const std::string& key) const;
    // kInvalidArgument when `json` is not valid JSON.
    [[nodiscard]] Status SetConfig(const std::string& key, const std::string& json);

  private:
    friend class CollectionTestPeer;

    explicit Collection(std::unique_ptr<Db> db, bool was_created);
    // Open without the creation step: opens or creates the SQLite file itself.
    [[nodiscard]] static Result<Collection> OpenFile(const std::filesystem::path& path,
                                                     const OpenOptions& options);
    // Builds a new collection beside `path` and links it into place. True when this call
    // created it; false when another process created `path` first.
    [[nodiscard]] static Result<bool> CreateFile(const std::filesystem::path& path,
                                                 const OpenOptions& options);

    [[nodiscard]] Status BeginTransaction();
    [[nodiscard]] Status CommitTransaction();
    void RollbackTransaction();

    std::unique_ptr<Db> db_;  // never null except in a moved-from Collection
    bool was_created_ = false;
    bool optimize_on_close_ = true;
};

template <typename F>
std::invoke_result_t<F&> Collection::Transact(F&& body) {
    using R = std::invoke_result_t<F&>;
    if (auto begun = BeginTransaction(); !begun) {
        return R(std::unexpect, begun.error());
    }
    R result = [&]() -> R {
        try {
            return body();
        } catch (...) {
            RollbackTransaction();
            throw;
        }
    }();
    if (!result) {
        RollbackTransaction();
        return result;
    }
    if (auto committed = CommitTransaction(); !committed) {
        return R(std::unexpect, committed.error());
    }
    return result;
}

}  // namespace summit::storage
