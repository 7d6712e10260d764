// The browser's layout in the config table and its selection rules.
#include "app/ui/browse/browse_model.h"

#include <algorithm>
#include <ctime>

#include "content/json/json.h"
#include "content/json/writer.h"

namespace summit::ui {

namespace {

using storage::BrowseColumn;

constexpr BrowseColumnInfo kColumns[] = {
    {BrowseColumn::kPrompt, "Question", "prompt"},
    {BrowseColumn::kType, "Type", "type"},
    {BrowseColumn::kDeck, "Deck", "deck"},
    {BrowseColumn::kTopic, "Topic", "topic"},
    {BrowseColumn::kTags, "Tags", "tags"},
    {BrowseColumn::kDue, "Due", "due"},
    {BrowseColumn::kInterval, "Interval", "interval"},
    {BrowseColumn::kEase, "Ease / D", "ease"},
    {BrowseColumn::kLapses, "Lapses", "lapses"},
    {BrowseColumn::kReviews, "Reviews", "reviews"},
    {BrowseColumn::kCreated, "Added", "created"},
};
static_assert(std::size(kColumns) == storage::kBrowseColumnCount);

std::optional<BrowseColumn> ColumnNamed(std::string_view key) {
    for (const BrowseColumnInfo& info : kColumns) {
        if (key == info.key) {
            return info.column;
        }
    }
    return std::nullopt;
}

int IndexOf(const std::vector<storage::CardId>& ids, std::optional<storage::CardId> id) {
    if (!id) {
        return -1;
    }
    const auto found = std::find(ids.begin(), ids.end(), *id);
    return found == ids.end() ? -1 : static_cast<int>(found - ids.begin());
}

}  // namespace

std::string LocalTimeText(int64_t ms, const char* format) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[64];
    const std::size_t length = std::strftime(text, sizeof text, format, &local);
    return std::string(text, length);
}

std::span<const BrowseColumnInfo> BrowseColumns() {
    return kColumns;
}

std::string BrowseLayoutToJson(const BrowseLayout& layout) {
    content::json::Writer json;
    json.StartObject();
    json.Key("columns").StartArray();
    for (const BrowseColumnInfo& info : kColumns) {
        if (layout.Shows(info.column)) {
            json.String(info.key);
        }
    }
    json.EndArray();
    json.Field("sort", kColumns[static_cast<int>(layout.sort)].key);
    json.Field("descending", layout.descending);
    json.EndObject();
    return json.str();
}

BrowseLayout BrowseLayoutFromJson(std::string_view text) {
    BrowseLayout layout;
    auto parsed = content::json::Parse(text);
    if (!parsed) {
        return layout;
    }
    if (const content::json::Value* columns = content::json::GetArray(*parsed, "columns")) {
        layout.shown.fill(false);
        for (const content::json::Value& item : columns->items) {
            if (auto column = ColumnNamed(item.string)) {
                layout.shown[static_cast<int>(*column)] = true;
            }
        }
    }
    if (auto sort = ColumnNamed(content::json::GetString(*parsed, "sort"))) {
        layout.sort = *sort;
    }
    layout.descending = content::json::GetBool(*parsed, "descending", false);
    return layout;
}

Result<BrowseLayout> LoadBrowseLayout(const storage::Collection& collection) {
    auto stored = collection.GetConfig(kBrowseLayoutKey);
    if (!stored) {
        return Fail(stored.error());
    }
    return *stored ? BrowseLayoutFromJson(**stored) : BrowseLayout{};
}

Status SaveBrowseLayout(storage::Collection& collection, const BrowseLayout& layout) {
    return collection.SetConfig(kBrowseLayoutKey, BrowseLayoutToJson(layout));
}

void BrowseSelection::Click(const std::vector<storage::CardId>& ids, int index, bool shift,
                            bool ctrl) {
    if (index < 0 || index >= static_cast<int>(ids.size())) {
        return;
    }
    const storage::CardId clicked = ids[static_cast<std::size_t>(index)];
    const int anchor = IndexOf(ids, anchor_);
    if (shift && anchor >= 0) {
        if (!ctrl) {
            selected_.clear();
        }
        const auto [low, high] = std::minmax(anchor, index);
        for (int i = low; i <= high; ++i) {
            selected_.insert(ids[static_cast<std::size_t>(i)].value);
        }
        current_ = clicked;
        return;
    }
    anchor_ = clicked;
    if (ctrl) {
        if (!selected_.erase(clicked.value)) {
            selected_.insert(clicked.value);
            current_ = clicked;
        } else if (current_ == clicked) {
            current_.reset();
        }
        return;
    }
    selected_ = {clicked.value};
    current_ = clicked;
}

void BrowseSelection::SelectAll(const std::vector<storage::CardId>& ids) {
    for (const storage::CardId id : ids) {
        selected_.insert(id.value);
    }
}

void BrowseSelection::Clear() {
    selected_.clear();
    anchor_.reset();
    current_.reset();
}

void BrowseSelection::Retain(const std::vector<storage::CardId>& ids) {
    std::unordered_set<int64_t> kept;
    for (const storage::CardId id : ids) {
        if (selected_.count(id.value)) {
            kept.insert(id.value);
        }
    }
    selected_ = std::move(kept);
    if (current_ && !selected_.count(current_->value)) {
        current_.reset();
    }
    if (IndexOf(ids, anchor_) < 0) {
        anchor_.reset();
    }
}

std::vector<storage::CardId> BrowseSelection::InOrder(
    const std::vector<storage::CardId>& ids) const {
    std::vector<storage::CardId> chosen;
    chosen.reserve(selected_.size());
    for (const storage::CardId id : ids) {
        if (selected_.count(id.value)) {
            chosen.push_back(id);
        }
    }
    return chosen;
}

}  // namespace summit::ui
