#!/usr/bin/env bash
# Refreshes the translation sources from the code. English (tidings_en.ts) only carries plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -locations none -no-obsolete app core ui -ts translations/tidings_en.ts
