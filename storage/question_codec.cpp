// The JSON kept in the questions.data and questions.tags columns. A question is stored as
// one bank-format object (docs/bank-format.md) written by the bank codec itself, so the
// collection and bank files cannot drift apart.
#include "content/formats/json_bank.h"
#include "storage/json_codec.h"
#include "storage/json_support.h"

namespace summit::storage {

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
    return content::WriteQuestionJson(question);
}

Result<content::Question> DecodeQuestion(std::string_view json) {
    auto question = content::ReadQuestionJson(json);
    if (!question) {
        // The column was written by EncodeQuestion, so unreadable text means a damaged file.
        return Fail(ErrorCode::kCorrupt,
                    "stored question data is unreadable: " + question.error().message);
    }
    return question;
}

}  // namespace summit::storage
