// Listing verbs: decks and questions, as text or JSON.
#include <iomanip>
#include <ostream>
#include <set>

#include "app/cli/text_columns.h"
#include "app/cli/verbs.h"
#include "app/study/deck_counts.h"
#include "app/study/search_clock.h"
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

namespace {

// The questions of the cards a search finds, each once, in the order of their first card.
Result<std::vector<storage::BrowseRow>> SearchQuestions(const storage::Collection& collection,
                                                        const std::string& search, int64_t now_ms) {
    auto clock = study::SearchClockAt(collection, now_ms);
    if (!clock) {
        return Fail(clock.error());
    }
    storage::BrowseQuery query;
    query.search = search;
    query.clock = *clock;
    auto cards = collection.SearchCards(query);
    if (!cards) {
        return Fail(cards.error());
    }
    auto rows = collection.LoadBrowseRows(*cards);
    if (!rows) {
        return rows;
    }
    std::set<int64_t> seen;
    std::vector<storage::BrowseRow> questions;
    for (storage::BrowseRow& row : *rows) {
        if (seen.insert(row.question_id.value).second) {
            questions.push_back(std::move(row));
        }
    }
    return questions;
}

// A bad query is reported with a caret under the column it names.
int ReportSearchError(Context& context, const std::string& search, const Error& error) {
    if (error.code != ErrorCode::kParse || error.column < 1) {
        return context.Report(error);
    }
    context.err() << "error: search: " << error.message << " (column " << error.column << ")\n  "
                  << search << "\n  " << std::string(error.column - 1, ' ') << "^\n";
    return kExitFailure;
}

}  // namespace

int RunList(Context& context) {
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    std::vector<storage::QuestionRow> questions;
    if (auto search = context.args().Get("search")) {
        if (context.args().Get("deck")) {
            return context.Report(Error{ErrorCode::kInvalidArgument,
                                        "--search and --deck do not go together (search with "
                                        "deck:NAME)",
                                        {},
                                        0,
                                        0});
        }
        auto found = SearchQuestions(**collection, *search, context.now_ms());
        if (!found) {
            return ReportSearchError(context, *search, found.error());
        }
        for (const storage::BrowseRow& row : *found) {
            questions.push_back(
                {row.question_id, row.guid, row.deck, row.type, row.prompt, row.topic});
        }
    } else {
        auto deck = context.DeckOption(**collection);
        if (!deck) {
            return context.Report(deck.error());
        }
        auto listed = (*collection)->ListQuestions(*deck);
        if (!listed) {
            return context.Report(listed.error());
        }
        questions = std::move(*listed);
    }
    if (context.args().Has("json")) {
        content::json::Writer json;
        json.StartArray();
        for (const auto& question : questions) {
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
    for (const auto& question : questions) {
        context.out() << std::setw(6) << question.id.value << "  " << std::left << std::setw(16)
                      << content::QuestionTypeName(question.type) << std::right << "  "
                      << question.prompt << "\n";
    }
    return kExitOk;
}

}  // namespace summit::cli
