// Reading Moodle XML: libxml2's reader walks the file (no DTD, no entities from outside, no
// network) and builds the tree of one <question> element at a time, which is read by its type
// attribute as Moodle's importer reads it; a large file is never held as one tree.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "content/formats/import_support.h"
#include "content/formats/moodle_cloze.h"
#include "content/formats/moodle_xml.h"
#include "content/formats/moodle_xml_text.h"
#include "content/model/cloze.h"
#include "content/model/cloze_gaps.h"
#include "content/richtext/cloze_variants.h"
#include "content/richtext/markdown.h"
#include "content/richtext/question_texts.h"

namespace summit::content {
namespace {

using import::Trim;
using moodle::Attribute;
using moodle::Child;
using moodle::Children;
using moodle::Content;
using moodle::Line;
using moodle::Named;
using moodle::TextChild;
using moodle::Texts;

// Moodle's grade values, in percent (question/format.php's grade options): a fraction that
// is none of them is refused, as Moodle's importer refuses it.
bool AllowedGrade(double percent) {
    static constexpr double kGrades[] = {100,      90,       83.33333, 80,       75, 70, 66.66667,
                                         60,       50,       40,       33.33333, 30, 25, 20,
                                         16.66667, 14.28571, 12.5,     11.11111, 10, 5,  0};
    for (double grade : kGrades) {
        if (std::abs(std::abs(percent) - grade) < 1e-3) {
            return true;
        }
    }
    return false;
}

// Where a cloze's one gap stood, once the question is no cloze.
constexpr std::string_view kBlank = "_____";

// A number as a person writes it: 2, 0.5.
std::string Shown(double number) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", number);
    return buffer;
}

// Why a question is left out, if it is.
using Problem = std::optional<std::string>;

struct Answer {
    const xmlNode* node;
    double fraction;  // -1..1
};

class MoodleXmlReader {
  public:
    explicit MoodleXmlReader(std::string_view file) : file_(file) {}

    void Read(const xmlNode* question);
    std::expected<ParsedBank, ErrorList> Finish();

  private:
    void Warn(const xmlNode* node, std::string message) {
        warnings_.push_back(import::At(file_, Line(node), 1, std::move(message)));
    }
    std::vector<Answer> Answers(const xmlNode* question);
    void Category(const xmlNode* question);
    Problem MultipleChoice(const xmlNode* node, Question& q, Texts& texts);
    Problem TrueFalse(const xmlNode* node, Question& q, Texts& texts);
    Problem ShortAnswer(const xmlNode* node, Question& q, Texts& texts);
    Problem Numerical(const xmlNode* node, Question& q, Texts& texts);
    Problem Matching(const xmlNode* node, Question& q, Texts& texts);
    Problem Cloze(const xmlNode* node, Question& q, Texts& texts);
    Problem OneGapQuestion(const moodle::EmbeddedGap& gap, Question& q, Texts& texts);
    void CombinedFeedback(const xmlNode* node, Question& q, Texts& texts);
    void Marks(const xmlNode* node);
    std::string IdFor(const xmlNode* question, const Question& q);
    void PutGaps(Question& q);
    void KeepImages(const Question& q, const Texts& texts);

    std::string file_;
    Bank bank_;
    std::vector<int> lines_;
    ErrorList warnings_;
    ErrorList errors_;
    std::string deck_;
    std::string note_;
    int note_line_ = 0;
    import::UniqueIds ids_;
    std::vector<std::string> gaps_;              // of the cloze question being read
    std::map<std::string, std::string> images_;  // by hash
    bool warned_penalty_ = false;
    bool warned_grade_ = false;
    std::optional<double> first_grade_;
};

// Moodle's feedback for a correct, partially correct and incorrect answer: Summit shows one
// explanation to everyone, so each is added to it saying when it applies. Moodle's default
// sentences ("Your answer is correct.") say what Summit's result already says: left out.
void MoodleXmlReader::CombinedFeedback(const xmlNode* node, Question& q, Texts& texts) {
    struct Kind {
        const char* element;
        const char* when;
        const char* standard;
    };
    static constexpr Kind kKinds[] = {
        {"correctfeedback", "If your answer is correct", "Your answer is correct."},
        {"partiallycorrectfeedback", "If your answer is partially correct",
         "Your answer is partially correct."},
        {"incorrectfeedback", "If your answer is incorrect", "Your answer is incorrect."},
    };
    std::string said;
    for (const Kind& kind : kKinds) {
        const std::string text = texts.Of(Child(node, kind.element));
        if (text.empty() || MarkdownToPlain(text) == kind.standard) {
            continue;
        }
        said += (said.empty() ? "" : "\n\n") + std::string(kind.when) + ": " + text;
    }
    if (!said.empty()) {
        q.explanation += (q.explanation.empty() ? "" : "\n\n") + said;
        texts.Lose(
            "the feedback for a correct, partially correct or incorrect answer is shown "
            "to everyone, in the explanation");
    }
}

// A question's marks (defaultgrade) weigh it in a Moodle quiz and its penalty is what each
// further try costs. Summit counts every question the same and grades the first answer, so
// each is reported, once per file, where it would have mattered.
void MoodleXmlReader::Marks(const xmlNode* node) {
    const auto penalty = import::ReadNumber(Trim(Content(Child(node, "penalty"))));
    if (!warned_penalty_ && penalty && *penalty > 0) {
        warned_penalty_ = true;
        Warn(node, "penalty " + Shown(*penalty) +
                       " (the share of the marks lost for each further try) is not kept: Summit "
                       "grades the first answer (warned once)");
    }
    const auto grade = import::ReadNumber(Trim(Content(Child(node, "defaultgrade"))));
    if (!grade) {
        return;
    }
    if (!first_grade_) {
        first_grade_ = *grade;
    } else if (!warned_grade_ && *grade != *first_grade_) {
        warned_grade_ = true;
        Warn(node, "defaultgrade " + Shown(*grade) + " differs from " + Shown(*first_grade_) +
                       ": the questions' marks are not kept, Summit counts every question the "
                       "same (warned once)");
    }
}

void MoodleXmlReader::KeepImages(const Question& q, const Texts& texts) {
    for (const std::string& hash : QuestionMediaHashes(q)) {
        if (const auto bytes = texts.images().find(hash); bytes != texts.images().end()) {
            images_.emplace(hash, bytes->second);
        }
    }
}

// A gap's variants escaped for a Markdown prompt, its "{{", "|", "~" and "}}" kept as syntax.
std::string MarkdownGap(std::string_view gap) {
    if (!gap.starts_with("{{") || !gap.ends_with("}}")) {
        return std::string(gap);
    }
    return "{{" +
           RewriteGapVariants(gap.substr(2, gap.size() - 4),
                              [](std::string_view variant) { return EscapeMarkdown(variant); }) +
           "}}";
}

void MoodleXmlReader::PutGaps(Question& q) {
    const bool markdown = q.text_format == TextFormat::kMarkdown;
    for (std::size_t i = gaps_.size(); i-- > 0;) {
        const std::string mark = "SUMMITGAP" + std::to_string(i) + "Z";
        if (const std::size_t found = q.prompt.find(mark); found != std::string::npos) {
            q.prompt.replace(found, mark.size(), markdown ? MarkdownGap(gaps_[i]) : gaps_[i]);
        }
    }
    gaps_.clear();
}

std::vector<Answer> MoodleXmlReader::Answers(const xmlNode* question) {
    std::vector<Answer> answers;
    for (const xmlNode* answer : Children(question, "answer")) {
        const std::string written = Attribute(answer, "fraction");
        const auto percent = import::ReadNumber(written.empty() ? "0" : written);
        if (!percent || !AllowedGrade(*percent)) {
            errors_.push_back(import::At(file_, Line(answer), 1,
                                         "answer fraction \"" + written +
                                             "\" is not one of Moodle's grade values (100, 90, "
                                             "83.33333, 80, 75, ... 5, 0 and their negatives)"));
            continue;
        }
        answers.push_back({answer, *percent / 100});
    }
    return answers;
}

void MoodleXmlReader::Category(const xmlNode* question) {
    deck_ = import::DeckOfCategory(TextChild(question, "category"));
    const std::string info = TextChild(question, "info");
    const std::string idnumber(Trim(Content(Child(question, "idnumber"))));
    if (!info.empty() || !idnumber.empty()) {
        Warn(question, "the description and idnumber of category \"" + deck_ +
                           "\" are not kept: Summit decks have neither" +
                           (idnumber.empty() ? "" : " (idnumber \"" + idnumber + "\")"));
    }
}

Problem MoodleXmlReader::MultipleChoice(const xmlNode* node, Question& q, Texts& texts) {
    q.type = QuestionType::kMultipleChoice;
    const bool single = Trim(Content(Child(node, "single"))) != "false";
    bool weighted = !single;
    for (const Answer& answer : Answers(node)) {
        Choice& choice = q.choices.emplace_back();
        choice.text = texts.Of(answer.node);
        choice.feedback = texts.Of(Child(answer.node, "feedback"));
        choice.correct = single ? answer.fraction >= 1 - 1e-9 : answer.fraction > 0;
        choice.credit = answer.fraction;
        weighted = weighted || (answer.fraction != 0 && !choice.correct);
    }
    if (!weighted) {
        for (Choice& choice : q.choices) {
            choice.credit.reset();
        }
    }
    q.fixed_order = Trim(Content(Child(node, "shuffleanswers"))) == "false" ||
                    Trim(Content(Child(node, "shuffleanswers"))) == "0";
    if (q.choices.size() < 2) {
        return "a multiple-choice question needs at least 2 answers";
    }
    return std::nullopt;
}

Problem MoodleXmlReader::TrueFalse(const xmlNode* node, Question& q, Texts& texts) {
    q.type = QuestionType::kTrueFalse;
    std::optional<bool> answer;
    std::string feedback;
    for (const Answer& given : Answers(node)) {
        const bool is_true = Trim(Content(Child(given.node, "text"))) == "true";
        if (given.fraction >= 1 - 1e-9) {
            answer = is_true;
        }
        if (const std::string said = texts.Of(Child(given.node, "feedback")); !said.empty()) {
            // Summit shows one explanation to everyone: each feedback says which answer it is for.
            feedback += (feedback.empty() ? "" : "\n\n") + std::string("Answering ") +
                        (is_true ? "True" : "False") + ": " + said;
        }
    }
    if (!answer) {
        return "a true/false question needs a \"true\" or \"false\" answer worth 100%";
    }
    q.answer = *answer;
    if (!feedback.empty()) {
        q.explanation = feedback + (q.explanation.empty() ? "" : "\n\n" + q.explanation);
        texts.Lose("the true/false feedback for each answer is shown in the explanation");
    }
    return std::nullopt;
}

Problem MoodleXmlReader::ShortAnswer(const xmlNode* node, Question& q, Texts& texts) {
    q.type = QuestionType::kTyped;
    if (Trim(Content(Child(node, "usecase"))) == "1") {
        texts.Lose("case-sensitive matching (usecase 1) is not kept: Summit ignores case");
    }
    for (const Answer& given : Answers(node)) {
        if (given.fraction < 0) {
            return "a short answer may not have a negative fraction";
        }
        TextAnswer& answer = q.answers.emplace_back();
        answer.text = texts.Of(given.node);
        answer.credit = given.fraction;
        answer.feedback = texts.Of(Child(given.node, "feedback"));
    }
    return import::SettleShortAnswers(q);
}

Problem MoodleXmlReader::Numerical(const xmlNode* node, Question& q, Texts& texts) {
    q.type = QuestionType::kNumerical;
    for (const Answer& given : Answers(node)) {
        if (given.fraction < 0) {
            return "a numerical answer may not have a negative fraction";
        }
        NumericAnswer& number = q.numbers.emplace_back();
        number.credit = given.fraction;
        number.feedback = texts.Of(Child(given.node, "feedback"));
        const std::string value(Trim(Content(Child(given.node, "text"))));
        if (value == kAnyOtherAnswer) {
            number.any_other = true;
            continue;
        }
        const std::string tolerance(Trim(Content(Child(given.node, "tolerance"))));
        const auto read = import::ReadNumber(value);
        const auto margin = tolerance.empty() ? 0.0 : import::ReadNumber(tolerance);
        if (!read || !margin) {
            return "numerical answer \"" + value + "\" (tolerance \"" + tolerance +
                   "\") is not a number";
        }
        number.value = *read;
        number.tolerance = std::abs(*margin);
    }
    if (q.numbers.empty()) {
        return "a numerical question needs an answer";
    }
    for (const xmlNode* unit : Children(Child(node, "units"), "unit")) {
        const std::string name(Trim(Content(Child(unit, "unit_name"))));
        const auto multiplier = import::ReadNumber(Content(Child(unit, "multiplier")));
        if (q.unit.empty() && multiplier && *multiplier == 1) {
            q.unit = name;
        } else {
            texts.Lose("unit \"" + name + "\" is not kept: Summit takes one unit, of multiplier 1");
        }
    }
    return std::nullopt;
}

Problem MoodleXmlReader::Matching(const xmlNode* node, Question& q, Texts& texts) {
    q.type = QuestionType::kMatching;
    for (const xmlNode* sub : Children(node, "subquestion")) {
        MatchPair pair{texts.Of(sub), texts.Plain(Child(sub, "answer"))};
        if (pair.left.empty()) {
            texts.Lose("extra matching answer \"" + pair.right +
                       "\" (a distractor with no question) is left out: Summit's matching has "
                       "none");
            continue;
        }
        q.pairs.push_back(std::move(pair));
    }
    if (q.pairs.size() < 2) {
        return "a matching question needs at least 2 pairs";
    }
    return std::nullopt;
}

// Placeholders stand for the gaps until the prompt's text is final (PutGaps), so the gaps'
// markup and escapes never reach the HTML converter nor the Markdown-to-plain step.
Problem MoodleXmlReader::Cloze(const xmlNode* node, Question& q, Texts& texts) {
    q.type = QuestionType::kCloze;
    const xmlNode* holder = Child(node, "questiontext");
    const std::string html = Content(Child(holder, "text"));
    const std::vector<moodle::EmbeddedGap> gaps = moodle::FindEmbeddedGaps(html);
    if (gaps.empty()) {
        return "a cloze question needs at least one {N:TYPE:answers} sub-question";
    }
    const bool one_gap_question = gaps.size() == 1 && (gaps[0].kind == moodle::SubType::kNumber ||
                                                       gaps[0].kind == moodle::SubType::kResponses);
    std::string marked;
    std::size_t at = 0;
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        if (!gaps[i].problem.empty() && !one_gap_question) {
            return "cloze gap " + std::to_string(i + 1) + ": " + gaps[i].problem;
        }
        marked += html.substr(at, gaps[i].start - at) + "SUMMITGAP" + std::to_string(i) + "Z";
        at = gaps[i].start + gaps[i].size;
    }
    marked += html.substr(at);
    q.prompt = texts.Convert(holder, marked);
    if (one_gap_question) {
        gaps_.emplace_back(kBlank);  // no Markdown: "_" is text in the subset
        return OneGapQuestion(gaps[0], q, texts);
    }
    for (const moodle::EmbeddedGap& gap : gaps) {
        gaps_.push_back(gap.gap);
    }
    // Texts are Markdown until Texts::Finish, which makes a question without markup plain.
    q.gaps = moodle::GapDetails(gaps);
    for (GapDetail& gap : q.gaps) {
        for (TextAnswer& answer : gap.answers) {
            if (answer.text != kAnyOtherAnswer) {
                answer.text = EscapeMarkdown(answer.text);
            }
            answer.feedback = EscapeMarkdown(answer.feedback);
        }
        for (Choice& choice : gap.choices) {
            choice.text = EscapeMarkdown(choice.text);
            choice.feedback = EscapeMarkdown(choice.feedback);
        }
        for (NumericAnswer& number : gap.numbers) {
            number.feedback = EscapeMarkdown(number.feedback);
        }
    }
    return std::nullopt;
}

// A cloze of one NUMERICAL or MULTIRESPONSE sub-question is read as the question it is, a
// numerical question (keeping tolerances, credits and feedback) or a multiple-choice question
// with several right answers; the gap's place in the text shows as a blank.
Problem MoodleXmlReader::OneGapQuestion(const moodle::EmbeddedGap& gap, Question& q, Texts& texts) {
    if (gap.kind == moodle::SubType::kResponses) {
        q.type = QuestionType::kMultipleChoice;
        for (const moodle::GapAnswer& answer : gap.answers) {
            q.choices.push_back({EscapeMarkdown(answer.text), answer.fraction > 0,
                                 EscapeMarkdown(answer.feedback), answer.fraction});
        }
        if (q.choices.size() < 2) {
            return "a MULTIRESPONSE sub-question needs at least 2 choices";
        }
        texts.Lose(
            "the cloze's only gap, a MULTIRESPONSE sub-question, is read as a "
            "multiple-choice question with several right answers");
        return std::nullopt;
    }
    if (!gap.problem.empty()) {
        return "cloze gap 1: " + gap.problem;
    }
    q.type = QuestionType::kNumerical;
    for (const moodle::GapAnswer& answer : gap.answers) {
        NumericAnswer& number = q.numbers.emplace_back();
        number.credit = std::max(answer.fraction, 0.0);
        number.feedback = EscapeMarkdown(answer.feedback);
        if (answer.text == kAnyOtherAnswer) {
            number.any_other = true;
        } else if (const auto read = moodle::ReadNumberAnswer(answer.text)) {
            number.value = read->value;
            number.tolerance = read->tolerance;
        }
    }
    texts.Lose(
        "the cloze's only gap, a NUMERICAL sub-question, is read as a numerical "
        "question, keeping its tolerances");
    return std::nullopt;
}

std::string MoodleXmlReader::IdFor(const xmlNode* question, const Question& q) {
    std::string id = import::Slug(Trim(Content(Child(question, "idnumber"))));
    if (id.empty()) {
        const std::string name = TextChild(question, "name");
        id = import::Slug(name.empty() ? "" : (q.deck.empty() ? "" : q.deck + "::") + name);
    }
    return ids_.Claim(id.empty() ? import::ContentHashId(q.prompt) : id);
}

void MoodleXmlReader::Read(const xmlNode* node) {
    const std::string type = Attribute(node, "type");
    if (type == "category") {
        Category(node);
        return;
    }
    Texts texts;
    Question q;
    q.deck = deck_;
    if (type != "cloze") {
        q.prompt = texts.Of(Child(node, "questiontext"));
    }
    q.explanation = texts.Of(Child(node, "generalfeedback"));
    for (const xmlNode* tag : Children(Child(node, "tags"), "tag")) {
        if (std::string text = TextChild(tag, "text") + ""; !text.empty()) {
            q.tags.push_back(std::move(text));
        } else if (std::string bare(Trim(Content(tag))); !bare.empty()) {
            q.tags.push_back(std::move(bare));
        }
    }
    Problem problem;
    if (type == "description") {
        // A note is plain text whatever the format of the question it goes with.
        const Question described = texts.Finish(q);
        const std::string note = described.text_format == TextFormat::kMarkdown
                                     ? MarkdownToPlain(described.prompt)
                                     : described.prompt;
        note_ += (note_.empty() ? "" : "\n\n") + note;
        note_line_ = note_line_ == 0 ? Line(node) : note_line_;
        Warn(node, "a description is not a question: its text is shown above the next question");
        return;
    }
    if (type == "essay") {
        q.type = QuestionType::kFlashcard;
        const std::string grader = texts.Of(Child(node, "graderinfo"));
        q.back = !grader.empty()         ? grader
                 : q.explanation.empty() ? EscapeMarkdown(import::kNoModelAnswer)
                                         : q.explanation;
        q.explanation = grader.empty() ? "" : q.explanation;
        Warn(node, "an essay is graded by hand in Moodle: it becomes a self-rated flashcard");
    } else if (type == "multichoice") {
        problem = MultipleChoice(node, q, texts);
    } else if (type == "truefalse") {
        problem = TrueFalse(node, q, texts);
    } else if (type == "shortanswer") {
        problem = ShortAnswer(node, q, texts);
    } else if (type == "numerical") {
        problem = Numerical(node, q, texts);
    } else if (type == "matching") {
        problem = Matching(node, q, texts);
    } else if (type == "cloze" || type == "multianswer") {
        problem = Cloze(node, q, texts);
    } else {
        problem = "question type \"" + type + "\" has no Summit equivalent";
    }
    if (problem) {
        gaps_.clear();
        Warn(node, *problem + "; the question is left out");
        return;
    }
    CombinedFeedback(node, q, texts);
    Marks(node);
    for (const xmlNode* hint : Children(node, "hint")) {
        if (!Trim(Content(Child(hint, "text"))).empty()) {
            texts.Lose("hints are not kept: Summit shows none before answering");
            break;
        }
    }
    for (const moodle::Loss& loss : texts.losses()) {
        warnings_.push_back(
            import::At(file_, loss.line > 0 ? loss.line : Line(node), 1, loss.message));
    }
    q.note = std::move(note_);
    note_.clear();
    note_line_ = 0;
    q = texts.Finish(std::move(q));
    KeepImages(q, texts);
    PutGaps(q);
    // The gaps' details must fit their markers; texts no marker can hold alike are refused.
    if (q.type == QuestionType::kCloze) {
        if (const auto resolved = ResolveCloze(q); !resolved) {
            Warn(node, "cloze: " + resolved.error().message + "; the question is left out");
            return;
        }
    }
    q.id = IdFor(node, q);
    bank_.questions.push_back(std::move(q));
    lines_.push_back(Line(node));
}

std::expected<ParsedBank, ErrorList> MoodleXmlReader::Finish() {
    if (!errors_.empty()) {
        return std::unexpected(std::move(errors_));
    }
    if (!note_.empty()) {
        warnings_.push_back(import::At(file_, note_line_, 1,
                                       "a description with no question after it is left out"));
    }
    auto parsed =
        import::FinishBank(std::move(bank_), lines_, file_, "moodle", std::move(warnings_));
    if (parsed) {
        // Only the images a kept question shows go with the bank: a question left out (here
        // or by validation) or made plain shows none.
        std::set<std::string> kept;
        for (const Question& q : parsed->bank.questions) {
            for (const std::string& hash : QuestionMediaHashes(q)) {
                if (const auto bytes = images_.find(hash);
                    bytes != images_.end() && kept.insert(hash).second) {
                    parsed->images.push_back(bytes->second);
                }
            }
        }
    }
    return parsed;
}

// libxml2 goes on after the first error, and its last one is often only "premature end of
// data": the first is the one to show.
struct FirstError {
    bool set = false;
    int line = 0;
    int column = 0;
    std::string message;
};

void KeepFirstError(void* data, xmlErrorPtr error) {
    auto* first = static_cast<FirstError*>(data);
    if (!first->set && error && error->level >= XML_ERR_ERROR) {
        const std::string what(Trim(error->message ? error->message : "not well-formed"));
        const bool encoding = error->domain == XML_FROM_I18N || error->domain == XML_FROM_IO;
        *first = {
            true, error->line, error->int2,
            (encoding ? "the bytes do not match the declared encoding: " : "XML syntax error: ") +
                what};
    }
}

// libxml2 reports a failed conversion from the declared encoding through the thread's global
// handler, not the reader's, and by default prints it on stderr: for the parse's duration the
// global handler keeps the first error too, so it becomes the file's error at its line.
class GlobalErrorsTo {
  public:
    explicit GlobalErrorsTo(FirstError* first)
        : previous_(xmlStructuredError), previous_context_(xmlStructuredErrorContext) {
        xmlSetStructuredErrorFunc(first, KeepFirstError);
    }
    ~GlobalErrorsTo() { xmlSetStructuredErrorFunc(previous_context_, previous_); }
    GlobalErrorsTo(const GlobalErrorsTo&) = delete;
    GlobalErrorsTo& operator=(const GlobalErrorsTo&) = delete;

  private:
    xmlStructuredErrorFunc previous_;
    void* previous_context_;
};

struct ReaderFree {
    void operator()(xmlTextReader* reader) const { xmlFreeTextReader(reader); }
};

}  // namespace

std::expected<ParsedBank, ErrorList> ParseMoodleXml(std::string_view text,
                                                    std::string_view file_name) {
    const std::string file(file_name);
    if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return std::unexpected(ErrorList{import::At(file, 0, 0, "the file is too large")});
    }
    FirstError first;
    const GlobalErrorsTo global_errors(&first);
    // No XML_PARSE_NOENT or DTDLOAD: entities from a DTD are never loaded nor expanded.
    const std::unique_ptr<xmlTextReader, ReaderFree> xml(xmlReaderForMemory(
        text.data(), static_cast<int>(text.size()), file.c_str(), nullptr,
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES));
    if (!xml) {
        return std::unexpected(ErrorList{import::At(file, 0, 0, "out of memory", ErrorCode::kIo)});
    }
    xmlTextReaderSetStructuredErrorHandler(xml.get(), KeepFirstError, &first);
    MoodleXmlReader reader(file);
    bool root = false;
    int step = xmlTextReaderRead(xml.get());
    while (step == 1 && !first.set) {
        const xmlNode* node = xmlTextReaderCurrentNode(xml.get());
        const int depth = xmlTextReaderDepth(xml.get());
        if (xmlTextReaderNodeType(xml.get()) != XML_READER_TYPE_ELEMENT || depth > 1) {
            step = xmlTextReaderRead(xml.get());
            continue;
        }
        if (depth == 0) {
            if (!Named(node, "quiz")) {
                return std::unexpected(ErrorList{import::At(
                    file, Line(node), 1, "not a Moodle XML file: the root element is not <quiz>",
                    ErrorCode::kParse)});
            }
            root = true;
        } else if (Named(node, "question")) {
            // The tree of this element lives until the reader moves past it.
            const xmlNode* question = xmlTextReaderExpand(xml.get());
            if (!question) {
                step = -1;
                break;
            }
            reader.Read(question);
            step = xmlTextReaderNext(xml.get());
            continue;
        }
        step = xmlTextReaderRead(xml.get());
    }
    if (step < 0 || first.set) {
        return std::unexpected(ErrorList{
            import::At(file, first.line, first.column,
                       first.set ? first.message : std::string("XML syntax error: not well-formed"),
                       ErrorCode::kParse)});
    }
    if (!root) {
        return std::unexpected(ErrorList{
            import::At(file, 0, 1, "not a Moodle XML file: the root element is not <quiz>",
                       ErrorCode::kParse)});
    }
    return reader.Finish();
}

}  // namespace summit::content
