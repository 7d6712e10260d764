// Walking every text field of a question.
#include "content/richtext/question_texts.h"

#include <set>

#include "content/model/cloze.h"
#include "content/richtext/cloze_variants.h"
#include "content/richtext/markdown.h"

namespace summit::content {
namespace {

// The one list of text fields, for reading and for rewriting. Without kNamed the visitor
// gets no field paths, which a rewrite of every text would only build and drop.
template <bool kNamed = true, typename Q, typename Visit>
void VisitFields(Q& q, Visit&& visit) {
    auto at = [](std::string_view name, std::size_t i) {
        if constexpr (kNamed) {
            return std::string(name) + "[" + std::to_string(i) + "]";
        } else {
            return std::string();
        }
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
    for (std::size_t g = 0; g < q.gaps.size(); ++g) {
        auto& gap = q.gaps[g];
        const std::string in = at("gaps", g) + ".";
        for (std::size_t i = 0; i < gap.answers.size(); ++i) {
            visit(in + at("answers", i) + ".text", gap.answers[i].text);
            visit(in + at("answers", i) + ".feedback", gap.answers[i].feedback);
        }
        for (std::size_t i = 0; i < gap.choices.size(); ++i) {
            visit(in + at("choices", i) + ".text", gap.choices[i].text);
            visit(in + at("choices", i) + ".feedback", gap.choices[i].feedback);
        }
        for (std::size_t i = 0; i < gap.numbers.size(); ++i) {
            visit(in + at("numbers", i) + ".feedback", gap.numbers[i].feedback);
        }
    }
    for (std::size_t i = 0; i < q.pairs.size(); ++i) {
        visit(at("pairs", i) + ".left", q.pairs[i].left);
        visit(at("pairs", i) + ".right", q.pairs[i].right);
    }
    for (std::size_t i = 0; i < q.items.size(); ++i) {
        visit(at("items", i), q.items[i]);
    }
}

// MarkdownToPlain of `text` with its leading and trailing whitespace kept: the pieces of a
// cloze sentence meet the gaps with their spaces.
std::string PlainKeepingEdges(std::string_view text) {
    constexpr std::string_view kBlank = " \t\r\n";
    const std::size_t first = text.find_first_not_of(kBlank);
    if (first == std::string_view::npos) {
        return std::string(text);
    }
    const std::size_t last = text.find_last_not_of(kBlank);
    return std::string(text.substr(0, first)) +
           MarkdownToPlain(text.substr(first, last + 1 - first)) +
           std::string(text.substr(last + 1));
}

// A cloze prompt made plain around its gaps and within each variant: the gap syntax is no
// Markdown ("{{Paris|~Lyon|~Nice}}" holds a "~" pair the subset reads as subscript).
std::string PlainCloze(std::string_view prompt) {
    std::string out;
    std::size_t at = 0;
    while (at <= prompt.size()) {
        const std::size_t open = prompt.find("{{", at);
        const std::size_t close =
            open == std::string_view::npos ? open : prompt.find("}}", open + 2);
        if (close == std::string_view::npos) {
            out += PlainKeepingEdges(prompt.substr(at));
            break;
        }
        out += PlainKeepingEdges(prompt.substr(at, open - at)) + "{{" +
               RewriteGapVariants(prompt.substr(open + 2, close - open - 2), PlainKeepingEdges);
        out += "}}";
        at = close + 2;
    }
    return out;
}

}  // namespace

std::string RewriteGapVariants(std::string_view inner,
                               const std::function<std::string(std::string_view)>& rewrite) {
    std::string out;
    for (std::size_t start = 0;;) {
        const std::size_t bar = inner.find('|', start);
        std::string_view variant = inner.substr(start, bar - start);
        if (variant.starts_with(kClozeWrongChoice)) {
            out += kClozeWrongChoice;
            variant.remove_prefix(1);
        }
        out += rewrite(variant);
        if (bar == std::string_view::npos) {
            return out;
        }
        out += '|';
        start = bar + 1;
    }
}

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

void MakePlain(Question& question) {
    if (question.text_format != TextFormat::kMarkdown) {
        return;
    }
    const std::string cloze_prompt =
        question.type == QuestionType::kCloze ? PlainCloze(question.prompt) : std::string();
    VisitFields<false>(question, [](const std::string&, std::string& text) {
        if (!IsPlainMarkdown(text)) {
            text = MarkdownToPlain(text);
        }
    });
    if (question.type == QuestionType::kCloze) {
        question.prompt = cloze_prompt;
    }
    question.text_format = TextFormat::kPlain;
}

Question PlainQuestion(const Question& question) {
    Question plain = question;
    MakePlain(plain);
    return plain;
}

}  // namespace summit::content
