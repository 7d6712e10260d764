// A question bank: the unit teachers write, import and export.
#pragma once

#include <string>
#include <vector>

#include "content/model/question.h"

namespace summit::content {

struct BankSource {
    std::string title;        // e.g. the article's headline
    std::string publication;  // e.g. "The Spectator (Coffee House)"
    std::string date;         // ISO 8601 date, e.g. "2018-06-12"
    std::string url;          // optional

    bool operator==(const BankSource&) const = default;
};

struct Topic {
    std::string id;    // the tag questions use, e.g. "facts:people"
    std::string name;  // how it is shown, e.g. "People and roles"
    std::string description;

    bool operator==(const Topic&) const = default;
};

struct Bank {
    static constexpr int kFormatVersion = 1;
    int version = kFormatVersion;
    std::string id;  // stable, e.g. "spectator-2018-china-kim-trump"; prefixes question GUIDs
    std::string title;
    std::string description;
    std::string author;
    BankSource source;
    std::string deck;  // the deck its questions go into; the title when empty
    std::vector<Topic> topics;
    std::vector<Question> questions;

    bool operator==(const Bank&) const = default;
};

// The deck name a bank imports into.
inline const std::string& DeckName(const Bank& bank) {
    return bank.deck.empty() ? bank.title : bank.deck;
}

// The collection-wide identity of a question.
inline std::string QuestionGuid(const Bank& bank, const Question& question) {
    return bank.id + "/" + question.id;
}

}  // namespace summit::content
