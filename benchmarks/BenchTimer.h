// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace selftrack::bench {

// Wall-clock stopwatch (steady clock) in seconds.
class BenchTimer {
public:
    BenchTimer() : m_start(std::chrono::steady_clock::now()) {}
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count(); }

private:
    std::chrono::steady_clock::time_point m_start;
};

// Median of `runs` timings of `fn`, in seconds; the median keeps one slow outlier out.
template <typename Fn> double medianSeconds(int runs, Fn&& fn) {
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        BenchTimer timer;
        fn();
        samples.push_back(timer.seconds());
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace selftrack::bench
