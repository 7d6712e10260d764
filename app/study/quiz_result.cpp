// Ending a quiz: the score and its breakdown, the mistakes to review, the saved attempt (JSON
// documented in docs/study.md) and, when asked, the answers recorded as reviews.
#include <string>
#include <utility>

#include "app/study/answering.h"
#include "app/study/quiz.h"
#include "app/study/shuffle.h"
#include "content/json/writer.h"

namespace summit::study {
namespace {

using JsonWriter = content::json::Writer;

void WriteSetupMembers(JsonWriter& writer, const QuizSetup& setup) {
    writer.Key("decks");
    writer.StartArray();
    for (const std::string& deck : setup.decks) {
        writer.String(deck);
    }
    writer.EndArray();
    writer.Key("topics");
    writer.StartArray();
    for (const std::string& topic : setup.topics) {
        writer.String(topic);
    }
    writer.EndArray();
    writer.Key("question_count");
    writer.Int(setup.question_count);
    writer.Key("types");
    writer.StartArray();
    for (content::QuestionType type : setup.types) {
        writer.String(content::QuestionTypeName(type));
    }
    writer.EndArray();
    writer.Key("time_limit_seconds");
    writer.Int(setup.time_limit_seconds);
    writer.Key("feedback");
    writer.String(QuizFeedbackName(setup.feedback));
    writer.Key("counts_toward_schedule");
    writer.Bool(setup.counts_toward_schedule);
    // Only when chosen, so the settings of every other quiz read as they always have.
    if (!setup.cards.empty()) {
        writer.Key("cards");
        writer.StartArray();
        for (storage::CardId card : setup.cards) {
            writer.Int64(card.value);
        }
        writer.EndArray();
    }
}

void WriteItem(JsonWriter& writer, const QuizItem& item) {
    const content::Question& question = item.card.question;
    writer.StartObject();
    writer.Key("card");
    writer.Int64(item.card.id.value);
    writer.Key("guid");
    writer.String(item.card.guid);
    writer.Key("type");
    writer.String(content::QuestionTypeName(question.type));
    writer.Key("topic");
    writer.String(question.topic);
    writer.Key("answered");
    writer.Bool(item.answer.has_value());
    writer.Key("answer");
    writer.String(item.answer && !item.grade->SelfRated() ? DescribeAnswer(question, *item.answer)
                                                          : std::string());
    writer.Key("verdict");
    if (item.grade && item.grade->verdict) {
        writer.String(VerdictName(*item.grade->verdict));
    } else {
        writer.Null();
    }
    writer.Key("rating");
    if (item.answer && item.rating) {
        writer.String(RatingName(*item.rating));
    } else {
        writer.Null();
    }
    writer.Key("score");
    writer.Double(item.Score());
    writer.Key("duration_ms");
    writer.Int64(item.duration_ms);
    writer.EndObject();
}

std::string ResultsJson(const std::vector<QuizItem>& items) {
    JsonWriter writer;
    writer.StartArray();
    for (const QuizItem& item : items) {
        WriteItem(writer, item);
    }
    writer.EndArray();
    return writer.str();
}

std::string SettingsJson(const QuizSetup& setup, std::optional<uint64_t> seed) {
    JsonWriter writer;
    writer.StartObject();
    WriteSetupMembers(writer, setup);
    if (seed) {
        writer.Key("seed");
        writer.Uint64(*seed);
    }
    writer.EndObject();
    return writer.str();
}

QuizMistake MistakeOf(int index, const QuizItem& item) {
    QuizMistake mistake;
    mistake.index = index;
    mistake.card = item.card.id;
    mistake.question = item.card.question;
    mistake.unanswered = !item.answer.has_value();
    mistake.explanation = item.card.question.explanation;
    mistake.score = item.Score();
    if (item.answer && item.grade) {
        if (!item.grade->SelfRated()) {
            mistake.given = DescribeAnswer(item.card.question, *item.answer);
        }
        mistake.correct_answer = item.grade->correct_answer;
        mistake.parts = item.grade->parts;
    } else {
        Answer none;
        none.dont_know = true;
        auto grade = Grade(item.card.question, none);
        mistake.correct_answer = grade ? grade->correct_answer : std::string();
    }
    return mistake;
}

}  // namespace

std::string QuizSetupToJson(const QuizSetup& setup) {
    return SettingsJson(setup, std::nullopt);
}

std::optional<QuizSetup> RetakeMistakesSetup(const QuizSetup& setup, const QuizResult& result) {
    if (result.mistakes.empty()) {
        return std::nullopt;
    }
    QuizSetup retake = setup;
    retake.decks.clear();
    retake.topics.clear();
    retake.types.clear();
    retake.cards.clear();
    for (const QuizMistake& mistake : result.mistakes) {
        retake.cards.push_back(mistake.card);
    }
    retake.question_count = static_cast<int>(retake.cards.size());
    return retake;
}

Result<QuizResult> Quiz::Finish() {
    if (Finished()) {
        return Fail(ErrorCode::kConflict, "the quiz is already finished");
    }
    StopTimer();
    const int64_t now = clock_();
    QuizResult result;
    result.started_ms = started_ms_;
    result.finished_ms = now;
    result.timed_out = TimeUp();
    for (size_t i = 0; i < items_.size(); ++i) {
        const QuizItem& item = items_[i];
        const double score = item.Score();
        result.score += score;
        result.max_score += 1;
        result.answered += item.answer ? 1 : 0;
        result.unanswered += item.answer ? 0 : 1;
        result.correct += score >= 1.0 ? 1 : 0;
        for (ScoreTally* tally : {&result.by_type[item.card.question.type],
                                  &result.by_topic[item.card.question.topic]}) {
            tally->score += score;
            ++tally->count;
        }
        if (score < 1.0) {
            result.mistakes.push_back(MistakeOf(static_cast<int>(i), item));
        }
    }
    storage::QuizAttempt attempt;
    attempt.started_ms = started_ms_;
    attempt.finished_ms = now;
    attempt.settings_json = SettingsJson(setup_, seed_);
    attempt.score = result.score;
    attempt.max_score = result.max_score;
    attempt.results_json = ResultsJson(items_);
    auto saved = collection_->Transact([&]() -> Result<storage::QuizAttemptId> {
        if (setup_.counts_toward_schedule) {
            for (const QuizItem& item : items_) {
                if (!item.answer || !item.rating) {
                    continue;
                }
                ReviewDetails details;
                const bool self_rated = item.grade->SelfRated();
                details.answer =
                    self_rated ? std::string() : DescribeAnswer(item.card.question, *item.answer);
                details.correct = self_rated ? *item.rating != Rating::kAgain
                                             : item.grade->verdict == Verdict::kCorrect;
                details.duration_ms = item.duration_ms;
                auto answered = AnswerCard(*collection_, item.card.id, *item.rating, now, details,
                                           QuizShuffleSeed(seed_, item.card.id));
                if (!answered) {
                    return Fail(answered.error());
                }
            }
        }
        return collection_->InsertQuizAttempt(attempt);
    });
    if (!saved) {
        return Fail(saved.error());
    }
    result.attempt_id = *saved;
    phase_ = QuizPhase::kFinished;
    result_ = result;
    return result;
}

}  // namespace summit::study
