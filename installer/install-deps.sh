#!/usr/bin/env bash
# Installs the Debian 12 packages Tidings needs to build, run and test. Safe to run again.
#   installer/install-deps.sh          build and run
#   installer/install-deps.sh --test   also what the tests need (a Secret Service keyring, D-Bus)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-webengine-dev
    qtkeychain-qt6-dev libkainjow-mustache-dev libqt6sql6-sqlite libsqlite3-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libcurl4-openssl-dev
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(dbus dbus-daemon gnome-keyring clang-format dpkg-dev appstream desktop-file-utils curl python3-aiosmtpd)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
