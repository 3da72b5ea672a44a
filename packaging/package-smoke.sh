#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# package-smoke.sh BUILD_DIR
# Makes the DEB and TGZ packages of a built tree, installs the .deb system-wide (dpkg -i, then
# apt-get -f install if dependencies are missing), checks the installed files, runs the installed
# selftrack-cli and selftrack-server once and starts the installed desktop app offscreen on a
# throwaway vault folder (--smoke-test: it must reach the welcome page). At the end the package
# is removed again (dpkg -r), whatever happened. Needs root or sudo; it refuses to run when a
# selftrack package is installed already, so it never replaces a real installation.
set -euo pipefail

build=${1:?usage: package-smoke.sh BUILD_DIR}
build=$(cd "$build" && pwd)
[[ -f $build/CPackConfig.cmake ]] || { echo "$build is not a configured SelfTrack build folder" >&2; exit 2; }

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "Installing a package needs root or sudo" >&2; exit 2; }
    sudo=(sudo)
fi
if dpkg-query -W -f='${Status}' selftrack 2>/dev/null | grep -q 'install ok'; then
    echo "A selftrack package is installed already; remove it first (dpkg -r selftrack)" >&2
    exit 2
fi

scratch=$(mktemp -d)
installed=0
cleanup() {
    if ((installed)); then
        echo "-- Removing the package"
        "${sudo[@]}" dpkg -r selftrack >/dev/null
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

echo "-- Packaging $build"
cd "$build"
rm -f selftrack_*.deb selftrack-*.tar.gz selftrack_*.deb.sha256 selftrack-*.tar.gz.sha256
cpack -G DEB
cpack -G TGZ
debs=(selftrack_*.deb)
tgzs=(selftrack-*.tar.gz)
[[ -f ${debs[0]} && -f ${tgzs[0]} ]] || fail "cpack made no .deb or .tar.gz"
deb=$build/${debs[0]}
tgz=$build/${tgzs[0]}
version=$(dpkg-deb -f "$deb" Version)
ls -l "$deb" "$tgz"
dpkg-deb -f "$deb" Package Version Architecture Section Depends Recommends
[[ -n $(dpkg-deb -f "$deb" Depends) ]] || fail "the .deb names no dependencies (dpkg-shlibdeps did not run)"

echo "-- TGZ contents"
expected=(
    bin/selftrack bin/selftrack-cli bin/selftrack-server
    share/applications/org.selftrack.SelfTrack.desktop share/metainfo/org.selftrack.SelfTrack.metainfo.xml
    share/icons/hicolor/scalable/apps/org.selftrack.SelfTrack.svg
)
for size in 16 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/org.selftrack.SelfTrack.png")
done
tar -xzf "$tgz" -C "$scratch"
root=$(find "$scratch" -mindepth 1 -maxdepth 1 -type d)
for file in "${expected[@]}"; do
    [[ -f $root/$file ]] || fail "the TGZ lacks $file"
done
echo "${#expected[@]} expected files present"
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree rejects the TGZ tree"
fi

echo "-- Installing ${deb##*/}"
installed=1
if ! "${sudo[@]}" dpkg -i "$deb"; then
    echo "-- dpkg -i left dependencies missing; apt-get -f install"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -f install -y -qq --no-install-recommends
fi
dpkg-query -W -f='${Status}\n' selftrack | grep -q 'install ok installed' || fail "the package is not installed"
for file in "${expected[@]}"; do
    [[ -f /usr/$file ]] || fail "the package did not install /usr/$file"
done

echo "-- Running the installed programs"
out=$(/usr/bin/selftrack-cli --version)
echo "$out"
[[ $out == "selftrack-cli $version" ]] || fail "selftrack-cli --version printed '$out', expected 'selftrack-cli $version'"
out=$(/usr/bin/selftrack-server --version)
echo "$out"
[[ $out == "selftrack-server $version" ]] || fail "selftrack-server --version printed '$out'"

# A fresh home and an empty vault folder: the app must open on the welcome page (create a vault).
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
set +e
out=$(HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share \
    XDG_RUNTIME_DIR=$scratch/runtime QT_QPA_PLATFORM=offscreen \
    timeout 60 /usr/bin/selftrack --smoke-test --vault "$scratch/vault")
rc=$?
set -e
echo "selftrack --smoke-test: '$out' (exit $rc)"
((rc == 0)) || fail "selftrack --smoke-test exited with $rc"
[[ $out == welcomePage ]] || fail "selftrack opened on '$out', not on the welcome page"
[[ ! -e $scratch/vault/vault.json ]] || fail "the smoke test created a vault"

echo "Package smoke test passed (selftrack $version: ${deb##*/} $(stat -c %s "$deb") bytes, ${tgz##*/} $(stat -c %s "$tgz") bytes)."
