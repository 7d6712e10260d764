// Cells to a Question for every type a table row can hold.
#include "content/formats/table_row.h"

#include <charconv>
#include <utility>

namespace summit::content {
namespace {

struct ColumnInfo {
    Column column;
    const char* names;  // the canonical name first, then synonyms, space-separated
};

constexpr ColumnInfo kColumns[kColumnCount] = {
    {Column::kId, "id guid"},
    {Column::kType, "type"},
    {Column::kFront, "front prompt question term text"},
    {Column::kBack, "back answer definition"},
    {Column::kChoices, "choices options"},
    {Column::kCorrect, "correct"},
    {Column::kTags, "tags"},
    {Column::kTopic, "topic"},
    {Column::kExplanation, "explanation extra"},
    {Column::kReversible, "reversible"},
    {Column::kDifficulty, "difficulty"},
};

constexpr char kListSeparator = '|';

std::optional<bool> BoolFromCell(std::string_view cell) {
    const std::string value = Lower(cell);
    if (value == "true" || value == "t" || value == "yes" || value == "y" || value == "1") {
        return true;
    }
    if (value == "false" || value == "f" || value == "no" || value == "n" || value == "0") {
        return false;
    }
    return std::nullopt;
}

std::optional<int> IntFromCell(std::string_view cell) {
    int value = 0;
    auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (error != std::errc() || end != cell.data() + cell.size()) {
        return std::nullopt;
    }
    return value;
}

std::vector<std::string> SplitWords(std::string_view cell) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < cell.size()) {
        std::size_t end = cell.find_first_of(" \t\r\n", i);
        if (end == std::string_view::npos) {
            end = cell.size();
        }
        if (end > i) {
            words.emplace_back(cell.substr(i, end - i));
        }
        i = end + 1;
    }
    return words;
}

class RowReader {
  public:
    RowReader(const RowCells& row, std::string_view file, ErrorList& errors, ErrorList& warnings)
        : row_(row), file_(file), errors_(errors), warnings_(warnings) {}

    std::optional<Question> Read() {
        auto type = TypeFromCell(row_.Text(Column::kType));
        if (!type) {
            Fail(Column::kType, "unknown question type \"" + std::string(row_.Text(Column::kType)) +
                                    "\" (known: flashcard, multiple_choice, true_false, typed, "
                                    "cloze, matching, ordering)");
            return std::nullopt;
        }
        question_.type = *type;
        question_.id = std::string(row_.Text(Column::kId));
        question_.prompt = std::string(row_.Text(Column::kFront));
        if (question_.prompt.empty()) {
            Skip(Column::kFront, "the row has no question (front); skipped");
            return std::nullopt;
        }
        question_.explanation = std::string(row_.Text(Column::kExplanation));
        question_.topic = std::string(row_.Text(Column::kTopic));
        question_.tags = SplitWords(row_.Text(Column::kTags));
        ReadDifficulty();
        if (!ReadTypeCells()) {
            return std::nullopt;
        }
        return std::move(question_);
    }

  private:
    void Fail(Column column, std::string message) {
        errors_.push_back(row_.At(column, ErrorCode::kValidation, std::move(message), file_));
    }
    void Skip(Column column, std::string message) {
        warnings_.push_back(row_.At(column, ErrorCode::kValidation, std::move(message), file_));
    }
    // Warns about cells the type has no place for, so nothing is dropped silently.
    void Unused(std::initializer_list<Column> columns) {
        for (Column column : columns) {
            if (!row_.Text(column).empty()) {
                Skip(column, std::string("the ") + ColumnName(column) + " cell is not used by " +
                                 QuestionTypeName(question_.type) + " questions; ignored");
            }
        }
    }

    void ReadDifficulty() {
        std::string_view cell = row_.Text(Column::kDifficulty);
        if (cell.empty()) {
            return;
        }
        if (auto value = IntFromCell(cell)) {
            question_.difficulty = *value;
        } else {
            Fail(Column::kDifficulty, "difficulty \"" + std::string(cell) + "\" is not a number");
        }
    }

    bool ReadTypeCells() {
        switch (question_.type) {
            case QuestionType::kFlashcard:
                return ReadFlashcard();
            case QuestionType::kMultipleChoice:
                Unused({Column::kBack, Column::kReversible});
                return ReadChoices();
            case QuestionType::kTrueFalse:
                Unused({Column::kChoices, Column::kReversible});
                return ReadTrueFalse();
            case QuestionType::kTyped:
                Unused({Column::kChoices, Column::kCorrect, Column::kReversible});
                question_.accepted = SplitList(row_.Text(Column::kBack), kListSeparator);
                return true;
            case QuestionType::kCloze:
                Unused({Column::kBack, Column::kChoices, Column::kCorrect, Column::kReversible});
                return true;
            case QuestionType::kMatching:
                Unused({Column::kCorrect, Column::kReversible});
                return ReadMatching();
            case QuestionType::kOrdering:
                Unused({Column::kBack, Column::kCorrect, Column::kReversible});
                question_.items = SplitList(row_.Text(Column::kChoices), kListSeparator);
                return true;
            case QuestionType::kNumerical:
                Fail(Column::kType,
                     "numerical questions have no CSV columns; write them in GIFT or JSON");
                return false;
        }
        return false;
    }

    bool ReadFlashcard() {
        Unused({Column::kChoices, Column::kCorrect});
        question_.back = std::string(row_.Text(Column::kBack));
        if (question_.back.empty()) {
            Skip(Column::kBack, "the flashcard has no back (answer); skipped");
            return false;
        }
        std::string_view reversible = row_.Text(Column::kReversible);
        if (!reversible.empty()) {
            auto value = BoolFromCell(reversible);
            if (!value) {
                Fail(Column::kReversible,
                     "reversible \"" + std::string(reversible) + "\" is not true or false");
                return false;
            }
            question_.reversible = *value;
        }
        return true;
    }

    bool ReadChoices() {
        for (std::string& text : SplitList(row_.Text(Column::kChoices), kListSeparator)) {
            question_.choices.push_back(Choice{std::move(text), false, {}});
        }
        bool ok = true;
        for (const std::string& item : SplitList(row_.Text(Column::kCorrect), kListSeparator)) {
            ok = MarkCorrect(item) && ok;
        }
        return ok;
    }

    // A correct item names a choice by its text, or else by its 1-based position.
    bool MarkCorrect(const std::string& item) {
        for (Choice& choice : question_.choices) {
            if (choice.text == item) {
                choice.correct = true;
                return true;
            }
        }
        auto index = IntFromCell(item);
        if (index && *index >= 1 && static_cast<std::size_t>(*index) <= question_.choices.size()) {
            question_.choices[static_cast<std::size_t>(*index - 1)].correct = true;
            return true;
        }
        Fail(Column::kCorrect,
             "correct answer \"" + item + "\" is neither a choice's text nor its number");
        return false;
    }

    bool ReadTrueFalse() {
        const bool in_correct = !row_.Text(Column::kCorrect).empty();
        const Column column = in_correct ? Column::kCorrect : Column::kBack;
        if (in_correct) {
            Unused({Column::kBack});
        }
        std::string_view cell = row_.Text(column);
        auto value = BoolFromCell(cell);
        if (!value) {
            Fail(column, "true/false answer \"" + std::string(cell) +
                             "\" is not true or false (true, false, yes, no, t, f, 1, 0)");
            return false;
        }
        question_.answer = *value;
        return true;
    }

    bool ReadMatching() {
        auto lefts = SplitList(row_.Text(Column::kChoices), kListSeparator);
        auto rights = SplitList(row_.Text(Column::kBack), kListSeparator);
        if (lefts.size() != rights.size()) {
            Fail(Column::kBack, "matching has " + std::to_string(lefts.size()) +
                                    " left sides (choices) but " + std::to_string(rights.size()) +
                                    " right sides (back)");
            return false;
        }
        for (std::size_t i = 0; i < lefts.size(); ++i) {
            question_.pairs.push_back(MatchPair{std::move(lefts[i]), std::move(rights[i])});
        }
        return true;
    }

    const RowCells& row_;
    std::string_view file_;
    ErrorList& errors_;
    ErrorList& warnings_;
    Question question_;
};

}  // namespace

const char* ColumnName(Column column) {
    static const std::array<std::string, kColumnCount> kNames = [] {
        std::array<std::string, kColumnCount> names;
        for (const ColumnInfo& info : kColumns) {
            std::string_view all = info.names;
            names[static_cast<std::size_t>(info.column)] =
                std::string(all.substr(0, all.find(' ')));
        }
        return names;
    }();
    return kNames[static_cast<std::size_t>(column)].c_str();
}

std::optional<Column> ColumnFromName(std::string_view name) {
    const std::string wanted = Lower(Trim(name));
    for (const ColumnInfo& info : kColumns) {
        for (const std::string& synonym : SplitWords(info.names)) {
            if (synonym == wanted) {
                return info.column;
            }
        }
    }
    return std::nullopt;
}

std::optional<QuestionType> TypeFromCell(std::string_view cell) {
    std::string name = Lower(Trim(cell));
    for (char& c : name) {
        if (c == ' ' || c == '-') {
            c = '_';
        }
    }
    if (name.empty() || name == "basic") {
        return QuestionType::kFlashcard;
    }
    if (name == "mc" || name == "multiple_choice") {
        return QuestionType::kMultipleChoice;
    }
    if (name == "tf" || name == "true/false") {
        return QuestionType::kTrueFalse;
    }
    if (name == "short_answer") {
        return QuestionType::kTyped;
    }
    return ParseQuestionType(name);
}

std::string_view RowCells::Text(Column column) const {
    const Field* field = Get(column);
    return field == nullptr ? std::string_view() : Trim(field->text);
}

Error RowCells::At(Column column, ErrorCode code, std::string message,
                   std::string_view file) const {
    const Field* field = Get(column);
    return Error{code, std::move(message), std::string(file), field ? field->line : line,
                 field ? field->column : this->column};
}

bool RowCells::Blank() const {
    for (const Field* field : cells) {
        if (field != nullptr && !Trim(field->text).empty()) {
            return false;
        }
    }
    return true;
}

std::optional<Question> ReadRow(const RowCells& row, std::string_view file, ErrorList& errors,
                                ErrorList& warnings) {
    return RowReader(row, file, errors, warnings).Read();
}

}  // namespace summit::content
