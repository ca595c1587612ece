#!/usr/bin/python3
"""Walks one technique run by keys while Orca listens, and checks what Orca
says: the map view and the chosen region, the technique's page, the safety
page, the pain question, each step, pausing and going on, the end, "do it
again" and stopping. Fails when an expected utterance does not come, or
when Orca says the window's name during the run (the focus fell off the
page). Run by .ci/orca.sh, which starts Orca with its speech logged."""

import os
import re
import subprocess
import sys
import time

LOG = os.environ["RELIEFMAP_SPEECH_LOG"]
START = time.time()
failures = []
transcript = []


def said():
    """Every utterance so far: (seconds since the walk began, text)."""
    out = []
    with open(LOG, encoding="utf-8") as log:
        for line in log:
            at, _, text = line.rstrip("\n").partition("\t")
            out.append((float(at) - START, text))
    return out


def key(*names, pause=0.4):
    for name in names:
        subprocess.run(["xdotool", "key", name], check=False)
        transcript.append((time.time() - START, "KEY " + name))
        time.sleep(pause)


def expect(what, pattern, since, timeout=6.0):
    """Waits until Orca says something matching `pattern` after utterance
    number `since`; returns the index after it."""
    rx = re.compile(pattern, re.IGNORECASE)
    end = time.time() + timeout
    while time.time() < end:
        lines = said()
        for i in range(since, len(lines)):
            if rx.search(lines[i][1]):
                print("ok   %-42s %6.1f s  \"%s\"" % (what, lines[i][0], lines[i][1][:90]))
                return i + 1
        time.sleep(0.2)
    failures.append("%s: Orca never said /%s/" % (what, pattern))
    print("FAIL %-42s (nothing matching /%s/ within %.0f s)" % (what, pattern, timeout))
    return len(said())


def mark():
    return len(said())


def main():
    time.sleep(1)
    at = mark()
    key("2")
    at = expect("view switch says the view", r"Body back", at)
    key("Down", "Down", "Down", "Down")
    at = expect("arrows reach the lower back", r"Lower back", at)
    key("Return")
    at = expect("selection says what appeared", r"techniques? works? here", at)
    found = False
    for _ in range(24):
        before = mark()
        key("Tab", pause=0.6)
        if any(re.search(r"^Warm up the back", t) for _, t in said()[before:]):
            found = True
            break
    if not found:
        failures.append("Tab never reached 'Warm up the back' in the list")
    at = mark()
    key("Return")
    at = expect("the technique's page", r"Warm up the back.*heading", at)
    run_start = mark()
    key("s")
    at = expect("S: the safety page", r"Before you start: Warm up the back", at)
    key("s")
    at = expect("S again: the pain question", r"How is your pain right now", at)
    key("5")
    at = expect("5: the first step", r"Pick a way to warm up", at)
    key("n")
    at = expect("N: the timed step", r"^Let the warmth soak in.*minutes", at)
    # Three minutes shortened to one: long enough for "halfway" and
    # "10 seconds left", short enough for CI.
    key(*["minus"] * 4, pause=0.15)
    key("p")
    at = expect("P: paused, said", r"\bPaused\b", at)
    key("p")
    at = expect("P: going on, said", r"Going on", at)
    at = expect("halfway, said", r"^Halfway", at, timeout=40.0)
    at = expect("10 seconds left, said", r"^10 seconds left", at, timeout=30.0)
    at = expect("the end", r"Well done\. That is the end", at, timeout=25.0)
    key("shift+r")
    at = expect("Shift+R: do it again, the first step", r"Pick a way to warm up", at)
    key("s")
    at = expect("S: stopped, said", r"Stopped", at)
    time.sleep(1.5)
    lines = said()
    for t, text in lines[run_start:]:
        if re.search(r"Relief Map frame", text):
            failures.append("the focus fell to the window at %.1f s: \"%s\"" % (t, text))
    print("\nWhat Orca said during the run (seconds from the start of the walk):")
    for t, text in lines[run_start:]:
        print("  %6.1f  %s" % (t, text))
    if failures:
        print("\n" + "\n".join("FAIL " + f for f in failures))
        return 1
    print("\nOrca: %d checks passed" % 16)
    return 0


if __name__ == "__main__":
    sys.exit(main())
