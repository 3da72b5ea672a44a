#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ source of the project is not formatted with the root .clang-format.
set -u
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2
command -v clang-format >/dev/null 2>&1 || { echo "clang-format is not installed (packaging/install-deps.sh installs it)"; exit 1; }
mapfile -t files < <(find app core sync ui server tests benchmarks -name '*.cpp' -o -name '*.h' 2>/dev/null | grep -v '/fixtures/' | sort)
bad=()
for f in "${files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
    echo "Not formatted (run clang-format -i on them):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "Formatting OK (${#files[@]} files)"
