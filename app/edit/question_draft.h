// A question being written or edited: the draft, its problems under the bank rules (checked
// live, as an import checks them), and saving it through the collection in one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "content/formats/json_bank.h"
#include "content/model/error.h"
#include "content/model/question.h"
#include "storage/collection.h"

namespace summit::edit {

class QuestionDraft {
  public:
    // A new question of `type` for `deck`. `id` must be unique among added questions (its
    // GUID is "added/<id>"); NewQuestionId makes one.
    static QuestionDraft New(storage::DeckId deck, content::QuestionType type, std::string id);
    // The stored question of `card`, to edit. kNotFound for an unknown card.
    [[nodiscard]] static Result<QuestionDraft> Open(const storage::Collection& collection,
                                                    storage::CardId card);

    content::Question& question() { return draft_; }
    const content::Question& question() const { return draft_; }
    bool IsNew() const { return !stored_id_.has_value(); }

    // Every broken rule, in the order an import reports them; empty when it can be saved.
    std::vector<content::QuestionProblem> Problems() const;
    // True when the draft differs from what is stored (always for a new question).
    bool Changed() const;
    // True when saving this edit changes the type or what counts as a right answer, so
    // the learner is asked whether the question's scheduling starts over.
    bool ChangesAnswers() const;

    // Adds or updates the question (storage::Collection::AddQuestion / UpdateQuestion);
    // `reset_scheduling` applies to an edit only. kValidation naming the first problem when
    // the draft is invalid (nothing written). After saving, the draft is the stored question.
    [[nodiscard]] Result<storage::QuestionId> Save(storage::Collection& collection,
                                                   bool reset_scheduling);

  private:
    QuestionDraft(storage::DeckId deck, std::optional<storage::QuestionId> stored_id,
                  content::Question question);

    storage::DeckId deck_;
    std::optional<storage::QuestionId> stored_id_;
    content::Question stored_;  // as last saved or loaded; empty for a new question
    content::Question draft_;
};

// An id for a question added by hand, from the time it was made: "q" and the milliseconds,
// unique unless two are added in the same millisecond (the collection then says kConflict).
std::string NewQuestionId(int64_t now_ms);

}  // namespace summit::edit
