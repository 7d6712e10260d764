// JSON for card snapshots (review log) and bank metadata (deck config).
#include "storage/json_codec.h"
#include "storage/json_support.h"

namespace summit::storage {

std::string EncodeCardSnapshot(const CardSnapshot& snapshot) {
    const CardState& state = snapshot.state;
    rapidjson::StringBuffer buffer;
    json::Writer out(buffer);
    out.StartObject();
    json::Key(out, "phase");
    out.Int(static_cast<int>(state.phase));
    // RapidJSON writes the shortest text that parses back to the same double.
    json::Key(out, "stability");
    out.Double(state.stability);
    json::Key(out, "difficulty");
    out.Double(state.difficulty);
    json::Key(out, "ease");
    out.Double(state.ease);
    json::Key(out, "step");
    out.Int(state.step);
    json::Key(out, "due_ms");
    out.Int64(state.due_ms);
    json::Key(out, "last_review_ms");
    out.Int64(state.last_review_ms);
    json::Key(out, "scheduled_days");
    out.Int(state.scheduled_days);
    json::Key(out, "reps");
    out.Int(state.reps);
    json::Key(out, "lapses");
    out.Int(state.lapses);
    json::Key(out, "suspended");
    out.Bool(snapshot.suspended);
    json::Key(out, "buried_until_ms");
    out.Int64(snapshot.buried_until_ms);
    out.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

Result<CardSnapshot> DecodeCardSnapshot(std::string_view text) {
    auto document = json::ParseObject(text, "card snapshot");
    if (!document) {
        return Fail(document.error());
    }
    const rapidjson::Value& object = *document;
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
    rapidjson::StringBuffer buffer;
    json::Writer out(buffer);
    out.StartObject();
    json::Key(out, "version");
    out.Int(bank.version);
    json::Field(out, "id", bank.id);
    json::Field(out, "title", bank.title);
    json::Field(out, "description", bank.description);
    json::Field(out, "author", bank.author);
    json::Field(out, "deck", bank.deck);
    json::Key(out, "source");
    out.StartObject();
    json::Field(out, "title", bank.source.title);
    json::Field(out, "publication", bank.source.publication);
    json::Field(out, "date", bank.source.date);
    json::Field(out, "url", bank.source.url);
    out.EndObject();
    json::Key(out, "topics");
    out.StartArray();
    for (const auto& topic : bank.topics) {
        out.StartObject();
        json::Field(out, "id", topic.id);
        json::Field(out, "name", topic.name);
        json::Field(out, "description", topic.description);
        out.EndObject();
    }
    out.EndArray();
    out.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

Result<content::Bank> DecodeBankMetadata(std::string_view text) {
    auto document = json::ParseObject(text, "bank metadata");
    if (!document) {
        return Fail(document.error());
    }
    const rapidjson::Value& object = *document;
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
        for (const auto& item : topics->GetArray()) {
            if (item.IsObject()) {
                bank.topics.push_back({json::GetString(item, "id"), json::GetString(item, "name"),
                                       json::GetString(item, "description")});
            }
        }
    }
    return bank;
}

}  // namespace summit::storage
