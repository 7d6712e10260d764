// The search text of a question's data, as the frozen json_tree expression derives it.
#include "storage/search_text_function.h"

#include <array>
#include <cstddef>
#include <vector>

#include "content/json/events.h"
#include "storage/migrations/search_text.h"

namespace summit::storage {
namespace {

// The keys whose string values SearchTextOf leaves out (`key NOT IN (...)`, compared exactly).
constexpr std::array<std::string_view, 6> kSkippedKeys = {"id",    "type",    "text_format",
                                                          "topic", "article", "url"};

// `path NOT LIKE '$.tags%'`: a string's path is its container's, "$." + the root member's
// name + "[..." or "...", so only strings nested below a root member count, and LIKE folds
// ASCII case only.
bool StartsWithFolded(std::string_view name, std::string_view prefix) {
    if (name.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const char c = name[i];
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != prefix[i]) {
            return false;
        }
    }
    return true;
}

class SearchTextEvents final : public content::json::Events {
  public:
    std::string text;
    bool any = false;
    bool root_is_object = false;

    void Null(std::size_t) override {}
    void Bool(bool, std::size_t) override {}
    void Number(const content::json::NumberToken&, std::size_t) override {}
    void String(std::string_view value, std::size_t) override {
        if (Included()) {
            text.append(any ? " " : "").append(value);
            any = true;
        }
    }
    // The root member's name stays readable while the values nested in it are read.
    void Key(std::string_view key, std::size_t) override { levels_.back().key.assign(key); }
    void StartObject(std::size_t) override { Open(true); }
    void EndObject(std::size_t) override { levels_.pop_back(); }
    void StartArray(std::size_t) override { Open(false); }
    void EndArray(std::size_t) override { levels_.pop_back(); }

  private:
    struct Level {
        bool object = false;
        std::string key;  // objects: the name of the member being read
    };

    bool Included() const {
        if (levels_.empty()) {
            return false;  // a bare string: json_tree's root row has a NULL key
        }
        const Level& here = levels_.back();
        if (here.object) {
            for (std::string_view skipped : kSkippedKeys) {
                if (here.key == skipped) {
                    return false;
                }
            }
        }
        if (levels_.size() >= 2 && levels_.front().object) {
            const std::string& root_member = levels_.front().key;
            if (StartsWithFolded(root_member, "tags") || StartsWithFolded(root_member, "source")) {
                return false;
            }
        }
        return true;
    }
    void Open(bool object) {
        if (levels_.empty()) {
            root_is_object = object;
        }
        levels_.push_back({object, {}});
    }

    std::vector<Level> levels_;
};

void SearchTextSql(sqlite3_context* context, int, sqlite3_value** arguments) {
    if (sqlite3_value_type(arguments[0]) != SQLITE_TEXT) {
        sqlite3_result_null(context);
        return;
    }
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const auto size = static_cast<std::size_t>(sqlite3_value_bytes(arguments[0]));
    auto text = NativeSearchText(std::string_view(bytes, size));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_text64(context, text->data(), text->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace

std::optional<std::string> NativeSearchText(std::string_view data) {
    if (data.find("\\u") != std::string_view::npos) {
        return std::nullopt;
    }
    SearchTextEvents events;
    if (!content::json::ParseEvents(data, events) || !events.root_is_object) {
        return std::nullopt;
    }
    return std::move(events.text);
}

std::string FastSearchTextOf(const char* row) {
    return std::string("coalesce(") + kSearchTextFunction + "(" + row + ".data), " +
           SearchTextOf(row) + ")";
}

Status RegisterSearchTextFunction(Db& db) {
    if (db.search_text_function) {
        return {};
    }
    const int rc = sqlite3_create_function_v2(db.handle, kSearchTextFunction, 1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nullptr, SearchTextSql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return Fail(SqliteError(db, rc, "adding the search text function"));
    }
    db.search_text_function = true;
    return {};
}

}  // namespace summit::storage
