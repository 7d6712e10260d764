// Questions -> Anki notes. Anki has no notion of grading choices, pairs or orders, so those
// types become Basic notes that show them; flashcards and cloze sentences map to Anki's own.
#include "storage/anki/bank_to_anki.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <set>

#include "content/formats/cloze_html.h"
#include "content/model/cloze.h"
#include "content/richtext/image_type.h"
#include "content/richtext/markdown_html.h"
#include "storage/anki/stable_ids.h"

namespace summit::storage::anki {
namespace {

namespace c = content;

constexpr const char* kFrontSide = "{{FrontSide}}\n\n<hr id=answer>\n\n";

AnkiNoteType BasicType() {
    return {kBasicNoteTypeId,
            "Basic",
            AnkiNoteType::Kind::kStandard,
            {"Front", "Back"},
            {{"Card 1", "{{Front}}", std::string(kFrontSide) + "{{Back}}"}}};
}

AnkiNoteType ReversedType() {
    return {kReversedNoteTypeId,
            "Basic (and reversed card)",
            AnkiNoteType::Kind::kStandard,
            {"Front", "Back"},
            {{"Card 1", "{{Front}}", std::string(kFrontSide) + "{{Back}}"},
             {"Card 2", "{{Back}}", std::string(kFrontSide) + "{{Front}}"}}};
}

AnkiNoteType ClozeType() {
    return {kClozeNoteTypeId,
            "Cloze",
            AnkiNoteType::Kind::kCloze,
            {"Text", "Back Extra"},
            {{"Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"}}};
}

// Anki tags are single words: spaces would split one tag into several.
std::string TagOf(std::string tag) {
    std::ranges::replace(tag, ' ', '_');
    return tag;
}

class Exporter {
  public:
    Exporter(const c::Bank& bank, const MediaLookup& media) : bank_(bank), media_(media) {}

    Result<AnkiExport> Run();

  private:
    void Add(const c::Question& q);
    std::string Html(const c::Question& q, std::string_view text);
    std::string List(const c::Question& q, const std::vector<std::string>& items, bool numbered);
    std::string Cloze(const c::Question& q);
    std::string ImageName(std::string_view hash);
    std::int64_t DeckId(const c::Question& q);
    std::int64_t AddDeck(const std::string& name, std::int64_t id);
    std::string DeckKey(std::string_view name) const;
    void Warn(const c::Question& q, const std::string& message) {
        out_.warnings.push_back(
            Error{ErrorCode::kValidation, "question \"" + q.id + "\": " + message, {}, 0, 0});
    }

    const c::Bank& bank_;
    const MediaLookup& media_;
    StableIds deck_ids_;
    StableIds note_ids_;
    StableIds card_ids_;
    AnkiExport out_;
    std::set<std::int64_t> used_types_;
    std::map<std::string, std::string, std::less<>> image_names_;  // hash -> file name
    std::optional<Error> media_error_;
    const c::Question* current_ = nullptr;
};

std::string Exporter::ImageName(std::string_view hash) {
    if (auto known = image_names_.find(hash); known != image_names_.end()) {
        return known->second;
    }
    std::string name;
    auto bytes = media_(hash);
    if (!bytes) {
        media_error_ = media_error_.value_or(bytes.error());
    } else if (!*bytes) {
        Warn(*current_, "its image " + std::string(hash) +
                            " is missing from the collection; its alt text is written instead");
    } else {
        auto type = c::CheckImageBytes(**bytes);
        const char* extension = !type                         ? ".bin"
                                : *type == c::ImageType::kPng ? ".png"
                                : *type == c::ImageType::kGif ? ".gif"
                                                              : ".jpg";
        name = std::string(hash) + extension;
        out_.package.media.push_back(AnkiMedia{name, std::move(**bytes)});
    }
    image_names_.emplace(std::string(hash), name);
    return name;
}

std::string Exporter::Html(const c::Question& q, std::string_view text) {
    if (q.text_format == c::TextFormat::kPlain) {
        return c::PlainToHtml(text);
    }
    std::string html =
        c::MarkdownToHtml(text, [this](std::string_view hash) { return ImageName(hash); });
    // One paragraph stays bare text: Anki's fields hold short texts, a <p> margin would push
    // every card's front down, and a cloze answer is rendered inside its sentence.
    constexpr std::string_view kOpen = "<p>", kClose = "</p>";
    if (html.starts_with(kOpen) && html.ends_with(kClose) &&
        html.find(kOpen, kOpen.size()) == std::string::npos) {
        html = html.substr(kOpen.size(), html.size() - kOpen.size() - kClose.size());
    }
    return html;
}

std::string Exporter::List(const c::Question& q, const std::vector<std::string>& items,
                           bool numbered) {
    std::string html = numbered ? "<ol>" : "<ul>";
    for (const std::string& item : items) {
        html += "<li>" + Html(q, item) + "</li>";
    }
    return html + (numbered ? "</ol>" : "</ul>");
}

// Every gap becomes c1, so Anki hides them all on one card as Summit asks them together. The
// gaps are cut out before the Markdown is rendered (a "::" or markup inside an answer must not
// reach Anki's cloze syntax) and put back in place of placeholders, as the other HTML writers do.
std::string Exporter::Cloze(const c::Question& q) {
    auto cloze = c::ParseCloze(q.prompt);
    if (!cloze) {
        Warn(q, "its cloze text does not parse (" + cloze.error().message +
                    "); written as text without gaps");
        return Html(q, q.prompt);
    }
    bool lost = !q.gaps.empty();
    for (const c::ClozeGap& gap : cloze->gaps) {
        lost = lost || gap.answers.size() > 1 || !gap.choices.empty();
    }
    const std::string html = c::ClozeAsHtml(
        *cloze, [&](std::string_view text) { return Html(q, text); },
        [&](const c::ClozeGap& gap, std::size_t) {
            std::string answer = Html(q, gap.answers.front());
            for (std::size_t at = answer.find("::"); at != std::string::npos;
                 at = answer.find("::", at)) {
                answer.replace(at, 2, ":&#58;");
            }
            return "{{c1::" + answer + "}}";
        });
    if (lost) {
        Warn(q,
             "Anki's cloze keeps one answer per gap; other accepted answers, options and gap "
             "details (kinds, weights, credits, feedback, tolerances) are dropped");
    }
    return html;
}

// What names a deck across exports: the bank id and the deck's path below the bank's deck, so
// renaming the deck in Summit keeps its id; decks above it are known by the bank id and name.
std::string Exporter::DeckKey(std::string_view name) const {
    const std::string& own = c::DeckName(bank_);
    if (name == own) {
        return "deck\x1f" + bank_.id;
    }
    if (name.starts_with(own) && name.substr(own.size()).starts_with("::")) {
        return "deck\x1f" + bank_.id + "\x1f" + std::string(name.substr(own.size() + 2));
    }
    return "above\x1f" + bank_.id + "\x1f" + std::string(name);
}

// Adds deck `name` with `id` after any of its parents the package lacks (Anki needs them).
std::int64_t Exporter::AddDeck(const std::string& name, std::int64_t id) {
    for (std::size_t end = name.find("::"); end != std::string::npos;
         end = name.find("::", end + 2)) {
        const std::string parent = name.substr(0, end);
        if (std::ranges::find(out_.package.decks, parent, &AnkiDeck::name) ==
            out_.package.decks.end()) {
            out_.package.decks.push_back(AnkiDeck{deck_ids_.For(DeckKey(parent)), parent});
        }
    }
    out_.package.decks.push_back(AnkiDeck{id, name});
    return id;
}

std::int64_t Exporter::DeckId(const c::Question& q) {
    std::string name = c::DeckName(bank_);
    if (!q.deck.empty()) {
        name += "::" + q.deck;
    }
    if (auto known = std::ranges::find(out_.package.decks, name, &AnkiDeck::name);
        known != out_.package.decks.end()) {
        return known->id;
    }
    return AddDeck(name, deck_ids_.For(DeckKey(name)));
}

void Exporter::Add(const c::Question& q) {
    current_ = &q;
    std::string front = q.note.empty() ? "" : "<div>" + Html(q, q.note) + "</div>";
    std::string back;
    std::int64_t type = kBasicNoteTypeId;
    const char* lossy = nullptr;  // what a Basic note cannot do that Summit does
    switch (q.type) {
        case c::QuestionType::kFlashcard:
            type = q.reversible ? kReversedNoteTypeId : kBasicNoteTypeId;
            front += Html(q, q.prompt);
            back = Html(q, q.back);
            break;
        case c::QuestionType::kCloze:
            type = kClozeNoteTypeId;
            front += Cloze(q);
            break;
        case c::QuestionType::kMultipleChoice: {
            std::vector<std::string> all;
            std::vector<std::string> right;
            for (const c::Choice& choice : q.choices) {
                all.push_back(choice.text);
                if (choice.correct) {
                    right.push_back(choice.text);
                }
            }
            front += Html(q, q.prompt) + List(q, all, false);
            back = List(q, right, false);
            lossy = "the choices on the front and the right ones on the back";
            break;
        }
        case c::QuestionType::kTrueFalse:
            front += Html(q, q.prompt) + "<br><br>True or false?";
            back = q.answer ? "True" : "False";
            lossy = "\"True or false?\" on the front and the answer on the back";
            break;
        case c::QuestionType::kTyped: {
            std::vector<std::string> accepted = q.accepted;
            for (const c::TextAnswer& answer : q.answers) {
                if (answer.credit >= 1 && answer.text != c::kAnyOtherAnswer) {
                    accepted.push_back(answer.text);
                }
            }
            front += Html(q, q.prompt);
            back = accepted.empty() ? "" : Html(q, accepted.front());
            if (accepted.size() > 1) {
                back += "<br>Also accepted: " +
                        List(q, std::vector(accepted.begin() + 1, accepted.end()), false);
            }
            lossy = "the accepted answers on the back";
            break;
        }
        case c::QuestionType::kNumerical: {
            front += Html(q, q.prompt);
            for (const c::NumericAnswer& number : q.numbers) {
                if (!number.any_other && number.credit >= 1) {
                    char text[64];
                    std::snprintf(text, sizeof text, "%g", number.value);
                    back = text;
                    if (number.tolerance > 0) {
                        std::snprintf(text, sizeof text, " &plusmn; %g", number.tolerance);
                        back += text;
                    }
                    back += q.unit.empty() ? "" : " " + c::EscapeHtml(q.unit);
                    break;
                }
            }
            lossy = "the accepted number on the back";
            break;
        }
        case c::QuestionType::kMatching: {
            std::vector<std::string> lefts;
            for (const c::MatchPair& pair : q.pairs) {
                lefts.push_back(pair.left);
                back += (back.empty() ? "" : "<br>") + Html(q, pair.left) + " &rarr; " +
                        Html(q, pair.right);
            }
            front += Html(q, q.prompt) + List(q, lefts, false);
            lossy = "the left items on the front and the pairs on the back";
            break;
        }
        case c::QuestionType::kOrdering: {
            // Shown sorted on the front: the written order is the answer.
            std::vector<std::string> shown = q.items;
            std::ranges::sort(shown);
            front += Html(q, q.prompt) + List(q, shown, false);
            back = List(q, q.items, true);
            lossy = "the items sorted alphabetically on the front and in order on the back";
            break;
        }
    }
    if (!q.explanation.empty()) {
        back += (back.empty() ? "" : "<br><br>") + Html(q, q.explanation);
    }
    if (lossy != nullptr) {
        Warn(q, std::string(c::QuestionTypeName(q.type)) + " written as a Basic note with " +
                    lossy + "; Anki shows it as a flashcard and does not grade it");
    }
    used_types_.insert(type);

    const std::string guid = c::QuestionGuid(bank_, q);
    AnkiNote note{note_ids_.For(guid), guid, type, {front, back}, {}};
    std::set<std::string> tags;
    for (const std::string& tag : q.tags) {
        tags.insert(TagOf(tag));
    }
    if (!q.topic.empty()) {
        tags.insert(TagOf(q.topic));
    }
    note.tags.assign(tags.begin(), tags.end());
    const std::int64_t deck = DeckId(q);
    const int card_count = type == kReversedNoteTypeId ? 2 : 1;
    for (int ord = 0; ord < card_count; ++ord) {
        AnkiCard card;
        card.id = card_ids_.For(guid + "\x1f" + std::to_string(ord));
        card.note_id = note.id;
        card.deck_id = deck;
        card.ord = ord;
        // New, in the order the bank lists them.
        card.due = static_cast<std::int64_t>(out_.package.notes.size()) + 1;
        out_.card_of[{note.guid, ord}] = out_.package.cards.size();
        out_.package.cards.push_back(std::move(card));
    }
    out_.package.notes.push_back(std::move(note));
}

Result<AnkiExport> Exporter::Run() {
    out_.package.container = ContainerKind::kLegacyAnki21;
    out_.package.schema_version = 11;
    // The bank's own deck even when it has no question of its own. A bank imported from Anki
    // deck N (id "anki-dN") goes back as deck N, so that Anki and Summit see the same deck.
    std::int64_t anki_deck = 0;
    const std::string_view bank_id = bank_.id;
    const bool from_anki =
        bank_id.starts_with("anki-d") &&
        std::from_chars(bank_id.data() + 6, bank_id.data() + bank_id.size(), anki_deck).ptr ==
            bank_id.data() + bank_id.size() &&
        deck_ids_.Claim(anki_deck);
    AddDeck(c::DeckName(bank_), from_anki ? anki_deck : deck_ids_.For(DeckKey(c::DeckName(bank_))));
    for (const c::Question& q : bank_.questions) {
        Add(q);
        if (media_error_) {
            return Fail(*media_error_);
        }
    }
    for (AnkiNoteType type : {BasicType(), ReversedType(), ClozeType()}) {
        if (used_types_.contains(type.id)) {
            out_.package.note_types.push_back(std::move(type));
        }
    }
    return std::move(out_);
}

}  // namespace

Result<AnkiExport> BankToAnki(const content::Bank& bank, const MediaLookup& media) {
    return Exporter(bank, media).Run();
}

}  // namespace summit::storage::anki
