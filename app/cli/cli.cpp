// Global options and verb dispatch for the summit command.
#include "app/cli/cli.h"

#include <cstdlib>
#include <iostream>
#include <map>

#include "app/cli/time_text.h"
#include "app/cli/verbs.h"

namespace summit::cli {
namespace {

constexpr const char* kHelp = R"(Summit: quizzes and flashcards with spaced repetition.

usage: summit [OPTIONS]                      open the window
       summit [OPTIONS] VERB [ARGS]

verbs:
  import FILE [--deck NAME]                   import a question bank (JSON); re-import updates
  check FILE                                  validate a bank without importing
  list [--deck NAME] [--json]                 list questions
  decks [--json]                              list decks with new, learning and due counts
  export --deck NAME --format json OUT        write a deck as a bank file (OUT may be -)
  due [--deck NAME] [--json]                  the study queue, in order
  review ID RATING                            record an answer: again, hard, good, easy or 1-4
  undo [N]                                    take back the last N answers (default 1)
  sched replay                                replay review sequences given as JSON on stdin
  stats [--deck NAME] [--topic TAG] [--json]  progress statistics

options:
  --collection PATH      the collection file (default $XDG_DATA_HOME/summit/collection.db)
  --now ISO8601          the clock, e.g. 2024-05-01T09:00:00Z (for tests and scripts)
  --screenshot OUT.png   render the window, write a PNG and exit
  --view NAME            the view to open: home, study, summary, quiz_setup, quiz,
                         quiz_results, progress or settings (default home)
  --frames N             frames to render before a screenshot (default 10)
  --ui-scale X           zoom the interface, 0.5 to 3 (default 1)
  --help, --version

exit codes: 0 success, 1 bad input or failed operation (nothing changed), 2 usage error
)";

const std::set<std::string> kValuedOptions = {
    "collection", "now", "deck", "format", "screenshot", "view", "frames", "ui-scale", "topic"};
const std::set<std::string> kFlags = {"json", "help", "version"};

using Verb = int (*)(Context&);
const std::map<std::string, Verb> kVerbs = {
    {"import", RunImport}, {"check", RunCheck}, {"export", RunExport}, {"list", RunList},
    {"decks", RunDecks},   {"due", RunDue},     {"review", RunReview}, {"undo", RunUndo},
    {"sched", RunSched},   {"stats", RunStats},
};

int UsageError(const std::string& message) {
    std::cerr << "summit: " << message << "\nTry 'summit --help'.\n";
    return kExitUsage;
}

Result<ui::WindowOptions> WindowOptionsFrom(const Args& args) {
    ui::WindowOptions options;
    if (auto path = args.Get("screenshot")) {
        options.screenshot_path = *path;
    }
    if (auto view = args.Get("view")) {
        options.view = *view;
    }
    if (auto frames = args.Get("frames")) {
        char* end = nullptr;
        long value = std::strtol(frames->c_str(), &end, 10);
        if (end == frames->c_str() || *end != '\0' || value < 1 || value > 10000) {
            return Fail(ErrorCode::kInvalidArgument,
                        "--frames takes a whole number from 1 to 10000");
        }
        options.frames = static_cast<int>(value);
    }
    if (auto scale = args.Get("ui-scale")) {
        char* end = nullptr;
        float value = std::strtof(scale->c_str(), &end);
        if (end == scale->c_str() || *end != '\0' || !(value >= 0.5f && value <= 3.0f)) {
            return Fail(ErrorCode::kInvalidArgument, "--ui-scale takes a number from 0.5 to 3");
        }
        options.ui_scale = value;
    }
    return options;
}

}  // namespace

int Main(int argc, char** argv, const WindowLauncher& launch_window) {
    auto parsed = ParseArgs(argc, argv, kValuedOptions, kFlags);
    if (!parsed) {
        return UsageError(parsed.error().message);
    }
    Args args = std::move(*parsed);
    if (args.Has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (args.Has("version")) {
        std::cout << "summit " << SUMMIT_VERSION << "\n";
        return kExitOk;
    }
    int64_t now_ms = NowMs();
    if (auto now = args.Get("now")) {
        auto parsed_now = ParseIsoTime(*now);
        if (!parsed_now) {
            return UsageError("--now: " + parsed_now.error().message);
        }
        now_ms = *parsed_now;
    }
    std::filesystem::path collection_path =
        args.Get("collection").value_or(storage::DefaultCollectionPath().string());

    Context context(args, collection_path, now_ms, std::cout, std::cerr);
    if (args.words.empty()) {
        if (!launch_window) {
            std::cout << kHelp;
            return kExitOk;
        }
        auto options = WindowOptionsFrom(args);
        if (!options) {
            return UsageError(options.error().message);
        }
        auto collection = context.OpenCollection();
        if (!collection) {
            return context.Report(collection.error());
        }
        return launch_window(**collection, *options);
    }
    auto verb = kVerbs.find(args.words.front());
    if (verb == kVerbs.end()) {
        return UsageError("unknown command '" + args.words.front() + "'");
    }
    return verb->second(context);
}

}  // namespace summit::cli
