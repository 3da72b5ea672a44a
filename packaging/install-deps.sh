#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs exactly the build, test and packaging dependencies that are missing on Debian/Ubuntu
# (apt-get, with sudo when not root). Packaging: desktop-file-utils and appstream validate the
# desktop files, dpkg-dev (dpkg-shlibdeps) and file compute the .deb's dependencies.
# On macOS and Windows it prints the Homebrew / vcpkg equivalents.
set -euo pipefail

debian_packages=(
    build-essential cmake ninja-build pkg-config git ca-certificates openssl
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl1-mesa-dev
    libsqlcipher-dev sqlcipher libssl-dev libargon2-dev libcurl4-openssl-dev
    libboost1.81-dev libpq-dev postgresql libquazip1-qt6-dev catch2
    clang libclang-rt-14-dev clang-format clang-tidy-16
    desktop-file-utils appstream dpkg-dev file dbus-daemon
)

case "$(uname -s)" in
Darwin)
    echo "On macOS install the dependencies with Homebrew:"
    echo "  brew install cmake ninja pkg-config qt@6 sqlcipher openssl@3 argon2 curl boost libpq postgresql@15 quazip catch2"
    exit 0
    ;;
MINGW* | MSYS* | CYGWIN* | Windows_NT)
    echo "On Windows install the dependencies with vcpkg:"
    echo "  vcpkg install qtbase qtcharts qtsvg qttools sqlcipher openssl argon2 curl[openssl] boost-beast boost-asio libpq quazip catch2"
    exit 0
    ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "This script supports Debian/Ubuntu (apt-get). Install these packages with your package manager:" >&2
    printf '  %s\n' "${debian_packages[@]}" >&2
    exit 1
fi

missing=()
for pkg in "${debian_packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    echo "All build dependencies are installed."
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "Missing packages and no sudo: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
