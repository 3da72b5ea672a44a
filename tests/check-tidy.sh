#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-tidy (>= 16, root .clang-tidy, every warning an error) over the project's C++ sources and fails on any
# finding. Needs a configured build for compile_commands.json (default build/dev: cmake --preset dev).
#
#   tests/check-tidy.sh [--all] [--list] [--build DIR] [-j N] [BASE]
#
# Without --all it checks the .cpp files changed since the merge-base of HEAD and BASE, plus uncommitted changes;
# a changed header is checked through its own .cpp or, without one, through one file that includes it.
# BASE defaults to $TIDY_BASE, else to HEAD~$TIDY_COMMITS (default 1: on main, the last merge) when HEAD is main's
# tip or no main branch is known, else to main (origin/main first). Without git history it checks core/ only.
# --all checks every project source in the compile database (20 to 30 minutes on 2 cores).
# --list prints the files it would check and stops.
set -u
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
cd "$root" || exit 2

all=0
list=0
build=build/dev
jobs=${TIDY_JOBS:-2}
base=${TIDY_BASE:-}
while (($#)); do
    case "$1" in
    --all) all=1 ;;
    --list) list=1 ;;
    --build) build=$2; shift ;;
    -j) jobs=$2; shift ;;
    -h | --help) sed -n '3,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) base=$1 ;;
    esac
    shift
done

tidy=${CLANG_TIDY:-}
if [[ -z "$tidy" ]]; then
    for t in clang-tidy-16 clang-tidy-17 clang-tidy-18 clang-tidy-19 clang-tidy; do
        command -v "$t" >/dev/null 2>&1 && { tidy=$t; break; }
    done
fi
[[ -n "$tidy" ]] || { echo "clang-tidy (>= 16) is not installed (packaging/install-deps.sh installs clang-tidy-16)"; exit 1; }
major=$("$tidy" --version | sed -n 's/.*LLVM version \([0-9]*\).*/\1/p')
if [[ -z "$major" || "$major" -lt 16 ]]; then
    echo "$tidy is LLVM ${major:-?}; the code needs clang-tidy >= 16 (packaging/install-deps.sh installs clang-tidy-16)"
    exit 1
fi
db=$build/compile_commands.json
[[ -f "$db" ]] || { echo "$db is missing: configure first (cmake --preset dev)"; exit 1; }

# Project sources in the compile database, relative to the root: no build trees, no generated moc files, no fuzz
# targets or their GCC shim (those exist only in the fuzz preset, with flags of their own).
mapfile -t known < <(python3 - "$db" "$root" <<'EOF'
import json, os, sys
root = os.path.realpath(sys.argv[2])
seen = set()
for entry in json.load(open(sys.argv[1])):
    path = os.path.realpath(os.path.join(entry.get("directory", ""), entry["file"]))
    rel = os.path.relpath(path, root)
    top = rel.split("/")[0]
    if rel.startswith("..") or top.startswith(("build", "out", ".")) or "_autogen/" in rel:
        continue
    if "/fuzz/" in rel or rel.endswith("fuzz_gcc_shim.cpp") or "/fixtures/" in rel:
        continue
    if rel not in seen:
        seen.add(rel)
        print(rel)
EOF
)
((${#known[@]})) || { echo "no project sources in $db"; exit 1; }
declare -A isKnown=()
for f in "${known[@]}"; do isKnown[$f]=1; done

files=()
if ((all)); then
    files=("${known[@]}")
    what="whole tree"
elif git rev-parse --verify -q HEAD >/dev/null 2>&1; then
    if [[ -z "$base" ]]; then
        main=""
        for ref in origin/main main origin/master master; do
            git rev-parse --verify -q "$ref^{commit}" >/dev/null && { main=$ref; break; }
        done
        if [[ -n "$main" && "$(git rev-parse "$main")" != "$(git rev-parse HEAD)" ]]; then
            base=$main
        else
            base=HEAD~${TIDY_COMMITS:-1}
        fi
    fi
    from=$(git merge-base "$base" HEAD 2>/dev/null) || from=""
    if [[ -z "$from" ]]; then
        echo "no history to compare with $base (shallow clone?): checking core/ instead" >&2
        for f in "${known[@]}"; do [[ $f == core/* ]] && files+=("$f"); done
        what="core/ (no history)"
    else
        mapfile -t changed < <({ git diff --name-only --diff-filter=d "$from" -- '*.cpp' '*.h'
                                 git ls-files --others --exclude-standard -- '*.cpp' '*.h'; } | sort -u)
        git diff --quiet "$from" -- .clang-tidy ||
            echo "note: .clang-tidy changed since $base; tests/check-tidy.sh --all shows its effect on every file" >&2
        declare -A pick=()
        for f in "${changed[@]}"; do
            if [[ $f == *.cpp ]]; then
                [[ -n "${isKnown[$f]:-}" ]] && pick[$f]=1
                continue
            fi
            [[ -f "$f" ]] || continue
            sibling=${f%.h}.cpp
            if [[ -n "${isKnown[$sibling]:-}" ]]; then
                pick[$sibling]=1
                continue
            fi
            # A header without its own .cpp: one translation unit that includes it shows its findings.
            name=$(basename "$f")
            for k in "${known[@]}"; do
                if grep -qE "#include *\"([^\"]*/)?$name\"" "$k"; then
                    pick[$k]=1
                    break
                fi
            done
        done
        mapfile -t files < <(printf '%s\n' "${!pick[@]}" | grep -v '^$' | sort)
        what="changed since $(git rev-parse --short "$from") ($base)"
    fi
else
    echo "not a git checkout: checking core/ only" >&2
    for f in "${known[@]}"; do [[ $f == core/* ]] && files+=("$f"); done
    what="core/ (no git)"
fi

if ((${#files[@]} == 0)); then
    echo "clang-tidy: nothing to check ($what)"
    exit 0
fi
if ((list)); then
    printf '%s\n' "${files[@]}"
    exit 0
fi
echo "clang-tidy ($tidy, -j$jobs): ${#files[@]} file(s), $what"
start=$SECONDS

# Each file's output is printed in one piece once it is done, so parallel runs do not interleave.
export TIDY_BIN=$tidy TIDY_DB=$build
printf '%s\0' "${files[@]}" | xargs -0 -P "$jobs" -n 1 bash -c '
    out=$("$TIDY_BIN" -p "$TIDY_DB" --quiet "$1" 2>&1); rc=$?
    if ((rc)); then
        printf "FAIL %s\n%s\n" "$1" "$(grep -v -e "^[0-9]* warnings\? \(and [0-9]* errors\? \)\?generated" \
            -e "^Suppressed [0-9]* warnings" -e "^Use -header-filter" -e "warnings\? treated as errors\?" <<<"$out")"
        exit 1
    fi
    echo "ok   $1"' _
status=$?

echo "clang-tidy: ${#files[@]} file(s) in $((SECONDS - start)) s"
if ((status)); then
    echo "clang-tidy found problems (above); fix them or, for a false positive, add NOLINT(check) with a reason"
    exit 1
fi
echo "clang-tidy OK"
