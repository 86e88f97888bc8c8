#!/usr/bin/env python3
"""A stand-in for `dce-upgrade run/rollback ... --events -` in GUI-only tests and the Run page
benchmark: it speaks the event protocol of docs/events.md and nothing else. It is a fake because
the wizard tests must show every ending of a run (a failed step, a cancel, a crash, unknown
events) on demand; the real engine is driven by the end-to-end tests.

Behaviour, chosen by the environment:
  FAKE_ENGINE_MODE      ok (default) | fail | hang | crash | unknown | refuse | flood
  FAKE_ENGINE_SESSION   session folder to write (state.json, report.json/html, values backup)
  FAKE_ENGINE_RECORD    file to write what it was started with (argv, plan file modes,
                        whether the secrets line matched), as JSON
  FAKE_ENGINE_SECRETS   the JSON object the secrets line on stdin must equal (run only)
  FAKE_ENGINE_DELAY_MS  pause between steps (screenshots of a running page)
  FAKE_ENGINE_SYNC_ONLY 1: the run of a sync-only plan (upgrade.method none): the sync's steps,
                        no release in state.json or the report, "syncOnly" in report.json
  FAKE_ENGINE_NODES     1: the images are imported on two nodes (images.import, one `unit` per
                        node) instead of pushed. ok: both end ok; fail: the second node fails
                        (unknown host key) and the step fails with nodes.failed, a --resume
                        skips the first node and does the second; hang: both stop halfway
                        until SIGTERM; crash: killed while both nodes run
  FAKE_ENGINE_LINES, FAKE_ENGINE_PROGRESS   flood: log lines and progress events to print
"""

import datetime
import json
import os
import signal
import stat
import sys
import tempfile
import time

MODE = os.environ.get("FAKE_ENGINE_MODE", "ok")
DELAY = int(os.environ.get("FAKE_ENGINE_DELAY_MS", "0")) / 1000.0
out = sys.stdout


def now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")


def emit(event, flush=True):
    event.setdefault("v", 1)
    event.setdefault("time", now())
    out.write(json.dumps(event, separators=(",", ":")) + "\n")
    if flush:
        out.flush()


def option(argv, name):
    if name in argv:
        index = argv.index(name)
        if index + 1 < len(argv):
            return argv[index + 1]
    return None


UPGRADE_STEPS = [
    ("bundle.read", "Verify the offline package", 5),
    ("registry.check", "Check the registry", 5),
    ("images.push", "Push the images", 60),
    ("values.backup", "Back up the values of skoala", 5),
    ("helm.upgrade", "Upgrade skoala", 20),
    ("release.verify", "Verify skoala", 5),
]
SYNC_ONLY = os.environ.get("FAKE_ENGINE_SYNC_ONLY") == "1"
NODES_MODE = os.environ.get("FAKE_ENGINE_NODES") == "1"
NODES = ["root@10.0.0.11:22", "root@10.0.0.12:22"]
NODE_TOTAL = 1536 * 1024 * 1024
if NODES_MODE:
    UPGRADE_STEPS[2] = ("images.import", "Import the images into containerd on every node", 60)
# The units of a step finished in this session (state.json "units"), so a --resume skips them.
UNITS_DONE = {}
SYNC_STEPS = [
    ("bundle.read", "Verify the offline package", 5),
    ("registry.check", "Check the registry", 5),
    ("images.push", "Push the images", 80),
    ("report", "Write the report", 10),
]
ROLLBACK_STEPS = [
    ("helm.rollback:skoala", "Roll skoala back to revision 4", 90),
    ("report", "Write the report", 10),
]
PUSH_TOTAL = 300 * 1024 * 1024


# The times every upgrade report of the fake says: 1 h 02 min 05 s apart.
REPORT_STARTED = "2026-11-28T13:19:22+08:00"
REPORT_FINISHED = "2026-11-28T14:21:27+08:00"


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, indent=1)


def write_sync_only_session(session, steps_done, ok):
    write_json(os.path.join(session, "state.json"), {
        "v": 1, "stamp": "20261128-131922",
        "steps": {step: {"state": "ok"} for step in steps_done}, "units": UNITS_DONE,
        "facts": {}})
    write_json(os.path.join(session, "report.json"),
               {"v": 1, "module": "skoala", "session": session, "ok": ok, "syncOnly": True,
                "helm": "", "releases": [], "steps": []})
    report = os.path.join(session, "report.html")
    with open(report, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><body>fake report, sync only</body></html>\n")
    return report


def write_session(session, steps_done, upgraded, ok, report_name="report"):
    if SYNC_ONLY and report_name == "report":
        return write_sync_only_session(session, steps_done, ok)
    os.makedirs(os.path.join(session, "values"), exist_ok=True)
    backup = os.path.join(session, "values", "skoala-values-backup.yaml")
    if not os.path.exists(backup):
        with open(backup, "w", encoding="utf-8") as f:
            f.write("global:\n  imageRegistry: release.daocloud.io\n")
    fact = {"release": "skoala", "namespace": "skoala-system", "context": "",
            "revisionBefore": 4, "chartVersionBefore": "0.27.0", "backup": backup}
    if upgraded:
        fact.update({"upgradeAttempted": True, "upgradeAttemptedAt": now()})
        if ok:
            fact.update({"revisionAfter": 5, "chartVersionAfter": "0.28.0"})
    write_json(os.path.join(session, "state.json"), {
        "v": 1, "stamp": "20261128-131922",
        "steps": {step: {"state": "ok"} for step in steps_done}, "units": UNITS_DONE,
        "facts": {"target:skoala": fact}})
    release = {"target": "skoala"}
    release.update({k: v for k, v in fact.items()
                    if k in ("revisionBefore", "revisionAfter", "chartVersionBefore",
                             "chartVersionAfter", "backup")})
    write_json(os.path.join(session, report_name + ".json"),
               {"v": 2, "module": "skoala", "session": session, "ok": ok,
                "started": REPORT_STARTED, "finished": REPORT_FINISHED,
                "releases": [release], "steps": []})
    report = os.path.join(session, report_name + ".html")
    with open(report, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><body>fake report</body></html>\n")
    return report


def read_state(session):
    try:
        with open(os.path.join(session, "state.json"), encoding="utf-8") as f:
            return json.load(f)
    except OSError:
        return {}


def record(argv, secrets_ok):
    path = os.environ.get("FAKE_ENGINE_RECORD")
    if not path:
        return
    plan = option(argv, "--plan")
    info = {"argv": argv, "secretsOk": secrets_ok}
    if plan:
        info["planMode"] = oct(stat.S_IMODE(os.stat(plan).st_mode))
        info["planDirMode"] = oct(stat.S_IMODE(os.stat(os.path.dirname(plan)).st_mode))
        with open(plan, encoding="utf-8") as f:
            info["plan"] = f.read()
    write_json(path, info)


def push(canceled):
    """images.push with byte progress; hang mode keeps pushing until SIGTERM."""
    done = 0
    step = PUSH_TOTAL // 20
    while True:
        if canceled["yes"]:
            return False
        if MODE != "hang" or done < PUSH_TOTAL // 2:
            done = min(PUSH_TOTAL, done + step)
        emit({"type": "progress", "step": "images.push", "done": done, "total": PUSH_TOTAL,
              "unit": "bytes", "bytesPerSecond": 48 * 1024 * 1024,
              "secondsLeft": (PUSH_TOTAL - done) // (48 * 1024 * 1024)})
        emit({"type": "log", "step": "images.push", "stream": "stdout",
              "text": "pushed layer sha256:%064x" % done})
        if MODE == "hang":
            time.sleep(0.05)
        if done >= PUSH_TOTAL and MODE != "hang":
            return True


def import_on_nodes(session, canceled):
    """images.import on NODES in parallel, one `unit` per node; returns the failed step's event
    (nodes.failed) or None. Nodes done in an earlier run of the session are skipped."""
    step = "images.import"
    done_before = UNITS_DONE.setdefault(step, [])
    failing = NODES[1] if MODE == "fail" and "--resume" not in sys.argv else None
    done = {}
    for node in NODES:
        if node in done_before:
            emit({"type": "unit", "step": step, "unit": node, "state": "skipped", "done": 0,
                  "total": NODE_TOTAL, "message": "Done in an earlier run of this session."})
        else:
            done[node] = 0
            emit({"type": "unit", "step": step, "unit": node, "state": "running", "done": 0,
                  "total": NODE_TOTAL})
            emit({"type": "log", "step": step, "stream": "engine",
                  "text": "[%s] $ ssh -o BatchMode=yes %s ctr -n k8s.io images import "
                          "--digests -" % (node, node)})
    # The first node moves faster; the failing one gives up at 30 %; hang stops both halfway.
    speed = {node: NODE_TOTAL // (10 + 6 * i) for i, node in enumerate(NODES)}
    cap = {node: NODE_TOTAL * (3 if node == failing else (6 - i) if MODE == "hang" else 10) // 10
           for i, node in enumerate(NODES)}
    while any(done[n] < cap[n] for n in done) or MODE == "hang":
        if canceled["yes"]:
            break
        for node in done:
            if done[node] < cap[node]:
                done[node] = min(cap[node], done[node] + speed[node])
                emit({"type": "unit", "step": step, "unit": node, "state": "running",
                      "done": done[node], "total": NODE_TOTAL})
                emit({"type": "log", "step": step, "stream": "stdout",
                      "text": "[%s] unpacking sha256:%064x" % (node, done[node])})
        emit({"type": "progress", "step": step, "done": sum(done.values()),
              "total": NODE_TOTAL * len(done), "unit": "bytes",
              "bytesPerSecond": 96 * 1024 * 1024, "secondsLeft": 9})
        if MODE == "crash" and all(done[n] >= NODE_TOTAL * 2 // 10 for n in done):
            sys.stderr.write("fake-engine: importing on %d nodes\n" % len(done))
            sys.stderr.write("fake-engine: about to be killed (SIGKILL)\n")
            sys.stderr.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        if MODE == "hang":
            time.sleep(0.05)
    failed = []
    for node in done:
        if canceled["yes"]:
            emit({"type": "unit", "step": step, "unit": node, "state": "canceled",
                  "done": done[node], "total": NODE_TOTAL, "message": "Canceled."})
        elif node == failing:
            message = ("The host key of %s is not known to this machine, and a check in the "
                       "background cannot ask you to accept it." % node)
            hint = ("Connect once from a terminal (ssh -p 22 root@10.0.0.12), compare the "
                    "fingerprint with the node's and answer yes.")
            failed.append((node, message, hint))
            emit({"type": "log", "step": step, "stream": "stderr",
                  "text": "[%s] Host key verification failed." % node})
            emit({"type": "unit", "step": step, "unit": node, "state": "failed",
                  "done": done[node], "total": NODE_TOTAL, "code": "node.host-key-unknown",
                  "message": message, "hint": hint})
        else:
            done_before.append(node)
            emit({"type": "unit", "step": step, "unit": node, "state": "ok",
                  "done": NODE_TOTAL, "total": NODE_TOTAL,
                  "message": "Every image is on %s." % node})
    if not failed:
        return None
    return {"type": "step", "id": step, "state": "failed", "code": "nodes.failed",
            "message": "The images could not be brought onto %d of %d node(s). %s"
                       % (len(failed), len(done), "; ".join(m for _, m, _ in failed)),
            "hint": "\n".join("%s: %s" % (n, h) for n, _, h in failed)
                    + "\nNodes that finished are kept: run again with --resume to retry only "
                      "the failed ones."}


def flood():
    """As many lines as fast as possible, for the benchmark."""
    lines = int(os.environ.get("FAKE_ENGINE_LINES", "200000"))
    progress = int(os.environ.get("FAKE_ENGINE_PROGRESS", "20000"))
    every = max(1, lines // max(1, progress))
    sent = 0
    for i in range(lines):
        emit({"type": "log", "step": "images.push", "stream": "stderr" if i % 50 == 0 else "stdout",
              "text": "pushing blob %d of %d: sha256:%064x" % (i, lines, i)}, flush=False)
        if i % every == 0 and sent < progress:
            sent += 1
            emit({"type": "progress", "step": "images.push", "done": sent * 1024 * 1024,
                  "total": progress * 1024 * 1024, "unit": "bytes",
                  "bytesPerSecond": 100 * 1024 * 1024, "secondsLeft": progress - sent},
                 flush=False)
    out.flush()


def run_steps(steps, session, resume_done, canceled, report_name):
    failed_at = None
    done = list(resume_done)
    upgraded = bool(read_state(session).get("facts", {}).get("target:skoala", {})
                    .get("upgradeAttempted"))
    for step_id, _title, _weight in steps:
        if canceled["yes"]:
            break
        emit({"type": "step", "id": step_id, "state": "running"})
        if step_id in resume_done:
            emit({"type": "step", "id": step_id, "state": "skipped", "durationMs": 0,
                  "message": "Done in an earlier run of this session."})
            continue
        started = time.monotonic()
        emit({"type": "log", "step": step_id, "stream": "engine",
              "text": "$ fake %s --session %s" % (step_id, session)})
        if MODE == "unknown":
            emit({"type": "telemetry", "step": step_id, "cpu": 0.5})
            emit({"type": "log", "step": step_id, "stream": "stdout", "text": "with extra keys",
                  "colour": "green", "nested": {"a": [1, 2]}})
            emit({"type": "step", "id": step_id, "state": "paused"})
            out.write("this line is not JSON\n")
            emit({"type": "log", "step": step_id, "stream": "stdout",
                  "text": "from a future engine", "v": 2})
        if step_id == "images.push":
            if MODE == "flood":
                flood()
            elif not push(canceled):
                break
        if step_id == "images.import":
            failure = import_on_nodes(session, canceled)
            if canceled["yes"]:
                break
            if failure:
                failure["durationMs"] = int((time.monotonic() - started) * 1000)
                emit(failure)
                failed_at = step_id
                break
        if step_id == "helm.upgrade":
            upgraded = True
            write_session(session, done, True, False, "report")
            if MODE == "crash":
                sys.stderr.write("fake-engine: helm upgrade is running\n")
                sys.stderr.write("fake-engine: about to be killed (SIGKILL)\n")
                sys.stderr.flush()
                os.kill(os.getpid(), signal.SIGKILL)
            if MODE == "fail" and "--resume" not in sys.argv:
                emit({"type": "log", "step": step_id, "stream": "stderr",
                      "text": "Error: UPGRADE FAILED: timed out waiting for the condition"})
                emit({"type": "step", "id": step_id, "state": "failed",
                      "durationMs": int((time.monotonic() - started) * 1000),
                      "code": "upgrade.failed",
                      "message": "helm upgrade of skoala failed: timed out waiting for the "
                                 "condition.",
                      "hint": "Look at the pods of skoala-system (kubectl get pods), fix what "
                              "keeps them from starting, then Retry."})
                failed_at = step_id
                break
        if step_id.startswith("helm.rollback"):
            emit({"type": "log", "step": step_id, "stream": "stdout",
                  "text": "Rollback was a success! Happy Helming!"})
        if DELAY:
            time.sleep(DELAY)
        emit({"type": "step", "id": step_id, "state": "ok",
              "durationMs": int((time.monotonic() - started) * 1000) + 1200})
        done.append(step_id)
    if canceled["yes"]:
        emit({"type": "step", "id": "images.import" if NODES_MODE else "images.push",
              "state": "canceled", "durationMs": 900, "code": "canceled", "message": "Canceled."})
    ok = failed_at is None and not canceled["yes"]
    report = write_session(session, done, upgraded, ok, report_name)
    emit({"type": "run", "state": "finished", "ok": ok, "report": report})
    if canceled["yes"]:
        return 130
    return 0 if ok else 1


def main():
    argv = sys.argv[1:]
    canceled = {"yes": False}
    signal.signal(signal.SIGTERM, lambda *_: canceled.__setitem__("yes", True))

    command = argv[0] if argv else ""
    secrets_ok = True
    if command == "run" and "--secrets-stdin" in argv:
        line = sys.stdin.readline()
        expected = os.environ.get("FAKE_ENGINE_SECRETS")
        try:
            secrets = json.loads(line) if line.strip() else None
        except ValueError:
            secrets = None
        secrets_ok = secrets is not None and (expected is None or secrets == json.loads(expected))
    record(argv, secrets_ok)

    if MODE == "refuse":
        sys.stderr.write("Error: The plan is not valid: registry.address is empty.\n")
        sys.stderr.write("What to do: Give the registry address on the Registry page.\n")
        sys.stderr.write("(plan.invalid)\n")
        return 2

    session = os.environ.get("FAKE_ENGINE_SESSION") or tempfile.mkdtemp(prefix="fake-session-")
    if command == "rollback":
        session = option(argv, "--session") or session
        steps = ROLLBACK_STEPS
        resume_done = []
        report_name = "rollback-report"
    else:
        if option(argv, "--resume"):
            session = option(argv, "--resume")
        os.makedirs(session, exist_ok=True)
        steps = SYNC_STEPS if SYNC_ONLY else UPGRADE_STEPS
        resume_done = list(read_state(session).get("steps", {}).keys())
        UNITS_DONE.update(read_state(session).get("units", {}))
        report_name = "report"
    emit({"type": "run", "state": "started", "session": session,
          "steps": [{"id": i, "title": t, "weight": w} for i, t, w in steps]})

    if not secrets_ok:
        emit({"type": "step", "id": "registry.check", "state": "running"})
        emit({"type": "step", "id": "registry.check", "state": "failed", "durationMs": 3,
              "code": "secret.missing", "message": "The registry password did not arrive.",
              "hint": "Type it on the Registry page."})
        emit({"type": "run", "state": "finished", "ok": False, "report": ""})
        return 1
    return run_steps(steps, session, resume_done, canceled, report_name)


if __name__ == "__main__":
    sys.exit(main())
