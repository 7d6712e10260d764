// Internal: the JSON stored in the collection's data, snapshot and config columns.
// Questions use the bank codec (content/formats/json_bank.h); the snapshot and metadata
// objects are storage's own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "content/model/bank.h"
#include "content/model/card.h"
#include "content/model/error.h"
#include "content/model/question.h"

namespace summit::storage {

std::string EncodeQuestion(const content::Question& question);
// kCorrupt when `json` is not a question object.
[[nodiscard]] Result<content::Question> DecodeQuestion(std::string_view json);

// A JSON array of strings, for the questions.tags column.
std::string EncodeStringList(const std::vector<std::string>& list);

// The whole card row before a review, so undo can put it back exactly (doubles round-trip).
struct CardSnapshot {
    CardState state;
    bool suspended = false;
    int64_t buried_until_ms = 0;
};
std::string EncodeCardSnapshot(const CardSnapshot& snapshot);
[[nodiscard]] Result<CardSnapshot> DecodeCardSnapshot(std::string_view json);

// A bank's metadata (everything but its questions), kept in the deck's config for export.
std::string EncodeBankMetadata(const content::Bank& bank);
// kCorrupt when `json` is not a metadata object.
[[nodiscard]] Result<content::Bank> DecodeBankMetadata(std::string_view json);

}  // namespace summit::storage
