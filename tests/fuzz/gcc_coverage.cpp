// Coverage feedback for libFuzzer when the code is built with g++ (SUMMIT_FUZZ with GNU):
// g++ only emits -fsanitize-coverage=trace-pc callbacks, which libFuzzer no longer reads, so
// this file turns each callback into an AFL-style edge counter in an inline 8-bit counter
// table that libFuzzer does read. Built without instrumentation.
#include <cstddef>
#include <cstdint>

// libFuzzer's in a fuzzer; the sanitizer runtime's no-op in anything else that links the
// instrumented libraries (the corpus replays, the unit tests).
extern "C" __attribute__((weak)) void __sanitizer_cov_8bit_counters_init(uint8_t* start,
                                                                         uint8_t* stop);

namespace {

constexpr std::size_t kCounters = 1 << 16;
uint8_t counters[kCounters];
// The previous block's hash, so that counters stand for edges (A then B), not blocks.
thread_local uintptr_t previous = 0;

__attribute__((constructor)) void RegisterCounters() {
    if (__sanitizer_cov_8bit_counters_init != nullptr) {
        __sanitizer_cov_8bit_counters_init(counters, counters + kCounters);
    }
}

}  // namespace

extern "C" __attribute__((no_sanitize_address, no_sanitize_undefined)) void
__sanitizer_cov_trace_pc() {
    uintptr_t pc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
    // Fibonacci hashing spreads nearby return addresses over the table.
    const uintptr_t here = ((pc ^ (pc >> 16)) * 0x9E3779B97F4A7C15ull) >> 48;
    counters[(here ^ previous) & (kCounters - 1)]++;
    previous = here >> 1;
}

// g++ also traces floating-point comparisons, which libFuzzer has no use for.
extern "C" void __sanitizer_cov_trace_cmpf(float, float) {}
extern "C" void __sanitizer_cov_trace_cmpd(double, double) {}
