// Fuzz target for Aiken files: refused with errors, or a bank the bank format accepts.
#include <cstdint>

#include "content/formats/aiken.h"
#include "tests/fuzz/bank_reader_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    fuzz::CheckParsedBank(content::ParseAiken(fuzz::AsText(data, size), "fuzz.txt"));
    return 0;
}
