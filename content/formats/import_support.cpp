// Shared parts of the text-format importers.
#include "content/formats/import_support.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <map>

#include "content/formats/bank_validation.h"

namespace summit::content::import {
namespace {

bool IsIdCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
           c == ':';
}

}  // namespace

std::string_view Trim(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string DeckOfCategory(std::string_view path) {
    std::vector<std::string> levels(1);
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '/' && i + 1 < path.size() && path[i + 1] == '/') {
            levels.back() += '/';
            ++i;
        } else if (path[i] == '/') {
            levels.emplace_back();
        } else {
            levels.back() += path[i];
        }
    }
    std::string deck;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const std::string_view level = Trim(levels[i]);
        const bool context =
            i == 0 && level.size() > 1 && level.front() == '$' && level.back() == '$';
        if (level.empty() || context || (i == 1 && level == "top" && deck.empty())) {
            continue;
        }
        deck += (deck.empty() ? "" : "::") + std::string(level);
    }
    return deck;
}

std::string CategoryOfDeck(std::string_view deck) {
    std::string path = "$course$/top";
    std::size_t start = 0;
    while (!deck.empty()) {
        const std::size_t end = deck.find("::", start);
        path += '/';
        for (const char c : deck.substr(start, end - start)) {
            path += c == '/' ? std::string("//") : std::string(1, c);
        }
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 2;
    }
    return path;
}

bool MoodleSingleAnswer(const Question& q) {
    if (std::any_of(q.choices.begin(), q.choices.end(),
                    [](const Choice& c) { return c.credit.has_value(); })) {
        return std::all_of(q.choices.begin(), q.choices.end(), [](const Choice& c) {
            return c.correct == (c.credit.value_or(0) >= 1.0);
        });
    }
    return std::count_if(q.choices.begin(), q.choices.end(),
                         [](const Choice& c) { return c.correct; }) == 1;
}

std::string Number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    double back = 0;
    std::from_chars(buffer, buffer + std::char_traits<char>::length(buffer), back);
    if (back != value) {
        std::snprintf(buffer, sizeof buffer, "%.17g", value);
    }
    return buffer;
}

std::optional<double> ReadNumber(std::string_view text) {
    text = Trim(text);
    if (text.starts_with('+')) {
        text.remove_prefix(1);
    }
    double value = 0;
    const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || stop != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> SettleShortAnswers(Question& q) {
    if (q.answers.empty()) {
        return "a short-answer question needs an answer";
    }
    const bool plain = std::all_of(q.answers.begin(), q.answers.end(), [](const TextAnswer& a) {
        return a.credit == 1.0 && a.feedback.empty() && a.text != kAnyOtherAnswer;
    });
    if (plain) {
        for (TextAnswer& answer : q.answers) {
            q.accepted.push_back(std::move(answer.text));
        }
        q.answers.clear();
    }
    return std::nullopt;
}

std::string Slug(std::string_view text) {
    std::string out;
    for (char c : text) {
        char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        if (IsIdCharacter(lower)) {
            out += lower;
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') {
        out.pop_back();
    }
    return out;
}

std::string ContentHashId(std::string_view text) {
    std::uint64_t hash = 14695981039346656037ull;
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "h%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

std::string UniqueIds::Claim(const std::string& id) {
    std::string unique = id;
    for (int n = 2; !taken_.insert(unique).second; ++n) {
        unique = id + "-" + std::to_string(n);
    }
    return unique;
}

void NameBankFromFile(Bank& bank, std::string_view file_name, std::string_view fallback) {
    std::string_view base = file_name.substr(file_name.find_last_of("/\\") + 1);
    const std::string_view stem = base.substr(0, base.find('.'));
    if (bank.title.empty()) {
        bank.title = stem.empty() ? std::string(fallback) : std::string(stem);
    }
    if (bank.id.empty()) {
        std::string id;
        for (char c : Slug(stem)) {
            id += c == ':' ? '-' : c;  // a bank id may not hold ':'
        }
        bank.id = id.empty() ? std::string(fallback) : id;
    }
}

Error At(std::string_view file, int line, int column, std::string message, ErrorCode code) {
    return Error{code, std::move(message), std::string(file), line, column};
}

ErrorList KeepValidQuestions(Bank& bank, const std::vector<int>& lines, std::string_view file,
                             ErrorList& warnings) {
    ErrorList errors;
    std::vector<bool> drop(bank.questions.size(), false);
    for (BankProblem& problem : FindBankProblems(bank, file)) {
        if (problem.question < 0) {
            if (!bank.questions.empty()) {
                errors.push_back(std::move(problem.error));
            }
            continue;
        }
        const auto index = static_cast<std::size_t>(problem.question);
        drop[index] = true;
        Error& error = problem.error;
        error.line = index < lines.size() ? lines[index] : 0;
        error.column = error.line > 0 ? 1 : 0;
        error.message += "; the question is left out";
        warnings.push_back(std::move(error));
    }
    // Compacted in place: a second vector would hold a large bank twice while it grows.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        if (!drop[i]) {
            if (kept != i) {
                bank.questions[kept] = std::move(bank.questions[i]);
            }
            ++kept;
        }
    }
    bank.questions.erase(bank.questions.begin() + static_cast<std::ptrdiff_t>(kept),
                         bank.questions.end());
    if (bank.questions.empty()) {
        // Nothing to import: the reasons are errors now.
        errors.insert(errors.begin(), warnings.begin(), warnings.end());
        warnings.clear();
        errors.push_back(Error{ErrorCode::kValidation, "no question could be imported",
                               std::string(file), 0, 0});
    }
    return errors;
}

std::expected<ParsedBank, ErrorList> FinishBank(Bank bank, const std::vector<int>& lines,
                                                std::string_view file, std::string_view fallback,
                                                ErrorList warnings) {
    NameBankFromFile(bank, file, fallback);
    ErrorList errors = KeepValidQuestions(bank, lines, file, warnings);
    if (!errors.empty()) {
        return std::unexpected(std::move(errors));
    }
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const Error& a, const Error& b) { return a.line < b.line; });
    return ParsedBank{std::move(bank), std::move(warnings), {}};
}

}  // namespace summit::content::import
