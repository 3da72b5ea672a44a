#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the request-parser fuzz target for a bounded time (CI: FUZZ_SECONDS, default 60).
#   run-fuzz.sh FUZZER SEED_CORPUS_DIR WORK_DIR
# The seed corpus is copied into WORK_DIR/corpus so the checked-in seeds never change; crashes land
# in WORK_DIR/artifacts and make the script fail.
set -euo pipefail
[[ $# == 3 ]] || {
    echo "usage: run-fuzz.sh FUZZER SEED_CORPUS_DIR WORK_DIR" >&2
    exit 2
}
fuzzer=$1
seeds=$2
work=$3
mkdir -p "$work/corpus" "$work/artifacts"
cp -n "$seeds"/* "$work/corpus/" 2>/dev/null || true
# Builds without edge coverage (GCC: comparison tracing only) are guided by value profiles.
extra=()
[[ "${SELFTRACK_FUZZ_MODE:-native}" == value-profile ]] && extra+=(-use_value_profile=1)
exec "$fuzzer" "${extra[@]}" -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus"
