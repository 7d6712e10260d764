// The Browse view: every card of the collection in a virtualized, sortable table, searched
// with the language of docs/search.md off the UI thread, with multi-selection, bulk actions
// that Ctrl+Z undoes, and the selected card's info (history, chart, memory now) beside it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/study/card_info.h"
#include "app/study/session.h"
#include "app/ui/browse/browse_model.h"
#include "app/ui/browse/search_worker.h"
#include "app/ui/shell/help_overlay.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

// Draws a window filling the main viewport. Keys while it is focused and no text field has
// the keyboard: Up/Down move the selection (Shift extends it), Ctrl+A selects every row found,
// Ctrl+Z undoes the last bulk action, Delete asks to delete the selection, Ctrl+F or / goes
// to the search box, Enter or Ctrl+E edits the current row's question (so does a double-click
// on a row), Escape goes back, ? lists the keys. Clicking a row selects it, Ctrl+click
// toggles it, Shift+click selects the range from the last clicked row; a header click sorts
// by that column (again: the other way). The columns shown and the sort are saved in the
// collection's config. `collection` must outlive the view; UI thread only.
class BrowseView {
  public:
    BrowseView(storage::Collection& collection, study::Clock clock);
    ~BrowseView();
    BrowseView(const BrowseView&) = delete;
    BrowseView& operator=(const BrowseView&) = delete;

    // Reads the saved layout and starts the search `search` (every card when empty).
    void Open(std::string search = {});
    void Draw();
    // True once after Back or Escape.
    bool TakeBackRequest();
    // The card to open in the editor (Enter, Ctrl+E, a double-click on a row), once.
    std::optional<storage::CardId> TakeEditRequest();
    // The current row's deck, where Ctrl+N adds a question; nullopt without a current row.
    std::optional<storage::DeckId> CurrentDeck() const;
    // Runs the search again and re-reads the rows and card info, keeping the selection (after
    // an edit elsewhere).
    void Refresh();

    // What the widgets do, for tests and screenshots.
    void SetSearch(std::string search);
    void SetSort(storage::BrowseColumn column, bool descending);
    void SetColumnShown(storage::BrowseColumn column, bool shown);
    // Applies `action` to the selected cards after the automatic backup (bootstrap's
    // BackupBeforeBulkChange); the message of an error is shown in the view too.
    Status ApplyToSelection(const storage::BulkAction& action);
    // Undoes the newest bulk action (Ctrl+Z).
    Status Undo();
    // Blocks until the newest search has finished and shows its result.
    void WaitForSearch();

    const std::string& search() const { return search_; }
    const std::vector<storage::CardId>& ids() const { return ids_; }
    BrowseSelection& selection() { return selection_; }
    const BrowseLayout& layout() const { return layout_; }
    const std::string& error() const { return error_; }    // search or action error, or ""
    const std::string& notice() const { return notice_; }  // what the last action did
    bool ConfirmingDelete() const { return confirm_delete_; }
    // The questions the open delete confirmation names.
    int DeleteCount() const { return delete_questions_; }
    // The card-info panel's card; nullptr with no current row.
    const study::CardInfo* card_info() const { return info_ ? &*info_ : nullptr; }
    // Rects of the last frame: "button/back", "search", "header/<column key>", "row/<index>"
    // for drawn rows, "action/<name>" for each bulk button, "confirm/delete", "confirm/cancel".
    const WidgetRects& rects() const { return rects_; }
    const HelpOverlay& help() const { return help_; }

  private:
    void StartSearch();
    void PollSearch();
    void AcceptIds(std::vector<storage::CardId> ids);
    void ReloadAfterChange();
    const storage::BrowseRow* RowAt(std::size_t index);
    void LoadRows(int first, int last);

    void DrawToolbar();
    void DrawColumnsPopup();
    void DrawActions();
    void DrawTextPopup();
    void DrawDeckPopup();
    void DrawDeleteConfirm();
    void DrawTable();
    void DrawRow(int index, const storage::BrowseRow& row);
    void DrawCardInfo();
    void HandleKeys();
    void MoveCurrent(int step, bool extend);
    void SaveLayout();

    storage::Collection& collection_;
    study::Clock clock_;
    SearchWorker worker_;
    BrowseLayout layout_;
    std::string search_;                                    // the search box's text
    std::string shown_search_;                              // the query of the result shown
    std::vector<storage::CardId> ids_;                      // the result shown, in table order
    std::unordered_map<int64_t, storage::BrowseRow> rows_;  // rows read for drawing, by card
    BrowseSelection selection_;
    std::optional<study::CardInfo> info_;  // of selection_.current()
    std::string error_;
    std::string notice_;
    double search_ms_ = 0;      // the shown result's query time
    int table_generation_ = 0;  // bumped to rebuild the table (sort or columns set in code)

    // Pending until the frame is drawn.
    bool back_requested_ = false;
    std::optional<storage::CardId> edit_request_;
    bool focus_search_ = false;
    bool scroll_to_current_ = false;
    std::optional<storage::BulkAction> pending_action_;
    bool pending_undo_ = false;
    std::optional<std::pair<storage::BrowseColumn, bool>> pending_sort_;

    // Popups: the text asked for by tag and topic actions, the deck chosen for a move.
    std::optional<storage::BulkKind> text_action_;
    std::string text_input_;
    bool open_text_popup_ = false;
    bool open_deck_popup_ = false;
    std::vector<std::pair<storage::DeckId, std::string>> decks_;
    bool confirm_delete_ = false;
    int delete_questions_ = 0;  // counted when the confirmation opens

    WidgetRects rects_;
    HelpOverlay help_;
};

}  // namespace summit::ui
