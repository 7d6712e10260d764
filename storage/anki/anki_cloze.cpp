// Cutting Anki cloze deletions out of a field (see anki_cloze.h).
#include "storage/anki/anki_cloze.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace summit::storage::anki {
namespace {

struct Deletion {
    std::size_t start = 0;  // of "{{c"
    std::size_t end = 0;    // after the closing "}}"
    int number = 0;
    std::string_view answer;
    std::string_view hint;
};

// The deletion starting at `at` ("{{cN::"), or nullopt when none starts there. Nested
// deletions stay inside the answer; the first "::" outside them starts the hint.
std::optional<Deletion> DeletionAt(std::string_view html, std::size_t at) {
    if (html.substr(at, 3) != "{{c") {
        return std::nullopt;
    }
    std::size_t digits = at + 3;
    int number = 0;
    while (digits < html.size() && std::isdigit(static_cast<unsigned char>(html[digits])) &&
           number < 100000) {
        number = number * 10 + (html[digits] - '0');
        ++digits;
    }
    if (digits == at + 3 || html.substr(digits, 2) != "::") {
        return std::nullopt;
    }
    const std::size_t body = digits + 2;
    int depth = 0;
    std::size_t hint = std::string_view::npos;
    for (std::size_t i = body; i + 1 < html.size(); ++i) {
        if (html.compare(i, 2, "{{") == 0) {
            ++depth;
            ++i;
        } else if (html.compare(i, 2, "}}") == 0) {
            if (depth == 0) {
                Deletion deletion{at, i + 2, number, {}, {}};
                const std::size_t answer_end = hint == std::string_view::npos ? i : hint;
                deletion.answer = html.substr(body, answer_end - body);
                if (hint != std::string_view::npos) {
                    deletion.hint = html.substr(hint + 2, i - hint - 2);
                }
                return deletion;
            }
            --depth;
            ++i;
        } else if (depth == 0 && hint == std::string_view::npos && html.compare(i, 2, "::") == 0) {
            hint = i;
            ++i;
        }
    }
    return std::nullopt;
}

// Walks the deletions of `html`, writing the text between them to `out` and calling
// `deletion` for each outermost one.
template <typename OnDeletion>
void ForEachDeletion(std::string_view html, std::string& out, OnDeletion on_deletion) {
    std::size_t at = 0;
    while (at < html.size()) {
        const std::size_t open = html.find("{{c", at);
        if (open == std::string_view::npos) {
            out += html.substr(at);
            return;
        }
        out += html.substr(at, open - at);
        if (auto deletion = DeletionAt(html, open)) {
            on_deletion(*deletion);
            at = deletion->end;
        } else {
            out += "{{c";
            at = open + 3;
        }
    }
}

void Collect(std::string_view html, std::vector<int>& numbers) {
    std::string ignored;
    ForEachDeletion(html, ignored, [&](const Deletion& deletion) {
        numbers.push_back(deletion.number);
        Collect(deletion.answer, numbers);
    });
}

void Cut(std::string_view html, int number, ClozeCard& card) {
    ForEachDeletion(html, card.html, [&](const Deletion& deletion) {
        if (deletion.number == number) {
            ClozeCard inner;
            Cut(deletion.answer, -1, inner);  // nested deletions show as their answers
            card.html += GapMark(card.answers.size());
            card.answers.push_back(std::move(inner.html));
            card.hints.emplace_back(deletion.hint);
        } else {
            Cut(deletion.answer, number, card);
        }
    });
}

}  // namespace

std::vector<int> ClozeNumbers(std::string_view html) {
    std::vector<int> numbers;
    Collect(html, numbers);
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    std::erase(numbers, 0);
    return numbers;
}

ClozeCard ClozeForNumber(std::string_view html, int number) {
    ClozeCard card;
    Cut(html, number, card);
    return card;
}

std::string GapMark(std::size_t index) {
    return "SUMMITCLOZE" + std::to_string(index) + "Z";
}

}  // namespace summit::storage::anki
