#!/usr/bin/env bash
# Refreshes the translation sources from the code: new strings are added as unfinished, removed ones dropped.
# English (tidings_en.ts) only carries plural forms; German, French and Spanish carry every string.
# After running it, translate what is unfinished; translations/check.sh (a test) fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
for ts in translations/tidings_*.ts; do
    "$lupdate" -silent -locations none -no-obsolete app core ui -ts "$ts"
done
