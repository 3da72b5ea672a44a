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

if [[ -z "${SELFTRACK_PASSPHRASE:-}" ]]; then
    if [[ ! -t 0 ]]; then
        echo "Set SELFTRACK_PASSPHRASE or run this in a terminal to type the vault passphrase." >&2
        exit 2
    fi
    read -r -s -p "Vault passphrase: " SELFTRACK_PASSPHRASE
    echo
    export SELFTRACK_PASSPHRASE
fi

if ! "$cli" goal list >/dev/null 2>&1; then
    status=0
    "$cli" goal list >/dev/null 2>&1 || status=$?
    if [[ $status -ne 3 ]]; then
        "$cli" goal list # prints the reason (wrong passphrase, damaged vault, ...)
        exit $status
    fi
    echo "Creating your vault..."
    "$cli" init
fi

if [[ -z "$("$cli" goal list 2>/dev/null)" ]] || "$cli" --json goal list | grep -q '^\[\]$\|"goals": *\[\]'; then
    "$cli" goal add "Meditate" --kind check --per 1/1
    "$cli" goal add "Read" --kind amount --unit pages --target 20 --period day
fi
"$cli" log Meditate --note "Started SelfTrack" >/dev/null || true
echo
"$cli" goal list
echo
"$cli" stats
echo
echo "Your vault is at: ${SELFTRACK_VAULT:-the standard data folder (see selftrack-cli --help)}."
echo "Try: $cli --help"
