#!/usr/bin/env bash
# The real screen reader: Orca on a private session bus under Xvfb, its
# speech sent to a log instead of a sound card (.ci/orca/), hears Relief
# Map while .ci/orca_walk.py walks a technique run by keys. Fails when an
# expected utterance is missing or the focus falls to the window.
# Usage: .ci/orca.sh [path/to/reliefmap]   (default target/debug/reliefmap)
# Prints "skipped: ..." and exits 0 when its packages cannot be installed
# (outside CI); in CI (CI=true) that is a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP=$(realpath "${1:-target/debug/reliefmap}")
OUT=${ORCA_OUT:-$(mktemp -d)}
mkdir -p "$OUT"

skip() {
    if [ "${CI:-}" = true ]; then
        echo "error: $1" >&2
        exit 1
    fi
    echo "skipped: $1"
    exit 0
}

if [ -z "${RELIEFMAP_ORCA_INNER:-}" ]; then
    need=()
    command -v Xvfb >/dev/null || need+=(xvfb)
    command -v xdotool >/dev/null || need+=(xdotool)
    command -v xdpyinfo >/dev/null || need+=(x11-utils)
    command -v dbus-run-session >/dev/null || need+=(dbus-bin dbus-x11)
    command -v orca >/dev/null || need+=(orca)
    [ -x /usr/libexec/at-spi-bus-launcher ] || need+=(at-spi2-core)
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || need+=(python3-pyatspi)
    if [ ${#need[@]} -gt 0 ]; then
        echo "installing ${need[*]}"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends "${need[@]}" libgl1 libglx-mesa0 libgl1-mesa-dri \
            libx11-xcb1 libxcursor1 libxi6 libxkbcommon-x11-0; } >/dev/null 2>&1 \
            || skip "could not install ${need[*]} (Orca was not run)"
    fi
    [ -x "$APP" ] || skip "no app at $APP (build it first)"
    export RELIEFMAP_ORCA_INNER=1
    exec dbus-run-session -- "$0" "$@"
fi

export GSETTINGS_BACKEND=memory
unset AT_SPI_BUS_ADDRESS WAYLAND_DISPLAY
PIDS=()
cleanup() {
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        kill "${PIDS[$i]}" 2>/dev/null
    done
    sleep 1
    for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
    rm -rf "$STATE"
}
trap cleanup EXIT

for n in $(seq 160 199); do
    if [ ! -e /tmp/.X11-unix/X$n ] && [ ! -e /tmp/.X$n-lock ]; then DISP=$n; break; fi
done
Xvfb ":$DISP" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
PIDS+=($!)
export DISPLAY=":$DISP"
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

/usr/libexec/at-spi-bus-launcher --launch-immediately >"$OUT/atspi.log" 2>&1 &
LAUNCHER=$!
PIDS+=($LAUNCHER)
for _ in $(seq 1 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q true && break
    sleep 0.1
done
for c in $(pgrep -P "$LAUNCHER"); do PIDS+=("$c"); done
for property in IsEnabled ScreenReaderEnabled; do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status \
        "string:$property" variant:boolean:true >/dev/null
done

# A fresh person: the pain question on, the voice off (Orca speaks).
STATE=$(mktemp -d)
printf '(version: 2, settings: (ask_pain_before: true, voice: false, sound: false, reduce_motion: true))\n' \
    >"$STATE/state.ron"
RUST_LOG=warn "$APP" --state-dir "$STATE" >"$OUT/app.log" 2>&1 &
APP_PID=$!
PIDS+=($APP_PID)
for _ in $(seq 1 100); do xdotool search --pid "$APP_PID" >/dev/null 2>&1 && break; sleep 0.1; done
sleep 1
WIN=$(xdotool search --pid "$APP_PID" 2>/dev/null | tail -1)
[ -n "$WIN" ] || { echo "error: the app opened no window" >&2; exit 1; }
# No window manager here: give the window the focus as one would.
timeout 5 xdotool windowfocus --sync "$WIN" 2>/dev/null

mkdir -p "$OUT/orca-prefs"
cp "$ROOT/.ci/orca/user-settings.conf" "$OUT/orca-prefs/"
export RELIEFMAP_SPEECH_LOG="$OUT/speech.log"
: >"$RELIEFMAP_SPEECH_LOG"
PYTHONPATH="$ROOT/.ci/orca" orca -e speech -d braille -u "$OUT/orca-prefs" \
    >"$OUT/orca.log" 2>&1 &
PIDS+=($!)
sleep 6

APP_WIN=$WIN /usr/bin/python3 "$ROOT/.ci/orca_walk.py"
status=$?
echo "Orca's words and the walk: $OUT"
exit $status
