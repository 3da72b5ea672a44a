#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts SelfTrack on its embedded default: the local vault in the standard data folder
# (or $SELFTRACK_VAULT). Creates the vault on first run (asks for a passphrase), adds two example
# goals when the vault is empty, logs today's check-in and shows the statistics.
# Usage: packaging/demo.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
build=${1:-build/release}
cli="$build/app/selftrack-cli"
[[ -x "$cli" ]] || { echo "selftrack-cli not found in $build; build first." >&2; exit 1; }

ask() { # prompt without echo, on the terminal only
    [[ -t 0 ]] || { echo "Set SELFTRACK_PASSPHRASE or run this in a terminal to type the vault passphrase." >&2; exit 2; }
    local answer
    read -r -s -p "$1" answer
    echo >&2
    printf '%s' "$answer"
}

# Exit code 3 without any passphrase means there is no vault yet.
missing=0
SELFTRACK_PASSPHRASE= "$cli" goal list </dev/null >/dev/null 2>&1 || [[ $? -ne 3 ]] || missing=1
if [[ $missing == 1 ]]; then
    echo "Creating your encrypted vault. Choose a passphrase you will remember: it cannot be recovered."
    if [[ -z "${SELFTRACK_PASSPHRASE:-}" ]]; then
        first=$(ask "New vault passphrase: ")
        second=$(ask "Repeat the passphrase: ")
        [[ "$first" == "$second" && -n "$first" ]] || { echo "The passphrases differ or are empty." >&2; exit 4; }
        export SELFTRACK_PASSPHRASE=$first
        unset first second
    fi
    "$cli" init
elif [[ -z "${SELFTRACK_PASSPHRASE:-}" ]]; then
    SELFTRACK_PASSPHRASE=$(ask "Vault passphrase: ")
    export SELFTRACK_PASSPHRASE
fi

goals=$("$cli" --json goal list) || exit $? # wrong passphrase, damaged vault: the CLI said why
if [[ "$(tr -d '[:space:]' <<<"$goals")" == "[]" ]]; then
    echo "Adding two example goals..."
    "$cli" goal add "Meditate" --kind check --per 1/1
    "$cli" goal add "Read" --kind amount --unit pages --target 20 --period day
    "$cli" log Meditate --note "Started SelfTrack"
    "$cli" log Read 12
    "$cli" journal add "First day with SelfTrack: set up my goals." --tag start --mood 4
fi
echo
"$cli" goal list
echo
"$cli" stats
echo
echo "Your vault is at: ${SELFTRACK_VAULT:-the standard data folder (see selftrack-cli --help)}."
echo "Try: $cli --help"
