// Writing Anki's "Notes in Plain Text" with the header lines Anki's own export writes, so
// Anki places each note by GUID, note type, deck and tags without asking.
#include <algorithm>

#include "content/formats/anki_text.h"
#include "content/formats/cloze_html.h"
#include "content/formats/delimited.h"
#include "content/model/cloze.h"
#include "content/richtext/markdown.h"
#include "content/richtext/markdown_html.h"

namespace summit::content {
namespace {

constexpr char kSeparator = '\t';

// The columns, as Anki's export orders them: GUID, note type and deck, the fields, the tags.
constexpr const char* kHeader =
    "#separator:tab\n"
    "#html:true\n"
    "#guid column:1\n"
    "#notetype column:2\n"
    "#deck column:3\n"
    "#tags column:6\n";

class AnkiWriter {
  public:
    explicit AnkiWriter(const Bank& bank) : bank_deck_(DeckName(bank)) {}

    void Write(const Question& q);
    ExportedText Take() { return {kHeader + std::move(out_), std::move(warnings_)}; }

  private:
    void Warn(const Question& q, const std::string& message) {
        warnings_.push_back(
            Error{ErrorCode::kValidation, "question \"" + q.id + "\": " + message, {}, 0, 0});
    }
    // A text of `q` as an HTML field; images keep their alt text (a text file has no media).
    std::string Html(const Question& q, std::string_view text);
    std::string Cloze(const Question& q, const ClozeText& cloze);
    void Note(const Question& q, const char* notetype, const std::string& first,
              const std::string& second);

    std::string bank_deck_;
    std::string out_;
    ErrorList warnings_;
};

std::string AnkiWriter::Html(const Question& q, std::string_view text) {
    if (q.text_format == TextFormat::kPlain) {
        return PlainToHtml(text);
    }
    if (!MediaHashes(text).empty()) {
        Warn(q, "images are written as their alt text: a text file carries no media");
    }
    return MarkdownToHtml(text);
}

// Every gap as c1, so Anki asks them on one card as Summit does; a gap's first answer is the
// one Anki shows.
std::string AnkiWriter::Cloze(const Question& q, const ClozeText& cloze) {
    bool lost = !q.gaps.empty();
    std::string html = ClozeAsHtml(
        cloze,
        [&](std::string_view marked) {
            return q.text_format == TextFormat::kPlain ? PlainToHtml(marked)
                                                       : MarkdownToHtml(marked);
        },
        [&](const ClozeGap& gap, std::size_t) {
            lost = lost || gap.answers.size() > 1 || !gap.choices.empty();
            const std::string& answer = gap.answers.front();
            return "{{c1::" +
                   EscapeHtml(q.text_format == TextFormat::kPlain ? answer
                                                                  : MarkdownToPlain(answer)) +
                   "}}";
        });
    if (lost) {
        Warn(q,
             "Anki's cloze takes one answer per gap: other variants, options and gap details "
             "(kinds, weights, credits, feedback, tolerances) are lost");
    }
    return html;
}

void AnkiWriter::Note(const Question& q, const char* notetype, const std::string& first,
                      const std::string& second) {
    std::string tags;
    bool spaced = false;
    for (std::string tag : q.tags) {
        // Anki separates tags by spaces.
        spaced = spaced || tag.find(' ') != std::string::npos;
        std::ranges::replace(tag, ' ', '_');
        tags += (tags.empty() ? "" : " ") + tag;
    }
    if (spaced) {
        Warn(q, "spaces in tags are written as \"_\": Anki separates tags by spaces");
    }
    const std::string deck = q.deck.empty() ? bank_deck_ : bank_deck_ + "::" + q.deck;
    for (const std::string& field : {q.id, std::string(notetype), deck, first, second}) {
        AppendField(out_, field, kSeparator);
        out_ += kSeparator;
    }
    AppendField(out_, tags, kSeparator);
    out_ += '\n';
}

void AnkiWriter::Write(const Question& q) {
    if (q.type != QuestionType::kFlashcard && q.type != QuestionType::kCloze &&
        !(q.type == QuestionType::kTyped && q.answers.empty())) {
        Warn(q, std::string(QuestionTypeName(q.type)) +
                    " questions have no Anki note type that grades them; left out");
        return;
    }
    if (!q.topic.empty() || q.difficulty != 0 || q.source || !q.note.empty()) {
        Warn(q, "topic, difficulty, source and note are not written");
    }
    if (q.type == QuestionType::kCloze) {
        const Result<ClozeText> cloze = ParseCloze(q.prompt);
        if (!cloze) {
            Warn(q, "its cloze prompt does not parse (" + cloze.error().message + "); left out");
            return;
        }
        // Cloze's second field, Back Extra, is shown after answering: the explanation.
        Note(q, "Cloze", Cloze(q, *cloze), Html(q, q.explanation));
        return;
    }
    if (!q.explanation.empty()) {
        Warn(q, "the explanation is lost: Anki's Basic notes have a front and a back only");
    }
    if (q.type == QuestionType::kTyped) {
        if (q.accepted.size() > 1) {
            Warn(q, "Anki checks one typed answer: the others accepted are lost");
        }
        Note(q, "Basic (type in the answer)", Html(q, q.prompt),
             Html(q, JoinList({q.accepted.front()}, '|')));
        return;
    }
    Note(q, q.reversible ? "Basic (and reversed card)" : "Basic", Html(q, q.prompt),
         Html(q, q.back));
}

}  // namespace

ExportedText WriteAnkiText(const Bank& bank) {
    AnkiWriter writer(bank);
    for (const Question& question : bank.questions) {
        writer.Write(question);
    }
    return writer.Take();
}

}  // namespace summit::content
