#!/usr/bin/env bash
# Renders the application icon (resources/icons/app.tidings.Tidings.svg) into the PNG sizes the desktop
# wants, a Windows .ico and a macOS .icns. The results are committed; run this after changing the SVG.
# Needs ImageMagick (convert) and python3.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
svg=app.tidings.Tidings.svg
for size in 16 24 32 48 64 128 256 512; do
    convert -background none -density 384 "$svg" -resize "${size}x${size}" -depth 8 "png/${size}.png"
done
convert png/256.png png/128.png png/64.png png/48.png png/32.png png/16.png tidings.ico
# An .icns is "icns" + total length, then (type, length, PNG) entries: ic07 128, ic08 256, ic09 512 px.
python3 - <<'PY'
import struct
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    data = open(f"png/{size}.png", "rb").read()
    entries += kind + struct.pack(">I", 8 + len(data)) + data
open("tidings.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
PY
