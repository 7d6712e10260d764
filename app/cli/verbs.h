// The command-line verbs. Each returns the process exit code and reports its own errors.
#pragma once

#include <string>

#include "app/cli/context.h"

namespace summit::cli {

int RunImport(Context& context);  // summit import FILE [--deck NAME]
int RunCheck(Context& context);   // summit check FILE
int RunExport(Context& context);  // summit export --deck NAME --format json OUT
int RunList(Context& context);    // summit list [--deck NAME] [--json]
int RunDecks(Context& context);   // summit decks [--json]
int RunDue(Context& context);     // summit due [--deck NAME] [--json]
int RunReview(Context& context);  // summit review ID RATING
int RunUndo(Context& context);    // summit undo [N]
// summit suspend|unsuspend|bury|unbury ID...; the verb word picks the action.
int RunCardAction(Context& context);
int RunSched(Context& context);     // summit sched replay
int RunStats(Context& context);     // summit stats [--deck NAME] [--topic TAG] [--json]
int RunSimulate(Context& context);  // summit simulate --deck NAME [--json]
int RunOptimize(Context& context);  // summit optimize [--deck NAME] [--apply|--undo] [--revlog F]
int RunBackups(Context& context);   // summit backups
int RunRestore(Context& context);   // summit restore BACKUP
int RunCheckCollection(Context& context);  // summit check-collection [--repair]
// summit report export --deck NAME --student "Name" OUT
int RunReport(Context& context);
int RunClass(Context& context);  // summit class DIR [--deck NAME] [--json] [--csv OUT]

// The help `summit VERB --help` prints (usage, what it does, its options); nullptr for a verb
// without its own help, which then gets the global help.
const char* VerbHelp(const std::string& verb);

}  // namespace summit::cli
