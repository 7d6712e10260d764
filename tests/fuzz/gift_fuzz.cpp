// Fuzz target for GIFT files: refused with errors, or a bank the bank format accepts.
#include <cstdint>

#include "content/formats/gift.h"
#include "tests/fuzz/bank_reader_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace summit;
    fuzz::CheckParsedBank(content::ParseGift(fuzz::AsText(data, size), "fuzz.gift"));
    return 0;
}
