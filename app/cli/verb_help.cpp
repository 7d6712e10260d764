// Each verb's own help, printed by `summit VERB --help`: its usage line, what it does, its
// options and its exit codes, so a user need not read the global help to use one verb.
#include <map>
#include <string>

#include "app/cli/verbs.h"

namespace summit::cli {
namespace {

const std::map<std::string, const char*> kVerbHelp = {
    {"import", R"(usage: summit import FILE [--deck NAME] [--format F] [--delimiter D]
                     [--card-separator S]

Imports a question bank into its deck, or into NAME. Re-importing the same bank updates
changed questions and keeps their cards and history. A question stays in the deck it is in:
a bank whose questions are already in another deck is refused with --deck. Nothing is
imported when the file has an error; warnings (rows skipped, cells ignored) are printed as
FILE:LINE:COL: warning: ... and the summary names the format read. On a terminal, an import
of 1,000 questions or more shows its progress.

  --format F          auto (default), json, csv, tsv, text, gift, aiken or moodle-xml; auto
                      goes by the extension, then the content (docs/formats.md)
  --delimiter D       csv and text: the field separator, a character or tab, comma,
                      semicolon, pipe, colon, space (default: detected); text: a longer
                      string splits a pasted list's term and definition
  --card-separator S  text: read a pasted list (Quizlet) whose cards end at S (\n, ; or any
                      string; \t and \n are escapes); the term separator is --delimiter or tab

A CSV/TSV bank's deck is the file's name; its questions are known again by their id column,
else by their question text.
)"},
    {"check", R"(usage: summit check FILE [--format F] [--delimiter D] [--card-separator S]

Reads a bank in any format without importing it and prints what would be imported: the
question count, the deck and the format read, the count of each question type, then every
warning. With errors, prints every error with its position and exits 1. The options are
import's.
)"},
    {"list", R"(usage: summit list [--deck NAME | --search QUERY] [--json]

Lists the questions of every deck, or of deck NAME and its subdecks (NAME::...) (exit 1
when no deck has that name). --search lists the questions whose cards QUERY finds, in the
browser's search language (docs/search.md: words, "phrases", deck:, tag:, topic:, type:,
is:, prop:, rated:, -, OR, parentheses); a malformed QUERY exits 1 naming its column.
)"},
    {"decks", R"(usage: summit decks [--json]

Lists the decks as a tree (subdecks, named Parent::Child, indented under their parent)
with their new, learning and due counts for today; a deck's counts include its subdecks'.
)"},
    {"export", R"(usage: summit export --deck NAME [--format json|csv|tsv|gift|aiken] OUT

Writes deck NAME as a bank file. Without --format the format comes from OUT's extension
(.json, .csv, .tsv, .gift); OUT may be - for standard output (JSON unless --format says
otherwise). CSV and TSV have a header row with the column names import reads. A question a
format cannot hold exactly (choice feedback in CSV, ordering in Aiken, ...) is left out with a
warning naming it; Aiken holds only single-answer multiple choice.
)"},
    {"due", R"(usage: summit due [--deck NAME] [--json]

The study queue of every deck, or of deck NAME and its subdecks, in the order it is asked.
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

The numbers of the Progress view for every deck, deck NAME (with its subdecks) or topic TAG.
)"},
};

}  // namespace

const char* VerbHelp(const std::string& verb) {
    auto found = kVerbHelp.find(verb);
    return found == kVerbHelp.end() ? nullptr : found->second;
}

}  // namespace summit::cli
