// Fuzz target for Moodle XML files: refused with errors, or a bank the bank format accepts.
#include <cstdint>

#include "content/formats/moodle_xml.h"
#include "tests/fuzz/bank_reader_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    fuzz::CheckParsedBank(content::ParseMoodleXml(fuzz::AsText(data, size), "fuzz.xml"));
    return 0;
}
