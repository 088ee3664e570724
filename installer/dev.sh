#!/usr/bin/env bash
# The two README commands.
#   installer/dev.sh run [app args]   install packages, build, start Tidings
#   installer/dev.sh test             install packages, build with warnings as errors, run every test
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="${TIDINGS_BUILD_DIR:-$root/build}"
jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build" --parallel "$jobs"
}

case "${1:-}" in
run)
    shift
    installer/install-deps.sh
    configure_and_build -DTIDINGS_TESTS=OFF
    exec "$build/app/tidings" "$@"
    ;;
test)
    installer/install-deps.sh --test
    configure_and_build -DTIDINGS_TESTS=ON -DTIDINGS_WERROR=ON
    # The tests get a private D-Bus session and a throwaway, unlocked login keyring,
    # so they never touch the user's own keychain.
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
    export XDG_RUNTIME_DIR="$scratch/runtime"
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    export QT_QPA_PLATFORM=offscreen
    dbus-run-session -- bash -c '
        set -euo pipefail
        eval "$(printf "tidings-test\n" | gnome-keyring-daemon --unlock --components=secrets)"
        export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
        ctest --test-dir "$0" --output-on-failure --parallel "$1" --timeout 300
    ' "$build" "$jobs"
    ;;
*)
    echo "usage: installer/dev.sh run|test" >&2
    exit 2
    ;;
esac
