#!/usr/bin/env bash
# Screen-reader check: runs the app under Xvfb with the desktop accessibility
# bus (AT-SPI) and walks it through .ci/atspi_check.py as a screen reader
# would: a region, a technique, Start, the safety page, the player.
# Usage: .ci/atspi.sh BINARY   (exits with the check's code; 0 when skipped)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [ "${ATSPI_WORK:-}" = "" ]; then
    binary=$(realpath "${1:?usage: $0 BINARY}")
    # xdotool gives the window the keyboard focus, as a window manager would.
    packages=(at-spi2-core python3-pyatspi dbus-x11 xvfb xauth xdotool
        libx11-xcb1 libxcursor1 libxi6 libxkbcommon-x11-0 libgl1 libglx-mesa0 libgl1-mesa-dri)
    missing=()
    for p in "${packages[@]}"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ] && ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/dev/null 2>&1; then
        echo "skipped: could not install ${missing[*]}"
        exit 0
    fi
    # Everything else runs on a session bus of its own, with its own runtime
    # and settings folders, so the accessibility bus and its "enabled"
    # setting are never shared with another session or an earlier run.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    mkdir "$work/run" "$work/config" "$work/state"
    chmod 700 "$work/run"
    status=0
    ATSPI_WORK=$work XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/config \
        dbus-run-session -- bash "$0" "$binary" 2> >(grep -v '^dbus-daemon\[' >&2) || status=$?
    exit "$status"
fi

binary=$1
work=$ATSPI_WORK
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

display=97
if [ -e /tmp/.X$display-lock ]; then
    if kill -0 "$(tr -d ' ' </tmp/.X$display-lock)" 2>/dev/null; then
        echo "FAIL: display :$display is in use by another X server"
        exit 1
    fi
    rm -f /tmp/.X$display-lock /tmp/.X11-unix/X$display  # left by a killed run
fi
Xvfb :$display -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/bus.log" 2>&1 &
pids+=($!)

# Wait for the launcher to own its name: a request sent earlier would
# start a second launcher. Then enable accessibility; apps register with
# the accessibility bus only once it is enabled.
for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetNameOwner string:org.a11y.Bus >/dev/null 2>&1 && break
    sleep 0.1
done
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled \
    variant:boolean:true >/dev/null || { echo "FAIL: could not enable accessibility"; exit 1; }
for _ in $(seq 100); do
    [ -e /tmp/.X11-unix/X$display ] && break
    sleep 0.1
done
if [ ! -e /tmp/.X11-unix/X$display ]; then
    echo "FAIL: Xvfb did not start on :$display"
    cat "$work/xvfb.log"
    exit 1
fi

# A fresh state folder: no saved view, selection or accepted cautions.
echo '(settings: (window_size: Some((1280.0, 800.0))))' >"$work/state/state.ron"
DISPLAY=:$display RELIEFMAP_STATE_DIR="$work/state" "$binary" >"$work/app.log" 2>&1 &
app=$!
pids+=($app)

# With no window manager nothing focuses the window; focus inside it is
# reported to screen readers only while the window has the keyboard focus.
window=
for _ in $(seq 200); do
    kill -0 "$app" 2>/dev/null || break
    window=$(DISPLAY=:$display xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -n 1) &&
        [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] && DISPLAY=:$display timeout 5 xdotool windowfocus --sync "$window" ||
    echo "note: could not give the window the keyboard focus"

status=0
timeout -k 5 90 /usr/bin/python3 "$here/atspi_check.py" "$app" || status=$?
if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    echo "FAIL: the check did not finish within 90 s"
fi
if ! kill -0 "$app" 2>/dev/null; then
    echo "note: the app had exited; its last output:"
    tail -n 20 "$work/app.log"
fi
exit "$status"
