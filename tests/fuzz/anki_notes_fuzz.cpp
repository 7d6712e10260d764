// Fuzz target for the mapping of Anki notes to Summit questions (ConvertAnkiPackage: note types
// read by their templates, cloze numbers, field HTML and media): a one-note-type package built
// from the input converts into valid banks whose card links point at their questions, with
// every warning explained and naming the package.
//
// Input: parts separated by 0x1E. Part 0: its first byte picks the note type's kind (odd:
// cloze) and the rest is the front template; part 1 the back template; part 2 the deck name;
// part 3 the field names (0x1F between them); every further part is one note's fields (0x1F
// between them). Each note gets cards for ords 0 to 2 in the deck.
#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content/formats/json_bank.h"
#include "storage/anki/anki_to_bank.h"
#include "tests/fuzz/fuzz_check.h"

namespace summit::fuzz {
namespace {

constexpr std::string_view kPackageName = "fuzz.apkg";

std::vector<std::string> Split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end - start));
        if (end == std::string_view::npos) {
            return parts;
        }
        start = end + 1;
    }
}

storage::anki::AnkiPackage PackageFrom(std::string_view text) {
    using namespace storage::anki;
    std::vector<std::string> parts = Split(text, '\x1e');
    parts.resize(std::max<std::size_t>(parts.size(), 4));
    AnkiPackage package;
    AnkiNoteType type;
    type.id = 1000;
    type.name = "fuzzed";
    const bool cloze = !parts[0].empty() && (static_cast<unsigned char>(parts[0][0]) & 1) != 0;
    type.kind = cloze ? AnkiNoteType::Kind::kCloze : AnkiNoteType::Kind::kStandard;
    type.templates.push_back({"Card 1", parts[0].empty() ? "" : parts[0].substr(1), parts[1]});
    if (!cloze) {  // a second template, so reversed-card shapes are reached
        type.templates.push_back({"Card 2", parts[1], parts[0]});
    }
    type.fields = Split(parts[3], '\x1f');
    package.note_types.push_back(type);
    package.decks.push_back({1, "Default"});
    package.decks.push_back({2, parts[2]});
    package.media.push_back({"a.png", "\x89PNG\r\n\x1a\n"});
    package.media.push_back({"b.mp3", "ID3"});
    for (std::size_t i = 4; i < parts.size(); ++i) {
        AnkiNote note;
        note.id = static_cast<int64_t>(i);
        note.guid = "n" + std::to_string(i);
        note.note_type_id = type.id;
        note.fields = Split(parts[i], '\x1f');
        note.tags = {"fuzz"};
        package.notes.push_back(note);
        for (int ord = 0; ord < 3; ++ord) {
            AnkiCard card;
            card.id = static_cast<int64_t>(i * 10 + static_cast<std::size_t>(ord));
            card.note_id = note.id;
            card.deck_id = 2;
            card.ord = ord;
            package.cards.push_back(card);
        }
    }
    return package;
}

void Check(const storage::anki::AnkiPackage& package,
           const storage::anki::AnkiConversion& conversion) {
    std::set<std::string> guids;
    for (const content::ParsedBank& bank : conversion.banks) {
        SUMMIT_FUZZ_CHECK(!bank.bank.questions.empty());
        SUMMIT_FUZZ_CHECK(content::ValidateBank(bank.bank, kPackageName).empty());
        for (const content::Question& question : bank.bank.questions) {
            SUMMIT_FUZZ_CHECK(guids.insert(content::QuestionGuid(bank.bank, question)).second);
        }
    }
    for (const storage::anki::AnkiCardLink& link : conversion.cards) {
        SUMMIT_FUZZ_CHECK(guids.count(link.question_guid) == 1);
        SUMMIT_FUZZ_CHECK(link.ordinal >= 0);
    }
    for (const Error& warning : conversion.warnings) {
        SUMMIT_FUZZ_CHECK(HasMessage(warning));
        SUMMIT_FUZZ_CHECK(warning.file == kPackageName);
    }
    SUMMIT_FUZZ_CHECK(conversion.notes_skipped >= 0);
    SUMMIT_FUZZ_CHECK(static_cast<std::size_t>(conversion.notes_skipped) <= package.notes.size());
    SUMMIT_FUZZ_CHECK(conversion.QuestionCount() == guids.size());
}

}  // namespace
}  // namespace summit::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const storage::anki::AnkiPackage package = fuzz::PackageFrom(fuzz::AsText(data, size));
    fuzz::Check(package, storage::anki::ConvertAnkiPackage(package, fuzz::kPackageName));
    return 0;
}
