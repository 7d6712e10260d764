// The JSON kept in the questions.data and questions.tags columns. A question is stored as
// one bank-format object (docs/bank-format.md) written by the bank codec itself, so the
// collection and bank files cannot drift apart.
#include "content/formats/json_bank.h"
#include "content/json/writer.h"
#include "storage/codec/json_codec.h"

namespace summit::storage {

std::string EncodeStringList(const std::vector<std::string>& list) {
    content::json::Writer out;
    out.StartArray();
    for (const auto& item : list) {
        out.String(item);
    }
    out.EndArray();
    return out.str();
}

std::string EncodeQuestion(const content::Question& question) {
    // Compact: the indentation of a bank file would be a third of the stored text, which
    // every import, json_valid check and search-index build reads.
    return content::WriteCompactQuestionJson(question);
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
