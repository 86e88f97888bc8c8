#!/usr/bin/env bash
# Smoke test of the k8s stand-in with the real helm 3.18.0 and helm 4.1.4 (and kubectl 1.33).
#
#   tests/integration/k8s-standin/smoke.sh HELM_BIN_DIR
#
# HELM_BIN_DIR holds helm3, helm4 and kubectl (tests/integration/fetch-helm.sh DIR makes it).
# For each helm version it starts a fresh stand-in on a free port with its own kubeconfig and
# HOME / HELM_*_HOME / KUBECACHEDIR, serves the demo chart repository (0.1.0 and 0.2.0) with
# python3 -m http.server, and runs: repo add/update, search -o json, install --wait, get values,
# upgrade -f/--set --wait --atomic (helm 4: --rollback-on-failure), status/history -o json, a
# failing --wait upgrade that rolls back, a --wait that the admin endpoint makes succeed,
# rollback, list, and kubectl apply/delete of a Job. Some outputs are compared with the recorded
# real outputs in shared/docs/helm-samples (HELM_SAMPLES overrides the path; missing = skipped).
#
# Exits non-zero on the first failure. KEEP_TMP=1 keeps the work directory for inspection.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 HELM_BIN_DIR" >&2; exit 2; }
BIN=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
REPO_ROOT=$(cd "$HERE/../../.." && pwd)
SAMPLES=${HELM_SAMPLES:-$REPO_ROOT/../shared/docs/helm-samples}
for b in helm3 helm4 kubectl; do
    [ -x "$BIN/$b" ] || { echo "smoke: $BIN/$b missing (run tests/integration/fetch-helm.sh $BIN)" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "smoke: python3 missing" >&2; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/standin-smoke.XXXXXX")
PIDS=()
cleanup() {
    local rc=$?
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ "${KEEP_TMP:-0}" = 1 ] || [ $rc -ne 0 ]; then
        echo "smoke: work directory kept: $TMP" >&2
    else
        rm -rf "$TMP"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP PIPE

T_START=$EPOCHREALTIME
usec() { local t=${1/[.,]/}; echo $((10#$t)); }   # $EPOCHREALTIME -> microseconds
elapsed() {  # elapsed T0 T1 -> seconds with two decimals
    local d=$(( $(usec "$2") - $(usec "$1") ))
    printf '%d.%02d' $((d / 1000000)) $(( (d % 1000000) / 10000 ))
}
die() { echo "smoke: FAIL: $*" >&2; exit 1; }

# wait_for_file FILE: poll up to 10 s
wait_for_file() {
    local i
    for i in $(seq 1 200); do
        [ -s "$1" ] && return 0
        sleep 0.05
    done
    return 1
}

# ---- chart repository, shared by both helm versions ---------------------------------------
mkdir -p "$TMP/repo"
python3 -u -m http.server --bind 127.0.0.1 0 --directory "$TMP/repo" >"$TMP/http.log" 2>&1 &
PIDS+=($!)
for i in $(seq 1 200); do
    REPO_PORT=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$TMP/http.log" | head -n1)
    [ -n "$REPO_PORT" ] && break
    sleep 0.05
done
[ -n "${REPO_PORT:-}" ] || die "chart repository server did not start: $(cat "$TMP/http.log")"
REPO_URL="http://127.0.0.1:$REPO_PORT"
"$HERE/make-repo.sh" "$TMP/repo" "$REPO_URL" "$BIN/helm3" >/dev/null
echo "smoke: chart repository at $REPO_URL"

cat >"$TMP/user-values.yaml" <<'EOF'
message: hello from the wizard
extraConfig:
  color: blue
EOF
cat >"$TMP/job.yaml" <<'EOF'
apiVersion: batch/v1
kind: Job
metadata:
  name: x
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: main
          image: registry.example/busybox:1.36
          command: ["true"]
EOF

# ---- helpers ------------------------------------------------------------------------------
STEP_LOG="$TMP/steps.txt"
: >"$STEP_LOG"

# run NAME WANT_EXIT CMD...: run CMD with stdout/stderr captured in $OUT/NAME.{out,err}
run() {
    local name=$1 want=$2 t0 t1 rc secs
    shift 2
    t0=$EPOCHREALTIME
    set +e
    "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
    rc=$?
    set -e
    t1=$EPOCHREALTIME
    secs=$(elapsed "$t0" "$t1")
    printf '  %-5s %6ss  %s\n' "$V" "$secs" "$name" | tee -a "$STEP_LOG"
    if [ "$rc" != "$want" ]; then
        echo "--- command: $*" >&2
        echo "--- stdout:" >&2; cat "$OUT/$name.out" >&2
        echo "--- stderr:" >&2; cat "$OUT/$name.err" >&2
        die "$V $name: exit $rc, expected $want"
    fi
    LAST_USEC=$(( $(usec "$t1") - $(usec "$t0") ))
}

# sample NN-NAME: path of a recorded sample for the current helm version, or empty
sample() {
    local f="$SAMPLES/$SAMPLE_DIR/$1"
    [ -f "$f" ] && echo "$f" || true
}

# same_text STEP SAMPLE_FILE [stdout|stderr]: compare, ignoring the LAST DEPLOYED time
same_text() {
    local step=$1 want ext=${3:-out}
    want=$(sample "$2")
    if [ -z "$want" ]; then echo "        (no sample $2: comparison skipped)"; return 0; fi
    if [ "$ext" = err ]; then
        # the .txt sample holds stderr between '--- stderr' and '--- exit='
        sed -n '/^--- stderr$/,/^--- exit=/p' "$want" | sed '1d;$d' >"$OUT/$step.want"
    else
        cp "$want" "$OUT/$step.want"
    fi
    sed -i 's/^LAST DEPLOYED: .*/LAST DEPLOYED: <time>/' "$OUT/$step.want"
    sed 's/^LAST DEPLOYED: .*/LAST DEPLOYED: <time>/' "$OUT/$step.$ext" >"$OUT/$step.got"
    diff -u "$OUT/$step.want" "$OUT/$step.got" >&2 \
        || die "$V $step: $ext differs from the recorded $SAMPLE_DIR/$2"
    echo "        $ext matches $SAMPLE_DIR/$2"
}

# pycheck STEP PYTHON_CODE: run assertions with `out` (parsed stdout of STEP) and `objects`
# (the stand-in's store) in scope; `sample(name)` loads a recorded sample's JSON or None.
pycheck() {
    local step=$1 code=$2
    python3 - "$OUT/$step.out" "$OUT/objects.json" "$SAMPLES/$SAMPLE_DIR" "$V" "$PORT" <<EOF || die "$V $step: check failed"
import json, os, sys, urllib.request
raw = open(sys.argv[1]).read()
try:
    out = json.loads(raw)
except ValueError:
    out = raw
dump = urllib.request.urlopen("http://127.0.0.1:%s/_standin/objects" % sys.argv[5]).read()
open(sys.argv[2], "wb").write(dump)
objects = json.loads(dump)["objects"]
V = sys.argv[4]
def sample(name):
    p = os.path.join(sys.argv[3], name)
    return json.load(open(p)) if os.path.exists(p) else None
def obj(kind, name, ns="default"):
    for o in objects:
        if o["kind"] == kind and o["metadata"]["name"] == name and o["metadata"].get("namespace", "") == ns:
            return o
    return None
$code
EOF
}

admin_ready() {  # admin_ready NAME true|false
    python3 -c "import urllib.request,sys; urllib.request.urlopen(urllib.request.Request('http://127.0.0.1:$PORT/_standin/ready?namespace=default&name=' + sys.argv[1] + '&value=' + sys.argv[2], method='POST')).read()" "$1" "$2"
}

# ---- one full pass per helm version --------------------------------------------------------
smoke_version() {
    V=$1
    local H="$BIN/helm${V#helm}" ATOMIC
    local D="$TMP/$V"
    OUT="$D/out"
    mkdir -p "$OUT" "$D/home"
    case $V in
        helm3) SAMPLE_DIR=helm-3.18.0; ATOMIC=--atomic ;;
        helm4) SAMPLE_DIR=helm-4.1.4; ATOMIC=--rollback-on-failure ;;
    esac
    echo "smoke: === $V ($("$H" version --short))"

    local t0=$EPOCHREALTIME
    python3 "$HERE/standin.py" --port 0 --port-file "$D/port" --log "$D/requests.jsonl" \
        2>"$D/standin.err" &
    local spid=$!
    PIDS+=($spid)
    wait_for_file "$D/port" || die "stand-in did not start: $(cat "$D/standin.err")"
    PORT=$(cat "$D/port")
    echo "  $V stand-in on 127.0.0.1:$PORT after $(elapsed "$t0" "$EPOCHREALTIME")s"

    cat >"$D/kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
  - name: standin
    cluster:
      server: http://127.0.0.1:$PORT
users:
  - name: test
    user:
      token: dummy-token-not-checked
contexts:
  - name: standin
    context:
      cluster: standin
      user: test
      namespace: default
current-context: standin
EOF
    export KUBECONFIG="$D/kubeconfig" HOME="$D/home" KUBECACHEDIR="$D/kubecache"
    export HELM_CONFIG_HOME="$D/helm/config" HELM_CACHE_HOME="$D/helm/cache" HELM_DATA_HOME="$D/helm/data"

    run repo-add 0 "$H" repo add standin "$REPO_URL"
    same_text repo-add 02-repo-add.out
    run repo-update 0 "$H" repo update
    same_text repo-update 03-repo-update.out
    run search-json 0 "$H" search repo standin -o json
    pycheck search-json 'assert out == (sample("05-search-repo-json.out") or out), out
assert [r["version"] for r in out] == ["0.2.0"], out'
    run search-versions-json 0 "$H" search repo standin --versions -o json
    pycheck search-versions-json 'assert [r["version"] for r in out] == ["0.2.0", "0.1.0"], out
assert out == (sample("06-search-repo-versions-json.out") or out), out'

    run install 0 "$H" install demo standin/demo --version 0.1.0 --wait --timeout 20s
    same_text install 07-install-repo-wait.out
    run get-values-none 0 "$H" get values demo -o yaml
    same_text get-values-none 08-get-values-none-yaml.out
    pycheck get-values-none 'd = obj("Deployment", "demo-app")
assert d["status"]["readyReplicas"] == 1, d["status"]
assert d["spec"]["template"]["spec"]["containers"][0]["image"] == "registry.example/demo:1.0.0"
assert obj("Service", "demo-svc")["spec"]["clusterIP"].startswith("10.96.")
assert sorted(obj("ConfigMap", "demo-config")["data"]) == ["message"]'

    run upgrade 0 "$H" upgrade demo standin/demo --version 0.2.0 -f "$TMP/user-values.yaml" \
        --set replicas=2 --wait --timeout 20s "$ATOMIC"
    same_text upgrade 12-upgrade-f-set-wait.out
    run get-values-user 0 "$H" get values demo -o yaml
    same_text get-values-user 13-get-values-user-yaml.out

    run status-json 0 "$H" status demo -o json
    pycheck status-json 'assert out["info"]["status"] == "deployed" and out["version"] == 2, out["info"]
want = sample("18-status-json.out")
if want:
    for k in ("name", "config", "manifest", "version", "namespace"):
        assert out[k] == want[k], (k, out[k], want[k])
    for k in ("description", "status", "notes"):
        assert out["info"][k] == want["info"][k], (k, out["info"][k])
    assert sorted(out["info"].get("resources", {})) == sorted(want["info"].get("resources", {}))
if V == "helm4":
    dep = out["info"]["resources"]["v1/Deployment"][0]
    assert dep["status"]["readyReplicas"] == 2 and dep["metadata"]["generation"] == 2, dep["status"]
    assert out["apply_method"] == "ssa", out.get("apply_method")
d = obj("Deployment", "demo-app")
assert d["spec"]["replicas"] == 2 and d["spec"]["template"]["spec"]["containers"][0]["image"] == "registry.example/demo:1.1.0"
assert obj("ConfigMap", "demo-config")["data"] == {"message": "hello from the wizard", "color": "blue"}'
    CLUSTER_IP=$(python3 -c "import json,sys; print([o for o in json.load(open(sys.argv[1]))['objects'] if o['kind']=='Service'][0]['spec']['clusterIP'])" "$OUT/objects.json")

    run history-json 0 "$H" history demo -o json
    pycheck history-json 'want = sample("19-history-json.out")
strip = lambda rows: [{k: v for k, v in r.items() if k != "updated"} for r in rows]
assert [(r["revision"], r["status"]) for r in out] == [(1, "superseded"), (2, "deployed")], out
if want:
    assert strip(out) == strip(want), (out, want)'

    run upgrade-fail-rollback 1 "$H" upgrade demo standin/demo --version 0.2.0 --set ready=false \
        --wait --timeout 4s "$ATOMIC"
    same_text upgrade-fail-rollback 27-upgrade-atomic-fail.txt err
    [ "$LAST_USEC" -ge 4000000 ] && [ "$LAST_USEC" -lt 6000000 ] \
        || die "$V failing --wait took $LAST_USEC us, expected about 4 s"
    run history-after-fail 0 "$H" history demo -o json
    pycheck history-after-fail 'got = [(r["revision"], r["status"], r["description"]) for r in out]
assert got[2:] == [(3, "failed", got[2][2]), (4, "deployed", "Rollback to 2")], got
assert got[2][2].startswith("Upgrade \"demo\" failed"), got[2]
d = obj("Deployment", "demo-app")
assert d["metadata"]["annotations"]["standin/ready"] == "true" and d["status"]["readyReplicas"] == 2, d'

    # --wait on an unready Deployment that the admin endpoint makes ready after ~1 s
    local t_flip=$EPOCHREALTIME
    "$H" upgrade demo standin/demo --version 0.2.0 --reuse-values --set ready=false \
        --wait --timeout 15s >"$OUT/upgrade-flip.out" 2>"$OUT/upgrade-flip.err" &
    local hpid=$!
    PIDS+=($hpid)
    sleep 1
    admin_ready demo-app true
    wait "$hpid" || { cat "$OUT/upgrade-flip.err" >&2; die "$V upgrade made ready by /_standin/ready failed"; }
    printf '  %-5s %6ss  %s\n' "$V" "$(elapsed "$t_flip" "$EPOCHREALTIME")" "upgrade-ready-via-admin" | tee -a "$STEP_LOG"

    run rollback 0 "$H" rollback demo 1 --wait --timeout 20s
    same_text rollback 24-rollback-wait.out
    run status-after-rollback 0 "$H" status demo -o json
    pycheck status-after-rollback 'assert out["info"]["status"] == "deployed" and out["version"] == 6, out["info"]
assert out["info"]["description"] == "Rollback to 1", out["info"]
d = obj("Deployment", "demo-app")
assert d["spec"]["replicas"] == 1, d["spec"]
assert d["spec"]["template"]["spec"]["containers"][0]["image"] == "registry.example/demo:1.0.0"
assert d["metadata"]["annotations"]["standin/ready"] == "true" and d["status"]["readyReplicas"] == 1
assert obj("ConfigMap", "demo-config")["data"] == {"message": "hello"}, obj("ConfigMap", "demo-config")["data"]
assert obj("Service", "demo-svc")["spec"]["clusterIP"] == "'"$CLUSTER_IP"'"'
    run list-json 0 "$H" list -o json
    pycheck list-json 'assert [(r["name"], r["revision"], r["status"], r["chart"]) for r in out] == [("demo", "6", "deployed", "demo-0.1.0")], out'

    # kubectl: the product deletes Jobs before upgrades
    local K="$BIN/kubectl" APPLY=(apply -f "$TMP/job.yaml")
    [ "$V" = helm4 ] && APPLY=(apply --server-side -f "$TMP/job.yaml")
    run kubectl-apply-job 0 "$K" "${APPLY[@]}"
    run kubectl-get-job 0 "$K" get job x -o 'jsonpath={.status.succeeded}'
    [ "$(cat "$OUT/kubectl-get-job.out")" = 1 ] || die "$V job x not complete: $(cat "$OUT/kubectl-get-job.out")"
    run kubectl-delete-job 0 "$K" delete job x --ignore-not-found
    grep -q 'job.batch "x" deleted' "$OUT/kubectl-delete-job.out" || die "$V kubectl delete: $(cat "$OUT/kubectl-delete-job.out")"
    run kubectl-delete-job-again 0 "$K" delete job x --ignore-not-found
    [ ! -s "$OUT/kubectl-delete-job-again.out" ] || die "$V second delete printed: $(cat "$OUT/kubectl-delete-job-again.out")"
    pycheck kubectl-delete-job-again 'assert obj("Job", "x") is None'

    # the request log: no server errors, and the stand-in's own view of what helm did
    python3 - "$D/requests.jsonl" "$V" <<'EOF' || die "$V request log check failed"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
bad = [r for r in rows if r["code"] >= 500]
assert not bad, bad[:3]
pb = sum(1 for r in rows if r["ctype"] == "application/vnd.kubernetes.protobuf")
watches = sum(1 for r in rows if "watch=true" in r["query"])
print(f"        {len(rows)} requests, {pb} protobuf bodies, {watches} watches, no 5xx")
assert pb > 0
EOF
    if grep -q Traceback "$D/standin.err"; then
        cat "$D/standin.err" >&2
        die "$V the stand-in hit an internal error"
    fi
    kill "$spid" 2>/dev/null || true
    wait "$spid" 2>/dev/null || true
    echo "  $V total $(elapsed "$t0" "$EPOCHREALTIME")s"
}

smoke_version helm3
smoke_version helm4

echo "smoke: all steps passed for helm3 and helm4 in $(elapsed "$T_START" "$EPOCHREALTIME")s"
