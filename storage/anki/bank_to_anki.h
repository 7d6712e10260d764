// A Summit bank as the plain values of an Anki package (anki_package.h), ready for
// WriteAnkiPackage: which note type each question becomes, its fields as HTML, its deck, tags
// and images. The export half of the Anki mapping (docs/formats.md, "Anki export").
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "content/model/bank.h"
#include "content/model/error.h"
#include "storage/anki/anki_package.h"

namespace summit::storage::anki {

// The bytes of the image with this SHA-256 hash, nullopt when the collection has none.
using MediaLookup = std::function<Result<std::optional<std::string>>(std::string_view hash)>;

struct AnkiExport {
    AnkiPackage package;  // note types used, decks, notes and their new cards, media
    ErrorList warnings;   // per question: what Anki cannot hold as Summit does
    // Each question's cards: (GUID as content::QuestionGuid, ordinal: 0, or 1 for the reverse
    // of a flashcard) -> index into package.cards.
    std::map<std::pair<std::string, int>, std::size_t> card_of;
};

// The note types, with ids fixed so that packages exported at different times share them.
inline constexpr std::int64_t kBasicNoteTypeId = 1735689600001;
inline constexpr std::int64_t kReversedNoteTypeId = 1735689600002;
inline constexpr std::int64_t kClozeNoteTypeId = 1735689600003;

// Maps `bank`: flashcards to "Basic" or "Basic (and reversed card)", cloze questions to
// "Cloze" (every gap c1, so the question stays one card as in Summit), every other type to
// "Basic" with its choices, pairs or items in the front and the answer on the back (one
// warning each). Deck names are the bank's deck and each question's subdeck joined by "::";
// tags are the question's tags and topic with spaces as "_". Notes keep the question's GUID;
// deck, note and card ids come from the bank id and the GUIDs (stable_ids.h), never the clock,
// so exporting a deck twice gives the same ids, and a bank imported from Anki deck N ("anki-dN")
// is exported as deck N again. Errors: those of `media`.
[[nodiscard]] Result<AnkiExport> BankToAnki(const content::Bank& bank, const MediaLookup& media);

}  // namespace summit::storage::anki
