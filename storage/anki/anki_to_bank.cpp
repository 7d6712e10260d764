// Anki notes as Summit questions (see anki_to_bank.h).
#include "storage/anki/anki_to_bank.h"

#include <algorithm>
#include <map>
#include <set>

#include "content/formats/import_support.h"
#include "content/model/cloze.h"
#include "content/model/deck_name.h"
#include "content/richtext/html_to_markdown.h"
#include "content/richtext/markdown.h"
#include "content/richtext/markdown_html.h"
#include "content/richtext/question_texts.h"
#include "storage/anki/anki_cloze.h"
#include "storage/anki/anki_template.h"

namespace summit::storage::anki {
namespace {

using content::Question;
using content::QuestionType;

// How the notes of a note type become questions, decided once per type from its structure.
enum class Reading {
    kCloze,           // cloze kind: one question per cloze number
    kOcclusion,       // cloze kind whose template draws image-occlusion masks
    kTyped,           // one template asking {{type:Field}}
    kReversible,      // two templates, each asking what the other answers
    kPerTemplate,     // a flashcard per template
    kFirstFieldFront  // templates Summit cannot render: first field front, the rest back
};

const char* ReadingName(Reading reading) {
    switch (reading) {
        case Reading::kCloze:
            return "cloze, one question per cloze number";
        case Reading::kOcclusion:
            return "image flashcard (occlusion masks lost)";
        case Reading::kTyped:
            return "typed answer";
        case Reading::kReversible:
            return "flashcard, reversible when its second card exists";
        case Reading::kPerTemplate:
            return "flashcard per card template";
        case Reading::kFirstFieldFront:
            return "flashcard: first field front, the rest back";
    }
    return "";
}

std::set<std::string> FieldSet(const RenderedTemplate& rendered) {
    return {rendered.fields_shown.begin(), rendered.fields_shown.end()};
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string joined;
    for (const std::string& part : parts) {
        joined += (joined.empty() ? "" : std::string(separator)) + part;
    }
    return joined;
}

bool Contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

constexpr std::string_view kEmptyBack = "(empty)";

struct TypePlan {
    const AnkiNoteType* type = nullptr;
    Reading reading = Reading::kPerTemplate;
    std::string cloze_field;
    std::size_t tally = 0;  // index into AnkiConversion::note_types
};

// Decides how a note type is read, from its templates rendered with every field filled.
Reading ReadingOf(const AnkiNoteType& type, std::vector<std::string>& unrendered) {
    TemplateFields filled;
    for (const std::string& field : type.fields) {
        filled[field] = "x";
    }
    std::vector<RenderedTemplate> fronts;
    std::vector<RenderedTemplate> backs;
    for (const AnkiTemplate& tmpl : type.templates) {
        fronts.push_back(RenderAnkiTemplate(tmpl.qfmt, filled));
        backs.push_back(RenderAnkiTemplate(AnswerPart(tmpl.afmt), filled));
        for (const auto* rendered : {&fronts.back(), &backs.back()}) {
            for (const std::string& tag : rendered->unrendered) {
                const std::string what = "template \"" + tmpl.name + "\": " + tag;
                if (std::find(unrendered.begin(), unrendered.end(), what) == unrendered.end()) {
                    unrendered.push_back(what);
                }
            }
        }
    }
    if (type.kind == AnkiNoteType::Kind::kCloze) {
        for (const AnkiTemplate& tmpl : type.templates) {
            if (Contains(tmpl.qfmt, "image-occlusion") || Contains(tmpl.afmt, "image-occlusion")) {
                return Reading::kOcclusion;
            }
        }
        return Reading::kCloze;
    }
    if (fronts.empty() || type.fields.empty()) {
        return Reading::kFirstFieldFront;
    }
    for (std::size_t i = 0; i < fronts.size(); ++i) {
        if (fronts[i].fields_shown.empty() ||
            (backs[i].fields_shown.empty() && !fronts[i].typed_field)) {
            return Reading::kFirstFieldFront;
        }
    }
    if (fronts.size() == 1 && fronts[0].typed_field) {
        return Reading::kTyped;
    }
    if (fronts.size() == 2 && FieldSet(fronts[1]) == FieldSet(backs[0]) &&
        FieldSet(backs[1]) == FieldSet(fronts[0]) && !fronts[0].typed_field &&
        !fronts[1].typed_field) {
        return Reading::kReversible;
    }
    return Reading::kPerTemplate;
}

class Converter {
  public:
    Converter(const AnkiPackage& package, std::string_view name) : package_(package), name_(name) {
        for (const AnkiMedia& media : package.media) {
            media_.emplace(media.name, &media.bytes);
        }
        for (const AnkiDeck& deck : package.decks) {
            decks_.emplace(deck.id, deck.name);
        }
        for (const AnkiCard& card : package.cards) {
            cards_of_note_[card.note_id].push_back(&card);
        }
        for (auto& [note, cards] : cards_of_note_) {
            std::sort(cards.begin(), cards.end(),
                      [](const AnkiCard* a, const AnkiCard* b) { return a->ord < b->ord; });
        }
    }

    AnkiConversion Run() {
        for (const AnkiNoteType& type : package_.note_types) {
            PlanType(type);
        }
        for (const AnkiNote& note : package_.notes) {
            ConvertNote(note);
        }
        Finish();
        return std::move(out_);
    }

  private:
    void PlanType(const AnkiNoteType& type) {
        TypePlan plan;
        plan.type = &type;
        std::vector<std::string> unrendered;
        plan.reading = ReadingOf(type, unrendered);
        TemplateFields filled;
        for (const std::string& field : type.fields) {
            filled[field] = "x";
        }
        if (!type.templates.empty()) {
            plan.cloze_field =
                RenderAnkiTemplate(type.templates[0].qfmt, filled).cloze_field.value_or("");
        }
        if (plan.cloze_field.empty() && !type.fields.empty()) {
            plan.cloze_field = type.fields[0];
        }
        plan.tally = out_.note_types.size();
        out_.note_types.push_back({type.name, ReadingName(plan.reading), 0, 0});
        for (const std::string& what : unrendered) {
            type_losses_[type.id].push_back("note type \"" + type.name + "\", " + what +
                                            " cannot be rendered and is left out");
        }
        plans_.emplace(type.id, plan);
    }

    void Warn(const std::string& message) {
        auto [it, inserted] = warning_counts_.emplace(message, 0);
        if (inserted) {
            warning_order_.push_back(message);
        }
        ++it->second;
    }

    // Converts one field (or rendered template) to Markdown, keeping its images for the bank
    // and showing its sounds as text.
    std::string Convert(std::string_view html) {
        std::string text;
        std::size_t at = 0;
        while (true) {
            const std::size_t open = html.find("[sound:", at);
            const std::size_t close = open == std::string_view::npos ? open : html.find(']', open);
            if (close == std::string_view::npos) {
                text += html.substr(at);
                break;
            }
            const std::string sound(html.substr(open + 7, close - open - 7));
            text += std::string(html.substr(at, open - at)) +
                    " sound: " + content::EscapeHtml(sound) + " ";
            sounds_.insert(sound);
            at = close + 1;
        }
        content::HtmlConversion converted =
            content::HtmlToMarkdown(text, [this](std::string_view name) -> const std::string* {
                auto found = media_.find(std::string(name));
                return found == media_.end() ? nullptr : found->second;
            });
        for (const content::ConvertedImage& image : converted.images) {
            if (bank_->hashes.insert(image.hash).second) {
                bank_->parsed.images.push_back(*media_.at(image.name));
            }
            image_hashes_.insert(image.hash);
        }
        for (const std::string& warning : converted.warnings) {
            Warn(warning);
        }
        markup_ = markup_ || converted.has_markup;
        return converted.markdown;
    }

    struct BankUnderway {
        content::ParsedBank parsed;
        std::set<std::string> hashes;
        std::map<std::string, std::int64_t> note_of;  // question id -> the note it came from

        // The notes that still have a question in the bank.
        std::set<std::int64_t> NotesKept() const {
            std::set<std::int64_t> notes;
            for (const Question& question : parsed.bank.questions) {
                auto note = note_of.find(question.id);
                if (note != note_of.end()) {
                    notes.insert(note->second);
                }
            }
            return notes;
        }
    };

    // The bank of the note's top-level deck, and the deck below it.
    std::string SelectBank(const AnkiNote& note) {
        std::string deck = "Default";
        auto cards = cards_of_note_.find(note.id);
        if (cards != cards_of_note_.end() && !cards->second.empty()) {
            std::set<std::int64_t> deck_ids;
            for (const AnkiCard* card : cards->second) {
                deck_ids.insert(card->deck_id);
            }
            if (deck_ids.size() > 1) {
                Warn(
                    "the cards of a note are in different decks; the note goes into the deck "
                    "of its first card");
            }
            if (auto named = decks_.find(cards->second.front()->deck_id); named != decks_.end()) {
                deck = named->second;
            }
        }
        if (!content::CheckDeckName(deck)) {
            Warn("deck name \"" + deck +
                 "\" is not a valid Summit deck; its notes go into Default");
            deck = "Default";
        }
        std::vector<std::string> parts = content::DeckNameParts(deck);
        auto [it, inserted] = banks_.try_emplace(parts.front());
        if (inserted) {
            content::Bank& bank = it->second.parsed.bank;
            bank.id = AnkiBankId(package_, parts.front());
            bank.title = parts.front();
            bank.deck = parts.front();
            bank.description = "Imported from an Anki package";
        }
        bank_ = &it->second;
        parts.erase(parts.begin());
        return Join(parts, "::");
    }

    Question NewQuestion(const AnkiNote& note, std::string suffix, const std::string& deck) {
        Question question;
        question.id = NoteQuestionId(note.guid) + suffix;
        question.tags = note.tags;
        question.deck = deck;
        question.text_format = content::TextFormat::kMarkdown;
        return question;
    }

    void Add(Question question, const TypePlan& plan, const AnkiNote& note,
             std::vector<std::pair<int, int>> ord_to_ordinal) {
        // Anki makes a card whose back is empty; a Summit flashcard needs one to show.
        if (question.type == QuestionType::kFlashcard && question.back.empty()) {
            Warn("a flashcard's back is empty in Anki; it shows \"" + std::string(kEmptyBack) +
                 "\"");
            question.back = kEmptyBack;
        }
        if (!markup_) {
            question = content::PlainQuestion(question);
        }
        markup_ = false;
        const std::string guid = content::QuestionGuid(bank_->parsed.bank, question);
        auto cards = cards_of_note_.find(note.id);
        if (cards != cards_of_note_.end()) {
            for (const AnkiCard* card : cards->second) {
                for (auto [ord, ordinal] : ord_to_ordinal) {
                    if (card->ord == ord) {
                        out_.cards.push_back({card->id, guid, ordinal});
                    }
                }
            }
        }
        bank_->note_of[question.id] = note.id;
        bank_->parsed.bank.questions.push_back(std::move(question));
        ++out_.note_types[plan.tally].questions;
    }

    // The values of fields the back shows that the front does not (a cloze's "Back Extra").
    std::string BackOnlyFields(const AnkiTemplate& tmpl, const TemplateFields& fields) {
        const RenderedTemplate front = RenderAnkiTemplate(tmpl.qfmt, fields);
        const RenderedTemplate back = RenderAnkiTemplate(AnswerPart(tmpl.afmt), fields);
        const std::set<std::string> shown = FieldSet(front);
        std::vector<std::string> values;
        for (const std::string& field : back.fields_shown) {
            if (shown.count(field) == 0 && FieldHasContent(fields.at(field))) {
                values.push_back(fields.at(field));
            }
        }
        return Join(values, "<br>");
    }

    void ConvertNote(const AnkiNote& note) {
        auto plan_it = plans_.find(note.note_type_id);
        if (plan_it == plans_.end()) {
            Warn("a note of a note type the package does not hold is skipped");
            ++out_.notes_skipped;
            return;
        }
        const TypePlan& plan = plan_it->second;
        const AnkiNoteType& type = *plan.type;
        ++out_.note_types[plan.tally].notes;
        for (const std::string& loss : type_losses_[type.id]) {
            Warn(loss);
        }
        TemplateFields fields;
        for (std::size_t i = 0; i < type.fields.size(); ++i) {
            fields[type.fields[i]] = i < note.fields.size() ? note.fields[i] : "";
        }
        const std::string deck = SelectBank(note);
        markup_ = false;
        switch (plan.reading) {
            case Reading::kCloze:
                return ConvertCloze(note, plan, fields, deck);
            case Reading::kOcclusion:
                return ConvertOcclusion(note, plan, fields, deck);
            case Reading::kTyped:
                return ConvertTyped(note, plan, fields, deck);
            case Reading::kReversible:
            case Reading::kPerTemplate:
                return ConvertTemplates(note, plan, fields, deck);
            case Reading::kFirstFieldFront:
                return ConvertFirstField(note, plan, deck);
        }
    }

    void ConvertCloze(const AnkiNote& note, const TypePlan& plan, const TemplateFields& fields,
                      const std::string& deck) {
        const std::string& text = fields.at(plan.cloze_field);
        const std::vector<int> numbers = ClozeNumbers(text);
        if (numbers.empty()) {
            Warn("a cloze note without a cloze deletion is skipped");
            ++out_.notes_skipped;
            return;
        }
        const std::string extra =
            plan.type->templates.empty() ? "" : BackOnlyFields(plan.type->templates[0], fields);
        for (int number : numbers) {
            const ClozeCard card = ClozeForNumber(text, number);
            Question question = NewQuestion(note, ":c" + std::to_string(number), deck);
            std::string prompt = Convert(card.html);
            std::vector<std::string> answers;
            std::vector<std::string> hints;
            for (std::size_t i = 0; i < card.answers.size(); ++i) {
                answers.push_back(
                    std::string(content::import::Trim(content::HtmlToPlain(card.answers[i]))));
                const std::string mark = GapMark(i);
                if (const std::size_t at = prompt.find(mark); at != std::string::npos) {
                    prompt.replace(at, mark.size(), "{{" + answers.back() + "}}");
                }
                if (!card.hints[i].empty()) {
                    hints.push_back(content::HtmlToPlain(card.hints[i]));
                }
            }
            if (!extra.empty()) {
                question.explanation = Convert(extra);
            }
            if (!hints.empty()) {
                question.note = "Hint: " + Join(hints, "; ");
            }
            // Summit reads "|" as a second accepted answer and "~" as a wrong choice, where
            // Anki shows them as text: such an answer is not a Summit gap.
            const bool holdable =
                std::none_of(answers.begin(), answers.end(), [](const std::string& a) {
                    return a.find_first_of("{}|") != std::string::npos || a.starts_with("~");
                });
            if (holdable && content::ParseCloze(prompt)) {
                question.type = QuestionType::kCloze;
                question.prompt = std::move(prompt);
            } else {
                Warn(
                    "a cloze answer uses characters a Summit gap cannot hold ({ } | ~ or an "
                    "empty answer); that card is imported as a flashcard");
                question.type = QuestionType::kFlashcard;
                question.prompt = prompt;
                for (std::size_t i = 0; i < answers.size(); ++i) {
                    const std::string mark = "{{" + answers[i] + "}}";
                    if (const std::size_t at = question.prompt.find(mark);
                        at != std::string::npos) {
                        question.prompt.replace(at, mark.size(), "[...]");
                    }
                }
                question.back = Join(answers, ", ");
            }
            Add(std::move(question), plan, note, {{number - 1, 0}});
        }
    }

    void ConvertOcclusion(const AnkiNote& note, const TypePlan& plan, TemplateFields fields,
                          const std::string& deck) {
        Warn("note type \"" + plan.type->name +
             "\" is Image Occlusion: each note is imported as one flashcard showing the image; "
             "its masks are lost");
        fields[plan.cloze_field] = "";
        Question question = NewQuestion(note, "", deck);
        std::vector<std::string> front;
        std::vector<std::string> back;
        const RenderedTemplate rendered = RenderAnkiTemplate(plan.type->templates[0].qfmt, fields);
        const std::set<std::string> on_front = FieldSet(rendered);
        for (const std::string& name : plan.type->fields) {
            if (name == plan.cloze_field || !FieldHasContent(fields[name])) {
                continue;
            }
            (on_front.count(name) > 0 ? front : back).push_back(fields[name]);
        }
        question.prompt = Convert(Join(front, "<br>"));
        question.back =
            back.empty() ? "(the occluded areas of the image)" : Convert(Join(back, "<br>"));
        // The one Summit card carries the history of the note's first card.
        const auto cards = cards_of_note_.find(note.id);
        const int first_ord =
            cards == cards_of_note_.end() || cards->second.empty() ? 0 : cards->second.front()->ord;
        Add(std::move(question), plan, note, {{first_ord, 0}});
    }

    void ConvertTyped(const AnkiNote& note, const TypePlan& plan, const TemplateFields& fields,
                      const std::string& deck) {
        const AnkiTemplate& tmpl = plan.type->templates[0];
        const RenderedTemplate front = RenderAnkiTemplate(tmpl.qfmt, fields);
        const RenderedTemplate back = RenderAnkiTemplate(AnswerPart(tmpl.afmt), fields);
        Question question = NewQuestion(note, "", deck);
        question.prompt = Convert(front.html);
        const std::string answer(
            content::import::Trim(content::HtmlToPlain(fields.at(*front.typed_field))));
        const std::string shown_back = Convert(back.html);
        if (answer.empty()) {
            question.type = QuestionType::kFlashcard;
            question.back = shown_back;
        } else {
            question.type = QuestionType::kTyped;
            question.accepted = {answer};
            if (content::MarkdownToPlain(shown_back) != answer) {
                question.explanation = shown_back;
            }
        }
        Add(std::move(question), plan, note, {{0, 0}});
    }

    void ConvertTemplates(const AnkiNote& note, const TypePlan& plan, const TemplateFields& fields,
                          const std::string& deck) {
        const auto& templates = plan.type->templates;
        for (std::size_t k = 0; k < templates.size(); ++k) {
            const RenderedTemplate front = RenderAnkiTemplate(templates[k].qfmt, fields);
            if (!FieldHasContent(front.html)) {
                continue;  // Anki makes no card from a template whose front is empty
            }
            const RenderedTemplate back = RenderAnkiTemplate(AnswerPart(templates[k].afmt), fields);
            Question question = NewQuestion(note, k == 0 ? "" : ":t" + std::to_string(k), deck);
            question.prompt = Convert(front.html);
            question.back = Convert(back.html);
            if (plan.reading == Reading::kReversible) {
                question.reversible =
                    FieldHasContent(RenderAnkiTemplate(templates[1].qfmt, fields).html);
                Add(std::move(question), plan, note, {{0, 0}, {1, 1}});
                return;
            }
            Add(std::move(question), plan, note, {{static_cast<int>(k), 0}});
        }
    }

    void ConvertFirstField(const AnkiNote& note, const TypePlan& plan, const std::string& deck) {
        Question question = NewQuestion(note, "", deck);
        std::vector<std::string> rest;
        for (std::size_t i = 1; i < note.fields.size(); ++i) {
            if (FieldHasContent(note.fields[i])) {
                rest.push_back(note.fields[i]);
            }
        }
        question.prompt = note.fields.empty() ? "" : Convert(note.fields[0]);
        question.back = Convert(Join(rest, "<br>"));
        Add(std::move(question), plan, note, {{0, 0}});
    }

    void Finish() {
        std::set<std::string> kept;
        for (auto& [name, underway] : banks_) {
            content::Bank& bank = underway.parsed.bank;
            // A note skipped is one none of whose questions is valid: a cloze note whose two
            // deletions are both dropped is one note, not two.
            const std::size_t notes_before = underway.NotesKept().size();
            ErrorList dropped;
            const std::vector<int> lines(bank.questions.size(), 0);
            ErrorList errors = content::import::KeepValidQuestions(bank, lines, name_, dropped);
            const std::size_t notes_kept = errors.empty() ? underway.NotesKept().size() : 0;
            out_.notes_skipped += static_cast<int>(notes_before - notes_kept);
            for (Error& error : dropped) {
                out_.warnings.push_back(std::move(error));
            }
            if (!errors.empty()) {
                for (Error& error : errors) {  // no question of this deck could be imported
                    out_.warnings.push_back(std::move(error));
                }
                continue;
            }
            for (const Question& question : bank.questions) {
                kept.insert(content::QuestionGuid(bank, question));
            }
            out_.banks.push_back(std::move(underway.parsed));
        }
        std::erase_if(out_.cards, [&](const AnkiCardLink& link) {
            return kept.count(link.question_guid) == 0;
        });
        std::erase_if(out_.note_types, [](const NoteTypeTally& tally) { return tally.notes == 0; });
        if (!sounds_.empty()) {
            Warn(
                "sounds are shown as \"sound: NAME\" text; Summit plays no audio and keeps no "
                "sound files");
        }
        for (const std::string& message : warning_order_) {
            const int count = warning_counts_[message];
            out_.warnings.push_back(
                Error{ErrorCode::kValidation,
                      message + (count > 1 ? " (" + std::to_string(count) + " times)" : ""),
                      std::string(name_), 0, 0});
        }
        out_.sounds.assign(sounds_.begin(), sounds_.end());
        out_.images = static_cast<int>(image_hashes_.size());
    }

    const AnkiPackage& package_;
    std::string_view name_;
    std::map<std::string, const std::string*> media_;
    std::map<std::int64_t, std::string> decks_;
    std::map<std::int64_t, std::vector<const AnkiCard*>> cards_of_note_;
    std::map<std::int64_t, TypePlan> plans_;
    std::map<std::int64_t, std::vector<std::string>> type_losses_;
    std::map<std::string, BankUnderway> banks_;
    BankUnderway* bank_ = nullptr;
    bool markup_ = false;
    std::map<std::string, int> warning_counts_;
    std::vector<std::string> warning_order_;
    std::set<std::string> sounds_;
    std::set<std::string> image_hashes_;
    AnkiConversion out_;
};

}  // namespace

std::string HexBytes(std::string_view bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        hex += kHex[c >> 4];
        hex += kHex[c & 15];
    }
    return hex;
}

std::string NoteQuestionId(std::string_view guid) {
    return "g" + HexBytes(guid);
}

std::string AnkiBankId(const AnkiPackage& package, std::string_view top_deck) {
    constexpr std::int64_t kDefaultDeckId = 1;
    for (const AnkiDeck& deck : package.decks) {
        if (deck.name == top_deck && deck.id != kDefaultDeckId) {
            return "anki-d" + std::to_string(deck.id);
        }
    }
    return "anki-c" + std::to_string(package.creation_secs);
}

std::size_t AnkiConversion::QuestionCount() const {
    std::size_t count = 0;
    for (const content::ParsedBank& bank : banks) {
        count += bank.bank.questions.size();
    }
    return count;
}

AnkiConversion ConvertAnkiPackage(const AnkiPackage& package, std::string_view package_name) {
    return Converter(package, package_name).Run();
}

}  // namespace summit::storage::anki
