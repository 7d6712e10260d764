// The "source point" key that keeps related cards apart in the queue: a stable 64-bit hash of
// bank, source article, source paragraph and topic, stored on each card (schema v4).
#pragma once

#include <cstdint>
#include <string_view>

#include "content/model/question.h"

namespace summit::storage {

// FNV-1a over the four parts, separated so ("ab", "c") and ("a", "bc") differ. 0 when
// `paragraph` < 0 (the question names no source paragraph: no source point); never 0
// otherwise. The value is stored in the collection, so it never changes between releases.
uint64_t SourceKey(std::string_view bank, std::string_view article, int64_t paragraph,
                   std::string_view topic);

// A question's source paragraph as stored: -1 when it names none (NULL in the table).
int64_t SourceParagraph(const content::Question& question);

// SourceKey of the question stored under `guid`, from its source and topic.
int64_t QuestionSourceKey(std::string_view guid, const content::Question& question);

// The bank part of a question GUID ("<bank id>/<question id>"): everything before the '/'.
std::string_view GuidBank(std::string_view guid);

}  // namespace summit::storage
