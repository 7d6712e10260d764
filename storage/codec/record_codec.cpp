// JSON for card snapshots (review log) and bank metadata (deck config).
#include "content/json/json.h"
#include "content/json/writer.h"
#include "storage/codec/json_codec.h"

namespace summit::storage {
namespace json = content::json;

namespace {

// kCorrupt naming `what` when `text` is not a JSON object; a syntax error keeps its line and
// column within the stored text.
Result<json::Value> ParseObject(std::string_view text, const char* what) {
    auto document = json::Parse(text);
    if (!document || document->kind != json::Value::Kind::kObject) {
        Error error{ErrorCode::kCorrupt,
                    std::string("stored ") + what +
                        " is not a JSON object: " + std::string(text.substr(0, 60)),
                    {},
                    0,
                    0};
        if (!document) {
            error.message += " (" + document.error().message + ")";
            error.line = document.error().line;
            error.column = document.error().column;
        }
        return Fail(std::move(error));
    }
    return document;
}

}  // namespace

std::string EncodeCardSnapshot(const CardSnapshot& snapshot) {
    const CardState& state = snapshot.state;
    json::Writer out;
    // The writer prints the shortest text that parses back to the same double.
    out.StartObject()
        .Field("phase", static_cast<int>(state.phase))
        .Field("stability", state.stability)
        .Field("difficulty", state.difficulty)
        .Field("ease", state.ease)
        .Field("step", state.step)
        .Field("due_ms", state.due_ms)
        .Field("last_review_ms", state.last_review_ms)
        .Field("scheduled_days", state.scheduled_days)
        .Field("reps", state.reps)
        .Field("lapses", state.lapses)
        .Field("suspended", snapshot.suspended)
        .Field("buried_until_ms", snapshot.buried_until_ms)
        .EndObject();
    return out.str();
}

Result<CardSnapshot> DecodeCardSnapshot(std::string_view text) {
    auto document = ParseObject(text, "card snapshot");
    if (!document) {
        return Fail(document.error());
    }
    const json::Value& object = *document;
    const int64_t phase = json::GetInt(object, "phase", -1);
    if (phase < 0 || phase > 3) {
        return Fail(ErrorCode::kCorrupt, "stored card snapshot has no valid phase");
    }
    CardSnapshot snapshot;
    CardState& state = snapshot.state;
    state.phase = static_cast<CardPhase>(phase);
    state.stability = json::GetDouble(object, "stability");
    state.difficulty = json::GetDouble(object, "difficulty");
    state.ease = json::GetDouble(object, "ease");
    state.step = static_cast<int>(json::GetInt(object, "step"));
    state.due_ms = json::GetInt(object, "due_ms");
    state.last_review_ms = json::GetInt(object, "last_review_ms");
    state.scheduled_days = static_cast<int>(json::GetInt(object, "scheduled_days"));
    state.reps = static_cast<int>(json::GetInt(object, "reps"));
    state.lapses = static_cast<int>(json::GetInt(object, "lapses"));
    snapshot.suspended = json::GetBool(object, "suspended");
    snapshot.buried_until_ms = json::GetInt(object, "buried_until_ms");
    return snapshot;
}

std::string EncodeBankMetadata(const content::Bank& bank) {
    json::Writer out;
    out.StartObject()
        .Field("version", bank.version)
        .Field("id", bank.id)
        .Field("title", bank.title)
        .Field("description", bank.description)
        .Field("author", bank.author)
        .Field("deck", bank.deck);
    out.Key("source")
        .StartObject()
        .Field("title", bank.source.title)
        .Field("publication", bank.source.publication)
        .Field("date", bank.source.date)
        .Field("url", bank.source.url)
        .EndObject();
    out.Key("topics").StartArray();
    for (const auto& topic : bank.topics) {
        out.StartObject()
            .Field("id", topic.id)
            .Field("name", topic.name)
            .Field("description", topic.description)
            .EndObject();
    }
    out.EndArray().EndObject();
    return out.str();
}

Result<content::Bank> DecodeBankMetadata(std::string_view text) {
    auto document = ParseObject(text, "bank metadata");
    if (!document) {
        return Fail(document.error());
    }
    const json::Value& object = *document;
    content::Bank bank;
    bank.version = static_cast<int>(json::GetInt(object, "version", content::Bank::kFormatVersion));
    bank.id = json::GetString(object, "id");
    bank.title = json::GetString(object, "title");
    bank.description = json::GetString(object, "description");
    bank.author = json::GetString(object, "author");
    bank.deck = json::GetString(object, "deck");
    if (const auto* source = json::GetObject(object, "source")) {
        bank.source = {json::GetString(*source, "title"), json::GetString(*source, "publication"),
                       json::GetString(*source, "date"), json::GetString(*source, "url")};
    }
    if (const auto* topics = json::GetArray(object, "topics")) {
        for (const json::Value& item : topics->items) {
            if (item.kind == json::Value::Kind::kObject) {
                bank.topics.push_back({json::GetString(item, "id"), json::GetString(item, "name"),
                                       json::GetString(item, "description")});
            }
        }
    }
    return bank;
}

}  // namespace summit::storage
