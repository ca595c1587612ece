#!/usr/bin/env bash
# Renders the launcher icons at the standard hicolor sizes from the
# scalable one. Needs rsvg-convert (Debian package librsvg2-bin).
# Run from anywhere; commit the PNGs it writes.
set -euo pipefail
cd "$(dirname "$0")/icons"
for size in 16 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert -w "$size" -h "$size" scalable/reliefmap.svg -o "${size}x${size}/reliefmap.png"
done
