// Alea PRNG, the ts-fsrs seed string and the fuzz ranges.
#include "app/scheduler/fuzz.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "app/scheduler/js_round.h"

namespace summit::study {
namespace {

constexpr double kTwoPow32 = 4294967296.0;
constexpr double kTwoPowMinus32 = 2.3283064365386963e-10;

// JavaScript's `x >>> 0` for the finite non-negative values Mash produces.
double ToUint32(double x) {
    return std::fmod(std::trunc(x), kTwoPow32);
}

// Mash keeps its state across calls: Alea hashes " " three times, then the seed three times.
class Mash {
  public:
    double operator()(std::string_view data) {
        for (const char ch : data) {
            n_ += static_cast<unsigned char>(ch);
            double h = 0.02519603282416938 * n_;
            n_ = ToUint32(h);
            h -= n_;
            h *= n_;
            n_ = ToUint32(h);
            h -= n_;
            n_ += h * kTwoPow32;
        }
        return ToUint32(n_) * kTwoPowMinus32;
    }

  private:
    double n_ = 4022871197.0;
};

}  // namespace

Alea::Alea(std::string_view seed) {
    Mash mash;
    s0_ = mash(" ");
    s1_ = mash(" ");
    s2_ = mash(" ");
    s0_ -= mash(seed);
    if (s0_ < 0) {
        s0_ += 1;
    }
    s1_ -= mash(seed);
    if (s1_ < 0) {
        s1_ += 1;
    }
    s2_ -= mash(seed);
    if (s2_ < 0) {
        s2_ += 1;
    }
}

double Alea::Next() {
    const double t = 2091639 * s0_ + c_ * kTwoPowMinus32;
    s0_ = s1_;
    s1_ = s2_;
    c_ = std::trunc(t);  // `t | 0`; t stays well inside the int32 range
    s2_ = t - c_;
    return s2_;
}

std::string JsNumberToString(double value) {
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0) {
        return "0";
    }
    std::array<char, 64> buffer{};
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e-6 && magnitude < 1e21) {
        auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                       std::chars_format::fixed);
        return std::string(buffer.data(), end);
    }
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                   std::chars_format::scientific);
    // C++ prints "1e-07" / "1e+21"; JavaScript prints "1e-7" / "1e+21".
    std::string text(buffer.data(), end);
    const size_t e = text.find('e');
    std::string exponent = text.substr(e + 2);
    exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
    return text.substr(0, e + 2) + exponent;
}

std::string FuzzSeed(int64_t review_ms, int reps_after, double difficulty_times_stability) {
    return std::to_string(review_ms) + "_" + std::to_string(reps_after) + "_" +
           JsNumberToString(difficulty_times_stability);
}

FuzzRange FuzzRangeFor(int interval_days, int64_t elapsed_days, int maximum_interval) {
    const double ivl = interval_days;
    double delta = 1.0;
    delta += 0.15 * std::max(std::min(ivl, 7.0) - 2.5, 0.0);
    delta += 0.10 * std::max(std::min(ivl, 20.0) - 7.0, 0.0);
    delta += 0.05 * std::max(ivl - 20.0, 0.0);
    const double clamped = std::min(ivl, static_cast<double>(maximum_interval));
    int min_ivl = std::max(2, static_cast<int>(JsRound(clamped - delta)));
    const int max_ivl = std::min(static_cast<int>(JsRound(clamped + delta)), maximum_interval);
    if (clamped > static_cast<double>(elapsed_days)) {
        min_ivl = static_cast<int>(std::max<int64_t>(min_ivl, elapsed_days + 1));
    }
    min_ivl = std::min(min_ivl, max_ivl);
    return {min_ivl, max_ivl};
}

int ApplyFuzz(int interval_days, int64_t elapsed_days, int maximum_interval, double u) {
    if (interval_days < 2.5) {
        return interval_days;
    }
    const FuzzRange range = FuzzRangeFor(interval_days, elapsed_days, maximum_interval);
    return static_cast<int>(std::floor(u * (range.max_days - range.min_days + 1) + range.min_days));
}

}  // namespace summit::study
