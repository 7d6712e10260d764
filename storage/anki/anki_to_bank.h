// Anki notes as Summit questions (docs/formats.md, "Anki packages"): each note type is read
// by its structure (cloze kind, card templates), not its name, and every note becomes one
// question or, for a cloze note, one question per cloze number. Pure: nothing is written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "content/formats/parsed_bank.h"
#include "content/model/error.h"
#include "storage/anki/anki_package.h"

namespace summit::storage::anki {

// The bank id of the notes of the top-level deck `top_deck` of `package`: "anki-d" and the
// Anki deck's id, which Anki keeps when it exports a deck again (a creation time in ms, so
// decks of different collections differ); for the Default deck, id 1 in every collection,
// "anki-c" and the collection's creation time (crt) instead. Re-importing a package updates
// its notes (found by bank id and GUID); another package's notes stay apart.
std::string AnkiBankId(const AnkiPackage& package, std::string_view top_deck);

// `bytes` as lowercase hexadecimal digits, two per byte.
std::string HexBytes(std::string_view bytes);

// The question id of a note: "g" and the GUID's bytes in hex (Anki GUIDs use characters
// question ids may not). Cloze questions add ":c" and the number, extra templates ":t" and
// the template's index.
std::string NoteQuestionId(std::string_view guid);

// Which Summit card an Anki card became, so its review history can follow it.
struct AnkiCardLink {
    std::int64_t anki_card = 0;
    std::string question_guid;  // collection-wide: bank id, "/", question id
    int ordinal = 0;            // 1 for the reverse card of a reversible flashcard
};

// How the notes of one note type were read.
struct NoteTypeTally {
    std::string name;
    std::string read_as;  // e.g. "reversible flashcard", "cloze, one question per number"
    int notes = 0;
    int questions = 0;
};

struct AnkiConversion {
    // One bank per top-level deck (bank.deck is its name; deeper decks are question.deck), all
    // with id AnkiBankId; images as ParsedBank::images.
    std::vector<content::ParsedBank> banks;
    std::vector<AnkiCardLink> cards;
    std::vector<NoteTypeTally> note_types;  // note types that have notes, in id order
    // What was read with a loss, once per kind of loss with the count of notes it hit; each
    // names the package.
    ErrorList warnings;
    std::vector<std::string> sounds;  // sound files the notes play, shown as "sound: NAME"
    int images = 0;                   // distinct images shown
    int notes_skipped = 0;            // notes that became no question (each has a warning)

    std::size_t QuestionCount() const;
};

// Converts every note of `package`. `package_name` names it in warnings.
AnkiConversion ConvertAnkiPackage(const AnkiPackage& package, std::string_view package_name);

}  // namespace summit::storage::anki
