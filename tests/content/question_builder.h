// A question of a type with its id and prompt, the start of most test questions.
#pragma once

#include <string>

#include "content/model/question.h"

namespace summit::content::test {

inline Question Make(std::string id, QuestionType type, std::string prompt) {
    Question q;
    q.id = std::move(id);
    q.type = type;
    q.prompt = std::move(prompt);
    return q;
}

}  // namespace summit::content::test
