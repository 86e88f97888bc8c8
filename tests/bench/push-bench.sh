#!/usr/bin/env bash
# Benchmark of `dce-upgrade push` (built-in registry push straight out of the bundle) against
# skopeo and against what the registry itself can ingest, on one generated bundle.
#
# Usage: tests/bench/push-bench.sh [--size BYTES] [--runs N] [--cli PATH] [--jobs N]
#                                  [--workdir DIR] [--keep] [--no-skopeo-parallel]
#   --size BYTES   layer payload of the generated bundle (default 2 GiB; 3 images, 20 layers)
#   --runs N       measured runs of each method, alternating; the median is reported (default 3)
#   --cli PATH     the dce-upgrade binary (default: $DCE_UPGRADE_CLI, else build-test/app/dce-upgrade)
#   --jobs N       --jobs given to `dce-upgrade push` (default 4, the CLI's own default)
#   --workdir DIR  where the temporary directory is made (default /var/tmp: the same disk as the
#                  registries' storage, and not a tmpfs); everything in it is removed on exit
#   --keep         keep the temporary directory (bundle, extracted files, logs, timings.tsv)
#   --no-skopeo-parallel  skip the extra "3 skopeo copies at once" measurement
#
# What is measured (every push goes into its own fresh docker-registry: plain http, no auth,
# filesystem storage in the work directory; the page cache is warm and `sync` runs before each
# timed run, so the numbers are of the CPU and loopback path, not of the disk):
#   (a) dce-upgrade push PACKAGE --registry http://127.0.0.1:PORT --repository bench: wall time,
#       blob throughput, peak RSS (/usr/bin/time -v); then one more, untimed push under strace
#       (file system calls only) for its extra disk: files it creates or opens for writing.
#   (b) skopeo copy docker-archive:images.tar:REF docker://... of the 3 images one after the
#       other (what a user would type), and 3 at once as an extra line. skopeo cannot read a
#       tar inside a tar, so images.tar is extracted once beforehand: that is skopeo's extra disk.
#       Each run gets a fresh HOME/XDG/TMPDIR and an empty blob-info cache (as root the cache is
#       /var/lib/containers/cache, shared with everyone: a private mount namespace binds a
#       per-run directory over it instead of clearing it).
#   (c) the registry's ingest limit: curl uploads of the same blob files, 4 at a time
#       (POST /v2/<repo>/blobs/uploads/, then one monolithic PUT <location>&digest=... with the
#       body). Blob files are extracted from images.tar once beforehand (not timed).
#   (d) reruns when everything is already there: dce-upgrade push again, and skopeo again with
#       the blob-info cache of its own first run kept (as a user would have it).
# Throughput is always "bytes of the bundle's blobs / wall second" (MB = 10^6 bytes), also for
# skopeo, which actually sends re-compressed layers of about the same size.
#
# Exit status: 0 the benchmark ran (targets are marked PASS or MISS, a MISS is not an error),
# 2 usage, 3 setup or a push failed. The last line of the output is one JSON object.
set -euo pipefail

# Targets (see the task that introduced this benchmark).
readonly TARGET_VS_SKOPEO=1.5     # built-in throughput / skopeo sequential throughput, at least
readonly TARGET_VS_CURL=0.85      # built-in throughput / curl ingest throughput, at least
readonly TARGET_RERUN=10          # skopeo rerun time / built-in rerun time, at least
readonly TARGET_RSS_KIB=$((64 * 1024)) # built-in peak RSS, at most
readonly TARGET_DISK=0            # bytes the built-in writes to files, at most
readonly CURL_JOBS=4              # parallel curl uploads in (c); the built-in's default --jobs
readonly TAG_REPO=bench           # --repository of every push

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
mkbundle="$repo/tests/fixtures/mkbundle.py"
python=/usr/bin/python3
[[ -x $python ]] || python=python3

size=$((2 * 1024 * 1024 * 1024))
runs=3
cli=${DCE_UPGRADE_CLI:-}
jobs=4
workroot=/var/tmp
keep=0
skopeo_parallel=1

usage() {
    sed -n '5,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
die() {
    echo "push-bench: $*" >&2
    exit 3
}
log() { echo "push-bench: $*" >&2; }

while (($#)); do
    case $1 in
    --size) (($# >= 2)) || usage; size=$2; shift 2 ;;
    --size=*) size=${1#*=}; shift ;;
    --runs) (($# >= 2)) || usage; runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --cli) (($# >= 2)) || usage; cli=$2; shift 2 ;;
    --cli=*) cli=${1#*=}; shift ;;
    --jobs) (($# >= 2)) || usage; jobs=$2; shift 2 ;;
    --jobs=*) jobs=${1#*=}; shift ;;
    --workdir) (($# >= 2)) || usage; workroot=$2; shift 2 ;;
    --workdir=*) workroot=${1#*=}; shift ;;
    --keep) keep=1; shift ;;
    --no-skopeo-parallel) skopeo_parallel=0; shift ;;
    -h | --help) usage ;;
    *) echo "push-bench: unknown argument: $1" >&2; usage ;;
    esac
done
if ! [[ $size =~ ^[0-9]+$ ]] || ((size < 20)); then
    echo "push-bench: --size must be a byte count >= 20" >&2
    exit 2
fi
if ! [[ $runs =~ ^[0-9]+$ ]] || ((runs < 1)); then
    echo "push-bench: --runs must be >= 1" >&2
    exit 2
fi
if ! [[ $jobs =~ ^[0-9]+$ ]] || ((jobs < 1)); then
    echo "push-bench: --jobs must be >= 1" >&2
    exit 2
fi

[[ -n $cli ]] || cli=$repo/build-test/app/dce-upgrade
[[ -x $cli ]] || die "no dce-upgrade binary at $cli; build it (scripts/build.sh) or pass --cli PATH"
cli=$(readlink -f "$cli")

# Every tool, with the Debian package that provides it.
for pair in docker-registry:docker-registry skopeo:skopeo curl:curl /usr/bin/time:time \
    strace:strace unshare:util-linux xargs:findutils tar:tar; do
    tool=${pair%%:*}
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install --no-install-recommends ${pair#*:})"
done
command -v "$python" >/dev/null || die "python3 is missing (apt-get install python3)"

# skopeo's blob-info cache must start empty for every first run (else it "knows" blobs from an
# earlier run and skips work a user would pay for). Non-root: it follows XDG_DATA_HOME, set per
# run. Root: it is always /var/lib/containers/cache, which other people's tests share; it is
# never cleared here, a private mount namespace hides it behind a per-run directory instead.
skopeo_ns=()
if ((EUID == 0)); then
    # skopeo creates this directory itself on its first run as root; the bind needs it to exist.
    mkdir -p /var/lib/containers/cache
    unshare --mount --propagation private true 2>/dev/null ||
        die "unshare --mount is not permitted here: cannot isolate skopeo's blob-info cache (/var/lib/containers/cache)"
    # shellcheck disable=SC2016 # expanded by the inner shell
    skopeo_ns=(unshare --mount --propagation private -- /bin/bash -c
        'mount --bind "$0" /var/lib/containers/cache && exec "$@"')
fi

git_rev=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "?")
git -C "$repo" diff --quiet HEAD -- core app 2>/dev/null || git_rev+=" + uncommitted changes in core/ or app/"
cli_mtime=$(date -r "$cli" '+%F %T')
# Other people's builds on a shared 2-core machine move these numbers a lot: say how busy it was.
load_start=$(cut -d' ' -f1 /proc/loadavg)

mkdir -p "$workroot"
workdir=$(mktemp -d "$workroot/push-bench.XXXXXX")
workdir=$(readlink -f "$workdir")
registry_pids=() # registries started by this script and still running
cleanup() {
    local status=$? pid
    for pid in "${registry_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if ((keep)); then
        log "kept $workdir"
    else
        rm -rf "$workdir"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now() { echo "$EPOCHREALTIME"; }
seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { printf '%s\n' "$@" | sort -g | tail -n1; }
time_field() { sed -n "s/^[[:space:]]*$2: //p" "$1"; } # a field of /usr/bin/time -v output

# --- registries ---------------------------------------------------------------------------------
free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# reg_start DIR [PORT]: a fresh docker-registry process with its storage in DIR/data (kept if it
# exists, for the reruns); sets REG_PORT and REG_PID once it answers GET /v2/. A rerun must use
# the port of the first push: skopeo's blob-info cache remembers blobs per registry host:port.
reg_start() {
    local dir=$1 want=${2:-} i port pid code
    mkdir -p "$dir/data"
    for _ in 1 2 3 4 5; do
        port=${want:-$(free_port)}
        # Upload purging off: no background scan of _uploads during a run. Log level error:
        # only failures (and the 404s of HEAD probes) are written.
        cat >"$dir/config.yml" <<EOF
version: 0.1
log: {level: error, accesslog: {disabled: true}}
storage:
  filesystem: {rootdirectory: "$dir/data"}
  delete: {enabled: true}
  maintenance: {uploadpurging: {enabled: false}}
http: {addr: "127.0.0.1:$port", secret: push-bench-only}
EOF
        docker-registry serve "$dir/config.yml" >>"$dir/registry.log" 2>&1 &
        pid=$!
        registry_pids+=("$pid")
        for ((i = 0; i < 200; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/v2/" || true)
            if [[ $code == 200 ]] && kill -0 "$pid" 2>/dev/null; then
                REG_PORT=$port
                REG_PID=$pid
                return 0
            fi
            sleep 0.05
        done
        reg_stop "$pid"
        # Another process took the port between free_port and the bind: try another one.
        if [[ -n $want ]] || ! grep -q 'address already in use' "$dir/registry.log"; then break; fi
    done
    tail -n 20 "$dir/registry.log" >&2 || true
    die "docker-registry did not start (config $dir/config.yml)"
}

reg_stop() {
    local pid=$1 p kept=()
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for p in "${registry_pids[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
    registry_pids=("${kept[@]}")
}

# check_images PORT: every pushed image's manifest is there (untimed; a fast but broken push
# must not count).
check_images() {
    local port=$1 repo code
    while IFS=$'\t' read -r _ repo; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -I \
            -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
            "http://127.0.0.1:$port/v2/$repo/manifests/$image_tag")
        [[ $code == 200 ]] || die "after the push, $repo:$image_tag is missing (HTTP $code)"
    done <"$workdir/images.tsv"
}

# --- the bundle and the extracted copies (untimed) ---------------------------------------------
bundle="$workdir/big.bundle.tar"
src="$workdir/src"
mkdir -p "$src/blobs" "$workdir/reg" "$workdir/out"
log "workdir $workdir"
log "generating a $size-byte bundle (3 images, 20 layers, incompressible stored-deflate layers) ..."
t0=$(now)
"$python" "$mkbundle" big "$bundle" --size "$size" --images 3 --layers 20 >/dev/null
gen_s=$(seconds_since "$t0")
bundle_bytes=$(stat -c %s "$bundle")

# skopeo's docker-archive: transport needs images.tar as a file of its own.
log "extracting images.tar (skopeo's input) and its blobs (curl's input) ..."
tar -xf "$bundle" -C "$src" images.tar
images_tar="$src/images.tar"
images_tar_bytes=$(stat -c %s "$images_tar")
tar -xf "$images_tar" -C "$src/blobs"

# images.tsv: source reference, target repository (the built-in's relocation: bench/<last
# segment>, so that every method writes the same repositories). blobs.tsv: target repository,
# digest, size, file. The tag of every image is the same (mkbundle big: v0.28.1).
"$python" - "$src/blobs" "$workdir" "$TAG_REPO" <<'PY'
import json, os, sys
blobs_dir, out, prefix = sys.argv[1:4]
images = json.load(open(os.path.join(blobs_dir, "manifest.json")))
seen = set()
with open(os.path.join(out, "images.tsv"), "w") as it, open(os.path.join(out, "blobs.tsv"), "w") as bt:
    tags = set()
    for image in images:
        ref = image["RepoTags"][0]
        name, tag = ref.rsplit(":", 1)
        tags.add(tag)
        target = f"{prefix}/{name.rsplit('/', 1)[-1]}"
        it.write(f"{ref}\t{target}\n")
        for member in [image["Config"]] + image["Layers"]:
            digest = member if member.startswith("sha256:") else "sha256:" + member.split(".", 1)[0]
            if (target, digest) in seen:
                continue
            seen.add((target, digest))
            path = os.path.join(blobs_dir, member)
            bt.write(f"{target}\t{digest}\t{os.path.getsize(path)}\t{path}\n")
    assert len(tags) == 1, tags
    open(os.path.join(out, "tag"), "w").write(tags.pop())
PY
image_tag=$(cat "$workdir/tag")
blob_bytes=$(awk -F'\t' '{ s += $3 } END { printf "%d", s }' "$workdir/blobs.tsv")
blob_count=$(wc -l <"$workdir/blobs.tsv")
image_count=$(wc -l <"$workdir/images.tsv")

# Throw-away skopeo configuration: accept any image, no registries.conf, no auth, no sigstore.
skcfg="$workdir/skopeo-config"
mkdir -p "$skcfg/registries.d"
echo '{"default": [{"type": "insecureAcceptAnything"}]}' >"$skcfg/policy.json"
: >"$skcfg/registries.conf"
echo '{"auths": {}}' >"$skcfg/auth.json"

# All inputs come from the page cache in every run, whichever method reads them.
cat "$bundle" "$images_tar" "$src"/blobs/* >/dev/null

# --- one measured run of each method ------------------------------------------------------------
# Each run_* sets RUN_S (wall seconds) and, where it applies, RUN_RSS (KiB) and RUN_WRITTEN (bytes
# written to files by the measured processes: /usr/bin/time's "File system outputs" × 512, which
# counts page-cache pages dirtied, even for files deleted before reaching the disk).

# run_builtin REGDIR LABEL [PORT]: dce-upgrade push into the registry of REGDIR (fresh or kept).
# Its output goes through a pipe, not straight into a file: "File system outputs" must count
# only what the push itself writes to disk, not its progress log.
run_builtin() {
    local regdir=$1 label=$2 status=0 t0 out="$workdir/out/$2"
    reg_start "$regdir" "${3:-}"
    sync
    t0=$(now)
    /usr/bin/time -v -o "$out.time" "$cli" push "$bundle" --registry "http://127.0.0.1:$REG_PORT" \
        --repository "$TAG_REPO" --jobs "$jobs" 2>&1 | cat >"$out.out" || status=$?
    RUN_S=$(seconds_since "$t0")
    if ((status != 0)); then
        cat "$out.out" >&2
        die "dce-upgrade push failed (exit $status, $label)"
    fi
    check_images "$REG_PORT"
    RUN_RSS=$(time_field "$out.time" 'Maximum resident set size (kbytes)')
    RUN_WRITTEN=$(($(time_field "$out.time" 'File system outputs') * 512))
    RUN_UPLOADED=$(sed -n 's/.* \([0-9]\+\) blobs uploaded.*/\1/p' "$out.out")
    reg_stop "$REG_PID"
}

# skopeo_copy HOME REF REPO PORT TIMEFILE: one `skopeo copy`, isolated in HOME (its blob-info
# cache is HOME/data/containers/cache).
skopeo_copy() {
    local home=$1 ref=$2 target=$3 port=$4 timefile=$5
    env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
        XDG_RUNTIME_DIR="$home/run" TMPDIR="$home/tmp" \
        CONTAINERS_REGISTRIES_CONF="$skcfg/registries.conf" REGISTRY_AUTH_FILE="$skcfg/auth.json" \
        "${skopeo_ns[@]}" ${skopeo_ns[@]:+"$home/data/containers/cache"} \
        /usr/bin/time -v -o "$timefile" \
        skopeo --policy "$skcfg/policy.json" --registries.d "$skcfg/registries.d" \
        copy --quiet --authfile "$skcfg/auth.json" --dest-tls-verify=false \
        "docker-archive:$images_tar:$ref" "docker://127.0.0.1:$port/$target:$image_tag"
}

new_skopeo_home() {
    mkdir -p "$1/data/containers/cache" "$1/config" "$1/tmp" "$1/run"
    chmod 700 "$1/run"
}

# run_skopeo REGDIR HOME LABEL seq|par [PORT]: the 3 images one after the other, or all at once.
# Output through a pipe, as for the built-in.
run_skopeo() {
    local regdir=$1 home=$2 label=$3 mode=$4 out="$workdir/out/$3" t0 i=0 ref target pids=() pid
    local failed=0 rss=0 written=0 r
    reg_start "$regdir" "${5:-}"
    sync
    t0=$(now)
    while IFS=$'\t' read -r ref target; do
        i=$((i + 1))
        if [[ $mode == seq ]]; then
            skopeo_copy "$home" "$ref" "$target" "$REG_PORT" "$out.$i.time" 2>&1 |
                cat >"$out.$i.out" || { cat "$out.$i.out" >&2; die "skopeo copy of $ref failed ($label)"; }
        else
            # Only the wall time of this mode is reported: straight into the file is fine.
            skopeo_copy "$home" "$ref" "$target" "$REG_PORT" "$out.$i.time" >"$out.$i.out" 2>&1 &
            pids+=("$!")
        fi
    done <"$workdir/images.tsv"
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
    RUN_S=$(seconds_since "$t0")
    ((failed == 0)) || { cat "$out".*.out >&2; die "a parallel skopeo copy failed ($label)"; }
    check_images "$REG_PORT"
    for ((r = 1; r <= i; r++)); do
        rss=$(maximum "$rss" "$(time_field "$out.$r.time" 'Maximum resident set size (kbytes)')")
        written=$((written + $(time_field "$out.$r.time" 'File system outputs') * 512))
    done
    RUN_RSS=$rss
    RUN_WRITTEN=$written
    reg_stop "$REG_PID"
}

# One curl upload: POST for an upload session, then the whole blob in one PUT (monolithic).
# Streams the file (-T) rather than --data-binary @file, which would first load it in memory;
# "Expect:" off saves the 100-continue round trip.
curl_upload() {
    local base=$1 target=$2 digest=$3 file=$4 location code
    location=$(curl -sS -f -X POST -o /dev/null -D - "$base/v2/$target/blobs/uploads/" |
        tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
    [[ -n $location ]] || { echo "curl: no upload Location for $digest" >&2; return 1; }
    [[ $location == /* ]] && location=$base$location
    [[ $location == *\?* ]] && location+="&" || location+="?"
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H 'Expect:' \
        -H 'Content-Type: application/octet-stream' -T "$file" "${location}digest=${digest/:/%3A}")
    [[ $code == 201 ]] || { echo "curl: PUT of $digest answered HTTP $code" >&2; return 1; }
}
export -f curl_upload

run_curl() {
    local regdir=$1 label=$2 t0 status=0 code target digest
    reg_start "$regdir"
    sync
    t0=$(now)
    # shellcheck disable=SC2016 # $0 and $@ belong to the inner bash
    cut -f1,2,4 "$workdir/blobs.tsv" | tr '\t' '\n' |
        xargs -d '\n' -n 3 -P "$CURL_JOBS" bash -c 'curl_upload "$0" "$@"' "http://127.0.0.1:$REG_PORT" \
        2>"$workdir/out/$label.err" || status=$?
    RUN_S=$(seconds_since "$t0")
    ((status == 0)) || { cat "$workdir/out/$label.err" >&2; die "curl uploads failed ($label)"; }
    while IFS=$'\t' read -r target digest _; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -I "http://127.0.0.1:$REG_PORT/v2/$target/blobs/$digest")
        [[ $code == 200 ]] || die "after the curl uploads, $target@$digest is missing (HTTP $code)"
    done <"$workdir/blobs.tsv"
    reg_stop "$REG_PID"
}

# run_disk_check: one more built-in push (untimed) into a fresh registry, under strace for the
# file system calls only (seccomp-bpf: the network path runs at full speed). Extra disk is what
# the push creates or opens for writing (temporary copies of layers, caches, logs), outside
# /dev, /proc and /sys. "File system outputs" of /usr/bin/time cannot tell this alone: it also
# counts metadata blocks the process happens to dirty (an atime update of a library it loads is
# 4 KiB), so it is reported beside it but not judged. Sets DISK_FILES, DISK_BYTES, DISK_LIST.
run_disk_check() {
    local regdir="$workdir/reg/disk-check" trace="$workdir/out/disk-check.strace" status=0 stats
    reg_start "$regdir"
    strace -f -qq --seccomp-bpf -e status=successful -o "$trace" \
        -e trace=open,openat,openat2,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,truncate,ftruncate,fallocate \
        "$cli" push "$bundle" --registry "http://127.0.0.1:$REG_PORT" --repository "$TAG_REPO" \
        --jobs "$jobs" >"$workdir/out/disk-check.out" 2>&1 || status=$?
    ((status == 0)) || { cat "$workdir/out/disk-check.out" >&2; die "dce-upgrade push failed under strace (exit $status)"; }
    reg_stop "$REG_PID"
    rm -rf "$regdir"
    stats=$("$python" - "$trace" <<'PY'
import os, re, sys
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
SKIP = ("/dev/", "/proc/", "/sys/")
paths, writes, calls = [], 0, 0
for line in open(sys.argv[1], errors="replace"):
    m = re.match(r"^\d+\s+(\w+)\((.*)\)\s+=\s+(-?\d+)", line)
    if not m:
        continue
    calls += 1
    call, args = m.group(1), m.group(2)
    names = re.findall(r'"((?:[^"\\]|\\.)*)"', args)
    if call in ("open", "openat", "openat2") and not any(f in args for f in WRITE_FLAGS):
        continue
    if call in ("ftruncate", "fallocate"):
        writes += 1
        continue
    if names and names[0].startswith(SKIP):
        continue
    writes += 1
    paths += names[:1]
if calls == 0:
    sys.exit("no file system call in the strace output: the trace did not work")
size = sum(os.path.getsize(p) for p in set(paths) if os.path.isfile(p))
print(writes, size, " ".join(sorted(set(paths))[:5]) or "-")
PY
) || die "could not read the strace output $trace"
    [[ -n $stats ]] || die "could not read the strace output $trace"
    read -r DISK_FILES DISK_BYTES DISK_LIST <<<"$stats"
}

record() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$RUN_S" "${RUN_RSS:--}" "${RUN_WRITTEN:--}" >>"$workdir/timings.tsv"; }
printf 'method\trun\tseconds\tpeak_rss_kib\tbytes_written\n' >"$workdir/timings.tsv"

b_s=() b_rss=() b_written=() s_s=() s_rss=() s_written=() p_s=() c_s=() br_s=() sr_s=()
methods=(builtin skopeo curl)
((skopeo_parallel)) && methods=(builtin skopeo skopeo-par curl)

# --- first pushes, alternating ------------------------------------------------------------------
# The order rotates each round, so no method always runs first (or right after the heaviest).
for ((round = 1; round <= runs; round++)); do
    n=${#methods[@]}
    for ((k = 0; k < n; k++)); do
        method=${methods[$(((k + round - 1) % n))]}
        regdir="$workdir/reg/$method-$round"
        RUN_RSS="" RUN_WRITTEN=""
        case $method in
        builtin)
            run_builtin "$regdir" "builtin-$round"
            if ((round == 1)); then builtin_port=$REG_PORT; fi
            [[ $RUN_UPLOADED == "$blob_count" ]] || die "the built-in push uploaded $RUN_UPLOADED blobs, not $blob_count"
            b_s+=("$RUN_S") b_rss+=("$RUN_RSS") b_written+=("$RUN_WRITTEN")
            ;;
        skopeo)
            new_skopeo_home "$workdir/skopeo-home/seq-$round"
            run_skopeo "$regdir" "$workdir/skopeo-home/seq-$round" "skopeo-$round" seq
            if ((round == 1)); then skopeo_port=$REG_PORT; fi
            s_s+=("$RUN_S") s_rss+=("$RUN_RSS") s_written+=("$RUN_WRITTEN")
            ;;
        skopeo-par)
            new_skopeo_home "$workdir/skopeo-home/par-$round"
            run_skopeo "$regdir" "$workdir/skopeo-home/par-$round" "skopeo-par-$round" par
            p_s+=("$RUN_S")
            ;;
        curl)
            run_curl "$regdir" "curl-$round"
            c_s+=("$RUN_S")
            ;;
        esac
        record "$method" "$round"
        log "round $round/$runs: $method ${RUN_S} s"
        # Round 1's built-in and skopeo registries (and skopeo's cache) stay for the reruns;
        # the others go now, so at most two pushed copies are on disk.
        if ((round != 1)) || [[ $method != builtin && $method != skopeo ]]; then
            rm -rf "$regdir"
        fi
    done
done

# --- reruns: everything is there already ------------------------------------------------------
for ((round = 1; round <= runs; round++)); do
    RUN_RSS="" RUN_WRITTEN=""
    if ((round % 2)); then order=(builtin skopeo); else order=(skopeo builtin); fi
    for method in "${order[@]}"; do
        if [[ $method == builtin ]]; then
            run_builtin "$workdir/reg/builtin-1" "builtin-rerun-$round" "$builtin_port"
            [[ $RUN_UPLOADED == 0 ]] || die "the built-in rerun uploaded $RUN_UPLOADED blobs, not 0"
            br_s+=("$RUN_S")
        else
            run_skopeo "$workdir/reg/skopeo-1" "$workdir/skopeo-home/seq-1" "skopeo-rerun-$round" seq "$skopeo_port"
            sr_s+=("$RUN_S")
        fi
        record "$method-rerun" "$round"
        log "rerun $round/$runs: $method ${RUN_S} s"
    done
done

run_disk_check
log "disk check: $DISK_FILES file writes, $DISK_BYTES bytes ($DISK_LIST)"

# --- report --------------------------------------------------------------------------------------
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
mbps() { calc "$blob_bytes / 1e6 / $1" 1; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo MISS; fi; }

b_med=$(median "${b_s[@]}") s_med=$(median "${s_s[@]}") c_med=$(median "${c_s[@]}")
br_med=$(median "${br_s[@]}") sr_med=$(median "${sr_s[@]}")
b_rss_max=$(maximum "${b_rss[@]}") b_written_max=$(maximum "${b_written[@]}")
s_rss_max=$(maximum "${s_rss[@]}") s_written_max=$(maximum "${s_written[@]}")
# Throughput ratio = inverse time ratio. Judged unrounded: 0.8497 must not pass as "85%".
r_skopeo=$(calc "$s_med / $b_med" 4)
r_curl=$(calc "$c_med / $b_med" 4)
r_rerun=$(calc "$sr_med / $br_med" 4)
v_skopeo=$(verdict "$r_skopeo >= $TARGET_VS_SKOPEO")
v_curl=$(verdict "$r_curl >= $TARGET_VS_CURL")
v_rerun=$(verdict "$r_rerun >= $TARGET_RERUN")
v_rss=$(verdict "$b_rss_max <= $TARGET_RSS_KIB")
v_disk=$(verdict "$DISK_FILES == 0 && $DISK_BYTES <= $TARGET_DISK")

row() { printf '  %-44s %9s %9s   %s\n' "$@"; }
list() { local IFS=' '; echo "$*"; }

echo
echo "dce-upgrade push benchmark"
echo "  cli:      $cli (built $cli_mtime; repository at $git_rev when the benchmark started)"
echo "  bundle:   $bundle_bytes bytes, $image_count images, $blob_count blobs = $blob_bytes blob bytes (generated in ${gen_s} s)"
echo "  tools:    $(skopeo --version), $(docker-registry --version 2>&1 | awk '{ print $NF }'), $(curl --version | head -n1 | cut -d' ' -f1,2)"
echo "  machine:  $(nproc) cores, load average $load_start at the start, $(cut -d' ' -f1 /proc/loadavg) at the end; $runs run(s) each, median; MB = 10^6 bytes"
if awk "BEGIN { exit !($load_start > $(nproc) / 2) }"; then
    echo "  warning:  the machine was busy before the benchmark started; compare runs, not single numbers"
fi
echo
row "measure" "median s" "MB/s" "runs (s)"
row "(a) built-in push (--jobs $jobs)" "$b_med" "$(mbps "$b_med")" "$(list "${b_s[@]}")"
row "(b) skopeo copy, $image_count images one after another" "$s_med" "$(mbps "$s_med")" "$(list "${s_s[@]}")"
if ((skopeo_parallel)); then
    p_med=$(median "${p_s[@]}")
    row "    skopeo copy, $image_count images at once (extra)" "$p_med" "$(mbps "$p_med")" "$(list "${p_s[@]}")"
fi
row "(c) curl ingest, $CURL_JOBS uploads at once" "$c_med" "$(mbps "$c_med")" "$(list "${c_s[@]}")"
row "(d) built-in push rerun (all there)" "$br_med" "-" "$(list "${br_s[@]}")"
row "(d) skopeo rerun (its cache kept)" "$sr_med" "-" "$(list "${sr_s[@]}")"
echo
printf '  %-44s %s\n' "built-in peak RSS (max of runs)" "$((b_rss_max / 1024)) MiB ($b_rss_max KiB; runs: $(list "${b_rss[@]}") KiB)"
printf '  %-44s %s\n' "built-in files created/written (strace)" "$DISK_FILES ($DISK_BYTES bytes left on disk)$([[ $DISK_LIST == - ]] || echo ": $DISK_LIST")"
printf '  %-44s %s\n' "built-in File system outputs (max of runs)" "$b_written_max bytes (page-cache pages dirtied; 4 KiB = metadata noise)"
printf '  %-44s %s\n' "skopeo peak RSS (max of its processes)" "$((s_rss_max / 1024)) MiB"
printf '  %-44s %s\n' "skopeo extra disk" "$images_tar_bytes (images.tar extracted) + $s_written_max written during a copy"
echo
echo "  targets"
printf '  %-44s %9s  target %-9s %s\n' \
    "built-in / skopeo throughput" "$(calc "$r_skopeo")x" ">= ${TARGET_VS_SKOPEO}x" "$v_skopeo" \
    "built-in / curl ingest throughput" "$(calc "$r_curl * 100" 1)%" ">= $(calc "$TARGET_VS_CURL * 100" 0)%" "$v_curl" \
    "skopeo rerun / built-in rerun time" "$(calc "$r_rerun" 1)x" ">= ${TARGET_RERUN}x" "$v_rerun" \
    "built-in peak RSS" "$((b_rss_max / 1024)) MiB" "<= $((TARGET_RSS_KIB / 1024)) MiB" "$v_rss" \
    "built-in extra disk (files written)" "$DISK_BYTES B" "$TARGET_DISK" "$v_disk"
printf '{"bench":"push","payload_bytes":%d,"bundle_bytes":%d,"blob_bytes":%d,"runs":%d,"jobs":%d,"builtin_s":%s,"skopeo_s":%s,"skopeo_parallel_s":%s,"curl_s":%s,"builtin_rerun_s":%s,"skopeo_rerun_s":%s,"builtin_peak_rss_kib":%d,"builtin_fs_outputs_bytes":%d,"builtin_file_writes":%d,"builtin_extra_disk":%d,"skopeo_extra_disk":%d,"ratio_vs_skopeo":%s,"ratio_vs_curl":%s,"ratio_rerun":%s,"pass":{"vs_skopeo":%s,"vs_curl":%s,"rerun":%s,"rss":%s,"disk":%s}}\n' \
    "$size" "$bundle_bytes" "$blob_bytes" "$runs" "$jobs" "$b_med" "$s_med" "${p_med:-null}" "$c_med" \
    "$br_med" "$sr_med" "$b_rss_max" "$b_written_max" "$DISK_FILES" "$DISK_BYTES" "$images_tar_bytes" "$r_skopeo" "$r_curl" "$r_rerun" \
    "$([[ $v_skopeo == PASS ]] && echo true || echo false)" "$([[ $v_curl == PASS ]] && echo true || echo false)" \
    "$([[ $v_rerun == PASS ]] && echo true || echo false)" "$([[ $v_rss == PASS ]] && echo true || echo false)" \
    "$([[ $v_disk == PASS ]] && echo true || echo false)"
