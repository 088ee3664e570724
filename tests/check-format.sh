#!/usr/bin/env bash
# Fails when a C++ file differs from what .clang-format asks for.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r -d '' file; do
    if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
        echo "not formatted: $file (run: clang-format -i $file)"
        status=1
    fi
done < <(find app core ui tests \( -name "*.cpp" -o -name "*.h" \) -print0 | sort -z)
exit $status
