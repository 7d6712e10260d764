// Every mutation of a collection, with an I/O error, a broken disk, a full disk and a kill at
// each of its file-changing steps in turn (SweepFaults): the collection always reopens sound,
// exactly as before or after the operation, and no acknowledged review is ever lost.
// Deleting a deck is not here: the collection has no such operation yet.
#include <gtest/gtest.h>

#include "app/decks/deck_settings_store.h"
#include "app/study/answering.h"
#include "app/study/card_actions.h"
#include "app/ui/settings/app_settings.h"
#include "storage/backup/backups.h"
#include "tests/storage/fault/collection_dump.h"
#include "tests/storage/fault/fault_sweep.h"
#include "tests/storage/test_support.h"

namespace summit::testing {
namespace {

namespace fs = std::filesystem;
using storage::CardId;
using storage::Collection;
using storage::test::Must;

constexpr int64_t kNow = 1'714'554'000'000;  // 2024-05-01 09:00 UTC
const CardId kFirstCard{1};
const CardId kSecondCard{2};

Result<Collection> OpenIn(const fs::path& folder) {
    storage::OpenOptions options;
    options.clock = [] { return kNow; };
    return Collection::Open(CollectionIn(folder), options);
}

fs::path BackupsIn(const fs::path& folder) {
    return storage::BackupFolder({}, CollectionIn(folder));
}

// A result's success or its error, without its value.
template <typename T>
Status Done(const Result<T>& result) {
    return result ? Status{} : Fail(result.error());
}

// Opens the collection of `folder`, applies `change` and closes it; the result is `change`'s.
template <typename F>
Status WithCollection(const fs::path& folder, F&& change) {
    auto collection = OpenIn(folder);
    if (!collection) {
        return Fail(collection.error());
    }
    auto changed = change(*collection);
    if (!changed) {
        collection->SkipOptimizeOnClose();  // as the command line closes after a failure
        return Fail(changed.error());
    }
    return {};
}

// The solar bank (4 cards) with three answered reviews: the reviews every sweep must keep.
void PrepareStudied(const fs::path& folder) {
    auto collection = Must(OpenIn(folder));
    Must(collection.ImportBank(storage::test::SolarBank()));
    for (CardId card : {kFirstCard, kSecondCard, kFirstCard}) {
        Must(study::AnswerCard(collection, card, Rating::kGood, kNow, {}));
    }
}

void ExpectOnlyGoodBackups(const fs::path& folder) {
    auto backups = storage::ListBackups(BackupsIn(folder));
    ASSERT_TRUE(backups) << backups.error().ToString();
    for (const auto& backup : *backups) {
        EXPECT_EQ(backup.problem, "") << backup.path;
    }
}

class MutationFaultTest : public ::testing::TestWithParam<Fault> {
  protected:
    void Sweep(std::function<void(const fs::path&)> prepare,
               std::function<Status(const fs::path&)> run,
               std::function<void(const fs::path&)> check_files = nullptr) {
        const SweepReport report =
            SweepFaults({std::move(prepare), std::move(run), std::move(check_files)}, GetParam());
        EXPECT_GT(report.steps, 0);
        // A full disk fails only writes: the sweep ends after the last write, not the last step.
        EXPECT_GE(report.attempts, GetParam() == Fault::kDiskFull ? 1 : report.steps);
        RecordProperty("steps", report.steps);
        RecordProperty("kept_before", report.kept_before);
        RecordProperty("reached_after", report.reached_after);
    }
};

TEST_P(MutationFaultTest, AnsweringACard) {
    Sweep(PrepareStudied, [](const fs::path& folder) {
        return WithCollection(folder, [](Collection& collection) {
            return study::AnswerCard(collection, kSecondCard, Rating::kAgain, kNow + 60'000,
                                     {"Jupiter", false, 4'000});
        });
    });
}

// The window keeps its collection open after a save fails, and the learner answers again: the
// retry on the same connection must record the answer exactly once, whichever step failed.
TEST(RetryAfterFaultTest, AnsweringAgainOnTheSameConnectionRecordsTheAnswerOnce) {
    FaultVfs::Install();
    TempDir scratch;
    const fs::path start = scratch / "start";
    fs::create_directories(start);
    PrepareStudied(start);
    const auto answer = [](Collection& collection) {
        return study::AnswerCard(collection, kSecondCard, Rating::kHard, kNow + 60'000, {});
    };
    const fs::path clean = scratch / "clean";
    fs::copy(start, clean, fs::copy_options::recursive);
    Must(WithCollection(clean, answer));
    const CollectionSnapshot after = Snapshot(CollectionIn(clean));
    ASSERT_FALSE(after.dump.empty());

    int retries = 0;
    for (int step = 1; step < 200; ++step) {
        const fs::path folder = scratch / ("step" + std::to_string(step));
        fs::copy(start, folder, fs::copy_options::recursive);
        bool fired = false;
        {
            auto collection = Must(OpenIn(folder));
            FaultVfs::Arm(step, Fault::kIoError);
            const bool first = answer(collection).has_value();
            FaultVfs::Disarm();
            fired = FaultVfs::Fired();
            if (!first) {
                ++retries;
                auto retried = answer(collection);
                ASSERT_TRUE(retried) << "step " << step << ": " << retried.error().ToString();
            }
        }
        const CollectionSnapshot now = Snapshot(CollectionIn(folder));
        EXPECT_TRUE(now.problems.empty()) << "step " << step;
        EXPECT_EQ(now.dump, after.dump) << "step " << step << ": not exactly one new answer";
        if (!fired || ::testing::Test::HasFailure()) {
            break;
        }
    }
    EXPECT_GT(retries, 0) << "no step's fault made the first answer fail";
    RecordProperty("retries", retries);
}

TEST_P(MutationFaultTest, UndoingTheLastTwoReviews) {
    Sweep(PrepareStudied, [](const fs::path& folder) {
        return WithCollection(
            folder, [](Collection& collection) { return study::UndoReviews(collection, 2); });
    });
}

TEST_P(MutationFaultTest, SavingDeckSettings) {
    Sweep(PrepareStudied, [](const fs::path& folder) {
        return WithCollection(folder, [](Collection& collection) -> Status {
            auto deck = collection.FindDeck("Solar system");
            if (!deck) {
                return Fail(deck.error());
            }
            study::DeckSettings settings;
            settings.new_per_day = 7;
            settings.scheduler = study::SchedulerKind::kSm2;
            return study::SaveDeckSettings(collection, *deck, settings);
        });
    });
}

TEST_P(MutationFaultTest, SavingAppSettings) {
    Sweep(PrepareStudied, [](const fs::path& folder) {
        return WithCollection(folder, [](Collection& collection) {
            return study::SaveAppSettings(collection, {study::AppTheme::kLight, 1.25});
        });
    });
}

TEST_P(MutationFaultTest, RenamingADeck) {
    Sweep(PrepareStudied, [](const fs::path& folder) {
        return WithCollection(folder, [](Collection& collection) -> Status {
            auto deck = collection.FindDeck("Solar system");
            if (!deck) {
                return Fail(deck.error());
            }
            return collection.RenameDeck(*deck, "Planets");
        });
    });
}

// Applies one card action to `cards` in the collection of `folder`.
Status ApplyToCards(const fs::path& folder, std::vector<CardId> cards, study::CardAction action) {
    return WithCollection(folder, [&](Collection& collection) {
        return Done(study::ApplyCardAction(collection, cards, action, kNow));
    });
}

TEST_P(MutationFaultTest, SuspendingCards) {
    Sweep(PrepareStudied, [](const fs::path& folder) {
        return ApplyToCards(folder, {kFirstCard, kSecondCard}, study::CardAction::kSuspend);
    });
}

TEST_P(MutationFaultTest, BuryingCards) {
    Sweep(PrepareStudied, [](const fs::path& folder) {
        return ApplyToCards(folder, {kFirstCard, CardId{3}}, study::CardAction::kBury);
    });
}

TEST_P(MutationFaultTest, ImportingABank) {
    Sweep(PrepareStudied, [](const fs::path& folder) {
        return WithCollection(folder, [](Collection& collection) {
            return collection.ImportBank(storage::test::LargeBank("extra", 40));
        });
    });
}

TEST_P(MutationFaultTest, RepairingACollection) {
    Sweep(
        [](const fs::path& folder) {
            PrepareStudied(folder);
            storage::test::ExecOnFile(CollectionIn(folder),
                                      "UPDATE cards SET scheduled_days = -3, due_ms = -5 "
                                      "WHERE id = 1");
        },
        [](const fs::path& folder) {
            return WithCollection(
                folder, [](Collection& collection) { return collection.CheckCollection(true); });
        });
}

TEST_P(MutationFaultTest, WritingABackup) {
    Sweep(
        PrepareStudied,
        [](const fs::path& folder) {
            return WithCollection(folder, [&](Collection& collection) {
                return storage::WriteBackup(collection, BackupsIn(folder), kNow);
            });
        },
        ExpectOnlyGoodBackups);
}

TEST_P(MutationFaultTest, RestoringABackup) {
    const auto saved = [](const fs::path& folder) {
        return folder / "saved" / "summit-2024-04-30-090000-000.db";
    };
    Sweep(
        [&](const fs::path& folder) {
            {
                auto collection = Must(OpenIn(folder));
                Must(collection.ImportBank(storage::test::SolarBank()));
                Must(study::AnswerCard(collection, kFirstCard, Rating::kEasy, kNow, {}));
                fs::create_directories(saved(folder).parent_path());
                Must(collection.BackupTo(saved(folder)));
            }
            PrepareStudied(folder);  // three more reviews after the backup
        },
        [&](const fs::path& folder) -> Status {
            return Done(storage::RestoreBackup(saved(folder), CollectionIn(folder),
                                               BackupsIn(folder), kNow));
        },
        ExpectOnlyGoodBackups);
}

INSTANTIATE_TEST_SUITE_P(EveryFault, MutationFaultTest,
                         ::testing::Values(Fault::kIoError, Fault::kBrokenDisk, Fault::kDiskFull,
                                           Fault::kKill),
                         [](const auto& info) {
                             switch (info.param) {
                                 case Fault::kIoError:
                                     return "IoError";
                                 case Fault::kBrokenDisk:
                                     return "BrokenDisk";
                                 case Fault::kDiskFull:
                                     return "DiskFull";
                                 case Fault::kKill:
                                     return "Kill";
                             }
                             return "Unknown";
                         });

}  // namespace
}  // namespace summit::testing
