// Note types and decks: schema 11 keeps them as JSON in the single col row, schema 18 in their
// own tables with protobuf settings and 0x1F between deck name levels.
#include <algorithm>
#include <charconv>
#include <map>

#include "content/json/json.h"
#include "storage/anki/anki_collection.h"
#include "storage/anki/anki_messages.h"

namespace summit::storage::anki {
namespace {

namespace json = content::json;

// JSON object keys are the ids; the "id" member, when present, wins.
std::int64_t IdOf(const json::Member& member) {
    std::int64_t id = 0;
    std::from_chars(member.key.data(), member.key.data() + member.key.size(), id);
    return json::GetInt(member.value, "id", id);
}

// The named members of an array of objects, ordered by their "ord".
std::vector<const json::Value*> ByOrd(const json::Value& object, std::string_view key) {
    std::vector<const json::Value*> items;
    if (const json::Value* array = json::GetArray(object, key)) {
        for (const json::Value& item : array->items) {
            if (item.kind == json::Value::Kind::kObject) {
                items.push_back(&item);
            }
        }
    }
    std::ranges::stable_sort(items, {},
                             [](const json::Value* item) { return json::GetInt(*item, "ord", 0); });
    return items;
}

Result<json::Value> ParseColumn(const CollectionSource& source, const std::string& text,
                                std::string_view column) {
    auto parsed = json::ParseText(text);
    if (!parsed || parsed->kind != json::Value::Kind::kObject) {
        return Fail(
            CollectionError(source, ErrorCode::kParse,
                            "has a col." + std::string(column) + " that is not a JSON object"));
    }
    return std::move(*parsed);
}

std::string DeckName(std::string name) {
    std::string converted;
    for (char c : name) {
        if (c == '\x1f') {
            converted += "::";
        } else {
            converted += c;
        }
    }
    return converted;
}

template <typename T>
void SortById(std::vector<T>& items) {
    std::ranges::sort(items, {}, &T::id);
}

}  // namespace

Status ReadLegacyModels(Db& db, const CollectionSource& source, AnkiPackage& package) {
    auto stmt = Statement::Prepare(db, "SELECT models, decks FROM col LIMIT 1");
    if (!stmt) {
        return Fail(CollectionError(source, stmt.error().code, stmt.error().message));
    }
    auto row = stmt->Step();
    if (!row || !*row) {
        return Fail(CollectionError(source, ErrorCode::kCorrupt, "has no readable col row"));
    }
    auto models = ParseColumn(source, stmt->Text(0), "models");
    if (!models) {
        return Fail(models.error());
    }
    auto decks = ParseColumn(source, stmt->Text(1), "decks");
    if (!decks) {
        return Fail(decks.error());
    }
    for (const json::Member& member : models->members) {
        const json::Value& model = member.value;
        AnkiNoteType type;
        type.id = IdOf(member);
        type.name = json::GetString(model, "name");
        type.kind = json::GetInt(model, "type") == 1 ? AnkiNoteType::Kind::kCloze
                                                     : AnkiNoteType::Kind::kStandard;
        for (const json::Value* field : ByOrd(model, "flds")) {
            type.fields.push_back(json::GetString(*field, "name"));
        }
        for (const json::Value* tmpl : ByOrd(model, "tmpls")) {
            type.templates.push_back(AnkiTemplate{json::GetString(*tmpl, "name"),
                                                  json::GetString(*tmpl, "qfmt"),
                                                  json::GetString(*tmpl, "afmt")});
        }
        package.note_types.push_back(std::move(type));
    }
    for (const json::Member& member : decks->members) {
        package.decks.push_back(AnkiDeck{IdOf(member), json::GetString(member.value, "name")});
    }
    SortById(package.note_types);
    SortById(package.decks);
    return {};
}

Status ReadModernModels(Db& db, const CollectionSource& source, AnkiPackage& package) {
    std::map<std::int64_t, AnkiNoteType> types;
    std::string problem;  // the first settings blob that would not decode
    auto read = ForEachRow(
        db, source, "SELECT id, name, config FROM notetypes ORDER BY id",
        [&](const Statement& row) {
            AnkiNoteType type{row.Int(0), row.Text(1), AnkiNoteType::Kind::kStandard, {}, {}};
            auto kind = DecodeNoteTypeKind(row.Text(2));
            if (!kind && problem.empty()) {
                problem = "has note type " + std::to_string(type.id) +
                          " with unreadable settings: " + kind.error();
            }
            type.kind = kind.value_or(AnkiNoteType::Kind::kStandard);
            types.emplace(type.id, std::move(type));
        });
    if (read) {
        read = ForEachRow(db, source, "SELECT ntid, name FROM fields ORDER BY ntid, ord",
                          [&](const Statement& row) {
                              if (auto found = types.find(row.Int(0)); found != types.end()) {
                                  found->second.fields.push_back(row.Text(1));
                              }
                          });
    }
    if (read) {
        read = ForEachRow(db, source, "SELECT ntid, name, config FROM templates ORDER BY ntid, ord",
                          [&](const Statement& row) {
                              auto found = types.find(row.Int(0));
                              if (found == types.end()) {
                                  return;
                              }
                              AnkiTemplate tmpl{row.Text(1), {}, {}};
                              if (auto decoded = DecodeTemplateFormats(row.Text(2), tmpl);
                                  !decoded && problem.empty()) {
                                  problem = "has a template of note type " +
                                            std::to_string(found->first) +
                                            " with unreadable settings: " + decoded.error();
                              }
                              found->second.templates.push_back(std::move(tmpl));
                          });
    }
    if (read) {
        read = ForEachRow(db, source, "SELECT id, name FROM decks ORDER BY id",
                          [&](const Statement& row) {
                              package.decks.push_back(AnkiDeck{row.Int(0), DeckName(row.Text(1))});
                          });
    }
    if (!read) {
        return read;
    }
    if (!problem.empty()) {
        return Fail(CollectionError(source, ErrorCode::kParse, problem));
    }
    for (auto& [id, type] : types) {
        package.note_types.push_back(std::move(type));
    }
    return {};
}

}  // namespace summit::storage::anki
