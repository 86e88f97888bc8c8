#!/usr/bin/python3
"""Print what a screen reader (Orca) gets from the wizard over AT-SPI: the accessible tree of
the running program (role, name, description, states, tree level) and, with --events, the focus
and alert events it sends.

Needs an X display, a D-Bus session bus and Qt's AT-SPI bridge; the simplest way on a machine
without a desktop (packages: xvfb dbus-x11 at-spi2-core python3-pyatspi):

    xvfb-run -a dbus-run-session -- tests/wizard/a11y-dump.py \\
        -- build/app/dce-upgrade-wizard [--lang zh_CN] [PACKAGE]

The command after `--` is started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and QT_QPA_PLATFORM=xcb,
dumped once its window is there (after the --do actions and --wait seconds), then stopped. Without a command, an
already running program is looked up by --app (default dce-upgrade-wizard). With --events, the
focus and showing events it sends while waiting are printed first (an error must move the focus
to its message, or a screen reader stays silent).

Exit code: 0 when the tree was printed; 1 when the program never appeared on the bus; 2 with
--check when a shown control (button, field, list, table, tree, progress bar, image) has no
accessible name, which is what a reviewer of a page wants to know.
"""

import argparse
import os
import signal
import subprocess
import sys
import time

import pyatspi

# Roles a person interacts with or must be told about: these need a name.
NAMED_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_LIST,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_PROGRESS_BAR,
    pyatspi.ROLE_IMAGE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_SLIDER, pyatspi.ROLE_ALERT,
}


def find_app(name, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def states(obj):
    wanted = {
        pyatspi.STATE_FOCUSABLE: "focusable", pyatspi.STATE_FOCUSED: "FOCUSED",
        pyatspi.STATE_SENSITIVE: None, pyatspi.STATE_CHECKED: "checked",
        pyatspi.STATE_EDITABLE: "editable", pyatspi.STATE_EXPANDED: "expanded",
        pyatspi.STATE_SELECTED: "selected",
    }
    state_set = obj.getState()
    out = [label for state, label in wanted.items() if label and state_set.contains(state)]
    if not state_set.contains(pyatspi.STATE_SENSITIVE):
        out.append("disabled")
    return out


def describe(obj):
    parts = [obj.getRoleName(), repr(obj.name or "")]
    if obj.description:
        parts.append("desc=" + repr(obj.description))
    try:
        attributes = dict(a.split(":", 1) for a in obj.getAttributes() if ":" in a)
    except Exception:  # noqa: BLE001 - an object that went away meanwhile
        attributes = {}
    if "level" in attributes:
        parts.append("level=" + attributes["level"])
    relations = []
    try:
        for relation in obj.getRelationSet():
            kind = pyatspi.relationToString(relation.getRelationType())
            targets = [relation.getTarget(i).name for i in range(relation.getNTargets())]
            relations.append(f"{kind}->{targets}")
    except Exception:  # noqa: BLE001
        pass
    if relations:
        parts.append("relations=" + ",".join(relations))
    parts.extend(states(obj))
    return " ".join(parts)


def walk(obj, depth, show_all, max_children, problems, out):
    try:
        showing = obj.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # noqa: BLE001
        return
    if not showing and not show_all and depth > 1:
        return
    out.write("  " * depth + describe(obj) + "\n")
    if showing and obj.getRole() in NAMED_ROLES and not (obj.name or "").strip():
        parent = obj.parent.name if obj.parent else ""
        problems.append(f"{describe(obj)} (parent: {parent!r})")
    count = obj.childCount
    # Tables and trees expose one child per cell: print a few rows, not thousands.
    limit = max_children if obj.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
                                              pyatspi.ROLE_TREE) else count
    for i in range(min(count, limit)):
        child = obj.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, show_all, max_children, problems, out)
    if count > limit:
        out.write("  " * (depth + 1) + f"... {count - limit} more children\n")


def listen():
    """Prints focus, showing and name events from now on, while a GLib loop runs (an error shown
    should move the focus to its message, which is what Orca reads)."""
    def on_event(event):
        source = event.source
        try:
            text = describe(source)
        except Exception:  # noqa: BLE001
            text = "?"
        print(f"EVENT {event.type} detail1={event.detail1}: {text}", flush=True)

    for kind in ("focus:", "object:state-changed:focused", "object:state-changed:showing",
                 "object:property-change:accessible-name"):
        pyatspi.Registry.registerEventListener(on_event, kind)


def run_loop(seconds):
    """Runs the GLib loop that delivers the events for `seconds` seconds."""
    from gi.repository import GLib
    loop = GLib.MainLoop()
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()


def find_shown(obj, name):
    """The first shown object named `name` under `obj`, depth first."""
    try:
        if obj.name == name and obj.getState().contains(pyatspi.STATE_SHOWING):
            return obj
        for i in range(obj.childCount):
            child = obj.getChildAtIndex(i)
            found = find_shown(child, name) if child is not None else None
            if found is not None:
                return found
    except Exception:  # noqa: BLE001 - an object that went away meanwhile
        pass
    return None


def act(app, action):
    """Does what a person would: activate:TITLE gives the window titled TITLE the keyboard focus
    (with xdotool: on a bare X server no window manager does it, and Qt reports no focus in an
    inactive window); focus:NAME moves the focus to the object named NAME (over AT-SPI);
    type:NAME=TEXT focuses the field named NAME and sets its text."""
    kind, _, rest = action.partition(":")
    name, _, text = rest.partition("=")
    if kind == "activate":
        result = subprocess.run(["xdotool", "search", "--sync", "--limit", "1", "--name", name,
                                 "windowfocus", "--sync"], check=False)
        print(f"ACTION {action}: {'done' if result.returncode == 0 else 'failed'}", flush=True)
        return
    target = find_shown(app, name)
    if target is None:
        print(f"ACTION {action}: nothing shown is named {name!r}", flush=True)
        return
    target.queryComponent().grabFocus()
    if kind == "type":
        target.queryEditableText().setTextContents(text)
    print(f"ACTION {action}: done", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default="dce-upgrade-wizard", help="application name on the bus")
    parser.add_argument("--wait", type=float, default=2.0,
                        help="seconds to wait after the program appeared (let it read a package)")
    parser.add_argument("--all", action="store_true", help="also objects that are not shown")
    parser.add_argument("--rows", type=int, default=24, help="children printed per table or tree")
    parser.add_argument("--events", action="store_true",
                        help="print focus and showing events while waiting (--wait)")
    parser.add_argument("--do", action="append", default=[], metavar="ACTION",
                        help="before waiting: activate:TITLE, focus:NAME or type:NAME=TEXT "
                             "(repeatable, in order)")
    parser.add_argument("--check", action="store_true",
                        help="exit 2 when a shown control has no accessible name")
    parser.add_argument("command", nargs=argparse.REMAINDER,
                        help="-- PROGRAM ARGS...: start it, dump it, stop it")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command

    process = None
    if command:
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                   QT_ACCESSIBILITY="1")
        process = subprocess.Popen(command, env=env)
        if args.app == parser.get_default("app"):
            args.app = os.path.basename(command[0])
    try:
        app = find_app(args.app, 60)
        if app is None:
            print(f"{args.app} did not appear on the accessibility bus", file=sys.stderr)
            return 1
        if args.events:
            listen()
        if args.do:
            run_loop(1)  # let the window settle (and the program learn of the listeners)
        for action in args.do:
            act(app, action)
            run_loop(0.3)
        run_loop(args.wait)
        problems = []
        walk(app, 0, args.all, args.rows, problems, sys.stdout)
        if problems:
            print("\nShown controls without an accessible name:")
            for problem in problems:
                print("  " + problem)
        return 2 if args.check and problems else 0
    finally:
        if process is not None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main())
