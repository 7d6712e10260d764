// Fuzz target for Moodle XML files: refused with errors, or a bank the bank format accepts
// whose images are exactly those its questions show, each an accepted image.
#include <cstdint>
#include <set>

#include "content/formats/moodle_xml.h"
#include "content/richtext/image_type.h"
#include "content/richtext/question_texts.h"
#include "content/richtext/sha256.h"
#include "tests/fuzz/bank_reader_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    const auto parsed = content::ParseMoodleXml(fuzz::AsText(data, size), "fuzz.xml");
    fuzz::CheckParsedBank(parsed);
    if (!parsed) {
        return 0;
    }
    std::set<std::string> given;
    for (const std::string& image : parsed->images) {
        SUMMIT_FUZZ_CHECK(content::CheckImageBytes(image).has_value());
        SUMMIT_FUZZ_CHECK(given.insert(content::Sha256Hex(image)).second);
    }
    std::set<std::string> shown;
    for (const content::Question& question : parsed->bank.questions) {
        for (const std::string& hash : content::QuestionMediaHashes(question)) {
            shown.insert(hash);
        }
    }
    SUMMIT_FUZZ_CHECK(shown == given);
    return 0;
}
