// Names of question types, and small facts derived from a question.
#include "content/model/question.h"

namespace summit::content {

const char* QuestionTypeName(QuestionType type) {
    switch (type) {
        case QuestionType::kFlashcard:
            return "flashcard";
        case QuestionType::kMultipleChoice:
            return "multiple_choice";
        case QuestionType::kTrueFalse:
            return "true_false";
        case QuestionType::kTyped:
            return "typed";
        case QuestionType::kCloze:
            return "cloze";
        case QuestionType::kMatching:
            return "matching";
        case QuestionType::kOrdering:
            return "ordering";
        case QuestionType::kNumerical:
            return "numerical";
    }
    return "unknown";
}

std::optional<QuestionType> ParseQuestionType(std::string_view name) {
    for (QuestionType type : kAllQuestionTypes) {
        if (name == QuestionTypeName(type)) {
            return type;
        }
    }
    return std::nullopt;
}

const char* GapKindName(GapKind kind) {
    switch (kind) {
        case GapKind::kTyped:
            return "typed";
        case GapKind::kChoice:
            return "choice";
        case GapKind::kNumerical:
            return "numerical";
        case GapKind::kMultiResponse:
            return "multi_response";
    }
    return "unknown";
}

std::optional<GapKind> ParseGapKind(std::string_view name) {
    for (GapKind kind :
         {GapKind::kTyped, GapKind::kChoice, GapKind::kNumerical, GapKind::kMultiResponse}) {
        if (name == GapKindName(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

int CardCount(const Question& question) {
    return question.type == QuestionType::kFlashcard && question.reversible ? 2 : 1;
}

}  // namespace summit::content
