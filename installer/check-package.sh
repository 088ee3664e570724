#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, then checks it as a shop owner gets it:
# its metadata and dependencies, its files, and the packaged program itself, unpacked into a scratch
# folder: --version, and a headless start that answers HTTP and stops cleanly on SIGTERM.
#   installer/check-package.sh BUILD_DIR        (ctest runs it as tst_package)
set -euo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' \
    "$build/CPackConfig.cmake" | head -n 1)
[[ -n "$version" ]] || fail "no CPackConfig.cmake in $build (configure the build first)"

echo "== building the package"
(cd "$build" && cpack -G DEB -B "$scratch/out") >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log"
    fail "cpack could not build the .deb"
}
deb=$(find "$scratch/out" -maxdepth 1 -name '*.deb' | head -n 1)
[[ -n "$deb" ]] || fail "cpack made no .deb"
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

echo "== control fields"
[[ "$(dpkg-deb -f "$deb" Package)" == "tidings" ]] || fail "package name"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6httpserver6 \
    libqt6keychain1 "gnome-keyring | keepassxc"; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed"
done

echo "== files"
dpkg-deb -c "$deb" >"$scratch/files"
for path in ./usr/bin/tidings ./usr/share/applications/app.tidings.Tidings.desktop \
    ./usr/share/metainfo/app.tidings.Tidings.metainfo.xml ./usr/lib/systemd/user/tidings-headless.service \
    ./usr/share/icons/hicolor/scalable/apps/app.tidings.Tidings.svg \
    ./usr/share/icons/hicolor/48x48/apps/app.tidings.Tidings.png \
    ./usr/share/icons/hicolor/256x256/apps/app.tidings.Tidings.png; do
    grep -q " $path\$" "$scratch/files" || fail "the package has no $path"
done
mkdir "$scratch/root"
dpkg-deb -x "$deb" "$scratch/root"
root="$scratch/root"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/app.tidings.Tidings.metainfo.xml"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/app.tidings.Tidings.desktop"
fi
grep -q "^ExecStart=/usr/bin/tidings --headless$" "$root/usr/lib/systemd/user/tidings-headless.service" ||
    fail "the systemd unit does not start /usr/bin/tidings --headless"

echo "== the packaged program"
printed=$("$root/usr/bin/tidings" --version)
echo "$printed"
[[ "$printed" == *"$version"* ]] || fail "--version printed no $version"

# Headless, on a free port of this machine, with its own data folder.
printf '{ "webhook": { "address": "127.0.0.1", "port": 0 } }\n' >"$scratch/config.json"
log="$scratch/headless.log"
mkfifo "$scratch/stderr"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/tidings" --headless --data-dir "$scratch/data" \
    --config "$scratch/config.json" 2>"$scratch/stderr" &
server_pid=$!
exec 3<"$scratch/stderr"
# Reads its log as it is written until the line that says it is running (or 60 s without a line).
started=false
while IFS= read -r -t 60 line <&3; do
    printf '%s\n' "$line" >>"$log"
    if [[ "$line" == *"Tidings is running"* ]]; then
        started=true
        break
    fi
done
$started || { cat "$log"; fail "the packaged program did not start"; }
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1)
[[ -n "$url" ]] || { cat "$log"; fail "the log names no address"; }
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data '{}' "$url/webhooks/no-such-source")
[[ "$status" == "404" ]] || fail "an unknown source answered $status, not 404"
kill -TERM "$server_pid"
cat <&3 >>"$log" # the rest of its log, to the end
exec 3<&-
code=0
wait "$server_pid" || code=$?
server_pid=""
[[ "$code" == 0 ]] || { cat "$log"; fail "the packaged program exited with $code after SIGTERM"; }
grep -q "stopped" "$log" || { cat "$log"; fail "no clean stop in the log"; }
[[ -f "$scratch/data/tidings.sqlite" ]] || { ls -la "$scratch/data"; fail "no database in the data folder"; }
echo "package OK"
