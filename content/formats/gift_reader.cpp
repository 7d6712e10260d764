// Reading Moodle GIFT: blocks of lines, then each block's name, text and answer block, the
// question type told by the answer block as Moodle tells it (docs/formats.md).
#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

#include "content/formats/bank_validation.h"
#include "content/formats/gift.h"
#include "content/formats/gift_text.h"
#include "content/formats/import_support.h"
#include "content/richtext/markdown.h"
#include "content/richtext/question_texts.h"

namespace summit::content {
namespace {

using gift::Format;
using gift::ReadFormatted;
using gift::Restore;
using import::Trim;

constexpr std::string_view kMissingWord = "_____";

// One blank-line-separated block: its lines trimmed and joined by '\n', comment lines
// ("//...") kept apart.
struct Block {
    std::string text;
    std::string comments;
    int line = 0;  // the first line that is not a comment
};

// Calls `visit` with each block in file order; one block is held at a time.
template <typename Visit>
void ForEachBlock(std::string_view text, Visit&& visit) {
    Block current;
    bool open = false;
    import::ForEachLine(text, [&](std::string_view raw, int number) {
        const std::string_view line = Trim(raw);
    if (line.empty()) {
        // A block of comments only is no question; its comments belong to none.
        if (open) {
            visit(current);
        }
        current = Block{};
        open = false;
    } else if (line.starts_with("//")) {
        current.comments.append(line).append("\n");
    } else {
        current.text.append(open ? "\n" : "").append(line);
        current.line = open ? current.line : number;
        open = true;
    }
});
if (open) {
    visit(current);
}
}  // namespace

// How many blocks ForEachBlock will see at most (comment-only ones included), found without
// copying any text, so the bank can be allocated once.
std::size_t CountBlocks(std::string_view text) {
    std::size_t blocks = 0;
    bool open = false;
    import::ForEachLine(text, [&](std::string_view raw, int) {
        const bool blank = Trim(raw).empty();
    blocks += !open && !blank ? 1 : 0;
    open = !blank;
});
return blocks;
}  // namespace summit::content

// "[id:x]" and "[tag:y]" in the comments, as Moodle exports them.
std::vector<std::string> CommentValues(std::string_view comments, std::string_view key) {
    std::vector<std::string> values;
    const std::string open = "[" + std::string(key) + ":";
    for (std::size_t at = comments.find(open); at != std::string_view::npos;
         at = comments.find(open, at + 1)) {
        const std::size_t start = at + open.size();
        const std::size_t end = comments.find(']', start);
        if (end != std::string_view::npos) {
            values.emplace_back(Trim(comments.substr(start, end - start)));
        }
    }
    return values;
}

// Splits `text` at every `separator`, dropping a first part that is blank (the text before
// the first '=' or '~').
std::vector<std::string_view> SplitAnswers(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        parts.push_back(text.substr(start, at - start));
        if (at == std::string_view::npos) {
            break;
        }
        start = at + 1;
    }
    if (!parts.empty() && Trim(parts.front()).empty()) {
        parts.erase(parts.begin());
    }
    return parts;
}

// Reads one question's answers into `q`; returns the problem that leaves it out, if any.
class QuestionReader {
  public:
    QuestionReader(Question& q, Format format, ErrorList& warnings, const Block& block,
                   std::string_view file)
        : q_(q), format_(format), warnings_(warnings), block_(block), file_(file) {}

    std::optional<std::string> MultipleChoice(std::string_view answers);
    std::optional<std::string> Matching(std::string_view answers);
    void TrueFalse(std::string_view answers);
    std::optional<std::string> ShortAnswer(std::string_view answers);
    std::optional<std::string> Numerical(std::string_view answers);

    // A text of the question as Markdown, its format prefix read (the question's by default).
    std::string Text(std::string_view text) { return Take(ReadFormatted(text, format_)); }
    std::string Take(gift::Formatted formatted) {
        markup_ = markup_ || formatted.markup;
        for (std::string& warning : formatted.warnings) {
            Warn(std::move(warning));
        }
        return std::move(formatted.text);
    }
    // Markdown when any text had markup, else every text as plain text.
    void Finish() {
        q_.text_format = TextFormat::kMarkdown;
        if (!markup_) {
            MakePlain(q_);
        }
    }

  private:
    void Warn(std::string message) {
        warnings_.push_back(import::At(file_, block_.line, 1, std::move(message)));
    }

    Question& q_;
    Format format_;
    ErrorList& warnings_;
    const Block& block_;
    std::string_view file_;
    bool markup_ = false;
};

std::optional<std::string> QuestionReader::MultipleChoice(std::string_view answers) {
    // Moodle: an answer block without '=' is a several-answer question scored by weights.
    const bool single = answers.find('=') != std::string_view::npos;
    std::string split;
    for (const char c : answers) {
        split += c == '=' ? "~=" : std::string(1, c);
    }
    q_.type = QuestionType::kMultipleChoice;
    bool weighted = false;
    std::vector<double> weights;
    for (std::string_view answer : SplitAnswers(split, '~')) {
        answer = Trim(answer);
        double weight = 0;
        if (answer.starts_with('=')) {
            answer.remove_prefix(1);
            weight = 1;
        }
        if (auto written = gift::TakeWeight(answer)) {
            weight = *written;
            weighted = true;
        }
        const gift::Commented parts = gift::SplitFeedback(answer);
        Choice& choice = q_.choices.emplace_back();
        choice.text = Text(parts.text);
        choice.feedback = Text(parts.feedback);
        choice.correct = single ? weight >= 1.0 - 1e-9 : weight > 0;
        weights.push_back(weight);
    }
    if (q_.choices.size() < 2) {
        return "a multiple-choice question needs at least 2 answers";
    }
    for (std::size_t i = 0; weighted && i < weights.size(); ++i) {
        q_.choices[i].credit = weights[i];
    }
    return std::nullopt;
}

std::optional<std::string> QuestionReader::Matching(std::string_view answers) {
    q_.type = QuestionType::kMatching;
    std::vector<std::string_view> items = SplitAnswers(answers, '=');
    if (items.size() < 2) {
        return "a matching question needs at least 2 pairs";
    }
    for (std::string_view item : items) {
        item = Trim(item);
        const std::size_t arrow = item.find("->");
        if (arrow == std::string_view::npos) {
            return "matching answer \"" + Restore(item) + "\" has no \"->\"";
        }
        const std::string right(Trim(Restore(item.substr(arrow + 2))));
        MatchPair pair{Text(item.substr(0, arrow)), EscapeMarkdown(right)};
        if (pair.left.empty()) {
            Warn("extra matching answer \"" + right +
                 "\" (a distractor with no question) is left out: Summit's matching has none");
            continue;
        }
        q_.pairs.push_back(std::move(pair));
    }
    return std::nullopt;
}

void QuestionReader::TrueFalse(std::string_view answers) {
    q_.type = QuestionType::kTrueFalse;
    const std::size_t first = answers.find('#');
    const std::string_view value = Trim(answers.substr(0, first));
    q_.answer = value == "T" || value == "TRUE";
    if (first == std::string_view::npos) {
        return;
    }
    const std::string_view rest = answers.substr(first + 1);
    const std::size_t second = rest.find('#');
    const std::string wrong = Text(rest.substr(0, second));
    const std::string right = second == std::string_view::npos ? "" : Text(rest.substr(second + 1));
    // Summit shows one explanation to everyone, so each feedback says which answer it is for.
    const char* wrong_answer = q_.answer ? "False" : "True";
    const char* right_answer = q_.answer ? "True" : "False";
    std::string feedback;
    if (!wrong.empty()) {
        feedback += std::string("Answering ") + wrong_answer + ": " + wrong;
    }
    if (!right.empty()) {
        feedback += (feedback.empty() ? "" : "\n") + std::string("Answering ") + right_answer +
                    ": " + right;
    }
    if (!feedback.empty()) {
        q_.explanation = feedback + (q_.explanation.empty() ? "" : "\n\n" + q_.explanation);
        Warn("the true/false feedback for each answer is shown in the explanation");
    }
}

std::optional<std::string> QuestionReader::ShortAnswer(std::string_view answers) {
    q_.type = QuestionType::kTyped;
    for (std::string_view answer : SplitAnswers(answers, '=')) {
        answer = Trim(answer);
        const double credit = gift::TakeWeight(answer).value_or(1.0);
        const gift::Commented parts = gift::SplitFeedback(answer);
        TextAnswer& added = q_.answers.emplace_back();
        added.text = Text(parts.text);
        added.credit = credit;
        added.feedback = Text(parts.feedback);
    }
    return import::SettleShortAnswers(q_);
}

std::optional<std::string> QuestionReader::Numerical(std::string_view answers) {
    q_.type = QuestionType::kNumerical;
    answers.remove_prefix(1);  // the '#'
    std::string_view other;
    if (const std::size_t tilde = answers.find('~'); tilde != std::string_view::npos) {
        other = answers.substr(tilde + 1);
        answers = answers.substr(0, tilde);
    }
    for (std::string_view answer : SplitAnswers(answers, '=')) {
        answer = Trim(answer);
        NumericAnswer& number = q_.numbers.emplace_back();
        number.credit = gift::TakeWeight(answer).value_or(1.0);
        const gift::Commented parts = gift::SplitFeedback(answer);
        number.feedback = Text(parts.feedback);
        const std::string value = Restore(Trim(parts.text));
        std::optional<double> low, high, mid, tolerance = 0.0;
        if (const std::size_t range = value.find(".."); range != std::string::npos && range > 0) {
            low = import::ReadNumber(std::string_view(value).substr(0, range));
            high = import::ReadNumber(std::string_view(value).substr(range + 2));
            if (low && high) {
                mid = (*low + *high) / 2;
                tolerance = *high - *mid;
            }
        } else if (const std::size_t colon = value.find(':');
                   colon != std::string::npos && colon > 0) {
            mid = import::ReadNumber(std::string_view(value).substr(0, colon));
            tolerance = import::ReadNumber(std::string_view(value).substr(colon + 1));
        } else if (value == kAnyOtherAnswer) {
            number.any_other = true;
            continue;
        } else {
            mid = import::ReadNumber(value);
        }
        if (!mid || !tolerance) {
            return "numerical answer \"" + value + "\" is not a number, number:margin or min..max";
        }
        number.value = *mid;
        number.tolerance = std::abs(*tolerance);
    }
    if (q_.numbers.empty()) {
        return "a numerical question needs an answer";
    }
    if (!other.empty()) {
        NumericAnswer& any = q_.numbers.emplace_back();
        any.any_other = true;
        any.credit = 0;
        any.feedback = Text(gift::SplitFeedback(other).feedback);
    }
    return std::nullopt;
}

// The question one block holds, or nothing for a category switch or a description (whose
// text goes to `note`). A problem leaves the question out with a warning.
class GiftReader {
  public:
    // With a `sink`, each kept question is validated on its own and handed on, not kept.
    explicit GiftReader(std::string_view file, const QuestionSink* sink = nullptr)
        : file_(file), sink_(sink) {
        if (sink_) {
            import::NameBankFromFile(one_, file_, "gift");
            one_.questions.resize(1);
        }
    }

    // Room for `questions` questions; only what is used becomes resident.
    void Reserve(std::size_t questions) {
        bank_.questions.reserve(questions);
        lines_.reserve(questions);
    }
    void Read(const Block& block);
    std::expected<ParsedBank, ErrorList> Finish();
    // The end of a streamed read; nullopt when the errors are ParseGift's to give (no question
    // was kept, or the bank itself is invalid).
    std::optional<StreamedBank> FinishStream();

  private:
    void Keep(Question question, int line);
    void Pass(Question question, int line);
    void Warn(const Block& block, std::string message) {
        warnings_.push_back(import::At(file_, block.line, 1, std::move(message)));
    }
    std::string IdFor(const Block& block, const std::string& name);

    std::string file_;
    Bank bank_;
    std::vector<int> lines_;
    ErrorList warnings_;
    std::string deck_;
    std::string note_;
    int note_line_ = 0;
    import::UniqueIds ids_;
    const QuestionSink* sink_;
    Bank one_;  // streamed: the bank's header around the one question being validated
    std::size_t passed_ = 0;
    bool bank_invalid_ = false;
    bool stopped_ = false;
};

void GiftReader::Keep(Question question, int line) {
    if (sink_) {
        Pass(std::move(question), line);
        return;
    }
    bank_.questions.push_back(std::move(question));
    lines_.push_back(line);
}

// What KeepValidQuestions does for a whole bank, for one question: its problems become
// warnings at its line and leave it out.
void GiftReader::Pass(Question question, int line) {
    one_.questions.front() = std::move(question);
    bool valid = true;
    for (BankProblem& problem : FindBankProblems(one_, file_)) {
        if (problem.question < 0) {
            bank_invalid_ = true;
            continue;
        }
        valid = false;
        Error& error = problem.error;
        error.line = line;
        error.column = line > 0 ? 1 : 0;
        error.message += "; the question is left out";
        warnings_.push_back(std::move(error));
    }
    if (valid) {
        ++passed_;
        stopped_ = !(*sink_)(std::move(one_.questions.front()));
    }
}

std::string GiftReader::IdFor(const Block& block, const std::string& name) {
    std::string id;
    if (auto given = CommentValues(block.comments, "id"); !given.empty()) {
        id = import::Slug(given.front());
    }
    if (id.empty()) {
        id = import::Slug(name);
    }
    return ids_.Claim(id.empty() ? import::ContentHashId(block.text) : id);
}

void GiftReader::Read(const Block& block) {
    if (stopped_) {
        return;
    }
    std::string protected_text = gift::Protect(block.text);
    std::string_view text = Trim(protected_text);
    if (text.starts_with("$CATEGORY:")) {
        deck_ = import::DeckOfCategory(Restore(Trim(text.substr(10))));
        return;
    }
    std::string name;
    if (text.starts_with("::")) {
        text.remove_prefix(2);
        if (const std::size_t end = text.find("::"); end != std::string_view::npos) {
            name = Trim(Restore(text.substr(0, end)));
            text = Trim(text.substr(end + 2));
        }
    }
    const std::size_t open = text.find('{');
    const std::size_t close = text.find('}');
    if (open == std::string_view::npos && close == std::string_view::npos) {
        const std::string note = MarkdownToPlain(ReadFormatted(text, Format::kMoodle).text);
        note_ += (note_.empty() ? "" : "\n\n") + note;
        note_line_ = note_line_ == 0 ? block.line : note_line_;
        Warn(block, "a description is not a question: its text is shown above the next question");
        return;
    }
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        Warn(block,
             "no answer block: a \"{\" or \"}\" is missing (escape a literal one as \\{ or "
             "\\}); the question is left out");
        return;
    }
    std::string_view answers = Trim(text.substr(open + 1, close - open - 1));
    std::string stem(text.substr(0, open));
    stem += text.ends_with('}') ? "" : std::string(kMissingWord);
    stem += text.substr(close + 1);
    std::string_view general;
    if (const std::size_t at = answers.rfind("####"); at != std::string_view::npos) {
        general = answers.substr(at + 4);
        answers = Trim(answers.substr(0, at));
    }

    Question q;
    gift::Formatted prompt = ReadFormatted(stem, Format::kMoodle);
    QuestionReader reader(q, prompt.format, warnings_, block, file_);
    q.prompt = reader.Take(std::move(prompt));
    q.explanation = reader.Text(general);
    q.deck = deck_;
    q.tags = CommentValues(block.comments, "tag");
    std::optional<std::string> problem;
    if (answers.empty()) {
        q.type = QuestionType::kFlashcard;
        q.back = q.explanation.empty() ? EscapeMarkdown(import::kNoModelAnswer) : q.explanation;
        q.explanation.clear();
        Warn(block, "an essay is graded by hand in Moodle: it becomes a self-rated flashcard");
    } else if (answers.front() == '#') {
        problem = reader.Numerical(answers);
    } else if (answers.find('~') != std::string_view::npos) {
        problem = reader.MultipleChoice(answers);
    } else if (answers.find('=') != std::string_view::npos &&
               answers.find("->") != std::string_view::npos) {
        problem = reader.Matching(answers);
    } else {
        const std::string_view value = Trim(answers.substr(0, answers.find('#')));
        if (value == "T" || value == "TRUE" || value == "F" || value == "FALSE") {
            reader.TrueFalse(answers);
        } else {
            problem = reader.ShortAnswer(answers);
        }
    }
    if (problem) {
        Warn(block, *problem + "; the question is left out");
        return;
    }
    reader.Finish();
    q.id = IdFor(block, name);
    q.note = std::move(note_);
    note_.clear();
    note_line_ = 0;
    Keep(std::move(q), block.line);
}

std::expected<ParsedBank, ErrorList> GiftReader::Finish() {
    if (!note_.empty()) {
        warnings_.push_back(import::At(file_, note_line_, 1,
                                       "a description with no question after it is left out"));
    }
    return import::FinishBank(std::move(bank_), lines_, file_, "gift", std::move(warnings_));
}

std::optional<StreamedBank> GiftReader::FinishStream() {
    if (passed_ == 0 || bank_invalid_) {
        return std::nullopt;
    }
    if (!note_.empty() && !stopped_) {
        warnings_.push_back(import::At(file_, note_line_, 1,
                                       "a description with no question after it is left out"));
    }
    std::stable_sort(warnings_.begin(), warnings_.end(),
                     [](const Error& a, const Error& b) { return a.line < b.line; });
    one_.questions.clear();
    return StreamedBank{std::move(one_), std::move(warnings_), passed_, stopped_};
}

}  // namespace summit::content

std::expected<StreamedBank, ErrorList> StreamGift(std::string_view text, std::string_view file_name,
                                                  const QuestionSink& sink) {
    GiftReader reader(file_name, &sink);
    ForEachBlock(text, [&reader](const auto& block) { reader.Read(block); });
    if (auto streamed = reader.FinishStream()) {
        return std::move(*streamed);
    }
    // Nothing could be imported, or the bank is invalid: the whole read says why, as ever.
    auto parsed = ParseGift(text, file_name);
    if (!parsed) {
        return std::unexpected(std::move(parsed.error()));
    }
    assert(false && "a bank ParseGift keeps streams at least one question");
    return std::unexpected(ErrorList{});
}

Bank GiftBankHeader(std::string_view file_name) {
    Bank header;
    import::NameBankFromFile(header, file_name, "gift");
    return header;
}

std::size_t CountGiftBlocks(std::string_view text) {
    return CountBlocks(text);
}

std::expected<ParsedBank, ErrorList> ParseGift(std::string_view text, std::string_view file_name) {
    GiftReader reader(file_name);
    reader.Reserve(std::min(CountBlocks(text), import::kMaxReservedQuestions));
    ForEachBlock(text, [&reader](const auto& block) { reader.Read(block); });
    return reader.Finish();
}

}  // namespace summit::content
