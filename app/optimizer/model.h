// The FSRS-6 memory model as the fsrs-rs optimizer trains it (FSRS.md §9), written once for
// plain doubles (scoring) and for Dual numbers (gradients). Unlike the scheduler's FsrsModel it
// does no ts-fsrs 8-decimal rounding: rounding has no derivative, and fsrs-rs trains without it.
#pragma once

#include <array>
#include <cmath>

#include "app/optimizer/dual.h"

namespace summit::optimizer {

inline constexpr double kMinStability = 0.001;
inline constexpr double kMaxStability = 36500;

template <class T>
using WeightsOf = std::array<T, kWeightCount>;

// Clamping passes the value through inside the range and a constant outside it, so the
// derivative is zero where the bound holds (as automatic differentiation of a clamp gives).
template <class T>
T ClampTo(const T& x, double lo, double hi) {
    if (Value(x) < lo) {
        return T(lo);
    }
    if (Value(x) > hi) {
        return T(hi);
    }
    return x;
}

// Terms that depend only on the weights, computed once per set of weights, not per review.
template <class T>
struct ModelTerms {
    WeightsOf<T> w;
    T decay;      // -w20
    T factor;     // 0.9^(1/decay) - 1, so that R(S, S) = 0.9
    T exp_w8;     // e^w8, the scale of every recall increment
    T easy_d0;    // unclamped D0(Easy), the mean-reversion target
    T lapse_cap;  // e^(w17*w18): post-lapse stability is at most S divided by this

    explicit ModelTerms(const WeightsOf<T>& weights) : w(weights) {
        using std::exp;
        using std::log;
        decay = -w[20];
        factor = exp(log(0.9) / decay) - 1.0;
        exp_w8 = exp(w[8]);
        easy_d0 = w[4] - exp(w[5] * 3.0) + 1.0;
        lapse_cap = exp(w[17] * w[18]);
    }
};

template <class T>
struct Memory {
    T stability = T(0);
    T difficulty = T(0);
};

// R(t, S) = (1 + F t / S)^decay.
template <class T>
T Retrievability(const ModelTerms<T>& k, double elapsed_days, const T& stability) {
    using std::exp;
    using std::log;
    return exp(k.decay * log(k.factor * elapsed_days / stability + 1.0));
}

template <class T>
Memory<T> FirstMemory(const ModelTerms<T>& k, int grade) {
    using std::exp;
    return {ClampTo(k.w[grade - 1], kMinStability, kMaxStability),
            ClampTo(k.w[4] - exp(k.w[5] * double(grade - 1)) + 1.0, 1, 10)};
}

// The memory after answering `grade` `elapsed_days` whole days after the previous review.
template <class T>
Memory<T> NextMemory(const ModelTerms<T>& k, const Memory<T>& before, int elapsed_days, int grade) {
    using std::exp;
    using std::log;
    const T s = ClampTo(before.stability, kMinStability, kMaxStability);
    const T d = ClampTo(before.difficulty, 1, 10);
    T next_s;
    if (elapsed_days == 0) {
        T increase = exp(k.w[17] * (k.w[18] + double(grade - 3)) - k.w[19] * log(s));
        if (grade >= 2 && Value(increase) < 1) {
            increase = T(1);  // a same-day pass never lowers stability
        }
        next_s = s * increase;
    } else {
        const T r = Retrievability(k, elapsed_days, s);
        if (grade == 1) {
            const T forgot = k.w[11] * exp(-k.w[12] * log(d)) *
                             (exp(k.w[13] * log(s + 1.0)) - 1.0) * exp(k.w[14] * (1.0 - r));
            const T cap = s / k.lapse_cap;
            next_s = Value(forgot) < Value(cap) ? forgot : cap;
        } else {
            T increase =
                k.exp_w8 * (11.0 - d) * exp(-k.w[9] * log(s)) * (exp(k.w[10] * (1.0 - r)) - 1.0);
            if (grade == 2) {
                increase = increase * k.w[15];
            } else if (grade == 4) {
                increase = increase * k.w[16];
            }
            next_s = s * (increase + 1.0);
        }
    }
    const T damped = d - k.w[6] * double(grade - 3) * (10.0 - d) / 9.0;
    const T reverted = k.w[7] * k.easy_d0 + (1.0 - k.w[7]) * damped;
    return {ClampTo(next_s, kMinStability, kMaxStability), ClampTo(reverted, 1, 10)};
}

}  // namespace summit::optimizer
