// A question's texts as one list, for what applies to all of them at once: the images they
// refer to, and the plain version of a Markdown question for the command line and grading.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "content/model/question.h"

namespace summit::content {

// Calls `visit` with every text of the question and its field path as in the bank format
// ("prompt", "back", "choices[1].text", "choices[1].feedback", "explanation", "accepted[0]",
// "answers[0].text", "answers[0].feedback", "numbers[0].feedback", a cloze gap's
// "gaps[0].answers[0].text" and the like, "pairs[0].left", "items[2]"), in that order.
void ForEachText(const Question& question,
                 const std::function<void(std::string_view field, const std::string& text)>& visit);

// The distinct media hashes a Markdown question's texts refer to, in order of first use;
// empty for a plain question.
std::vector<std::string> QuestionMediaHashes(const Question& question);

// The question with every text through MarkdownToPlain and text_format plain; a plain
// question is returned as it is. A cloze prompt is made plain around its gaps and within each
// gap's variants, so its "{{a|~b}}" syntax is never read as Markdown.
Question PlainQuestion(const Question& question);
// PlainQuestion in place.
void MakePlain(Question& question);

}  // namespace summit::content
