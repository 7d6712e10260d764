// Forward-mode automatic differentiation over the 21 FSRS-6 weights: a value carried with its
// exact partial derivatives, so the fit's gradient needs no hand derivation and no finite
// differences. The model code is written once as a template over double and Dual.
#pragma once

#include <array>
#include <cmath>

#include "app/scheduler/fsrs_params.h"

namespace summit::optimizer {

inline constexpr int kWeightCount = study::kFsrsWeightCount;

struct Dual {
    double v = 0;
    std::array<double, kWeightCount> d{};

    Dual() = default;
    Dual(double value) : v(value) {}  // NOLINT: constants mix freely with variables

    // The weight w_index itself: value `value`, derivative 1 with respect to w_index.
    static Dual Variable(double value, int index) {
        Dual x(value);
        x.d[index] = 1;
        return x;
    }
};

inline double Value(double x) {
    return x;
}
inline double Value(const Dual& x) {
    return x.v;
}

// result.d = a * x.d + b * y.d, the one loop every operation reduces to.
inline Dual Combine(double value, double a, const Dual& x, double b, const Dual& y) {
    Dual r(value);
    for (int i = 0; i < kWeightCount; ++i) {
        r.d[i] = a * x.d[i] + b * y.d[i];
    }
    return r;
}

inline Dual Scale(double value, double a, const Dual& x) {
    Dual r(value);
    for (int i = 0; i < kWeightCount; ++i) {
        r.d[i] = a * x.d[i];
    }
    return r;
}

inline Dual operator+(const Dual& x, const Dual& y) {
    return Combine(x.v + y.v, 1, x, 1, y);
}
inline Dual operator-(const Dual& x, const Dual& y) {
    return Combine(x.v - y.v, 1, x, -1, y);
}
inline Dual operator*(const Dual& x, const Dual& y) {
    return Combine(x.v * y.v, y.v, x, x.v, y);
}
inline Dual operator/(const Dual& x, const Dual& y) {
    const double inv = 1 / y.v;
    return Combine(x.v * inv, inv, x, -x.v * inv * inv, y);
}
inline Dual operator-(const Dual& x) {
    return Scale(-x.v, -1, x);
}

inline Dual operator+(const Dual& x, double c) {
    Dual r = x;
    r.v += c;
    return r;
}
inline Dual operator+(double c, const Dual& x) {
    return x + c;
}
inline Dual operator-(const Dual& x, double c) {
    return x + (-c);
}
inline Dual operator-(double c, const Dual& x) {
    return Scale(c - x.v, -1, x);
}
inline Dual operator*(const Dual& x, double c) {
    return Scale(x.v * c, c, x);
}
inline Dual operator*(double c, const Dual& x) {
    return Scale(x.v * c, c, x);
}
inline Dual operator/(const Dual& x, double c) {
    return x * (1 / c);
}
inline Dual operator/(double c, const Dual& x) {
    return Scale(c / x.v, -c / (x.v * x.v), x);
}

inline Dual exp(const Dual& x) {
    const double e = std::exp(x.v);
    return Scale(e, e, x);
}
inline Dual log(const Dual& x) {
    return Scale(std::log(x.v), 1 / x.v, x);
}

}  // namespace summit::optimizer
