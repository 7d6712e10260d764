// The bank and question writers, on cereal's JSON archive (reading goes through
// content/json).
#include "content/formats/json_bank.h"

#include <sstream>

#include <cereal/archives/json.hpp>

namespace summit::content {
namespace {

using Archive = cereal::JSONOutputArchive;

void WriteString(Archive& archive, const char* name, const std::string& value) {
    archive(cereal::make_nvp(name, value));
}

void WriteIfSet(Archive& archive, const char* name, const std::string& value) {
    if (!value.empty()) {
        WriteString(archive, name, value);
    }
}

void WriteStrings(Archive& archive, const char* name, const std::vector<std::string>& values) {
    archive.setNextName(name);
    archive.startNode();
    archive.makeArray();
    for (const std::string& value : values) {
        archive(value);
    }
    archive.finishNode();
}

// Writes an object member whose body is filled in by `body`.
template <typename Body>
void WriteObject(Archive& archive, const char* name, Body&& body) {
    if (name != nullptr) {
        archive.setNextName(name);
    }
    archive.startNode();
    body();
    archive.finishNode();
}

template <typename T, typename Body>
void WriteArray(Archive& archive, const char* name, const std::vector<T>& values, Body&& body) {
    archive.setNextName(name);
    archive.startNode();
    archive.makeArray();
    for (const T& value : values) {
        WriteObject(archive, nullptr, [&] { body(value); });
    }
    archive.finishNode();
}

void WriteChoices(Archive& archive, const std::vector<Choice>& choices) {
    WriteArray(archive, "choices", choices, [&](const Choice& choice) {
        WriteString(archive, "text", choice.text);
        if (choice.correct) {
            archive(cereal::make_nvp("correct", true));
        }
        WriteIfSet(archive, "feedback", choice.feedback);
        if (choice.credit) {
            archive(cereal::make_nvp("credit", *choice.credit));
        }
    });
}

void WriteTextAnswers(Archive& archive, const std::vector<TextAnswer>& answers) {
    WriteArray(archive, "answers", answers, [&](const TextAnswer& answer) {
        WriteString(archive, "text", answer.text);
        archive(cereal::make_nvp("credit", answer.credit));
        WriteIfSet(archive, "feedback", answer.feedback);
    });
}

void WriteNumbers(Archive& archive, const std::vector<NumericAnswer>& numbers) {
    WriteArray(archive, "numbers", numbers, [&](const NumericAnswer& answer) {
        if (answer.any_other) {
            archive(cereal::make_nvp("any_other", true));
        } else {
            archive(cereal::make_nvp("value", answer.value));
            if (answer.tolerance != 0) {
                archive(cereal::make_nvp("tolerance", answer.tolerance));
            }
        }
        archive(cereal::make_nvp("credit", answer.credit));
        WriteIfSet(archive, "feedback", answer.feedback);
    });
}

void WriteGap(Archive& archive, const GapDetail& gap) {
    archive(cereal::make_nvp("kind", std::string(GapKindName(gap.kind))));
    if (gap.weight != 1) {
        archive(cereal::make_nvp("weight", gap.weight));
    }
    if (gap.case_sensitive) {
        archive(cereal::make_nvp("case_sensitive", true));
    }
    if (!gap.answers.empty()) {
        WriteTextAnswers(archive, gap.answers);
    }
    if (!gap.choices.empty()) {
        WriteChoices(archive, gap.choices);
    }
    if (!gap.numbers.empty()) {
        WriteNumbers(archive, gap.numbers);
    }
}

void WriteTypeFields(Archive& archive, const Question& q) {
    switch (q.type) {
        case QuestionType::kFlashcard:
            WriteIfSet(archive, "back", q.back);
            if (q.reversible) {
                archive(cereal::make_nvp("reversible", true));
            }
            break;
        case QuestionType::kMultipleChoice:
            WriteChoices(archive, q.choices);
            if (q.fixed_order) {
                archive(cereal::make_nvp("fixed_order", true));
            }
            break;
        case QuestionType::kTrueFalse:
            archive(cereal::make_nvp("answer", q.answer));
            break;
        case QuestionType::kTyped:
            if (!q.accepted.empty() || q.answers.empty()) {
                WriteStrings(archive, "accepted", q.accepted);
            }
            if (!q.answers.empty()) {
                WriteTextAnswers(archive, q.answers);
            }
            break;
        case QuestionType::kNumerical:
            WriteNumbers(archive, q.numbers);
            WriteIfSet(archive, "unit", q.unit);
            break;
        case QuestionType::kCloze:
            // The gaps live in the prompt; only what their markers cannot say is written.
            if (!q.gaps.empty()) {
                WriteArray(archive, "gaps", q.gaps,
                           [&](const GapDetail& gap) { WriteGap(archive, gap); });
            }
            break;
        case QuestionType::kMatching:
            WriteArray(archive, "pairs", q.pairs, [&](const MatchPair& pair) {
                WriteString(archive, "left", pair.left);
                WriteString(archive, "right", pair.right);
            });
            break;
        case QuestionType::kOrdering:
            WriteStrings(archive, "items", q.items);
            break;
    }
}

void WriteQuestionFields(Archive& archive, const Question& q) {
    WriteString(archive, "id", q.id);
    archive(cereal::make_nvp("type", std::string(QuestionTypeName(q.type))));
    if (q.text_format == TextFormat::kMarkdown) {
        archive(cereal::make_nvp("text_format", std::string("markdown")));
    }
    WriteIfSet(archive, "note", q.note);
    WriteString(archive, "prompt", q.prompt);
    WriteTypeFields(archive, q);
    WriteIfSet(archive, "explanation", q.explanation);
    WriteIfSet(archive, "topic", q.topic);
    WriteIfSet(archive, "deck", q.deck);
    if (!q.tags.empty()) {
        WriteStrings(archive, "tags", q.tags);
    }
    if (q.difficulty != 0) {
        archive(cereal::make_nvp("difficulty", q.difficulty));
    }
    if (q.source) {
        WriteObject(archive, "source", [&] {
            WriteIfSet(archive, "article", q.source->article);
            if (q.source->paragraph >= 0) {
                archive(cereal::make_nvp("paragraph", q.source->paragraph));
            }
        });
    }
}

void WriteBankFields(Archive& archive, const Bank& bank) {
    WriteString(archive, "format", "summit-bank");
    archive(cereal::make_nvp("version", bank.version));
    WriteString(archive, "id", bank.id);
    WriteString(archive, "title", bank.title);
    WriteIfSet(archive, "description", bank.description);
    WriteIfSet(archive, "author", bank.author);
    const BankSource& source = bank.source;
    if (!source.title.empty() || !source.publication.empty() || !source.date.empty() ||
        !source.url.empty()) {
        WriteObject(archive, "source", [&] {
            WriteIfSet(archive, "title", source.title);
            WriteIfSet(archive, "publication", source.publication);
            WriteIfSet(archive, "date", source.date);
            WriteIfSet(archive, "url", source.url);
        });
    }
    WriteIfSet(archive, "deck", bank.deck);
    if (!bank.topics.empty()) {
        WriteArray(archive, "topics", bank.topics, [&](const Topic& topic) {
            WriteString(archive, "id", topic.id);
            WriteIfSet(archive, "name", topic.name);
            WriteIfSet(archive, "description", topic.description);
        });
    }
    WriteArray(archive, "questions", bank.questions,
               [&](const Question& q) { WriteQuestionFields(archive, q); });
}

// Runs `fill` on a root-object archive and returns the text. The archive closes the root
// object when it is destroyed, so it lives in an inner scope.
template <typename Fill>
std::string WriteDocument(Fill&& fill) {
    std::ostringstream out;
    {
        Archive archive(out, Archive::Options(324, Archive::Options::IndentChar::space, 2));
        fill(archive);
    }
    out << '\n';
    return out.str();
}

}  // namespace

std::string WriteJsonBank(const Bank& bank) {
    return WriteDocument([&](Archive& archive) { WriteBankFields(archive, bank); });
}

std::string WriteQuestionJson(const Question& question) {
    return WriteDocument([&](Archive& archive) { WriteQuestionFields(archive, question); });
}

}  // namespace summit::content
