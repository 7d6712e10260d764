// SHA-256 through libcrypto's one-shot digest, which uses the processor's SHA instructions
// where there are any: a folder of class reports is hashed at gigabytes per second.
#include "content/richtext/sha256.h"

#include <cassert>

#include <openssl/evp.h>

namespace summit::content {

Sha256Digest Sha256(std::string_view bytes) {
    Sha256Digest digest{};
    unsigned int size = 0;
    const int ok =
        EVP_Digest(bytes.data(), bytes.size(), digest.data(), &size, EVP_sha256(), nullptr);
    // Fails only without memory or without the SHA-256 algorithm, which every libcrypto has.
    assert(ok == 1 && size == digest.size());
    (void)ok;
    return digest;
}

std::string Sha256Hex(std::string_view bytes) {
    constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(64);
    for (uint8_t byte : Sha256(bytes)) {
        hex += kDigits[byte >> 4];
        hex += kDigits[byte & 0xf];
    }
    return hex;
}

bool IsMediaHash(std::string_view text) {
    if (text.size() != 64) {
        return false;
    }
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

}  // namespace summit::content
