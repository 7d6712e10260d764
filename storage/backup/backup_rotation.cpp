// Backup names and rotation: pure functions of times, tested without files.
#include <cstdio>
#include <ctime>
#include <map>
#include <utility>

#include "storage/backup/backups.h"

namespace summit::storage {
namespace {

constexpr int64_t kHourMs = 3'600'000;
constexpr int64_t kDayMs = 24 * kHourMs;

// A period kind: backups aged [start, end) fall into buckets of `size`; one is kept per bucket.
struct Tier {
    int64_t start_ms;
    int64_t end_ms;
    int64_t size_ms;
};

constexpr Tier kTiers[] = {
    {kDayMs, 15 * kDayMs, kDayMs},                       // one a day for 14 days
    {15 * kDayMs, (15 + 8 * 7) * kDayMs, 7 * kDayMs},    // one a week for 8 weeks
    {(15 + 8 * 7) * kDayMs, 365 * kDayMs, 30 * kDayMs},  // one a month up to a year
};

}  // namespace

std::string BackupName(int64_t time_ms) {
    const std::time_t seconds = static_cast<std::time_t>(time_ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "summit-%04d-%02d-%02d-%02d%02d%02d-%03d.db",
                  utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min,
                  utc.tm_sec, static_cast<int>(time_ms % 1000));
    return text;
}

std::optional<int64_t> ParseBackupName(const std::string& name) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0, end = 0;
    if (std::sscanf(name.c_str(), "summit-%4d-%2d-%2d-%2d%2d%2d-%3d.db%n", &year, &month, &day,
                    &hour, &minute, &second, &ms, &end) != 7 ||
        static_cast<size_t>(end) != name.size()) {
        return std::nullopt;
    }
    std::tm utc{};
    utc.tm_year = year - 1900;
    utc.tm_mon = month - 1;
    utc.tm_mday = day;
    utc.tm_hour = hour;
    utc.tm_min = minute;
    utc.tm_sec = second;
    const std::time_t seconds = timegm(&utc);
    // Only names BackupName would write: this rejects "2024-02-30" and the like.
    if (BackupName(static_cast<int64_t>(seconds) * 1000 + ms) != name) {
        return std::nullopt;
    }
    return static_cast<int64_t>(seconds) * 1000 + ms;
}

std::vector<bool> BackupsToKeep(std::span<const int64_t> times_ms, int64_t now_ms) {
    std::vector<bool> keep(times_ms.size(), false);
    // (tier, bucket) -> the index of the oldest backup in it so far.
    std::map<std::pair<int, int64_t>, size_t> oldest;
    for (size_t i = 0; i < times_ms.size(); ++i) {
        const int64_t age = now_ms - times_ms[i];
        if (age < kDayMs) {
            keep[i] = true;  // also a backup from the future: a clock set back must not lose it
            continue;
        }
        for (int tier = 0; tier < static_cast<int>(std::size(kTiers)); ++tier) {
            const Tier& t = kTiers[tier];
            if (age < t.start_ms || age >= t.end_ms) {
                continue;
            }
            const auto key = std::pair{tier, (age - t.start_ms) / t.size_ms};
            auto [it, inserted] = oldest.try_emplace(key, i);
            if (!inserted && times_ms[i] < times_ms[it->second]) {
                it->second = i;
            }
        }
    }
    for (const auto& [bucket, index] : oldest) {
        keep[index] = true;
    }
    return keep;
}

}  // namespace summit::storage
