#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the desktop app on its embedded default: the local vault in the standard data folder
# (or $SELFTRACK_VAULT). Without a display it says so and points to the command line.
# Usage: packaging/start.sh [BUILD_DIR]   (default: build/release)
set -euo pipefail
build=${1:-build/release}
app="$build/app/selftrack"
[[ -x "$app" ]] || { echo "selftrack not found in $build; build first." >&2; exit 1; }
if [[ "$(uname -s)" != Darwin && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "There is no display here for the desktop app; use the command line instead: packaging/demo.sh $build (or $build/app/selftrack-cli --help)." >&2
    exit 0
fi
exec "$app" "$@"
