// The stored source-point key of a card (see source_key.h).
#include "storage/codec/source_key.h"

#include <string>

namespace summit::storage {

namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

void Mix(uint64_t& hash, std::string_view bytes) {
    for (const char c : bytes) {
        hash = (hash ^ static_cast<unsigned char>(c)) * kFnvPrime;
    }
    hash = (hash ^ 0x0aU) * kFnvPrime;  // ends the part
}

}  // namespace

uint64_t SourceKey(std::string_view bank, std::string_view article, int64_t paragraph,
                   std::string_view topic) {
    if (paragraph < 0) {
        return 0;
    }
    uint64_t hash = kFnvOffset;
    Mix(hash, bank);
    Mix(hash, article);
    Mix(hash, std::to_string(paragraph));
    Mix(hash, topic);
    return hash == 0 ? 1 : hash;
}

std::string_view GuidBank(std::string_view guid) {
    return guid.substr(0, guid.find('/'));
}

int64_t SourceParagraph(const content::Question& question) {
    return question.source ? question.source->paragraph : -1;
}

int64_t QuestionSourceKey(std::string_view guid, const content::Question& question) {
    return static_cast<int64_t>(SourceKey(GuidBank(guid),
                                          question.source ? question.source->article : "",
                                          SourceParagraph(question), question.topic));
}

}  // namespace summit::storage
