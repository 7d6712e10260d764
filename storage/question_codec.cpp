// A question as one bank-format JSON object (docs/bank-format.md), for the questions.data
// column. Every non-default field is written whatever the type, so that a question read back
// compares equal to the one written and re-imports can tell "unchanged" exactly.
#include "content/model/question.h"
#include "storage/json_codec.h"
#include "storage/json_support.h"

namespace summit::storage {

namespace {

void StringList(json::Writer& out, std::string_view key, const std::vector<std::string>& list) {
    if (list.empty()) {
        return;
    }
    json::Key(out, key);
    out.StartArray();
    for (const auto& item : list) {
        json::String(out, item);
    }
    out.EndArray();
}

std::vector<std::string> ReadStringList(const rapidjson::Value& object, const char* key) {
    std::vector<std::string> list;
    if (const auto* array = json::GetArray(object, key)) {
        for (const auto& item : array->GetArray()) {
            if (item.IsString()) {
                list.emplace_back(item.GetString(), item.GetStringLength());
            }
        }
    }
    return list;
}

}  // namespace

std::string EncodeStringList(const std::vector<std::string>& list) {
    rapidjson::StringBuffer buffer;
    json::Writer out(buffer);
    out.StartArray();
    for (const auto& item : list) {
        json::String(out, item);
    }
    out.EndArray();
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::string EncodeQuestion(const content::Question& question) {
    rapidjson::StringBuffer buffer;
    json::Writer out(buffer);
    out.StartObject();
    json::Field(out, "id", question.id);
    json::Field(out, "type", content::QuestionTypeName(question.type));
    json::Field(out, "prompt", question.prompt);
    if (!question.explanation.empty()) {
        json::Field(out, "explanation", question.explanation);
    }
    if (!question.topic.empty()) {
        json::Field(out, "topic", question.topic);
    }
    StringList(out, "tags", question.tags);
    if (question.difficulty != 0) {
        json::Key(out, "difficulty");
        out.Int(question.difficulty);
    }
    if (question.source) {
        json::Key(out, "source");
        out.StartObject();
        json::Field(out, "article", question.source->article);
        json::Key(out, "paragraph");
        out.Int(question.source->paragraph);
        out.EndObject();
    }
    if (!question.back.empty()) {
        json::Field(out, "back", question.back);
    }
    if (question.reversible) {
        json::Key(out, "reversible");
        out.Bool(true);
    }
    if (!question.choices.empty()) {
        json::Key(out, "choices");
        out.StartArray();
        for (const auto& choice : question.choices) {
            out.StartObject();
            json::Field(out, "text", choice.text);
            json::Key(out, "correct");
            out.Bool(choice.correct);
            if (!choice.feedback.empty()) {
                json::Field(out, "feedback", choice.feedback);
            }
            out.EndObject();
        }
        out.EndArray();
    }
    if (question.type == content::QuestionType::kTrueFalse || question.answer) {
        json::Key(out, "answer");
        out.Bool(question.answer);
    }
    StringList(out, "accepted", question.accepted);
    if (!question.pairs.empty()) {
        json::Key(out, "pairs");
        out.StartArray();
        for (const auto& pair : question.pairs) {
            out.StartObject();
            json::Field(out, "left", pair.left);
            json::Field(out, "right", pair.right);
            out.EndObject();
        }
        out.EndArray();
    }
    StringList(out, "items", question.items);
    out.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

Result<content::Question> DecodeQuestion(std::string_view text) {
    auto document = json::ParseObject(text, "question");
    if (!document) {
        return Fail(document.error());
    }
    const rapidjson::Value& object = *document;
    content::Question question;
    question.id = json::GetString(object, "id");
    const auto type = content::ParseQuestionType(json::GetString(object, "type"));
    if (!type) {
        return Fail(ErrorCode::kCorrupt, "stored question '" + question.id + "' has no known type");
    }
    question.type = *type;
    question.prompt = json::GetString(object, "prompt");
    question.explanation = json::GetString(object, "explanation");
    question.topic = json::GetString(object, "topic");
    question.tags = ReadStringList(object, "tags");
    question.difficulty = static_cast<int>(json::GetInt(object, "difficulty"));
    if (const auto* source = json::GetObject(object, "source")) {
        question.source =
            content::SourceRef{json::GetString(*source, "article"),
                               static_cast<int>(json::GetInt(*source, "paragraph", -1))};
    }
    question.back = json::GetString(object, "back");
    question.reversible = json::GetBool(object, "reversible");
    if (const auto* choices = json::GetArray(object, "choices")) {
        for (const auto& item : choices->GetArray()) {
            if (item.IsObject()) {
                question.choices.push_back({json::GetString(item, "text"),
                                            json::GetBool(item, "correct"),
                                            json::GetString(item, "feedback")});
            }
        }
    }
    question.answer = json::GetBool(object, "answer");
    question.accepted = ReadStringList(object, "accepted");
    if (const auto* pairs = json::GetArray(object, "pairs")) {
        for (const auto& item : pairs->GetArray()) {
            if (item.IsObject()) {
                question.pairs.push_back(
                    {json::GetString(item, "left"), json::GetString(item, "right")});
            }
        }
    }
    question.items = ReadStringList(object, "items");
    return question;
}

}  // namespace summit::storage
