// SPDX-License-Identifier: GPL-3.0-or-later
// GCC's -fsanitize-coverage=trace-cmp also traces floating-point comparisons, which libFuzzer's
// engine has no hooks for; these no-op hooks let such code link (float comparisons go unguided).
extern "C" {
void __sanitizer_cov_trace_cmpf(float, float) {}
void __sanitizer_cov_trace_cmpd(double, double) {}
}
