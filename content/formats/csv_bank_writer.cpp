// The CSV/TSV bank writer: the reader's canonical column names, one row per question that the
// cells can hold exactly.
#include <array>
#include <optional>

#include "content/formats/bank_validation.h"
#include "content/formats/csv_bank.h"
#include "content/formats/delimited.h"
#include "content/formats/table_row.h"

namespace summit::content {
namespace {

constexpr char kList = '|';

using Cells = std::array<std::string, kColumnCount>;

std::string& Cell(Cells& cells, Column column) {
    return cells[static_cast<std::size_t>(column)];
}

// Text the reader gives back unchanged: no surrounding blanks (cells are trimmed) and no CR
// (line breaks inside quotes read as LF).
bool Exact(std::string_view text) {
    return Trim(text).size() == text.size() && text.find('\r') == std::string_view::npos;
}

bool AllExact(const std::vector<std::string>& items) {
    for (const std::string& item : items) {
        if (!Exact(item)) {
            return false;
        }
    }
    return true;
}

// Why `question` cannot be written exactly, or nullopt when it can.
std::optional<std::string> Loss(const Question& q) {
    if (q.type == QuestionType::kNumerical) {
        return "numerical questions have no columns";
    }
    if (q.text_format == TextFormat::kMarkdown) {
        return "rich text has no column";
    }
    if (!q.answers.empty()) {
        return "answers with their own credit have no column";
    }
    if (!q.gaps.empty()) {
        return "cloze gap details (kinds, weights, credits, feedback, tolerances) have no column";
    }
    if (!q.note.empty()) {
        return "a note has no column";
    }
    if (!q.deck.empty()) {
        return "a sub-deck has no column";
    }
    if (q.source) {
        return "a source reference has no column";
    }
    for (const std::string& tag : q.tags) {
        if (tag.find_first_of(" \t\r\n") != std::string::npos) {
            return "tag \"" + tag + "\" holds a space (tags are space-separated)";
        }
    }
    for (const Choice& choice : q.choices) {
        if (!choice.feedback.empty()) {
            return "choice feedback has no column";
        }
        if (choice.credit) {
            return "choice credit has no column";
        }
        if (!Exact(choice.text)) {
            return "a choice has surrounding spaces";
        }
    }
    if (q.fixed_order) {
        return "a fixed choice order has no column";
    }
    std::vector<std::string> texts = {q.prompt, q.back, q.explanation, q.topic, q.id};
    texts.insert(texts.end(), q.accepted.begin(), q.accepted.end());
    texts.insert(texts.end(), q.items.begin(), q.items.end());
    for (const MatchPair& pair : q.pairs) {
        texts.push_back(pair.left);
        texts.push_back(pair.right);
    }
    if (!AllExact(texts)) {
        return "a text has surrounding spaces or a carriage return";
    }
    return std::nullopt;
}

Cells QuestionCells(const Question& q) {
    Cells cells;
    Cell(cells, Column::kId) = q.id;
    Cell(cells, Column::kType) = QuestionTypeName(q.type);
    Cell(cells, Column::kFront) = q.prompt;
    Cell(cells, Column::kExplanation) = q.explanation;
    Cell(cells, Column::kTopic) = q.topic;
    Cell(cells, Column::kDifficulty) = q.difficulty == 0 ? "" : std::to_string(q.difficulty);
    for (const std::string& tag : q.tags) {
        Cell(cells, Column::kTags) += (Cell(cells, Column::kTags).empty() ? "" : " ") + tag;
    }
    std::vector<std::string> choices;
    std::vector<std::string> correct;
    std::vector<std::string> rights;
    switch (q.type) {
        case QuestionType::kFlashcard:
            Cell(cells, Column::kBack) = q.back;
            Cell(cells, Column::kReversible) = q.reversible ? "true" : "";
            break;
        case QuestionType::kMultipleChoice:
            for (const Choice& choice : q.choices) {
                choices.push_back(choice.text);
                if (choice.correct) {
                    correct.push_back(choice.text);
                }
            }
            break;
        case QuestionType::kTrueFalse:
            Cell(cells, Column::kBack) = q.answer ? "true" : "false";
            break;
        case QuestionType::kTyped:
            Cell(cells, Column::kBack) = JoinList(q.accepted, kList);
            break;
        case QuestionType::kCloze:
            break;
        case QuestionType::kMatching:
            for (const MatchPair& pair : q.pairs) {
                choices.push_back(pair.left);
                rights.push_back(pair.right);
            }
            Cell(cells, Column::kBack) = JoinList(rights, kList);
            break;
        case QuestionType::kOrdering:
            choices = q.items;
            break;
        case QuestionType::kNumerical:  // left out by Loss
            break;
    }
    Cell(cells, Column::kChoices) = JoinList(choices, kList);
    Cell(cells, Column::kCorrect) = JoinList(correct, kList);
    return cells;
}

void AppendRow(std::string& out, const Cells& cells, char delimiter) {
    for (std::size_t c = 0; c < kColumnCount; ++c) {
        if (c > 0) {
            out += delimiter;
        }
        AppendField(out, cells[c], delimiter);
    }
    out += '\n';
}

}  // namespace

ExportedText WriteCsvBank(const Bank& bank, char delimiter) {
    ExportedText result;
    if (!bank.description.empty() || !bank.author.empty() || !(bank.source == BankSource{}) ||
        !bank.topics.empty()) {
        result.warnings.push_back(Error{ErrorCode::kValidation,
                                        "the bank's description, author, source and topic names "
                                        "have no place in CSV and are not written",
                                        {},
                                        0,
                                        0});
    }
    Cells header;
    for (std::size_t c = 0; c < kColumnCount; ++c) {
        header[c] = ColumnName(static_cast<Column>(c));
    }
    AppendRow(result.text, header, delimiter);
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& question = bank.questions[i];
        if (auto loss = Loss(question)) {
            result.warnings.push_back(Error{ErrorCode::kValidation,
                                            QuestionLabel(question.id, i) + "not written: " + *loss,
                                            {},
                                            0,
                                            0});
            continue;
        }
        AppendRow(result.text, QuestionCells(question), delimiter);
    }
    return result;
}

}  // namespace summit::content
