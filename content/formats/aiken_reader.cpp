// Reading Aiken line by line, as Moodle's importer does: a line that is neither an option
// ("A) ..." or "A. ...") nor "ANSWER: X" starts a question.
#include <algorithm>
#include <optional>

#include "content/formats/aiken.h"
#include "content/formats/import_support.h"

namespace summit::content {
namespace {

using import::Trim;

bool IsOption(std::string_view line) {
    return line.size() >= 2 && line[0] >= 'A' && line[0] <= 'Z' &&
           (line[1] == ')' || line[1] == '.');
}

class AikenReader {
  public:
    explicit AikenReader(std::string_view file) : file_(file) {}

    void Line(std::string_view line, int number);
    std::expected<ParsedBank, ErrorList> Finish();

  private:
    void Warn(int line, std::string message) {
        warnings_.push_back(import::At(file_, line, 1, std::move(message)));
    }
    void Close(std::string_view answer, int number);

    std::string file_;
    Bank bank_;
    std::vector<int> lines_;
    ErrorList warnings_;
    std::optional<Question> open_;
    int open_line_ = 0;
    std::string open_source_;  // the question's lines, for its content id
    import::UniqueIds ids_;
};

void AikenReader::Line(std::string_view line, int number) {
    line = Trim(line);
    if (line.size() < 2) {
        return;
    }
    if (IsOption(line)) {
        if (!open_) {
            Warn(number, "Question not started on line " + std::to_string(number));
            return;
        }
        open_->choices.push_back({std::string(Trim(line.substr(2))), false, {}});
        open_source_.append("\n").append(line);
        return;
    }
    if (line.starts_with("ANSWER:")) {
        if (!open_) {
            Warn(number, "Question not started on line " + std::to_string(number));
            return;
        }
        Close(Trim(line.substr(7)), number);
        return;
    }
    if (open_) {
        Warn(number,
             "Question not completed before next question start on line " + std::to_string(number));
    }
    open_.emplace();
    open_->type = QuestionType::kMultipleChoice;
    open_->prompt = std::string(line);
    open_line_ = number;
    open_source_ = std::string(line);
}

void AikenReader::Close(std::string_view answer, int number) {
    Question q = std::move(*open_);
    open_.reset();
    if (q.choices.size() < 2) {
        Warn(number, "Question must have at least 2 answers on line " + std::to_string(number));
        return;
    }
    const int index = answer.empty() ? -1 : answer.front() - 'A';
    if (index < 0 || index >= static_cast<int>(q.choices.size())) {
        Warn(number, "the answer \"" + std::string(answer) + "\" on line " +
                         std::to_string(number) + " names no option of the question");
        return;
    }
    q.choices[static_cast<std::size_t>(index)].correct = true;
    open_source_.append("\nANSWER: ").append(1, answer.front());
    q.id = ids_.Claim(import::ContentHashId(open_source_));
    bank_.questions.push_back(std::move(q));
    lines_.push_back(open_line_);
}

std::expected<ParsedBank, ErrorList> AikenReader::Finish() {
    if (open_) {
        Warn(open_line_, "Question not completed before the end of the file");
    }
    return import::FinishBank(std::move(bank_), lines_, file_, "aiken", std::move(warnings_));
}

}  // namespace

std::expected<ParsedBank, ErrorList> ParseAiken(std::string_view text, std::string_view file_name) {
    AikenReader reader(file_name);
    import::ForEachLine(text, [&](std::string_view line, int number) { reader.Line(line, number);
});
return reader.Finish();
}  // namespace summit::content

}  // namespace summit::content
