// Walking every text field of a question.
#include "content/richtext/question_texts.h"

#include <set>

#include "content/richtext/markdown.h"

namespace summit::content {
namespace {

// The one list of text fields, for reading and for rewriting.
template <typename Q, typename Visit>
void VisitFields(Q& q, Visit&& visit) {
    auto at = [](std::string_view name, std::size_t i) {
        return std::string(name) + "[" + std::to_string(i) + "]";
    };
    visit("prompt", q.prompt);
    visit("back", q.back);
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        visit(at("choices", i) + ".text", q.choices[i].text);
        visit(at("choices", i) + ".feedback", q.choices[i].feedback);
    }
    visit("explanation", q.explanation);
    for (std::size_t i = 0; i < q.accepted.size(); ++i) {
        visit(at("accepted", i), q.accepted[i]);
    }
    for (std::size_t i = 0; i < q.answers.size(); ++i) {
        visit(at("answers", i) + ".text", q.answers[i].text);
        visit(at("answers", i) + ".feedback", q.answers[i].feedback);
    }
    for (std::size_t i = 0; i < q.numbers.size(); ++i) {
        visit(at("numbers", i) + ".feedback", q.numbers[i].feedback);
    }
    for (std::size_t i = 0; i < q.pairs.size(); ++i) {
        visit(at("pairs", i) + ".left", q.pairs[i].left);
        visit(at("pairs", i) + ".right", q.pairs[i].right);
    }
    for (std::size_t i = 0; i < q.items.size(); ++i) {
        visit(at("items", i), q.items[i]);
    }
}

}  // namespace

void ForEachText(
    const Question& question,
    const std::function<void(std::string_view field, const std::string& text)>& visit) {
    VisitFields(question,
                [&](const std::string& field, const std::string& text) { visit(field, text); });
}

std::vector<std::string> QuestionMediaHashes(const Question& question) {
    std::vector<std::string> hashes;
    if (question.text_format != TextFormat::kMarkdown) {
        return hashes;
    }
    std::set<std::string> seen;
    VisitFields(question, [&](const std::string&, const std::string& text) {
        for (std::string& hash : MediaHashes(text)) {
            if (seen.insert(hash).second) {
                hashes.push_back(std::move(hash));
            }
        }
    });
    return hashes;
}

Question PlainQuestion(const Question& question) {
    Question plain = question;
    if (question.text_format == TextFormat::kMarkdown) {
        VisitFields(plain,
                    [](const std::string&, std::string& text) { text = MarkdownToPlain(text); });
        plain.text_format = TextFormat::kPlain;
    }
    return plain;
}

}  // namespace summit::content
