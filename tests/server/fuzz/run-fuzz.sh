#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Bounded fuzzing run of a libFuzzer target (used by selftrack_add_fuzzer in tests/fuzzing.cmake).
#
#   run-fuzz.sh FUZZER SEED_CORPUS_DIR WORK_DIR   run a built fuzzer for FUZZ_SECONDS (default 60);
#                                             the CTest entries of every fuzz target call this.
#   run-fuzz.sh [SECONDS]                     configure the `fuzz` preset, build the server's
#                                             request-parser fuzzer and run it through CTest.
#
# The seed corpus is copied into WORK_DIR/corpus so the checked-in seeds never change; crashes land
# in WORK_DIR/artifacts and make the run fail. SELFTRACK_FUZZ_MODE=value-profile (set by CTest for
# GCC builds, which have comparison tracing but no edge coverage) adds -use_value_profile=1.
# FUZZ_BUILD_DIR overrides the preset's build folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

run_fuzzer() {
    local fuzzer=$1 seeds=$2 work=$3 seconds=$4
    mkdir -p "$work/corpus" "$work/artifacts"
    cp -n "$seeds"/* "$work/corpus/" 2>/dev/null || true
    local extra=()
    [[ "${SELFTRACK_FUZZ_MODE:-native}" == value-profile ]] && extra+=(-use_value_profile=1)
    "$fuzzer" "${extra[@]}" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus"
}

if [[ $# == 3 ]]; then
    run_fuzzer "$1" "$2" "$3" "${FUZZ_SECONDS:-60}"
    exit
fi
[[ $# -le 1 ]] || {
    echo "usage: run-fuzz.sh [SECONDS] | run-fuzz.sh FUZZER SEED_CORPUS_DIR WORK_DIR" >&2
    exit 2
}
seconds=${1:-${FUZZ_SECONDS:-60}}
root=$(cd "$here/../../.." && pwd)
cd "$root"
build=${FUZZ_BUILD_DIR:-build/fuzz}
cmake --preset fuzz -B "$build"
cmake --build "$build" --target selftrack-server-fuzz-requests
FUZZ_SECONDS=$seconds ctest --test-dir "$build" -R '^selftrack-server-fuzz-requests$' --output-on-failure
