#!/usr/bin/env bash
# The desktop install: validates the launcher entry and the AppStream
# metainfo with the standard validators, builds the Debian package with
# cargo-deb (from the debug build the tests already made), installs it,
# runs the installed `reliefmap check`, checks where its files went, and
# removes it again. Skips with a message when its tools cannot be had.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
if [ ${#need[@]} -gt 0 ] && ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${need[@]}"; } >/dev/null 2>&1; then
    echo "skipped: could not install ${need[*]}"
    exit 0
fi
desktop-file-validate assets/desktop/reliefmap.desktop
appstreamcli validate --no-net assets/desktop/io.github.reliefmap.reliefmap.metainfo.xml

if ! cargo deb --version >/dev/null 2>&1; then
    cargo install cargo-deb --locked --quiet || { echo "skipped: could not install cargo-deb"; exit 0; }
fi
# An unoptimised profile: CI checks the package's contents and that it
# installs and runs; README builds the release one.
cargo deb --profile package-check --locked --output target/debian/ >/dev/null
deb=$(ls -t target/debian/reliefmap_*.deb | head -1)
echo "built $deb"

dpkg -i "$deb" >/dev/null
trap 'dpkg -r reliefmap >/dev/null 2>&1 || true' EXIT
/usr/bin/reliefmap check
files=$(dpkg -L reliefmap)
for f in /usr/bin/reliefmap \
    /usr/share/applications/reliefmap.desktop \
    /usr/share/metainfo/io.github.reliefmap.reliefmap.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/reliefmap.svg \
    /usr/share/icons/hicolor/16x16/apps/reliefmap.png \
    /usr/share/icons/hicolor/256x256/apps/reliefmap.png; do
    if ! grep -qx "$f" <<<"$files"; then
        echo "error: the package does not install $f" >&2
        exit 1
    fi
done
dpkg -r reliefmap >/dev/null
trap - EXIT
if [ -e /usr/bin/reliefmap ]; then
    echo "error: /usr/bin/reliefmap is still there after removing the package" >&2
    exit 1
fi
echo "package: validated, installed, checked and removed"
