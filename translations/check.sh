#!/usr/bin/env bash
# Fails when the translations are behind the code: a string lupdate would add or drop, an unfinished or empty
# translation, or a string lupdate cannot file under its class (a tr() call it cannot resolve, which would never
# be translated at run time). Usage: translations/check.sh [LUPDATE]
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${1:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in translations/tidings_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$scratch/$name"
    "$lupdate" -silent -locations none -no-obsolete app core ui -ts "$scratch/$name"
    if ! diff -q "$ts" "$scratch/$name" >/dev/null; then
        echo "$name is out of date with the code: run translations/update.sh, then translate what it adds." >&2
        diff -u "$ts" "$scratch/$name" | grep '^[-+] *<source>' | head -20 >&2 || true
        status=1
    fi
    if grep -q '<name></name>' "$ts"; then
        echo "$name has strings without a class: call tr() through the class name, not an alias." >&2
        status=1
    fi
    if grep -q '<numerusform></numerusform>\|<numerusform/>' "$ts"; then
        echo "$name has plural forms left empty." >&2
        status=1
    fi
    if [ "$name" != tidings_en.ts ]; then
        unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
        if [ "$unfinished" != 0 ]; then
            echo "$name has $unfinished unfinished translations." >&2
            status=1
        fi
    fi
done
[ $status = 0 ] && echo "translations complete: $(ls translations/tidings_*.ts | xargs -n1 basename | tr '\n' ' ')"
exit $status
