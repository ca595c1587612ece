#!/usr/bin/env bash
# The desktop install: validates the launcher entry and the AppStream
# metainfo with the standard validators, builds the Debian package with
# cargo-deb from the debug build, installs it with dpkg, runs the installed
# `reliefmap check`, checks where its files went, and removes it again.
# Prints "skipped: ..." and exits 0 when its tools cannot be had.
# Run from anywhere: .ci/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS=0
target=${CARGO_TARGET_DIR:-target}
desktop=assets/desktop/reliefmap.desktop
metainfo=assets/desktop/io.github.reliefmap.reliefmap.metainfo.xml

need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]}"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${need[@]}"; } >/dev/null 2>&1; then
        echo "skipped: could not install ${need[*]} (the desktop files and the package were not checked)"
        exit 0
    fi
fi
desktop-file-validate "$desktop"
echo "desktop-file-validate $desktop: no errors or warnings"
appstreamcli validate --no-net "$metainfo"

# cargo-deb 3.8 builds the dev profile (with a warning that a later version
# will refuse it), so CI reuses the debug build the tests made.
if ! cargo deb --version >/dev/null 2>&1; then
    echo "installing cargo-deb 3.8.0 (cargo install, a few minutes)"
    if ! cargo install cargo-deb --version 3.8.0 --locked --quiet; then
        echo "skipped: could not install cargo-deb (the package was not built)"
        exit 0
    fi
fi
out="$target/debian"
echo "building the package with $(cargo deb --version) into $out/"
if ! deb=$(cargo deb --profile dev --locked --output "$out/" | tail -n 1); then
    # A cargo-deb that refuses the dev profile: the package-check profile
    # (Cargo.toml) is the same settings under another name, built anew.
    echo "cargo deb --profile dev failed; building with --profile package-check instead" >&2
    deb=$(cargo deb --profile package-check --locked --output "$out/" | tail -n 1)
fi
if [ ! -f "$deb" ]; then
    echo "error: cargo deb did not report a .deb file (it said: $deb)" >&2
    exit 1
fi
echo "built $deb ($(du -k "$deb" | cut -f1) KiB; Depends: $(dpkg-deb -f "$deb" Depends))"

if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: installing the package needs root (validated and built only)"
    exit 0
fi
if dpkg-query -W -f='${Status}' reliefmap 2>/dev/null | grep -q 'ok installed' \
    && [ "${CI:-}" != true ]; then
    echo "skipped: reliefmap is already installed here and would be removed afterwards;" \
        "run 'dpkg -r reliefmap' first to let this check install it"
    exit 0
fi
dpkg -i "$deb" >/dev/null
trap 'dpkg -r reliefmap >/dev/null 2>&1 || true' EXIT
echo "installed; /usr/bin/reliefmap check says:"
/usr/bin/reliefmap check

files=$(dpkg -L reliefmap)
expected=(/usr/bin/reliefmap
    /usr/share/applications/reliefmap.desktop
    /usr/share/metainfo/io.github.reliefmap.reliefmap.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/reliefmap.svg)
for size in 16 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/reliefmap.png")
done
for f in "${expected[@]}"; do
    if ! grep -qx "$f" <<<"$files" || [ ! -s "$f" ]; then
        echo "error: the package does not install $f" >&2
        exit 1
    fi
done
echo "the package installs all ${#expected[@]} expected files"

dpkg -r reliefmap >/dev/null
trap - EXIT
for f in "${expected[@]}"; do
    if [ -e "$f" ]; then
        echo "error: $f is still there after removing the package" >&2
        exit 1
    fi
done
echo "package: validated, built, installed, checked and removed in ${SECONDS} s"
