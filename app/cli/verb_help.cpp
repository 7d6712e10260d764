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
    {"export",
     R"(usage: summit export --deck NAME [--format json|csv|tsv|gift|aiken|moodle-xml|anki-text] OUT
       summit export --deck NAME [--with-scheduling] OUT.apkg

Writes deck NAME as a bank file. Without --format the format comes from OUT's extension
(.json, .csv, .tsv, .gift, .aiken, .xml for Moodle XML, .txt for Anki plain text); OUT may be
- for standard output (JSON unless --format says otherwise). CSV and TSV have a header row
with the column names import reads. Moodle XML embeds the deck's images. A question a format
cannot hold exactly (choice feedback in CSV, ordering in Aiken or Moodle XML, ...) is left out
or written with a loss, with a warning naming it; Aiken holds only single-answer multiple
choice, Anki text only flashcards, cloze and typed questions. An .apkg (--format apkg) is an
Anki package with the deck's images; --with-scheduling (or --with-history) adds each card's
study state and the review log (Anki's "include scheduling information").
)"},
    {"report", R"(usage: summit report export --deck NAME --student "Name" OUT

Writes a class report of deck NAME and its subdecks for a teacher: the student's name, per
question the attempts, the first answer and the memory state, and the finished quizzes. No
other deck is included. OUT is a folder (the file gets a name no other student's report
shares: student id, deck and time) or the file to write. The file is written under a
temporary name and renamed, so a shared folder never holds half a report (docs/class.md).
)"},
    {"class", R"(usage: summit class DIR [--deck NAME] [--json] [--csv OUT]

Reads every report in folder DIR and prints the class: per student (in natural order of
names: "Student 2" before "Student 10") the questions started,
mastered, due, accuracy, time, last activity and quiz scores; per question Moodle's item
analysis (facility, SD, discrimination index, discriminative efficiency, option shares) with
its flags; mastery per topic. Reports that are damaged, of another deck (NAME, or else the
deck most reports are of) or older than the same student's newest are listed and skipped.
--csv OUT also writes the students to OUT and the questions to OUT with "-items" before its
extension. Formulas and the file format: docs/class.md.
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
    {"optimize", R"(usage: summit optimize [--deck NAME] [--apply] [--json]
       summit optimize --undo --deck NAME
       summit optimize --revlog FILE [--json]

Fits the 21 FSRS-6 parameters to the review log of every deck or of deck NAME (with its
subdecks), the way Anki's optimizer does, and shows how well they predict the reviews before
and after: log loss and RMSE(bins), in-sample and by a 5-way time-series split. It needs at
least 400 reviews that came on a later day than the card's previous review.
--apply stores the fitted parameters in deck NAME's settings, keeping the old ones, which
--undo puts back. --revlog fits a file instead of the collection: a py-fsrs CSV
(card_id,review_rating,review_time,review_duration; UTC days) or a day-level TSV
(t_history, r_history, delta_ts, ys; long-term only).
)"},
    {"simulate", R"(usage: summit simulate --deck NAME [--json]

Simulates the next 365 days of deck NAME (its cards as they are, its daily limits and FSRS
parameters, answer times from its review log) at each desired retention from 0.70 to 0.97,
and shows the minutes of review a day against the cards remembered at the end, marking the
current setting and the retention with the least review time per card remembered.
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
