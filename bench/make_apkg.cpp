// Writes a realistic large Anki package for the import benchmark (bench/apkg_bench.sh): mixed
// Basic, Basic (and reversed card) and Cloze notes with some HTML, images referenced from the
// notes, and a review history, all from one seed. The package is written by Summit's own
// writer (storage/anki/anki_package_writer.h) in the shape Anki 2.1 exports.
//
// Usage: make_apkg OUT.apkg [NOTES=30000] [REVIEWS=300000] [IMAGES=1000] [SEED=1]
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <string>

#include "bench/synthetic.h"
#include "storage/anki/anki_package_writer.h"

namespace {

using namespace summit::storage::anki;
using summit::bench::Rng;

constexpr std::int64_t kNowMs = 1767225600000;  // 2026-01-01T00:00Z
constexpr std::int64_t kDayMs = summit::bench::kDayMs;
constexpr const char* kWords[] = {"river",   "mountain", "ancient",  "theory", "market", "orbit",
                                  "protein", "verb",     "harbour",  "signal", "empire", "crystal",
                                  "density", "ballad",   "fortress", "glacier"};

long Arg(int argc, char** argv, int index, long fallback) {
    long value = fallback;
    if (index < argc) {
        std::from_chars(argv[index], argv[index] + std::char_traits<char>::length(argv[index]),
                        value);
    }
    return value;
}

std::string Words(Rng& rng, int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
        text += (i == 0 ? "" : " ") + std::string(kWords[rng.Below(std::size(kWords))]);
    }
    return text;
}

// A few kilobytes that pass for a PNG by their signature; content does not matter to a reader.
std::string ImageBytes(Rng& rng) {
    std::string bytes("\x89PNG\r\n\x1a\n", 8);
    const std::int64_t size = 2000 + rng.Below(14000);
    while (static_cast<std::int64_t>(bytes.size()) < size) {
        const std::uint64_t word = rng.Next();
        bytes.append(reinterpret_cast<const char*>(&word), sizeof word);
    }
    return bytes;
}

AnkiNoteType Type(std::int64_t id, const char* name, AnkiNoteType::Kind kind, int templates) {
    AnkiNoteType type{id, name, kind, {}, {}};
    const std::string answer = "{{FrontSide}}\n\n<hr id=answer>\n\n";
    if (kind == AnkiNoteType::Kind::kCloze) {
        type.fields = {"Text", "Back Extra"};
        type.templates = {{"Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"}};
        return type;
    }
    type.fields = {"Front", "Back"};
    type.templates = {{"Card 1", "{{Front}}", answer + "{{Back}}"}};
    if (templates == 2) {
        type.templates.push_back({"Card 2", "{{Back}}", answer + "{{Front}}"});
    }
    return type;
}

// A card's history: `count` reviews ending before kNowMs with growing intervals; the card is
// left in review with the last interval.
void Study(AnkiCard& card, int count, Rng& rng, std::vector<AnkiRevlog>& revlog) {
    std::int64_t time = kNowMs - (200 + rng.Below(600)) * kDayMs;
    std::int64_t interval = 0;
    for (int i = 0; i < count; ++i) {
        const int ease = rng.Below(10) == 0 ? 1 : 3 + static_cast<int>(rng.Below(4) == 0);
        const std::int64_t last = interval;
        interval = ease == 1 ? 1 : std::max<std::int64_t>(1, interval * 2 + 1);
        revlog.push_back(AnkiRevlog{time + static_cast<std::int64_t>(revlog.size() % 1000), card.id,
                                    ease, interval, last, 2500, 2000 + rng.Below(20000),
                                    i == 0 ? 0 : 1});
        card.lapses += ease == 1 && i > 0;
        time += std::max<std::int64_t>(1, interval / 3) * kDayMs;
    }
    card.type = 2;
    card.queue = 2;
    card.reps = count;
    card.ivl = interval;
    card.factor = 2500;
    card.due = (time - CreationDaySeconds(kNowMs) * 1000) / kDayMs;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: make_apkg OUT.apkg [NOTES] [REVIEWS] [IMAGES] [SEED]\n");
        return 2;
    }
    const long notes = Arg(argc, argv, 2, 30000);
    const long reviews = Arg(argc, argv, 3, 300000);
    const long images = Arg(argc, argv, 4, 1000);
    Rng rng(static_cast<std::uint64_t>(Arg(argc, argv, 5, 1)));
    const auto started = std::chrono::steady_clock::now();

    AnkiPackage package;
    package.container = ContainerKind::kLegacyAnki21;
    package.schema_version = 11;
    package.note_types = {Type(1001, "Basic", AnkiNoteType::Kind::kStandard, 1),
                          Type(1002, "Basic (and reversed card)", AnkiNoteType::Kind::kStandard, 2),
                          Type(1003, "Cloze", AnkiNoteType::Kind::kCloze, 1)};
    for (int i = 0; i < 8; ++i) {
        package.decks.push_back(AnkiDeck{2000 + i, "Bench::Part " + std::to_string(i / 4 + 1) +
                                                       "::Chapter " + std::to_string(i + 1)});
    }
    for (long i = 0; i < images; ++i) {
        package.media.push_back(AnkiMedia{"img" + std::to_string(i) + ".png", ImageBytes(rng)});
    }
    std::int64_t next_id = kNowMs - 400 * kDayMs;
    for (long i = 0; i < notes; ++i) {
        const std::int64_t roll = rng.Below(10);  // 6 Basic, 2 reversed, 2 cloze in 10
        const std::int64_t type = roll < 6 ? 1001 : roll < 8 ? 1002 : 1003;
        std::string front = Words(rng, 3 + static_cast<int>(rng.Below(8)));
        std::string back = Words(rng, 2 + static_cast<int>(rng.Below(12)));
        if (rng.Below(5) == 0) {
            front = "<b>" + front + "</b>&nbsp;<i>" + Words(rng, 2) + "</i>";
        }
        if (type == 1003) {
            front = Words(rng, 4) + " {{c1::" + Words(rng, 1) + "}} " + Words(rng, 3) +
                    (rng.Below(3) == 0 ? " {{c2::" + Words(rng, 2) + "::hint}}" : "");
        }
        if (images > 0 && i % std::max<long>(1, notes / images) == 0) {
            back += "<br><img src=\"img" + std::to_string(rng.Below(images)) + ".png\">";
        }
        const std::int64_t note_id = next_id++;
        package.notes.push_back(AnkiNote{note_id,
                                         "g" + std::to_string(i),
                                         type,
                                         {front + " #" + std::to_string(i), back},
                                         {"bench", "t" + std::to_string(i % 40)}});
        const int cards =
            type == 1002 || (type == 1003 && front.find("{{c2::") != std::string::npos) ? 2 : 1;
        for (int ord = 0; ord < cards; ++ord) {
            AnkiCard card;
            card.id = next_id++;
            card.note_id = note_id;
            card.deck_id = 2000 + i % 8;
            card.ord = ord;
            card.due = i + 1;
            package.cards.push_back(std::move(card));
        }
    }
    // Spread the reviews over four in five cards, a handful to a few dozen each.
    const long studied = static_cast<long>(package.cards.size()) * 4 / 5;
    long left = reviews;
    for (long c = 0; c < studied && left > 0; ++c) {
        const long share = left / (studied - c);
        const int count = static_cast<int>(
            std::min<long>(left, std::max<long>(1, share / 2 + rng.Below(share + 1))));
        Study(package.cards[static_cast<std::size_t>(c)], count, rng, package.revlog);
        left -= count;
    }
    std::ranges::sort(package.revlog, {}, &AnkiRevlog::id);
    for (std::size_t i = 1; i < package.revlog.size(); ++i) {
        package.revlog[i].id = std::max(package.revlog[i].id, package.revlog[i - 1].id + 1);
    }

    PackageWriteOptions options;
    options.now_ms = kNowMs;
    if (auto written = WriteAnkiPackage(package, argv[1], options); !written) {
        std::fprintf(stderr, "%s\n", written.error().ToString().c_str());
        return 1;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("%s: %zu notes, %zu cards, %zu reviews, %zu images (%.1f s)\n", argv[1],
                package.notes.size(), package.cards.size(), package.revlog.size(),
                package.media.size(), seconds);
    return 0;
}
