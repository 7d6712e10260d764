// Listing verbs: decks and questions, as text or JSON.
#include <iomanip>
#include <ostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "app/cli/verbs.h"
#include "app/study/deck_counts.h"

namespace summit::cli {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Field(JsonWriter& json, const char* key, const std::string& value) {
    json.Key(key);
    json.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

void Field(JsonWriter& json, const char* key, int64_t value) {
    json.Key(key);
    json.Int64(value);
}

}  // namespace

int RunDecks(Context& context) {
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto decks = study::ListDecksForToday(**collection, context.now_ms());
    if (!decks) {
        return context.Report(decks.error());
    }
    if (context.args().Has("json")) {
        rapidjson::StringBuffer buffer;
        JsonWriter json(buffer);
        json.StartArray();
        for (const auto& deck : *decks) {
            json.StartObject();
            Field(json, "id", deck.id.value);
            Field(json, "name", deck.name);
            Field(json, "scheduler",
                  deck.scheduler == storage::SchedulerKind::kSm2 ? "sm2" : "fsrs");
            Field(json, "questions", deck.question_count);
            Field(json, "cards", deck.card_count);
            Field(json, "new", deck.new_count);
            Field(json, "learning", deck.learning_count);
            Field(json, "due", deck.due_count);
            json.EndObject();
        }
        json.EndArray();
        context.out() << buffer.GetString() << "\n";
        return kExitOk;
    }
    context.out() << std::left << std::setw(40) << "deck" << std::right << std::setw(10)
                  << "questions" << std::setw(6) << "new" << std::setw(10) << "learning"
                  << std::setw(6) << "due"
                  << "\n";
    for (const auto& deck : *decks) {
        context.out() << std::left << std::setw(40) << deck.name << std::right << std::setw(10)
                      << deck.question_count << std::setw(6) << deck.new_count << std::setw(10)
                      << deck.learning_count << std::setw(6) << deck.due_count << "\n";
    }
    return kExitOk;
}

int RunList(Context& context) {
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto deck = context.DeckOption(**collection);
    if (!deck) {
        return context.Report(deck.error());
    }
    auto questions = (*collection)->ListQuestions(*deck);
    if (!questions) {
        return context.Report(questions.error());
    }
    if (context.args().Has("json")) {
        rapidjson::StringBuffer buffer;
        JsonWriter json(buffer);
        json.StartArray();
        for (const auto& question : *questions) {
            json.StartObject();
            Field(json, "id", question.id.value);
            Field(json, "guid", question.guid);
            Field(json, "deck", question.deck);
            Field(json, "type", content::QuestionTypeName(question.type));
            Field(json, "topic", question.topic);
            Field(json, "prompt", question.prompt);
            json.EndObject();
        }
        json.EndArray();
        context.out() << buffer.GetString() << "\n";
        return kExitOk;
    }
    for (const auto& question : *questions) {
        context.out() << std::setw(6) << question.id.value << "  " << std::left << std::setw(16)
                      << content::QuestionTypeName(question.type) << std::right << "  "
                      << question.prompt << "\n";
    }
    return kExitOk;
}

}  // namespace summit::cli
