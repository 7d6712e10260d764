// Runs one mutation of a collection with a fault at every step in turn and checks, after each
// attempt, that the collection reopens sound and exactly as before or exactly as after.
#pragma once

#include <filesystem>
#include <functional>

#include "content/model/error.h"
#include "tests/storage/fault/fault_vfs.h"

namespace summit::testing {

// The collection of a mutation's scratch folder; everything it writes stays in that folder.
std::filesystem::path CollectionIn(const std::filesystem::path& folder);

struct Mutation {
    // Builds the starting state in an empty folder, without faults. Fails the test on error.
    std::function<void(const std::filesystem::path& folder)> prepare;
    // The whole operation as the app does it: open the collection in `folder`, change it,
    // close it. Faults are injected from its first step to its last (the closing checkpoint
    // included). Must not use GoogleTest assertions: it also runs in a forked child.
    std::function<Status(const std::filesystem::path& folder)> run;
    // Optional: more checks of the folder after each attempt (backup files).
    std::function<void(const std::filesystem::path& folder)> check_files;
};

struct SweepReport {
    int steps = 0;          // file-changing steps of one clean run
    int attempts = 0;       // runs with a fault, the last of which reached no fault
    int kept_before = 0;    // attempts that left the collection as it was
    int reached_after = 0;  // attempts that left it changed (committed before the fault)
};

// Runs `mutation` once cleanly to learn its steps and its after-state, then for N = 1, 2, ...
// from a fresh copy of the starting state with `fault` at step N, until a run reaches no
// fault. After each: PRAGMA integrity_check is ok; the collection equals the before- or the
// after-state (the after-state whenever the run reported success); every review in both
// states is still there. Failures are reported with N and the fault.
SweepReport SweepFaults(const Mutation& mutation, Fault fault);

}  // namespace summit::testing
