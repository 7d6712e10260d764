// Class reports: `summit report export` (the student's side) and `summit class` (the
// teacher's): reading the folder, the analysis and its output are app/classroom's.
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "app/bootstrap/time_text.h"
#include "app/classroom/class_analysis.h"
#include "app/classroom/class_output.h"
#include "app/classroom/export.h"
#include "app/cli/text_columns.h"
#include "app/cli/verbs.h"
#include "storage/atomic_file.h"

namespace summit::cli {
namespace {

std::string Fixed(double value, int decimals, const char* unit = "") {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f%s", decimals, value, unit);
    return text;
}

// "-" for a figure that is undefined; `scale` turns a fraction into a percentage.
std::string Fixed(const std::optional<double>& value, int decimals, const char* unit = "",
                  double scale = 1) {
    return value ? Fixed(scale * *value, decimals, unit) : std::string("-");
}

std::string Minutes(int64_t ms) {
    return std::to_string((ms + 30'000) / 60'000) + "m";
}

// `OUT` for the students table and `OUT` with "-items" before its extension for the items.
std::filesystem::path ItemsPath(const std::filesystem::path& students) {
    std::filesystem::path items = students;
    items.replace_filename(students.stem().string() + "-items" + students.extension().string());
    return items;
}

void PrintStudents(std::ostream& out, const classroom::ClassAnalysis& analysis) {
    out << "Students\n  " << PadRight("name", 20) << PadLeft("started", 8) << PadLeft("mastered", 9)
        << PadLeft("due", 5) << PadLeft("accuracy", 9) << PadLeft("time", 7)
        << "  last active           quizzes\n";
    for (const classroom::StudentRow& row : analysis.students) {
        std::string quizzes;
        for (double score : row.quiz_scores) {
            quizzes += (quizzes.empty() ? "" : " ") + Fixed(score, 0, "%");
        }
        out << "  " << PadRight(row.name, 20) << PadLeft(std::to_string(row.started), 8)
            << PadLeft(std::to_string(row.mastered), 9) << PadLeft(std::to_string(row.due), 5)
            << PadLeft(Fixed(row.accuracy, 0, "%", 100), 9) << PadLeft(Minutes(row.time_ms), 7)
            << "  "
            << PadRight(row.last_active_ms ? bootstrap::FormatIsoTimeUtc(row.last_active_ms) : "-",
                        22)
            << (quizzes.empty() ? "-" : quizzes) << "\n    " << row.summary << "\n";
    }
}

void PrintItems(std::ostream& out, const classroom::ClassAnalysis& analysis) {
    out << "Questions (facility %, SD %, discrimination index, discriminative efficiency %)\n";
    for (const classroom::ItemRow& item : analysis.items) {
        const classroom::ItemFigures& f = item.figures;
        out << "  " << PadRight(item.id, 34) << PadLeft(std::to_string(f.students), 4)
            << PadLeft(Fixed(f.facility, 0), 5) << PadLeft(Fixed(f.sd, 0), 5)
            << PadLeft(Fixed(f.discrimination, 2), 7) << PadLeft(Fixed(f.efficiency, 0), 6)
            << (item.changed ? "  changed" : "") << "\n";
        for (const classroom::OptionShare& option : item.options) {
            out << "      " << (option.correct ? "* " : "  ")
                << PadLeft(Fixed(option.share, 0, "%", 100), 5) << "  " << option.text << "\n";
        }
        for (const std::string& flag : item.flags) {
            out << "      ! " << flag << "\n";
        }
    }
}

void PrintTopics(std::ostream& out, const classroom::ClassAnalysis& analysis) {
    out << "Topics (share of student-question pairs started, mastered)\n";
    for (const classroom::TopicRow& topic : analysis.topics) {
        out << "  " << PadRight(topic.topic.empty() ? "(no topic)" : topic.topic, 34)
            << PadLeft(Fixed(100 * topic.started, 0, "%"), 6)
            << PadLeft(Fixed(100 * topic.mastered, 0, "%"), 6) << "\n";
    }
}

}  // namespace

int RunReport(Context& context) {
    const Args& args = context.args();
    auto deck = args.Get("deck");
    auto student = args.Get("student");
    if (args.words.size() != 3 || args.words[1] != "export" || !deck || !student) {
        context.err() << "usage: summit report export --deck NAME --student \"Name\" OUT\n";
        return kExitUsage;
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    auto deck_id = (*collection)->FindDeck(*deck);
    if (!deck_id) {
        return context.Report(deck_id.error());
    }
    auto written = classroom::ExportStudentReport(**collection, *deck_id, *student, args.words[2],
                                                  context.now_ms());
    if (!written) {
        return context.Report(written.error());
    }
    context.out() << "Wrote the report of " << *deck << " for " << *student << " to "
                  << written->string() << "\n";
    return kExitOk;
}

int RunClass(Context& context) {
    const Args& args = context.args();
    if (args.words.size() != 2) {
        context.err() << "usage: summit class DIR [--deck NAME] [--json] [--csv OUT]\n";
        return kExitUsage;
    }
    auto folder = classroom::LoadClassFolder(args.words[1], args.Get("deck"));
    if (!folder) {
        return context.Report(folder.error());
    }
    const classroom::ClassAnalysis analysis = classroom::AnalyseClass(*folder, context.now_ms());
    if (auto csv = args.Get("csv")) {
        const std::filesystem::path students = *csv;
        for (const auto& [path, text] :
             {std::pair{students, classroom::StudentsCsv(analysis)},
              std::pair{ItemsPath(students), classroom::ItemsCsv(analysis)}}) {
            if (auto written = storage::WriteFileAtomically(path, text); !written) {
                return context.Report(written.error());
            }
        }
    }
    if (args.Has("json")) {
        context.out() << classroom::ClassJson(analysis, folder->rejected) << "\n";
        return kExitOk;
    }
    context.out() << "Class of " << (analysis.deck.empty() ? "(no deck)" : analysis.deck) << ": "
                  << analysis.students.size() << " students";
    if (analysis.changed_items > 0) {
        context.out() << "; " << analysis.changed_items
                      << " questions differ between the students' bank versions";
    }
    context.out() << "\n\n";
    PrintStudents(context.out(), analysis);
    context.out() << "\n";
    PrintItems(context.out(), analysis);
    context.out() << "\n";
    PrintTopics(context.out(), analysis);
    for (const std::string& note : analysis.notes) {
        context.out() << note << "\n";
    }
    if (!folder->rejected.empty()) {
        context.out() << "\nSkipped\n";
        for (const classroom::RejectedReport& bad : folder->rejected) {
            context.out() << "  " << bad.file.filename().string() << ": " << bad.reason << "\n";
        }
    }
    return kExitOk;
}

}  // namespace summit::cli
