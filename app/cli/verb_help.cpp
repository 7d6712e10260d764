// Each verb's own help, printed by `summit VERB --help`: its usage line, what it does, its
// options and its exit codes, so a user need not read the global help to use one verb.
#include <map>
#include <string>

#include "app/cli/verbs.h"

namespace summit::cli {
namespace {

const std::map<std::string, const char*> kVerbHelp = {
    {"import", R"(usage: summit import FILE [--deck NAME]

Imports a question bank (JSON) into its deck, or into NAME. Re-importing the same bank
updates changed questions and keeps their cards and history. A question stays in the deck it
is in: a bank whose questions are already in another deck is refused with --deck.
)"},
    {"check", R"(usage: summit check FILE

Validates a bank without importing it and prints every problem with its position.
)"},
    {"list", R"(usage: summit list [--deck NAME] [--json]

Lists the questions of every deck, or of deck NAME (exit 1 when no deck has that name).
)"},
    {"decks", R"(usage: summit decks [--json]

Lists the decks with their new, learning and due counts for today.
)"},
    {"export", R"(usage: summit export --deck NAME [--format json] OUT

Writes deck NAME as a bank file. Without --format the format comes from OUT's extension
(.json); OUT may be - for standard output (JSON).
)"},
    {"due", R"(usage: summit due [--deck NAME] [--json]

The study queue of every deck, or of deck NAME, in the order it is asked.
)"},
    {"review", R"(usage: summit review ID RATING
       summit review -

Records an answer to card ID (see summit due). RATING: again, hard, good, easy or 1-4.
With -, reads one "ID RATING" per line of standard input and records each in turn, all at
the command's instant. Each answer is confirmed with one line once it is saved (a killed
process loses nothing it confirmed); the first line that fails stops the command.
)"},
    {"undo", R"(usage: summit undo [N]

Takes back the last N answers (default 1), restoring the cards as they were.
)"},
    {"sched", R"(usage: summit sched replay [FILE]

Replays review sequences given as JSON in FILE (or on standard input) and prints the
scheduler's intervals, for checking the scheduler against a reference. A mistake in the
input is reported as FILE:LINE:COL.
)"},
    {"stats", R"(usage: summit stats [--deck NAME] [--topic TAG] [--json]

The numbers of the Progress view for every deck, deck NAME or topic TAG.
)"},
};

}  // namespace

const char* VerbHelp(const std::string& verb) {
    auto found = kVerbHelp.find(verb);
    return found == kVerbHelp.end() ? nullptr : found->second;
}

}  // namespace summit::cli
