#!/usr/bin/python3
"""Screen-reader check: walks the running app through the desktop
accessibility bus (AT-SPI), as a screen reader would.

Run by .ci/atspi.sh (argument: the app's process id), which starts the
app on a private session bus. Prints one line per check ("ok: …" or
"FAIL: …") and exits 1 if any failed.
"""
import os
import sys
import time

import pyatspi

DEADLINE = time.monotonic() + 80  # the caller kills us at 90 s
STEP_WAIT = 15  # seconds for one change to show in the tree
MAX_DEPTH = 25
MAX_CHILDREN = 300  # children of larger nodes are not walked

pyatspi.setTimeout(3000, 10000)  # no D-Bus call waits for long
passed = failed = 0


class Stop(Exception):
    """A step the rest depends on failed: later checks cannot run."""


def ok(msg):
    global passed
    passed += 1
    print(f"ok: {msg}", flush=True)


def fail(msg):
    global failed
    failed += 1
    print(f"FAIL: {msg}", flush=True)


def describe(acc):
    try:
        return f"{acc.getRoleName()} {acc.name!r}"
    except Exception:
        return "(gone)"


def children(acc):
    try:
        n = acc.childCount
        if n > MAX_CHILDREN:
            return []
        return [c for c in (acc.getChildAtIndex(i) for i in range(n)) if c is not None]
    except Exception:  # the node went away while we walked
        return []


def walk(acc, depth=0):
    """Every accessible under `acc`, in reading order."""
    if acc is None or depth > MAX_DEPTH:
        return
    yield acc
    for child in children(acc):
        yield from walk(child, depth + 1)


def find_all(root, pred):
    found = []
    for acc in walk(root):
        try:
            if pred(acc):
                found.append(acc)
        except Exception:
            pass
    return found


def nearby(root, limit=25):
    """Names in the tree, for a message when a step times out."""
    names = []
    for acc in walk(root):
        try:
            if acc.name and acc.getRole() not in (pyatspi.ROLE_LABEL, pyatspi.ROLE_IMAGE):
                names.append(describe(acc))
        except Exception:
            pass
    more = f" … (+{len(names) - limit})" if len(names) > limit else ""
    return "; ".join(names[:limit]) + more


def wait_for(what, probe, root, timeout=STEP_WAIT):
    """Re-walks until `probe()` returns something (the tree updates after
    the app's next frame); raises Stop with what was there instead."""
    end = min(time.monotonic() + timeout, DEADLINE)
    while True:
        try:
            # Names, states and children are cached on this side: drop them
            # so each walk sees the app as it is now.
            pyatspi.Registry.getDesktop(0).clear_cache()
            result = probe()
        except Exception:
            result = None
        if result:
            return result
        if not app_running():
            raise Stop(f"{what}: the app exited")
        if time.monotonic() > end:
            raise Stop(f"{what}: not found within {timeout} s; found: {nearby(root())}")
        time.sleep(0.3)


APP_PID = int(sys.argv[1]) if len(sys.argv) > 1 else None


def app_running():
    """False once the app whose process id the caller passed has exited."""
    if APP_PID is None:
        return True
    try:
        os.kill(APP_PID, 0)
        return True
    except OSError:
        return False


def eventually(probe, timeout=5):
    """`probe()`'s result once it has one, or None after `timeout` s."""
    try:
        return wait_for("", probe, lambda: None, timeout)
    except Stop:
        return None


def has_state(acc, state):
    try:
        return acc.getState().contains(state)
    except Exception:
        return False


def activate(acc):
    acc.queryAction().doAction(0)


def named(name, exact=True):
    def pred(acc):
        return acc.name == name if exact else (acc.name or "").startswith(name)
    return pred


def actionable(acc):
    try:
        return acc.queryAction().nActions > 0
    except Exception:
        return False


def button(root, name, exact=True):
    """The first accessible named `name` that can be activated."""
    hits = [a for a in find_all(root, named(name, exact)) if actionable(a)]
    return hits[0] if hits else None


def within(acc, container):
    """Whether `acc` is `container` or lies inside it."""
    for _ in range(MAX_DEPTH + 2):
        if acc is None:
            return False
        if acc == container:
            return True
        try:
            acc = acc.parent
        except Exception:
            return False
    return False


def check_focus_on_page(page_name, window, page):
    """Focus moved to the page that just opened: the focused accessible is
    one of the page's headings, or the page's first focusable control."""
    def focused():
        hits = find_all(window, lambda a: has_state(a, pyatspi.STATE_FOCUSED))
        # The window itself reports focused when nothing inside has focus.
        inner = [a for a in hits if a != window]
        return inner[0] if inner else None

    def landed():
        f = focused()
        if f is None or not within(f, page):
            return None
        first = next((a for a in walk(page) if a != page
                      and has_state(a, pyatspi.STATE_FOCUSABLE)), None)
        return f if f.getRole() == pyatspi.ROLE_HEADING or f == first else None

    try:
        f = wait_for("focus", landed, lambda: page, timeout=5)
        ok(f"focus moved to the {page_name}: {describe(f)}")
    except Stop:
        f = focused()
        where = describe(f) if f else "nothing inside the window"
        if f is not None and not within(f, page):
            where += " (outside the page)"
        fail(f"focus did not move to the {page_name}'s heading or first control; "
             f"focused: {where}")


def page_of(marker, window):
    """The window's panel that holds `marker`: the page, not the top bar or
    the side panel."""
    acc = marker
    for _ in range(MAX_DEPTH + 2):
        parent = acc.parent
        if parent is None or parent == window:
            return acc
        acc = parent
    return marker.parent


def main():
    desktop = pyatspi.Registry.getDesktop(0)

    # a. The app is on the accessibility bus, its window named.
    # The app is known by its process id: the toolkit name it reports
    # while it starts is empty, and stays so in the client's cache.
    def app():
        for acc in children(desktop):
            try:
                if acc.get_process_id() == APP_PID or acc.get_toolkit_name() == "AccessKit":
                    return acc
            except Exception:
                pass
        return None
    application = wait_for("the app on the accessibility bus", app, lambda: desktop, timeout=20)
    ok(f"the app is on the accessibility bus: {application.name!r}")

    def first_window():
        return next((c for c in children(application)
                     if c.getRole() in (pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW)), None)
    window = wait_for("the app's window", first_window, lambda: application)
    if eventually(lambda: window.name == "Relief Map"):
        ok("the window is named 'Relief Map'")
    else:
        fail(f"the window's accessible name is {window.name!r}, expected 'Relief Map'")
    if eventually(lambda: has_state(window, pyatspi.STATE_ACTIVE)):
        ok("the window is active (has the keyboard focus)")
    else:
        fail("the window is not active, so no focus can be reported inside it")

    def in_window():
        return window

    # b. "Lower back" from the List view (every region as a button).
    wait_for("the view button 'List'", lambda: button(window, "List"), in_window)
    activate(button(window, "List"))

    def lower_back():
        return button(window, "Lower back") or button(window, "Lower back", exact=False)
    region = wait_for("the region 'Lower back' in the List view", lower_back, in_window)
    ok(f"found the region: {describe(region)}")
    activate(region)

    # c. The side panel lists the region's techniques: each row a list item
    # named "<name>, <kind>, about <time>", holding a button that opens it.
    def side_panel():
        panel = find_all(window, named("Selection and techniques"))
        return panel[0] if panel else window

    def first_row():
        rows = find_all(side_panel(), lambda a: a.getRole() == pyatspi.ROLE_LIST_ITEM
                        and " min" in a.name)
        if rows:
            return rows[0]
        # Without list items, a row is still its star "Favourite: <name>"
        # followed by the button <name>: enough to carry on.
        stars = find_all(side_panel(), named("Favourite: ", exact=False))
        return stars[0].parent if stars else None
    row = wait_for("a technique row (a list item naming its time in min)", first_row, in_window)
    if row.getRole() == pyatspi.ROLE_LIST_ITEM:
        star = next((a for a in walk(row) if (a.name or "").startswith("Favourite: ")), None)
    else:
        star = find_all(row, named("Favourite: ", exact=False))[0]
    technique = star.name.removeprefix("Favourite: ") if star else None
    opener = next((a for a in walk(row) if a.getRole() == pyatspi.ROLE_PUSH_BUTTON
                   and actionable(a) and (technique is None or a.name == technique)), None)
    if opener is None:
        raise Stop(f"no button opens the first technique; the row holds: {nearby(row)}")
    if row.getRole() == pyatspi.ROLE_LIST_ITEM:
        ok(f"the side panel lists techniques; first row {row.name!r}, "
           f"opened by {describe(opener)}")
    else:
        fail(f"the side panel's technique rows are not list items (named with the time); "
             f"going on with {describe(opener)}")
    activate(opener)

    # d. Start, the safety page, then the player; focus follows each page.
    start = wait_for("the button 'Start (S)' on the technique page",
                     lambda: button(window, "Start (S)"), in_window)
    ok("the technique page shows 'Start (S)'")
    check_focus_on_page("technique page", window, page_of(start, window))
    activate(start)

    accept = wait_for("the safety page's button 'I understand, start'",
                      lambda: button(window, "I understand, start"), in_window)
    ok("the safety page shows 'I understand, start'")
    check_focus_on_page("safety page", window, page_of(accept, window))
    activate(accept)

    # The player opens on its first step, or first asks how the pain is
    # ("Pain 0 of 10" … "Skip"); either way focus goes to what it shows.
    def player(names):
        if button(window, "I understand, start"):
            return None  # still the safety page
        return next(filter(None, (button(window, n, exact=False) for n in names)), None)
    control = wait_for("the player ('Pause', 'Stop', or the pain question's 'Skip')",
                       lambda: player(("Pause", "Stop", "Skip")), in_window)
    ok(f"the player shows {describe(control)}")
    check_focus_on_page("player", window, page_of(control, window))
    if control.name.startswith("Skip"):
        activate(control)
        control = wait_for("the player's 'Pause' or 'Stop' after skipping the pain question",
                           lambda: player(("Pause", "Stop")), in_window)
        ok(f"after the pain question the player shows {describe(control)}")
        check_focus_on_page("player's first step", window, page_of(control, window))


if __name__ == "__main__":
    try:
        main()
    except Stop as stop:
        fail(f"{stop} (later checks not run)")
    except Exception as error:  # a broken bus or app: report it, never hang
        fail(f"unexpected error: {error!r} (later checks not run)")
    print(f"screen reader: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
