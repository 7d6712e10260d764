// Study verbs: the queue (due), answering a card (review) and taking answers back (undo).
#include <charconv>
#include <iostream>
#include <limits>
#include <ostream>
#include <sstream>

#include "app/bootstrap/safety.h"
#include "app/bootstrap/time_text.h"
#include "app/cli/verbs.h"
#include "app/study/answering.h"
#include "app/study/queue.h"
#include "content/json/writer.h"
#include "content/richtext/question_texts.h"

namespace summit::cli {
namespace {

// The prompt on one line, cut to `width` characters for the terminal.
std::string OneLine(const std::string& text, size_t width) {
    std::string line;
    for (char c : text) {
        line += (c == '\n' || c == '\t') ? ' ' : c;
    }
    if (line.size() > width) {
        size_t cut = width;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
            --cut;  // never split a UTF-8 sequence
        }
        line = line.substr(0, cut) + "...";
    }
    return line;
}

}  // namespace

int RunDue(Context& context) {
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto deck = context.DeckOption(**collection);
    if (!deck) {
        return context.Report(deck.error());
    }
    study::QueueSelection selection{*deck, context.args().Get("topic")};
    auto queue = study::FetchQueue(**collection, selection, context.now_ms());
    if (!queue) {
        return context.Report(queue.error());
    }
    std::vector<storage::StudyCard> cards;
    for (const auto& entry : queue->entries) {
        auto card = (*collection)->GetCard(entry.card_id);
        if (!card) {
            return context.Report(card.error());
        }
        cards.push_back(std::move(*card));
    }
    if (context.args().Has("json")) {
        content::json::Writer json;
        json.StartObject();
        json.Key("now");
        json.String(bootstrap::FormatIsoTimeUtc(context.now_ms()).c_str());
        json.Key("counts");
        json.StartObject();
        json.Key("learning");
        json.Int(queue->learning);
        json.Key("review");
        json.Int(queue->review);
        json.Key("new");
        json.Int(queue->fresh);
        json.Key("ahead");
        json.Int(queue->ahead);
        json.EndObject();
        json.Key("queue");
        json.StartArray();
        for (size_t i = 0; i < cards.size(); ++i) {
            const auto& card = cards[i];
            json.StartObject();
            json.Key("id");
            json.Int64(card.id.value);
            json.Key("reason");
            json.String(study::QueueReasonName(queue->entries[i].reason));
            json.Key("guid");
            json.String(card.guid.c_str());
            json.Key("ordinal");
            json.Int(card.ordinal);
            json.Key("type");
            json.String(content::QuestionTypeName(card.question.type));
            json.Key("phase");
            json.String(CardPhaseName(card.state.phase));
            json.Key("due");
            if (card.state.phase == CardPhase::kNew) {
                json.Null();
            } else {
                json.String(bootstrap::FormatIsoTimeUtc(card.state.due_ms).c_str());
            }
            json.Key("prompt");
            json.String(card.question.prompt.c_str());
            json.EndObject();
        }
        json.EndArray();
        json.EndObject();
        context.out() << json.str() << "\n";
        return kExitOk;
    }
    context.out() << queue->learning << " learning, " << queue->review << " review, "
                  << queue->fresh << " new" << (queue->ahead ? " (asked ahead)" : "") << "\n";
    for (size_t i = 0; i < cards.size(); ++i) {
        const auto& card = cards[i];
        context.out() << card.id.value << "\t" << study::QueueReasonName(queue->entries[i].reason)
                      << "\t" << content::QuestionTypeName(card.question.type) << "\t"
                      << OneLine(content::PlainQuestion(card.question).prompt, 70) << "\n";
    }
    return kExitOk;
}

namespace {

struct Answer {
    int64_t card = 0;
    Rating rating = Rating::kGood;
};

// The card id and rating of one answer; kInvalidArgument naming the word that is neither.
Result<Answer> ParseAnswer(const std::string& id_text, const std::string& rating_text) {
    auto id = ParseWholeNumber(id_text);
    if (!id) {
        return Fail(ErrorCode::kInvalidArgument,
                    "'" + id_text + "' is not a card id (see summit due)");
    }
    auto rating = ParseRating(rating_text);
    if (!rating) {
        return Fail(ErrorCode::kInvalidArgument,
                    "'" + rating_text + "' is not a rating (again, hard, good, easy or 1-4)");
    }
    return Answer{*id, *rating};
}

// Answers one card as `summit review ID RATING` does and prints its confirmation once the
// answer is committed, flushed, so whoever reads the output knows it is recorded. Returns the
// exit code.
int AnswerOne(Context& context, storage::Collection& collection, const Answer& answer) {
    const storage::CardId id{answer.card};
    const std::string id_text = std::to_string(answer.card);
    // A suspended card is out of every queue until unsuspended; answering it by id would
    // reschedule a card the learner set aside, so the answer is refused and nothing is written.
    auto card = collection.GetCard(id);
    if (!card) {
        return context.Report(card.error());
    }
    if (card->suspended) {
        return context.Report(Error{ErrorCode::kConflict,
                                    "card " + id_text +
                                        " is suspended; nothing was recorded (it is not studied "
                                        "until unsuspended)",
                                    {},
                                    0,
                                    0});
    }
    study::ReviewDetails details;
    details.correct = answer.rating != Rating::kAgain;
    auto outcome = study::AnswerCard(collection, id, answer.rating, context.now_ms(), details);
    if (!outcome) {
        return context.Report(outcome.error());
    }
    context.out() << "Card " << id_text << ": " << RatingName(answer.rating) << ", now "
                  << CardPhaseName(outcome->after.phase) << ", due in "
                  << study::IntervalText(outcome->after.due_ms - context.now_ms()) << " ("
                  << bootstrap::FormatIsoTimeUtc(outcome->after.due_ms) << ")" << std::endl;
    return kExitOk;
}

// `summit review -`: one "ID RATING" per line of standard input, each its own transaction.
// Stops at the first line that fails; the answers confirmed before it stay recorded.
int AnswerLines(Context& context, storage::Collection& collection) {
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream words(line);
        std::string id_text;
        std::string rating_text;
        std::string extra;
        if (!(words >> id_text)) {
            continue;  // blank line
        }
        if (!(words >> rating_text) || (words >> extra)) {
            return context.Report(Error{ErrorCode::kInvalidArgument,
                                        "'" + line + "' is not a card id and a rating", "<stdin>",
                                        0, 0});
        }
        auto answer = ParseAnswer(id_text, rating_text);
        if (!answer) {
            return context.Report(answer.error());
        }
        if (const int code = AnswerOne(context, collection, *answer); code != kExitOk) {
            return code;
        }
    }
    return kExitOk;
}

}  // namespace

int RunReview(Context& context) {
    const auto& words = context.args().words;
    const bool from_stdin = words.size() == 2 && words[1] == "-";
    if (words.size() != 3 && !from_stdin) {
        context.err() << "usage: summit review ID RATING   (RATING: again, hard, good, easy or "
                         "1-4)\n       summit review -        (one ID RATING per line of stdin)\n";
        return kExitUsage;
    }
    // The arguments are checked before the collection is opened (or created).
    std::optional<Answer> answer;
    if (!from_stdin) {
        auto parsed = ParseAnswer(words[1], words[2]);
        if (!parsed) {
            return context.Report(parsed.error());
        }
        answer = *parsed;
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    return answer ? AnswerOne(context, **collection, *answer) : AnswerLines(context, **collection);
}

int RunUndo(Context& context) {
    const auto& words = context.args().words;
    int64_t steps = 1;
    if (words.size() > 2 ||
        (words.size() == 2 && !(steps = ParseWholeNumber(words[1]).value_or(0)))) {
        context.err() << "usage: summit undo [N]   (takes back the last N reviews, default 1)\n";
        return kExitUsage;
    }
    // UndoReviews counts in int; a larger N must not wrap around to a small count.
    if (steps > std::numeric_limits<int>::max()) {
        return context.Report(Error{ErrorCode::kInvalidArgument,
                                    "cannot undo " + words[1] + " reviews at once (at most " +
                                        std::to_string(std::numeric_limits<int>::max()) +
                                        "); nothing was undone",
                                    {},
                                    0,
                                    0});
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    // Undoing deletes reviews: the backup keeps them.
    if (auto backup =
            bootstrap::BackupBeforeBulkChange(**collection, {steps, true}, context.now_ms());
        !backup) {
        return context.Report(backup.error());
    }
    auto undone = study::UndoReviews(**collection, static_cast<int>(steps));
    if (!undone) {
        return context.Report(undone.error());
    }
    for (const auto& review : *undone) {
        context.out() << "Undid review " << review.review_id.value << " of card "
                      << review.card_id.value << "; it is " << CardPhaseName(review.restored.phase)
                      << " again\n";
    }
    return kExitOk;
}

}  // namespace summit::cli
