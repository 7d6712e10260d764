// Writing Moodle XML that Moodle's importer and ParseMoodleXml read back: each Summit type as
// its Moodle question type, Markdown texts as HTML with their images embedded, sub-decks as
// categories.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

#include "content/formats/cloze_html.h"
#include "content/formats/import_support.h"
#include "content/formats/moodle_cloze.h"
#include "content/formats/moodle_xml.h"
#include "content/formats/moodle_xml_out.h"
#include "content/model/cloze.h"
#include "content/richtext/image_type.h"
#include "content/richtext/markdown.h"
#include "content/richtext/markdown_html.h"

namespace summit::content {
namespace {

using moodle::XmlOut;

// Moodle's grade values in percent, as its importer accepts them (the reader's list).
constexpr std::array<std::string_view, 21> kGrades = {
    "100",      "90",       "83.33333", "80",       "75", "70", "66.66667",
    "60",       "50",       "40",       "33.33333", "30", "25", "20",
    "16.66667", "14.28571", "12.5",     "11.11111", "10", "5",  "0"};

// A credit (-1..1) as the nearest of Moodle's grades, and whether that changed it.
struct Fraction {
    std::string percent;
    bool changed = false;
};

Fraction NearestGrade(double credit) {
    const double percent = std::abs(credit) * 100;
    std::string_view best = kGrades.back();
    double best_distance = percent;
    for (const std::string_view grade : kGrades) {
        const double distance = std::abs(*import::ReadNumber(grade) - percent);
        if (distance < best_distance) {
            best = grade;
            best_distance = distance;
        }
    }
    return {(credit < 0 && best != "0" ? "-" : "") + std::string(best), best_distance > 1e-3};
}

// Moodle's escapes inside an embedded answer: a backslash before } # ~ / " and itself.
std::string EscapeEmbedded(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '}' || c == '#' || c == '~' || c == '/' || c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

// An image to embed: its file name, or empty when it cannot be written.
struct Image {
    std::string name;
    std::string bytes;
};

class MoodleWriter {
  public:
    explicit MoodleWriter(const MediaBytes& media) : media_(media) { out_.Start("quiz"); }

    void Write(const Question& q);
    ExportedText Finish() {
        out_.End();
        return {out_.Finish(), std::move(warnings_)};
    }

  private:
    void Warn(const Question& q, const std::string& message) {
        warnings_.push_back(
            Error{ErrorCode::kValidation, "question \"" + q.id + "\": " + message, {}, 0, 0});
    }
    // The format attribute, <text> and <file> children of a text holder already started.
    void Body(const Question& q, const std::string& text);
    // A text Moodle reads as plain whatever the question's format (short answers, numbers,
    // matching answers).
    void PlainBody(const Question& q, const std::string& text);
    void Holder(const char* element, const Question& q, const std::string& text);
    // A <file> for each image of the text just written.
    void Files();
    void Feedback(const Question& q, const std::string& text) { Holder("feedback", q, text); }
    void Answer(const std::string& fraction, const Question& q, const std::string& text,
                const std::string& feedback, bool plain);
    std::string Html(const Question& q, const std::string& markdown);
    const Image& ImageOf(const Question& q, std::string_view hash);
    // The question's start through <idnumber>; `cloze_html` is the prompt of a cloze.
    void Start(const Question& q, const char* type,
               const std::optional<std::string>& cloze_html = std::nullopt);
    void Category(const std::string& deck);
    void Note(const Question& q);
    void MultipleChoice(const Question& q);
    void ShortAnswer(const Question& q);
    void Numerical(const Question& q);
    // The cloze prompt as HTML with embedded answers (its images in files_), or nullopt with
    // a warning when the prompt does not parse.
    std::optional<std::string> ClozeHtml(const Question& q);

    const MediaBytes& media_;
    XmlOut out_;
    ErrorList warnings_;
    std::string deck_;
    std::map<std::string, Image, std::less<>> images_;  // by hash, each looked up once
    std::vector<const Image*> files_;                   // of the text being written
};

const Image& MoodleWriter::ImageOf(const Question& q, std::string_view hash) {
    if (auto found = images_.find(hash); found != images_.end()) {
        return found->second;
    }
    Image image;
    std::optional<std::string> bytes = media_ ? media_(hash) : std::nullopt;
    const auto type = bytes ? CheckImageBytes(*bytes) : Result<ImageType>();
    if (!bytes || !type) {
        Warn(q,
             "image " + std::string(hash) + " is not in the collection: its alt text is written");
    } else {
        const std::string mime = ImageMimeType(*type);
        image.name = std::string(hash) + "." + mime.substr(mime.find('/') + 1);
        image.bytes = std::move(*bytes);
    }
    return images_.emplace(std::string(hash), std::move(image)).first->second;
}

std::string MoodleWriter::Html(const Question& q, const std::string& markdown) {
    return MarkdownToHtml(markdown, [&](std::string_view hash) -> std::string {
        const Image& image = ImageOf(q, hash);
        if (image.name.empty()) {
            return "";
        }
        if (std::ranges::find(files_, &image) == files_.end()) {
            files_.push_back(&image);
        }
        return "@@PLUGINFILE@@/" + image.name;
    });
}

void MoodleWriter::Body(const Question& q, const std::string& text) {
    files_.clear();
    if (q.text_format == TextFormat::kPlain) {
        PlainBody(q, text);
        return;
    }
    const std::string html = Html(q, text);
    out_.Attribute("format", "html");
    out_.Start("text");
    out_.Html(html);
    out_.End();
    Files();
}

void MoodleWriter::Files() {
    for (const Image* image : files_) {
        out_.Start("file");
        out_.Attribute("name", image->name);
        out_.Attribute("path", "/");
        out_.Attribute("encoding", "base64");
        out_.Base64(image->bytes);
        out_.End();
    }
}

void MoodleWriter::PlainBody(const Question& q, const std::string& text) {
    out_.Attribute("format", "plain_text");
    out_.Element("text", q.text_format == TextFormat::kPlain ? text : MarkdownToPlain(text));
}

void MoodleWriter::Holder(const char* element, const Question& q, const std::string& text) {
    out_.Start(element);
    Body(q, text);
    out_.End();
}

void MoodleWriter::Answer(const std::string& fraction, const Question& q, const std::string& text,
                          const std::string& feedback, bool plain) {
    out_.Start("answer");
    out_.Attribute("fraction", fraction);
    if (plain) {
        PlainBody(q, text);
    } else {
        Body(q, text);
    }
    Feedback(q, feedback);
    out_.End();
}

void MoodleWriter::Category(const std::string& deck) {
    out_.Start("question");
    out_.Attribute("type", "category");
    out_.Start("category");
    out_.Element("text", import::CategoryOfDeck(deck));
    out_.End();
    out_.End();
}

// A note is read before its question: Moodle's description item, placed just before it.
void MoodleWriter::Note(const Question& q) {
    out_.Start("question");
    out_.Attribute("type", "description");
    out_.Start("name");
    out_.Element("text", q.id + " (note)");
    out_.End();
    out_.Start("questiontext");
    out_.Attribute("format", "plain_text");
    out_.Element("text", q.note);
    out_.End();
    out_.End();
}

void MoodleWriter::Start(const Question& q, const char* type,
                         const std::optional<std::string>& cloze_html) {
    out_.Start("question");
    out_.Attribute("type", type);
    out_.Start("name");
    out_.Element("text", q.id);
    out_.End();
    out_.Start("questiontext");
    if (!cloze_html) {
        Body(q, q.prompt);
    } else {
        out_.Attribute("format", "html");
        out_.Start("text");
        out_.Html(*cloze_html);
        out_.End();
        Files();
    }
    out_.End();
    Holder("generalfeedback", q, q.explanation);
    out_.Element("defaultgrade", "1");
    out_.Element("penalty", "0.3333333");
    out_.Element("hidden", "0");
    out_.Element("idnumber", q.id);
}

void MoodleWriter::MultipleChoice(const Question& q) {
    const bool credited =
        std::ranges::any_of(q.choices, [](const Choice& c) { return c.credit.has_value(); });
    const auto correct =
        std::ranges::count_if(q.choices, [](const Choice& c) { return c.correct; });
    // Moodle's single-answer question: only a 100% answer is right.
    const bool single = import::MoodleSingleAnswer(q);
    if (!credited && !single) {
        Warn(q,
             "several correct choices are written with equal fractions, a wrong pick taking "
             "off as much as a right one gives");
    }
    out_.Element("single", single ? "true" : "false");
    out_.Element("shuffleanswers", q.fixed_order ? "false" : "true");
    out_.Element("answernumbering", "abc");
    bool changed = false;
    for (const Choice& choice : q.choices) {
        const double share = 1.0 / static_cast<double>(std::max<std::ptrdiff_t>(correct, 1));
        const double credit = choice.credit.value_or(single ? (choice.correct ? 1.0 : 0.0)
                                                            : (choice.correct ? share : -share));
        const Fraction fraction = NearestGrade(credit);
        changed = changed || fraction.changed;
        Answer(fraction.percent, q, choice.text, choice.feedback, false);
    }
    if (changed) {
        Warn(q, "a credit that is not one of Moodle's grades is written as the nearest one");
    }
}

void MoodleWriter::ShortAnswer(const Question& q) {
    out_.Element("usecase", "0");
    for (const std::string& accepted : q.accepted) {
        Answer("100", q, accepted, "", true);
    }
    bool changed = false;
    for (const TextAnswer& answer : q.answers) {
        const Fraction fraction = NearestGrade(answer.credit);
        changed = changed || fraction.changed;
        Answer(fraction.percent, q, answer.text, answer.feedback, true);
    }
    if (changed) {
        Warn(q, "a credit that is not one of Moodle's grades is written as the nearest one");
    }
}

void MoodleWriter::Numerical(const Question& q) {
    bool changed = false;
    for (const NumericAnswer& number : q.numbers) {
        const Fraction fraction = NearestGrade(number.credit);
        changed = changed || fraction.changed;
        out_.Start("answer");
        out_.Attribute("fraction", fraction.percent);
        out_.Attribute("format", "moodle_auto_format");
        out_.Element(
            "text", number.any_other ? std::string(kAnyOtherAnswer) : import::Number(number.value));
        Feedback(q, number.feedback);
        out_.Element("tolerance", number.any_other ? "0" : import::Number(number.tolerance));
        out_.End();
    }
    if (changed) {
        Warn(q, "a credit that is not one of Moodle's grades is written as the nearest one");
    }
    if (q.unit.empty()) {
        return;
    }
    // The unit may be given or left out and is never graded, as Summit accepts it.
    out_.Start("units");
    out_.Start("unit");
    out_.Element("multiplier", "1");
    out_.Element("unit_name", q.unit);
    out_.End();
    out_.End();
    out_.Element("unitgradingtype", "0");
    out_.Element("unitpenalty", "0.1000000");
    out_.Element("showunits", "0");
    out_.Element("unitsleft", "0");
}

// Each gap as an embedded sub-question (moodle::EmbeddedGapText). The text around the gaps
// is HTML, so a plain question's text is escaped into it.
std::optional<std::string> MoodleWriter::ClozeHtml(const Question& q) {
    const Result<ResolvedCloze> gaps = ResolveCloze(q);
    const Result<ClozeText> cloze = ParseCloze(q.prompt);
    if (!gaps || !cloze) {
        Warn(q, "its cloze prompt does not parse (" +
                    (gaps ? cloze.error() : gaps.error()).message + "); left out");
        return std::nullopt;
    }
    files_.clear();
    auto plain = [&](const std::string& text) {
        return EscapeHtml(
            EscapeEmbedded(q.text_format == TextFormat::kMarkdown ? MarkdownToPlain(text) : text));
    };
    bool rounded = false;
    std::string html = ClozeAsHtml(
        *cloze,
        [&](std::string_view marked) {
            return Html(q, q.text_format == TextFormat::kMarkdown ? std::string(marked)
                                                                  : EscapeMarkdown(marked));
        },
        [&](const ClozeGap&, std::size_t i) {
            return moodle::EmbeddedGapText(gaps->gaps[i], plain, rounded);
        });
    if (rounded) {
        Warn(q,
             "a gap weight that is not a whole number is written rounded (Moodle's weights "
             "are whole numbers)");
    }
    return html;
}

void MoodleWriter::Write(const Question& q) {
    if (q.type == QuestionType::kOrdering) {
        Warn(q, "Moodle's standard question types have no ordering question; left out");
        return;
    }
    std::optional<std::string> cloze_html;
    if (q.type == QuestionType::kCloze && !(cloze_html = ClozeHtml(q))) {
        return;
    }
    if (q.deck != deck_) {
        Category(q.deck);
        deck_ = q.deck;
    }
    if (!q.note.empty()) {
        Note(q);
    }
    switch (q.type) {
        case QuestionType::kFlashcard:
            Warn(q,
                 "a flashcard is written as an essay, graded by hand in Moodle, its back as "
                 "the information for graders" +
                     std::string(q.reversible ? "; the reverse card is lost" : ""));
            Start(q, "essay");
            out_.Element("responseformat", "editor");
            out_.Element("responserequired", "1");
            out_.Element("responsefieldlines", "10");
            out_.Element("attachments", "0");
            out_.Element("attachmentsrequired", "0");
            Holder("graderinfo", q, q.back);
            break;
        case QuestionType::kMultipleChoice:
            Start(q, "multichoice");
            MultipleChoice(q);
            break;
        case QuestionType::kTrueFalse:
            Start(q, "truefalse");
            Answer(q.answer ? "100" : "0", q, "true", "", true);
            Answer(q.answer ? "0" : "100", q, "false", "", true);
            break;
        case QuestionType::kTyped:
            Start(q, "shortanswer");
            ShortAnswer(q);
            break;
        case QuestionType::kNumerical:
            Start(q, "numerical");
            Numerical(q);
            break;
        case QuestionType::kMatching:
            Start(q, "matching");
            out_.Element("shuffleanswers", "true");
            for (const MatchPair& pair : q.pairs) {
                out_.Start("subquestion");
                Body(q, pair.left);
                out_.Start("answer");
                out_.Element("text", q.text_format == TextFormat::kPlain
                                         ? pair.right
                                         : MarkdownToPlain(pair.right));
                out_.End();
                out_.End();
            }
            break;
        case QuestionType::kCloze:
            Start(q, "cloze", cloze_html);
            break;
        case QuestionType::kOrdering:
            return;
    }
    if (!q.tags.empty()) {
        out_.Start("tags");
        for (const std::string& tag : q.tags) {
            out_.Start("tag");
            out_.Element("text", tag);
            out_.End();
        }
        out_.End();
    }
    out_.End();
    if (!q.topic.empty() || q.difficulty != 0 || q.source) {
        Warn(q, "topic, difficulty and source are not written: Moodle questions have none");
    }
}

}  // namespace

ExportedText WriteMoodleXml(const Bank& bank, const MediaBytes& media) {
    MoodleWriter writer(media);
    for (const Question& question : bank.questions) {
        writer.Write(question);
    }
    return writer.Finish();
}

}  // namespace summit::content
