// Writing GIFT that ParseGift (and Moodle) read back: every special character escaped, one
// blank line between questions.
#include <algorithm>
#include <optional>

#include "content/formats/gift.h"
#include "content/formats/gift_text.h"
#include "content/formats/import_support.h"

namespace summit::content {
namespace {

using gift::Escape;

using import::Number;

std::string Weight(double credit) {
    return "%" + Number(credit * 100) + "%";
}

std::string Feedback(const std::string& feedback) {
    return feedback.empty() ? "" : "#" + Escape(feedback);
}

class GiftWriter {
  public:
    void Write(const Question& q);
    ExportedText Take() { return {std::move(out_), std::move(warnings_)}; }

  private:
    void Warn(const Question& q, const std::string& message) {
        warnings_.push_back(
            Error{ErrorCode::kValidation, "question \"" + q.id + "\": " + message, {}, 0, 0});
    }
    // The answer block's body, or nullopt when GIFT cannot hold the question.
    std::optional<std::string> Answers(const Question& q);
    std::string Choices(const Question& q);

    std::string out_;
    ErrorList warnings_;
    std::string deck_;
};

std::string GiftWriter::Choices(const Question& q) {
    std::string body;
    const bool credited =
        std::ranges::any_of(q.choices, [](const Choice& c) { return c.credit.has_value(); });
    int correct = 0;
    for (const Choice& choice : q.choices) {
        correct += choice.correct ? 1 : 0;
    }
    // One '=' makes Moodle read a single-answer question; without '=' every weight counts.
    const bool single = import::MoodleSingleAnswer(q);
    if (!credited && !single) {
        Warn(q, "several correct choices are written with equal weights");
    }
    for (const Choice& choice : q.choices) {
        const double credit = choice.credit.value_or(choice.correct ? 1.0 / correct : 0.0);
        body += "\n\t";
        if (single && choice.correct) {
            body += "=";
        } else {
            body += "~" + (credited || !single ? Weight(credit) : "");
        }
        body += Escape(choice.text) + Feedback(choice.feedback);
    }
    return body + "\n";
}

std::optional<std::string> GiftWriter::Answers(const Question& q) {
    std::string body;
    switch (q.type) {
        case QuestionType::kFlashcard:
            Warn(q, "a flashcard is written as an essay with its back as the general feedback");
            return "####" + Escape(q.back);
        case QuestionType::kMultipleChoice:
            return Choices(q);
        case QuestionType::kTrueFalse:
            return std::string(q.answer ? "TRUE" : "FALSE");
        case QuestionType::kTyped:
            for (const std::string& accepted : q.accepted) {
                body += "\n\t=" + std::string(q.answers.empty() ? "" : "%100%") + Escape(accepted);
            }
            for (const TextAnswer& answer : q.answers) {
                body += "\n\t=" + Weight(answer.credit) +
                        (answer.text == kAnyOtherAnswer ? "*" : Escape(answer.text)) +
                        Feedback(answer.feedback);
            }
            return body + "\n";
        case QuestionType::kNumerical: {
            if (!q.unit.empty()) {
                Warn(q, "GIFT has no units; left out");
                return std::nullopt;
            }
            body = "#";
            std::string other;
            for (const NumericAnswer& number : q.numbers) {
                if (number.any_other && number.credit != 0) {
                    Warn(q, "GIFT's answer for any other number earns nothing; left out");
                    return std::nullopt;
                }
                if (number.any_other) {
                    other = "\n\t~" + (number.feedback.empty() ? "#" : Feedback(number.feedback));
                    continue;
                }
                body += "\n\t=" + Weight(number.credit) + Number(number.value) + ":" +
                        Number(number.tolerance) + Feedback(number.feedback);
            }
            return body + other + "\n";
        }
        case QuestionType::kMatching:
            for (const MatchPair& pair : q.pairs) {
                body += "\n\t=" + Escape(pair.left) + " -> " + Escape(pair.right);
            }
            return body + "\n";
        case QuestionType::kCloze:
        case QuestionType::kOrdering:
            Warn(q, std::string(QuestionTypeName(q.type)) +
                        " questions cannot be written in "
                        "GIFT; left out");
            return std::nullopt;
    }
    return std::nullopt;
}

void GiftWriter::Write(const Question& q) {
    std::optional<std::string> answers = Answers(q);
    if (!answers) {
        return;
    }
    if (q.type != QuestionType::kFlashcard && !q.explanation.empty()) {
        *answers += "####" + Escape(q.explanation);
    } else if (q.type == QuestionType::kFlashcard && !q.explanation.empty()) {
        Warn(q, "the explanation of a flashcard is lost");
    }
    if (!q.topic.empty() || q.difficulty != 0 || q.source || q.reversible) {
        Warn(q, "topic, difficulty, source and reversal are not written");
    }
    if (q.deck != deck_) {
        out_ += "$CATEGORY: " + import::CategoryOfDeck(q.deck) + "\n\n";
        deck_ = q.deck;
    }
    if (!q.note.empty()) {
        out_ += Escape(q.note) + "\n\n";
    }
    out_ += "// [id:" + q.id + "]";
    for (const std::string& tag : q.tags) {
        out_ += " [tag:" + tag + "]";
    }
    out_ += "\n" + Escape(q.prompt) + "{" + *answers + "}\n\n";
}

}  // namespace

ExportedText WriteGift(const Bank& bank) {
    GiftWriter writer;
    for (const Question& question : bank.questions) {
        writer.Write(question);
    }
    return writer.Take();
}

}  // namespace summit::content
