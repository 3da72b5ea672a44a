#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-desktop-integration.sh APP_ID VERSION LINUX_DIR ICON_THEME_DIR
# Fails when the freedesktop files disagree with the build: the .desktop file, the AppStream id,
# its launchable and the icon name must all be APP_ID; the newest AppStream release must be the
# project's VERSION; every hicolor PNG rendered at build time must have the size its folder names.
set -u
app_id=$1 version=$2 linux_dir=$3 icon_dir=$4
status=0
fail() { echo "FAIL: $*"; status=1; }

desktop=$linux_dir/$app_id.desktop
metainfo=$linux_dir/$app_id.metainfo.xml
[[ -f $desktop ]] || fail "no $app_id.desktop"
[[ -f $metainfo ]] || fail "no $app_id.metainfo.xml"
((status == 0)) || exit 1

icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ $icon == "$app_id" ]] || fail "the .desktop file's Icon is '$icon', not $app_id"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[[ ${exec_line%% *} == selftrack ]] || fail "the .desktop file starts '$exec_line', not selftrack"
id=$(sed -n 's|.*<id>\(.*\)</id>.*|\1|p' "$metainfo")
[[ $id == "$app_id" ]] || fail "the metainfo id is '$id', not $app_id"
launchable=$(sed -n 's|.*<launchable type="desktop-id">\(.*\)</launchable>.*|\1|p' "$metainfo")
[[ $launchable == "$app_id.desktop" ]] || fail "the metainfo launchable is '$launchable', not $app_id.desktop"
release=$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$metainfo" | head -n 1)
[[ $release == "$version" ]] || fail "the newest metainfo release is '$release', the project is $version"
for binary in selftrack selftrack-cli selftrack-server; do
    grep -q "<binary>$binary</binary>" "$metainfo" || fail "the metainfo does not provide $binary"
done

pngs=0
for png in "$icon_dir"/*x*/apps/"$app_id".png; do
    [[ -f $png ]] || continue
    size=$(basename "$(dirname "$(dirname "$png")")")
    # The PNG signature is 8 bytes, then the IHDR chunk: length, type, width and height (big endian).
    read -r -a b < <(od -An -tu1 -j16 -N8 "$png")
    width=$(((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]))
    height=$(((b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7]))
    [[ "${width}x$height" == "$size" ]] || fail "$png is ${width}x$height"
    pngs=$((pngs + 1))
done
((pngs == 6)) || fail "expected 6 rendered icon sizes in $icon_dir, found $pngs"

((status == 0)) && echo "Desktop integration OK ($app_id $version, $pngs icon sizes)"
exit $status
