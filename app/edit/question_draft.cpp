#include "app/edit/question_draft.h"

#include <utility>

namespace summit::edit {

namespace {

// What decides whether an answer is right: the type and the answers, without the texts that
// only explain, label or place the question. A cloze's answers are in its prompt.
content::Question AnswerKey(const content::Question& question) {
    content::Question key;
    key.type = question.type;
    if (question.type == content::QuestionType::kCloze) {
        key.prompt = question.prompt;
    }
    key.back = question.back;
    key.choices = question.choices;
    for (content::Choice& choice : key.choices) {
        choice.feedback.clear();
    }
    key.answer = question.answer;
    key.accepted = question.accepted;
    key.answers = question.answers;
    for (content::TextAnswer& answer : key.answers) {
        answer.feedback.clear();
    }
    key.numbers = question.numbers;
    for (content::NumericAnswer& number : key.numbers) {
        number.feedback.clear();
    }
    key.unit = question.unit;
    key.pairs = question.pairs;
    key.items = question.items;
    return key;
}

}  // namespace

QuestionDraft::QuestionDraft(storage::DeckId deck, std::optional<storage::QuestionId> stored_id,
                             content::Question question)
    : deck_(deck), stored_id_(stored_id), stored_(question), draft_(std::move(question)) {}

QuestionDraft QuestionDraft::New(storage::DeckId deck, content::QuestionType type, std::string id) {
    content::Question question;
    question.id = std::move(id);
    question.type = type;
    QuestionDraft draft(deck, std::nullopt, question);
    draft.stored_ = {};
    return draft;
}

Result<QuestionDraft> QuestionDraft::Open(const storage::Collection& collection,
                                          storage::CardId card) {
    auto stored = collection.GetCard(card);
    if (!stored) {
        return Fail(stored.error());
    }
    return QuestionDraft(stored->deck_id, stored->question_id, std::move(stored->question));
}

std::vector<content::QuestionProblem> QuestionDraft::Problems() const {
    return content::ValidateQuestion(draft_);
}

bool QuestionDraft::Changed() const {
    return IsNew() || draft_ != stored_;
}

bool QuestionDraft::ChangesAnswers() const {
    return !IsNew() && AnswerKey(draft_) != AnswerKey(stored_);
}

Result<storage::QuestionId> QuestionDraft::Save(storage::Collection& collection,
                                                bool reset_scheduling) {
    if (const auto problems = Problems(); !problems.empty()) {
        return Fail(ErrorCode::kValidation,
                    problems.front().field + ": " + problems.front().message);
    }
    if (IsNew()) {
        auto added = collection.AddQuestion(deck_, draft_);
        if (!added) {
            return Fail(added.error());
        }
        stored_id_ = *added;
    } else if (auto updated = collection.UpdateQuestion(*stored_id_, draft_, reset_scheduling);
               !updated) {
        return Fail(updated.error());
    }
    stored_ = draft_;
    return *stored_id_;
}

std::string NewQuestionId(int64_t now_ms) {
    return "q" + std::to_string(now_ms);
}

}  // namespace summit::edit
