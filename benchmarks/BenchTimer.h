// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

#include <sys/resource.h>

namespace selftrack::bench {

// CPU time (user + system) of this process so far, in seconds. On a busy machine it shows what a
// phase costs when wall-clock time mostly measures waiting for a core.
inline double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Timing {
    double wall = 0.0;
    double cpu = 0.0;
};

// Stopwatch for wall-clock (steady clock) and process CPU time, in seconds.
class BenchTimer {
public:
    BenchTimer() : m_start(std::chrono::steady_clock::now()), m_cpuStart(processCpuSeconds()) {}
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count(); }
    Timing elapsed() const { return Timing{seconds(), processCpuSeconds() - m_cpuStart}; }

private:
    std::chrono::steady_clock::time_point m_start;
    double m_cpuStart;
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

// Medians of `runs` timings of `fn` (wall-clock and CPU time each, in seconds).
template <typename Fn> Timing medianTimings(int runs, Fn&& fn) {
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        BenchTimer timer;
        fn();
        const Timing t = timer.elapsed();
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return Timing{wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace selftrack::bench
