// Listing verbs: decks and questions, as text or JSON.
#include <iomanip>
#include <ostream>

#include "app/cli/text_columns.h"
#include "app/cli/verbs.h"
#include "app/study/deck_counts.h"
#include "content/json/writer.h"
#include "content/model/deck_name.h"

namespace summit::cli {

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
        content::json::Writer json;
        json.StartArray();
        for (const auto& deck : *decks) {
            json.StartObject();
            json.Field("id", deck.id.value);
            json.Field("name", deck.name);
            json.Field("scheduler",
                       deck.scheduler == storage::SchedulerKind::kSm2 ? "sm2" : "fsrs");
            json.Field("questions", deck.question_count);
            json.Field("cards", deck.card_count);
            json.Field("new", deck.new_count);
            json.Field("learning", deck.learning_count);
            json.Field("due", deck.due_count);
            json.EndObject();
        }
        json.EndArray();
        context.out() << json.str() << "\n";
        return kExitOk;
    }
    // Padded by display width so names with dashes or CJK keep the columns aligned.
    context.out() << PadRight("deck", 40) << PadLeft("questions", 10) << PadLeft("new", 6)
                  << PadLeft("learning", 10) << PadLeft("due", 6) << "\n";
    // A tree: each deck under its parent, indented two spaces per level, by its last part.
    for (const auto& deck : *decks) {
        const std::string shown = std::string(2 * content::DeckDepth(deck.name), ' ') +
                                  std::string(content::DeckLeafName(deck.name));
        context.out() << PadRight(shown, 40) << PadLeft(std::to_string(deck.question_count), 10)
                      << PadLeft(std::to_string(deck.new_count), 6)
                      << PadLeft(std::to_string(deck.learning_count), 10)
                      << PadLeft(std::to_string(deck.due_count), 6) << "\n";
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
        content::json::Writer json;
        json.StartArray();
        for (const auto& question : *questions) {
            json.StartObject();
            json.Field("id", question.id.value);
            json.Field("guid", question.guid);
            json.Field("deck", question.deck);
            json.Field("type", content::QuestionTypeName(question.type));
            json.Field("topic", question.topic);
            json.Field("prompt", question.prompt);
            json.EndObject();
        }
        json.EndArray();
        context.out() << json.str() << "\n";
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
