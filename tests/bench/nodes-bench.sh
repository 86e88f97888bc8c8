#!/usr/bin/env bash
# Benchmark of the import on every node (sync.method containerd), not a timed test: one
# generated bundle of the skoala chart (`mkbundle.py big`, 1 GiB by default) imported by
# `dce-upgrade run` on 1 node, then on 2 nodes at once. Each node is a fresh private containerd
# behind its own sshd on loopback (as in tests/nodes); both "nodes" share this machine's cores
# and disk with the jump host.
#
# Usage: tests/bench/nodes-bench.sh [--size BYTES] [--cli PATH] [--helm PATH] [--workdir DIR]
#                                   [--keep]
#   --size BYTES   layer payload of the generated bundle (default 1 GiB; 4 images, 16 layers)
#   --cli PATH     the dce-upgrade binary (default: $DCE_UPGRADE_CLI, else build-test/app/dce-upgrade)
#   --helm PATH    a helm 3 for the run to probe (default: build-test/helm-cache/helm3)
#   --workdir DIR  where the temporary directory is made (default /var/tmp, not a tmpfs)
#   --keep         keep it (bundle, containerd logs, events, timings)
#
# Reported per run: the images.import step's own duration (from its events), the jump host's
# peak RSS of dce-upgrade (/usr/bin/time -v) and the bytes dce-upgrade wrote to disk
# (/proc/PID/io write_bytes, last value read before it exited: its session files). The run
# stops after the import (no cluster here: helm.check fails), which does not change the figures.
# Goal: 2 nodes within 1.3x the time of 1 node. Exit status 0 when the benchmark ran, 2 usage,
# 3 setup or an import failed. The last line is one JSON object.
set -euo pipefail

readonly TARGET_RATIO=1.3

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
python=/usr/bin/python3
[[ -x $python ]] || python=python3

size=$((1024 * 1024 * 1024))
cli=${DCE_UPGRADE_CLI:-$repo/build-test/app/dce-upgrade}
helm=$repo/build-test/helm-cache/helm3
workroot=/var/tmp
keep=0
while (($#)); do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --helm) helm=$2; shift 2 ;;
    --workdir) workroot=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "nodes-bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in "$cli" "$helm" /usr/bin/time; do
  [[ -x $tool ]] || { echo "nodes-bench.sh: $tool is not there or not executable" >&2; exit 3; }
done
for tool in containerd ctr ssh-keygen; do
  command -v "$tool" >/dev/null || { echo "nodes-bench.sh: $tool is not installed (scripts/install-deps.sh test)" >&2; exit 3; }
done
[[ -x /usr/sbin/sshd ]] || { echo "nodes-bench.sh: sshd is not installed" >&2; exit 3; }

work=$(mktemp -d "$workroot/nodes-bench.XXXXXX")
pids=()
cleanup() {
  # Only what this script started, by pid.
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  done
  if ((keep)); then
    echo "kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

free_port() {
  "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

echo "== generating a $((size / 1024 / 1024)) MiB bundle" >&2
bundle=$work/skoala_0.28.1.bundle.tar
"$python" "$repo/tests/fixtures/mkbundle.py" big "$bundle" --size "$size" --images 4 --layers 16 >/dev/null
images_tar_bytes=$(tar -tvf "$bundle" images.tar | awk '{print $3}')

mkdir -p /run/sshd
ssh-keygen -q -t ed25519 -N '' -f "$work/userkey" -C bench

# start_node DIR: a fresh containerd and an sshd whose sessions talk to it; sets node_port.
# (Not in a subshell: the pids must reach cleanup.)
start_node() {
  local dir=$1 port
  mkdir -p "$dir"
  cat >"$dir/config.toml" <<TOML
version = 2
root = "$dir/root"
state = "$dir/state"
disabled_plugins = ["io.containerd.grpc.v1.cri"]
[grpc]
  address = "$dir/containerd.sock"
[plugins."io.containerd.internal.v1.opt"]
  path = "$dir/opt"
TOML
  containerd --config "$dir/config.toml" </dev/null >"$dir/containerd.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    ctr -a "$dir/containerd.sock" version >/dev/null 2>&1 && break
    sleep 0.1
  done
  ssh-keygen -q -t ed25519 -N '' -f "$dir/hostkey" -C host
  port=$(free_port)
  cat >"$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/hostkey
PidFile $dir/sshd.pid
AuthorizedKeysFile $work/userkey.pub
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin prohibit-password
SetEnv CONTAINERD_ADDRESS=$dir/containerd.sock
CONF
  /usr/sbin/sshd -D -f "$dir/sshd_config" -E "$dir/sshd.log" </dev/null >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  echo "[127.0.0.1]:$port $(cat "$dir/hostkey.pub")" >>"$work/known_hosts"
  node_port=$port
}

# run_import N: a plan with N fresh nodes, run under /usr/bin/time; writes
# "seconds rss_kib write_bytes" of that run to $work/run-N/result.
run_import() {
  local n=$1 run=$work/run-$1 nodes="" i
  mkdir -p "$run"
  for ((i = 1; i <= n; i++)); do
    start_node "$run/node-$i"
    nodes+="    - {host: 127.0.0.1, port: $node_port, user: $(id -un), identityFile: $work/userkey}"$'\n'
  done
  cat >"$run/plan.yaml" <<PLAN
apiVersion: dce-upgrade.daocloud.io/v1alpha1
kind: UpgradePlan
module: skoala
package: $bundle
registry:
  address: 127.0.0.1:5000
  repository: skoala
sync:
  method: containerd
  knownHostsFile: $work/known_hosts
  hostKeys: strict
  nodes:
$nodes
upgrade:
  method: chart-package
  kubeconfig: $run/no-cluster.yaml
PLAN
  sync
  XDG_STATE_HOME=$run/state /usr/bin/time -v -o "$run/time.txt" \
    "$cli" run --plan "$run/plan.yaml" --events - --helm "$helm" >"$run/events.jsonl" 2>"$run/stderr.txt" &
  local timer=$! child="" io=0 line
  # dce-upgrade is /usr/bin/time's child: read its write_bytes until it exits.
  while kill -0 "$timer" 2>/dev/null; do
    [[ -n $child ]] || child=$(pgrep -P "$timer" | head -1 || true)
    if [[ -n $child ]] && line=$(grep '^write_bytes:' "/proc/$child/io" 2>/dev/null); then
      io=${line#write_bytes: }
    fi
    sleep 0.05
  done
  wait "$timer" || true
  "$python" - "$run/events.jsonl" "$n" "$run/time.txt" "$io" <<'PY'
import json, re, sys
events, nodes, timing, io = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
step, units = None, {}
for line in open(events):
    try:
        e = json.loads(line)
    except ValueError:
        continue
    if e.get("type") == "step" and e.get("id") == "images.import" and e.get("state") != "running":
        step = e
    if e.get("type") == "unit" and e.get("state") not in (None, "running"):
        units[e["unit"]] = e["state"]
if not step or step.get("state") != "ok" or len(units) != nodes or set(units.values()) != {"ok"}:
    sys.exit(f"the import did not succeed on {nodes} node(s): {step} {units}")
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(timing).read()).group(1)
print(step["durationMs"] / 1000.0, rss, io)
PY
}

echo "== 1 node" >&2
run_import 1 >"$work/run-1.result" || exit 3
read -r one_s one_rss one_io <"$work/run-1.result"
echo "== 2 nodes" >&2
run_import 2 >"$work/run-2.result" || exit 3
read -r two_s two_rss two_io <"$work/run-2.result"

ratio=$("$python" -c "print(round($two_s / $one_s, 2))")
verdict=$("$python" -c "print('PASS' if $two_s / $one_s <= $TARGET_RATIO else 'MISS')")
mib() { "$python" -c "print(round($1 / 1048576, 1))"; }
cat <<REPORT
images.tar streamed per node: $(mib "$images_tar_bytes") MiB
1 node : ${one_s} s, dce-upgrade peak RSS $((one_rss / 1024)) MiB, wrote $(mib "$one_io") MiB
2 nodes: ${two_s} s, dce-upgrade peak RSS $((two_rss / 1024)) MiB, wrote $(mib "$two_io") MiB
2 nodes / 1 node: ${ratio}x (goal <= ${TARGET_RATIO}x): $verdict
REPORT
printf '{"imagesTarBytes":%s,"oneNodeSeconds":%s,"twoNodesSeconds":%s,"ratio":%s,"oneNodeRssKiB":%s,"twoNodesRssKiB":%s,"oneNodeWriteBytes":%s,"twoNodesWriteBytes":%s}\n' \
  "$images_tar_bytes" "$one_s" "$two_s" "$ratio" "$one_rss" "$two_rss" "$one_io" "$two_io"
