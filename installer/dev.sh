#!/usr/bin/env bash
# The two README commands.
#   installer/dev.sh run [app args]   install packages, build, start Tidings
#   installer/dev.sh test             install packages, build with warnings as errors, run every test
#   installer/dev.sh bench [args]     build and run the benchmark programs (prints figures)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="${TIDINGS_BUILD_DIR:-$root/build}"
jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build" --parallel "$jobs"
}

# Runs a command with a private D-Bus session and a throwaway, unlocked login keyring, so tests and
# benchmarks never touch the user's own keychain.
with_test_keyring() {
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
    export XDG_RUNTIME_DIR="$scratch/runtime"
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    export QT_QPA_PLATFORM=offscreen
    dbus-run-session -- bash -c '
        set -euo pipefail
        printf "tidings-test\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"
    ' bash "$@"
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
    with_test_keyring ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 300
    ;;
bench)
    shift
    installer/install-deps.sh --test
    configure_and_build -DTIDINGS_TESTS=ON
    with_test_keyring "$build/tests/benchmarks/bench_webhooks" "$@"
    ;;
*)
    echo "usage: installer/dev.sh run|test|bench" >&2
    exit 2
    ;;
esac
