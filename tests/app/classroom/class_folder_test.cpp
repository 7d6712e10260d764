// Loading a folder: good reports load, bad ones are named with the reason and skipped.
#include "app/classroom/class_folder.h"

#include <gtest/gtest.h>

#include "app/classroom/export.h"
#include "app/classroom/report_file.h"
#include "hand_class.h"
#include "storage/atomic_file.h"
#include "tests/support/temp_dir.h"

namespace summit::classroom {
namespace {

using testing::HandStudent;
using testing::TempDir;
using testing::WriteFile;

std::string ReasonFor(const ClassFolder& folder, const std::string& file) {
    for (const RejectedReport& bad : folder.rejected) {
        if (bad.file.filename() == file) {
            return bad.reason;
        }
    }
    return "(not rejected)";
}

TEST(ClassFolderTest, BadReportsAreNamedWithTheReasonAndTheRestLoad) {
    TempDir dir;
    WriteFile(dir / "a.json", WriteReportText(HandStudent('A')));
    WriteFile(dir / "b-old.json", WriteReportText(HandStudent('B', 1'000)));
    WriteFile(dir / "b-new.json", WriteReportText(HandStudent('B', 2'000)));
    std::string edited = WriteReportText(HandStudent('C'));
    edited[edited.find("Student C")] = 'X';
    WriteFile(dir / "c.json", edited);
    StudentReport other = HandStudent('D');
    other.deck = "History";
    WriteFile(dir / "d.json", WriteReportText(other));
    const std::string whole = WriteReportText(HandStudent('E'));
    WriteFile(dir / "e.json", whole.substr(0, whole.size() - 40));
    WriteFile(dir / "settings.json", R"({"theme":"dark"})");
    WriteFile(dir / "notes.txt", "not a report, not looked at");

    auto folder = LoadClassFolder(dir.path(), std::nullopt, 2);
    ASSERT_TRUE(folder.has_value()) << folder.error().ToString();
    EXPECT_EQ(folder->deck, "Geography") << "the deck most reports are of";
    ASSERT_EQ(folder->reports.size(), 2u);
    EXPECT_EQ(folder->reports[0].report->student_name, "Student A");
    EXPECT_EQ(folder->reports[1].file.filename(), "b-new.json") << "the newest report of B";
    EXPECT_EQ(folder->rejected.size(), 5u);
    EXPECT_NE(ReasonFor(*folder, "b-old.json").find("an older report of Student B"),
              std::string::npos)
        << ReasonFor(*folder, "b-old.json");
    EXPECT_NE(ReasonFor(*folder, "c.json").find("checksum mismatch"), std::string::npos);
    EXPECT_EQ(ReasonFor(*folder, "d.json"), "another deck (\"History\")");
    EXPECT_NE(ReasonFor(*folder, "e.json").find("truncated"), std::string::npos);
    EXPECT_NE(ReasonFor(*folder, "settings.json").find("not a class report"), std::string::npos);

    auto history = LoadClassFolder(dir.path(), std::string("History"));
    ASSERT_TRUE(history.has_value());
    ASSERT_EQ(history->reports.size(), 1u);
    EXPECT_EQ(history->reports[0].report->student_name, "Student D");
}

TEST(ClassFolderTest, AMissingFolderIsNotFound) {
    TempDir dir;
    auto folder = LoadClassFolder(dir / "absent");
    ASSERT_FALSE(folder.has_value());
    EXPECT_EQ(folder.error().code, ErrorCode::kNotFound);
}

TEST(ClassFolderTest, TheStampChangesWhenAReportArrives) {
    TempDir dir;
    const FolderStamp empty = StampFolder(dir.path());
    EXPECT_TRUE(empty.files.empty());
    ASSERT_TRUE(storage::WriteFileAtomically(dir / "a.json", WriteReportText(HandStudent('A'))));
    const FolderStamp one = StampFolder(dir.path());
    EXPECT_EQ(one.files.size(), 1u);
    EXPECT_NE(one, empty);
    EXPECT_EQ(StampFolder(dir.path()), one);
}

TEST(ClassFolderTest, AReloadWithACacheReadsOnlyNewAndChangedFiles) {
    TempDir dir;
    WriteFile(dir / "a.json", WriteReportText(HandStudent('A')));
    WriteFile(dir / "b.json", WriteReportText(HandStudent('B')));
    ReportCache cache;
    LoadProgress progress;
    auto first = LoadClassFolder(dir.path(), std::nullopt, 2, &cache, &progress);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->reports.size(), 2u);
    EXPECT_EQ(cache.last_reads, 2);
    EXPECT_EQ(progress.files.load(), 2);
    EXPECT_EQ(progress.read.load(), 2);

    WriteFile(dir / "c.json", WriteReportText(HandStudent('C')));
    // b.json replaced by another student's report of another length: read again.
    StudentReport renamed = HandStudent('B');
    renamed.student_name = "Student B, renamed";
    WriteFile(dir / "b.json", WriteReportText(renamed));
    auto second = LoadClassFolder(dir.path(), std::nullopt, 2, &cache, &progress);
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(cache.last_reads, 2) << "b.json changed and c.json is new; a.json is cached";
    ASSERT_EQ(second->reports.size(), 3u);
    EXPECT_EQ(second->reports[1].report->student_name, "Student B, renamed");
    EXPECT_EQ(progress.read.load(), 3);
    // One copy of a report however many loads hold it: the cache and both folders share it.
    ASSERT_TRUE(cache.entries.at("a.json").report.has_value());
    EXPECT_EQ(cache.entries.at("a.json").report->get(), second->reports[0].report.get());
    EXPECT_EQ(first->reports[0].report.get(), second->reports[0].report.get());
    EXPECT_EQ(second->reports[0].report.use_count(), 3);

    std::filesystem::remove(dir / "a.json");
    auto third = LoadClassFolder(dir.path(), std::nullopt, 2, &cache);
    ASSERT_TRUE(third.has_value());
    EXPECT_EQ(cache.last_reads, 0);
    EXPECT_EQ(third->reports.size(), 2u);
    EXPECT_EQ(cache.entries.count("a.json"), 0u) << "a file gone leaves the cache";
}

TEST(ClassFolderTest, StudentsLoadInNaturalOrder) {
    TempDir dir;
    int n = 0;
    for (const char* name : {"Student 10", "Student 2", "student 1", "Student 02"}) {
        StudentReport report = HandStudent('A');
        report.student_name = name;
        report.student_id = "id" + std::to_string(n);
        WriteFile(dir / ("r" + std::to_string(n++) + ".json"), WriteReportText(report));
    }
    auto folder = LoadClassFolder(dir.path());
    ASSERT_TRUE(folder.has_value());
    std::vector<std::string> names;
    for (const LoadedReport& loaded : folder->reports) {
        names.push_back(loaded.report->student_name);
    }
    EXPECT_EQ(names,
              (std::vector<std::string>{"student 1", "Student 02", "Student 2", "Student 10"}));
}

TEST(ClassFolderTest, TheClassFolderOfAPathDroppedOnTheWindow) {
    TempDir dir;
    std::filesystem::create_directory(dir / "class");
    const std::string report = WriteReportText(HandStudent('A'));
    WriteFile(dir / "class" / (std::string("ann") + kReportSuffix), report);
    WriteFile(dir / "class" / "renamed.json", report);
    WriteFile(dir / "class" / "bank.json", R"({"id":"geo","questions":[]})");
    WriteFile(dir / "class" / "report.txt", report);

    EXPECT_EQ(ClassFolderOf(dir / "class"), dir / "class") << "a folder is itself";
    EXPECT_EQ(ClassFolderOf(dir / "class" / (std::string("ann") + kReportSuffix)), dir / "class");
    EXPECT_EQ(ClassFolderOf(dir / "class" / "renamed.json"), dir / "class")
        << "known by its first bytes";
    EXPECT_EQ(ClassFolderOf(dir / "class" / "bank.json"), std::nullopt);
    EXPECT_EQ(ClassFolderOf(dir / "class" / "report.txt"), std::nullopt) << "not read as one";
    EXPECT_EQ(ClassFolderOf(dir / "absent"), std::nullopt);
}

}  // namespace
}  // namespace summit::classroom
