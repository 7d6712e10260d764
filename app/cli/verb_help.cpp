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

Lists the questions of every deck, or of deck NAME and its subdecks (NAME::...) (exit 1
when no deck has that name).
)"},
    {"decks", R"(usage: summit decks [--json]

Lists the decks as a tree (subdecks, named Parent::Child, indented under their parent)
with their new, learning and due counts for today; a deck's counts include its subdecks'.
)"},
    {"export", R"(usage: summit export --deck NAME [--format json] OUT

Writes deck NAME as a bank file. Without --format the format comes from OUT's extension
(.json); OUT may be - for standard output (JSON).
)"},
    {"due", R"(usage: summit due [--deck NAME] [--json]

The study queue of every deck, or of deck NAME and its subdecks, in the order it is asked.
)"},
    {"review", R"(usage: summit review ID RATING

Records an answer to card ID (see summit due). RATING: again, hard, good, easy or 1-4.
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

The numbers of the Progress view for every deck, deck NAME (with its subdecks) or topic TAG.
)"},
};

}  // namespace

const char* VerbHelp(const std::string& verb) {
    auto found = kVerbHelp.find(verb);
    return found == kVerbHelp.end() ? nullptr : found->second;
}

}  // namespace summit::cli
