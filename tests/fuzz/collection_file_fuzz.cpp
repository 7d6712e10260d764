// Fuzz target for the collection file itself: the input is written to a file in a private
// temporary folder and opened with Collection::Open as the app opens it. When it opens, the
// reads the app starts with run (decks, counts, questions, export, the review log, quizzes),
// then Check Collection and one undo; when it does not, the error says why. Either way
// nothing crashes, and once the collection is closed the folder holds the file alone: no
// half-built collection, no WAL or shared-memory file left behind. A file from a newer Summit
// is refused byte-for-byte unchanged.
//
// Run it with TMPDIR on a RAM disk (/dev/shm): every commit is synced (synchronous = FULL).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

#include <unistd.h>

#include "storage/collection.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

namespace fs = std::filesystem;
using namespace summit;

constexpr int64_t kNowMs = 1'750'000'000'000;  // a fixed "now": runs repeat exactly
constexpr int64_t kDayMs = 86'400'000;

// A folder of this process's own, removed with everything in it when the process exits.
class ScratchFolder {
  public:
    ScratchFolder() {
        std::string pattern = (fs::temp_directory_path() / "summit-fuzz-XXXXXX").string();
        SUMMIT_FUZZ_CHECK(::mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~ScratchFolder() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

void WriteFile(const fs::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    SUMMIT_FUZZ_CHECK(out.good());
}

std::string ReadFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// An error from any call: it must say what went wrong.
template <typename T>
void CheckOutcome(const Result<T>& result) {
    if (!result) {
        SUMMIT_FUZZ_CHECK(fuzz::HasMessage(result.error()));
    }
}

// What the app does with a collection it opened, every call allowed to fail but not to crash.
void UseCollection(storage::Collection& collection) {
    CheckOutcome(collection.Counts());
    auto decks = collection.ListDecks(kNowMs, kNowMs + kDayMs);
    CheckOutcome(decks);
    if (decks && !decks->empty()) {
        CheckOutcome(collection.ExportDeck(decks->front().id));
        CheckOutcome(collection.GetDeckOptions(decks->front().id));
    }
    CheckOutcome(collection.ListQuestions());
    CheckOutcome(collection.ListTopics());
    CheckOutcome(collection.ReadReviewLog());
    CheckOutcome(collection.ListQuizAttempts());
    CheckOutcome(collection.CheckCollection(/*repair=*/false));
    CheckOutcome(collection.UndoLastReview());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const ScratchFolder folder;
    const fs::path file = folder.path() / "collection.db";
    const std::string_view input = fuzz::AsText(data, size);
    WriteFile(file, input);

    storage::OpenOptions options;
    options.busy_timeout_ms = 0;  // nothing else uses the folder: never wait for a lock
    options.clock = [] { return kNowMs; };
    {
        auto collection = storage::Collection::Open(file, options);
        if (collection) {
            UseCollection(*collection);
        } else {
            SUMMIT_FUZZ_CHECK(fuzz::HasMessage(collection.error()));
            if (collection.error().code == ErrorCode::kUnsupportedVersion) {
                SUMMIT_FUZZ_CHECK(ReadFile(file) == input);
            }
        }
    }

    std::error_code ec;
    int files = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder.path(), ec)) {
        SUMMIT_FUZZ_CHECK(entry.path() == file);
        ++files;
    }
    SUMMIT_FUZZ_CHECK(!ec && files == 1);
    fs::remove(file, ec);
    return 0;
}
