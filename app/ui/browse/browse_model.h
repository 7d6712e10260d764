// The browser's state without ImGui: which columns are shown and how the table is sorted
// (remembered in the collection's config), and the multi-selection over a search result.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::ui {

struct BrowseColumnInfo {
    storage::BrowseColumn column;
    const char* label;  // the header
    const char* key;    // its name in the stored layout
};

// Every column in table order.
std::span<const BrowseColumnInfo> BrowseColumns();

// What the browser remembers between sessions, stored under kBrowseLayoutKey.
struct BrowseLayout {
    // Shown columns, indexed by BrowseColumn; all but kCreated at first. The prompt is always
    // shown (rows are selected by it).
    std::array<bool, storage::kBrowseColumnCount> shown = {true, true, true, true, true, true,
                                                           true, true, true, true, false};
    storage::BrowseColumn sort = storage::BrowseColumn::kCreated;  // the sorted column
    bool descending = false;                                       // largest first

    bool Shows(storage::BrowseColumn column) const {
        return column == storage::BrowseColumn::kPrompt || shown[static_cast<int>(column)];
    }
    bool operator==(const BrowseLayout&) const = default;
};

inline constexpr const char* kBrowseLayoutKey = "ui/browse";

// {"columns":["prompt",...],"sort":"due","descending":false}
std::string BrowseLayoutToJson(const BrowseLayout& layout);
// Lenient: unknown column names are skipped, a missing or damaged member keeps its default.
BrowseLayout BrowseLayoutFromJson(std::string_view json);
// The stored layout, or the default when none is stored. Errors: the collection's reads.
[[nodiscard]] Result<BrowseLayout> LoadBrowseLayout(const storage::Collection& collection);
[[nodiscard]] Status SaveBrowseLayout(storage::Collection& collection, const BrowseLayout& layout);

// `ms` (since the epoch) as local time through strftime's `format` ("%Y-%m-%d").
std::string LocalTimeText(int64_t ms, const char* format);

// A multi-selection over the rows of a result, by card id so it survives a new sort.
// Click: plain selects one row; Ctrl toggles one; Shift selects the range from the anchor
// (the last plain or Ctrl click) to the row, Ctrl+Shift adds that range.
class BrowseSelection {
  public:
    void Click(const std::vector<storage::CardId>& ids, int index, bool shift, bool ctrl);
    void SelectAll(const std::vector<storage::CardId>& ids);
    void Clear();
    // Drops the selected cards that are not in `ids` (after a new search or a deletion).
    void Retain(const std::vector<storage::CardId>& ids);

    bool Contains(storage::CardId id) const { return selected_.count(id.value) > 0; }
    int Count() const { return static_cast<int>(selected_.size()); }
    // The selected cards in the order of `ids`.
    std::vector<storage::CardId> InOrder(const std::vector<storage::CardId>& ids) const;
    // The row last clicked while it is still selected: the card-info panel shows it.
    std::optional<storage::CardId> current() const { return current_; }

  private:
    std::unordered_set<int64_t> selected_;
    std::optional<storage::CardId> anchor_;
    std::optional<storage::CardId> current_;
};

}  // namespace summit::ui
