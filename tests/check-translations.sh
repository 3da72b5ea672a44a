#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every text of the desktop app is translated: runs lupdate over ui/ into a copy of each
# resources/translations/*.ts and fails when the copy differs from the committed file (texts added,
# changed or removed since the last `update_translations`) or holds an unfinished translation.
# Usage: tests/check-translations.sh [path to lupdate]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${1:-lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$root"/resources/translations/*.ts; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    (cd "$root" && "$lupdate" -silent -no-obsolete -locations none -I . ui -ts "$copy")
    if ! cmp -s "$ts" "$copy"; then
        echo "$(basename "$ts") is out of date with the sources; run: cmake --build <build dir> --target update_translations"
        diff -u "$ts" "$copy" | head -40
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if ((unfinished > 0)); then
        echo "$(basename "$ts"): $unfinished texts without a translation, the first of them:"
        grep -B1 'type="unfinished"' "$copy" | grep '<source>' | head -20
        status=1
    fi
done
((status == 0)) && echo "Translations complete: $(ls "$root"/resources/translations/*.ts | wc -l) language(s)."
exit $status
