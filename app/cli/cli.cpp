// Global options and verb dispatch for the summit command.
#include "app/cli/cli.h"

#include <iostream>
#include <map>

#include "app/bootstrap/startup.h"
#include "app/cli/verbs.h"

namespace summit::cli {
namespace {

constexpr const char* kHelp = R"(Summit: quizzes and flashcards with spaced repetition.

usage: summit [OPTIONS]                      open the window
       summit [OPTIONS] VERB [ARGS]

verbs:
  import FILE [--deck NAME] [--format F]      import a question bank (JSON, CSV, TSV, Anki
                                              plain text, pasted lists); re-import updates
  check FILE [--format F]                     validate a bank and show what would be imported
  list [--deck NAME] [--json]                 list questions
  decks [--json]                              the deck tree with new, learning and due counts
  export --deck NAME [--format F] OUT         write a deck as JSON, CSV, TSV, GIFT or Aiken
  due [--deck NAME] [--json]                  the study queue, in order
  review ID RATING                            record an answer: again, hard, good, easy or 1-4
  review -                                    record one "ID RATING" per line of stdin
  undo [N]                                    take back the last N answers (default 1)
  suspend ID...                               stop asking these cards until unsuspended
  unsuspend ID...                             ask suspended cards again
  bury ID...                                  hide these cards until the next study day
  unbury ID...                                show buried cards again now
  sched replay                                replay review sequences given as JSON on stdin
  stats [--deck NAME] [--topic TAG] [--json]  progress statistics
  (--deck NAME includes the subdecks NAME::...; their counts add up into NAME's)
  optimize [--deck NAME] [--apply] [--json]   fit the FSRS parameters to the review log;
                                              --apply stores them in the deck's settings
  optimize --undo --deck NAME                 put back the parameters the last fit replaced
  optimize --revlog FILE [--json]             fit to a review log file (py-fsrs CSV or
                                              day-level TSV)
  simulate --deck NAME [--json]               a year of the deck's reviews at desired
                                              retention 0.70-0.97: time against knowledge
  backups                                     list backups: date, size, questions, reviews
  restore BACKUP                              replace the collection with a backup (the
                                              current one is backed up first)
  check-collection [--repair]                 look for damage and impossible values; --repair
                                              fixes what is safe to fix and returns free space
                                              inside the file to the disk, after a backup
  report export --deck NAME --student "Name" OUT
                                              write a class report of the deck for a teacher
                                              (OUT: a folder, or the file)
  class DIR [--deck NAME] [--json] [--csv OUT]
                                              the class from a folder of reports: students,
                                              item analysis, topics (docs/class.md)

options:
  --collection PATH      the collection file (default $XDG_DATA_HOME/summit/collection.db)
  --now ISO8601          the clock, e.g. 2024-05-01T09:00:00Z (for tests and scripts)
  --screenshot OUT.png   render the window, write a PNG and exit
  --view NAME            the view to open: home, study, summary, quiz_setup, quiz,
                         quiz_results, progress, settings, class or recovery (default home)
  --frames N             frames to render before a screenshot (default 10)
  --ui-scale X           zoom the interface, 0.5 to 3 (default 1)
  --window-size WxH      the window's size at first, e.g. 800x600, from 640x480 (default
                         1100x700)
  --help, --version      (VERB --help: that verb's own help)

backups go to $XDG_DATA_HOME/summit/backups for the default collection and to
PATH.backups beside any other; they are written before imports, schema upgrades, restores
and repairs, and by the window every 30 minutes of changes and when it closes.

exit codes: 0 success, 1 bad input or failed operation (nothing changed), 2 usage error
)";

using Verb = int (*)(Context&);
const std::map<std::string, Verb> kVerbs = {
    {"import", RunImport},
    {"check", RunCheck},
    {"export", RunExport},
    {"list", RunList},
    {"decks", RunDecks},
    {"due", RunDue},
    {"review", RunReview},
    {"undo", RunUndo},
    {"suspend", RunCardAction},
    {"unsuspend", RunCardAction},
    {"bury", RunCardAction},
    {"unbury", RunCardAction},
    {"sched", RunSched},
    {"stats", RunStats},
    {"optimize", RunOptimize},
    {"simulate", RunSimulate},
    {"backups", RunBackups},
    {"restore", RunRestore},
    {"check-collection", RunCheckCollection},
    {"report", RunReport},
    {"class", RunClass},
};

}  // namespace

int Main(const bootstrap::Args& args) {
    if (args.Has("version") && !args.Has("help")) {
        std::cout << "summit " << SUMMIT_VERSION << "\n";
        return kExitOk;
    }
    if (args.Has("help") && !args.words.empty()) {
        if (const char* help = VerbHelp(args.words.front())) {
            std::cout << help;
            return kExitOk;
        }
    }
    if (args.Has("help") || args.words.empty()) {
        std::cout << kHelp;
        return kExitOk;
    }
    auto startup = bootstrap::ReadStartup(args);
    if (!startup) {
        return bootstrap::UsageError(startup.error().message);
    }
    Context context(args, startup->collection_path, startup->Instant(), std::cout, std::cerr);
    auto verb = kVerbs.find(args.words.front());
    if (verb == kVerbs.end()) {
        return bootstrap::UsageError("unknown command '" + args.words.front() + "'");
    }
    const int code = verb->second(context);
    if (code != kExitOk) {
        context.Failed();
    }
    return code;
}

}  // namespace summit::cli
