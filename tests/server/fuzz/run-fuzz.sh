#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Bounded fuzzing of the server's request parsing/validation layer.
#
#   run-fuzz.sh [SECONDS]                     CI: configure the `fuzz` preset, build the fuzz target,
#                                             run it for SECONDS (default: FUZZ_SECONDS or 60).
#   run-fuzz.sh FUZZER SEED_CORPUS_DIR WORK_DIR   run an already built fuzzer (the CTest entry).
#
# The `fuzz` preset asks for clang. clang older than 16 cannot compile libstdc++'s std::expected,
# which the whole project uses; then the preset is configured with GCC instead (ASan + UBSan +
# comparison tracing, linked with libFuzzer's engine from compiler-rt, guided by value profiles).
# FUZZ_BUILD_DIR overrides the preset's build folder. Crashes land in WORK_DIR/artifacts and fail.
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

clang_has_expected() {
    command -v clang++ >/dev/null 2>&1 || return 1
    printf '#include <expected>\n#include <string>\nint main() { std::expected<std::string, int> e{"x"}; return int(e->size()); }\n' |
        clang++ -std=c++2b -x c++ - -c -o /dev/null >/dev/null 2>&1
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
configure=(cmake --preset fuzz -B "$build")
if clang_has_expected; then
    export SELFTRACK_FUZZ_MODE=native
else
    echo "run-fuzz.sh: this clang cannot compile std::expected; building the fuzz preset with GCC" >&2
    configure+=(-DCMAKE_C_COMPILER=gcc -DCMAKE_CXX_COMPILER=g++)
    export SELFTRACK_FUZZ_MODE=value-profile
fi
"${configure[@]}"
cmake --build "$build" --target selftrack-server-fuzz-requests
run_fuzzer "$build/tests/server/fuzz/selftrack-server-fuzz-requests" "$here/corpus" "$build/fuzz-work" "$seconds"
