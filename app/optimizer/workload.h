// Workload against desired retention (like Anki's "compute minimum recommended retention"):
// a deck's cards simulated for a year under its weights at retentions 0.70..0.97, giving the
// daily review time and the knowledge retained at the end, and the retention that costs the
// least time per card remembered.
#pragma once

#include <cstdint>
#include <vector>

#include "app/scheduler/fsrs_params.h"

namespace summit::optimizer {

// A card that has been studied: its memory and how long ago its last review was.
struct StudiedCard {
    double stability = 1;   // days
    double difficulty = 5;  // 1..10
    int days_since_review = 0;
};

struct WorkloadOptions {
    study::FsrsWeights weights = study::kDefaultFsrsWeights;
    std::vector<StudiedCard> studied;  // cards with a memory state today
    int new_cards = 0;                 // cards not studied yet
    int new_per_day = 20;
    int reviews_per_day = 200;  // review limit per day (new cards excluded)
    int maximum_interval = 36500;
    int days = 365;
    // Seconds per answer: a first answer, a recalled review, a forgotten one (with relearning).
    double seconds_new = 20;
    double seconds_recalled = 8;
    double seconds_forgotten = 20;
    uint64_t seed = 42;  // the same draws at every retention, so the curves compare fairly
};

struct WorkloadPoint {
    double retention = 0;
    double minutes_per_day = 0;         // mean over the simulated days
    double remembered = 0;              // expected cards recalled on the last day (sum of R)
    double seconds_per_remembered = 0;  // total time / remembered
};

// One point per retention 0.70, 0.71, ..., 0.97.
std::vector<WorkloadPoint> SimulateWorkload(const WorkloadOptions& options);

// The point with the least time per card remembered (the cheapest knowledge).
size_t CheapestPoint(const std::vector<WorkloadPoint>& points);

}  // namespace summit::optimizer
