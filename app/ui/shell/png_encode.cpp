// PNG encoding: signature, IHDR, one IDAT streamed through deflate row by row, IEND.
#include "app/ui/shell/png_encode.h"

#include <array>
#include <cstring>

#include <zlib.h>

namespace summit::ui {
namespace {

constexpr uint8_t kSignature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
constexpr uint8_t kFilterUp = 2;
constexpr size_t kBytesPerPixel = 4;
constexpr size_t kDeflateSlice = 64 * 1024;  // deflate's output is copied out this much at a time

void PutBigEndian(std::vector<uint8_t>& out, size_t at, uint32_t value) {
    for (size_t i = 0; i < 4; ++i) {
        out[at + i] = static_cast<uint8_t>(value >> (24 - 8 * i));
    }
}

void AppendBigEndian(std::vector<uint8_t>& out, uint32_t value) {
    out.resize(out.size() + 4);
    PutBigEndian(out, out.size() - 4, value);
}

// Starts a chunk: room for its length, then its type. Returns where it starts.
size_t OpenChunk(std::vector<uint8_t>& out, const char (&type)[5]) {
    const size_t at = out.size();
    out.resize(at + 4);
    out.insert(out.end(), type, type + 4);
    return at;
}

// Ends the chunk opened at `at` with everything appended since: its length, then its CRC
// (of type and data).
void CloseChunk(std::vector<uint8_t>& out, size_t at) {
    const size_t data_length = out.size() - at - 8;
    PutBigEndian(out, at, static_cast<uint32_t>(data_length));
    const uLong crc =
        crc32(crc32(0, nullptr, 0), out.data() + at + 4, static_cast<uInt>(data_length + 4));
    AppendBigEndian(out, static_cast<uint32_t>(crc));
}

// Deflates what `zs` holds as input, appending the output to `out`; with Z_FINISH until the
// stream ends. False on a zlib error.
bool Deflate(z_stream& zs, std::vector<uint8_t>& out, int flush) {
    std::array<uint8_t, kDeflateSlice> slice;
    while (true) {
        zs.next_out = slice.data();
        zs.avail_out = static_cast<uInt>(slice.size());
        const int rc = deflate(&zs, flush);
        if (rc == Z_STREAM_ERROR) {
            return false;
        }
        out.insert(out.end(), slice.data(), slice.data() + (slice.size() - zs.avail_out));
        if (flush == Z_FINISH ? rc == Z_STREAM_END : zs.avail_out != 0) {
            return true;
        }
    }
}

}  // namespace

Result<std::vector<uint8_t>> EncodePng(const PngPixels& pixels) {
    if (pixels.width <= 0 || pixels.height <= 0 || pixels.rgba == nullptr) {
        return Fail(ErrorCode::kInvalidArgument, "no pixels to encode");
    }
    const size_t row_bytes = static_cast<size_t>(pixels.width) * kBytesPerPixel;

    std::vector<uint8_t> out(std::begin(kSignature), std::end(kSignature));
    const size_t header = OpenChunk(out, "IHDR");
    AppendBigEndian(out, static_cast<uint32_t>(pixels.width));
    AppendBigEndian(out, static_cast<uint32_t>(pixels.height));
    // 8 bits per channel, RGBA, deflate, per-row filters, not interlaced.
    out.insert(out.end(), {8, 6, 0, 0, 0});
    CloseChunk(out, header);

    z_stream zs{};
    if (deflateInit(&zs, Z_BEST_SPEED) != Z_OK) {
        return Fail(ErrorCode::kIo, "cannot start deflate");
    }
    const size_t data = OpenChunk(out, "IDAT");
    std::vector<uint8_t> filtered(1 + row_bytes);
    std::vector<uint8_t> above(row_bytes, 0);  // the row above the first is zeros
    std::vector<uint8_t> current(row_bytes);
    bool ok = true;
    for (int y = 0; y < pixels.height && ok; ++y) {
        const int stored = pixels.bottom_up ? pixels.height - 1 - y : y;
        std::memcpy(current.data(), pixels.rgba + static_cast<size_t>(stored) * row_bytes,
                    row_bytes);
        if (pixels.opaque) {
            for (size_t i = 3; i < row_bytes; i += kBytesPerPixel) {
                current[i] = 255;
            }
        }
        filtered[0] = kFilterUp;
        for (size_t i = 0; i < row_bytes; ++i) {
            filtered[1 + i] = static_cast<uint8_t>(current[i] - above[i]);
        }
        current.swap(above);
        zs.next_in = filtered.data();
        zs.avail_in = static_cast<uInt>(filtered.size());
        ok = Deflate(zs, out, Z_NO_FLUSH);
    }
    ok = ok && Deflate(zs, out, Z_FINISH);
    deflateEnd(&zs);
    if (!ok) {
        return Fail(ErrorCode::kIo, "deflate failed");
    }
    CloseChunk(out, data);
    CloseChunk(out, OpenChunk(out, "IEND"));
    return out;
}

}  // namespace summit::ui
