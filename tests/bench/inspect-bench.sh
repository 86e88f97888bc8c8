#!/usr/bin/env bash
# Benchmark of `dce-upgrade inspect` against the targets of the headers-only issue:
#   on a 2 GiB bundle, inspect reads no more than 2 MiB of file data and its peak RSS stays
#   under 50 MiB.
#
# Usage: tests/bench/inspect-bench.sh [--size BYTES] [--cli PATH] [--keep] [--cold]
#   --size BYTES  layer payload of the generated bundle (default 2 GiB)
#   --cli PATH    the dce-upgrade binary (default: $DCE_UPGRADE_CLI, dce-upgrade on PATH, or a
#                 build tree: build/, /tmp/build-bench/)
#   --keep        keep the temporary directory (bundle, strace log, outputs)
#   --cold        evict the bundle from the page cache (fsync + POSIX_FADV_DONTNEED, this file
#                 only) before the timed run, so the wall time includes disk seeks
#
# Two runs of `inspect` on one generated bundle (tests/fixtures/mkbundle.py big):
#   1. under strace: sums the bytes actually returned by read/pread64/readv/preadv(2) on the
#      file descriptors of the bundle file (tracked from openat/close/dup); copy_file_range,
#      sendfile and splice out of the bundle count as reads too, and an mmap of the bundle fails
#      the run since it would hide reads;
#   2. under /usr/bin/time -v: peak RSS (Maximum resident set size) and wall time.
# Prints a short report; the last line is one JSON object for machines.
# Exit status: 0 targets met, 1 a target missed, 2 usage, 3 setup or inspect failed.
set -euo pipefail

readonly MAX_READ_BYTES=$((2 * 1024 * 1024))
readonly MAX_RSS_KIB=$((50 * 1024)) # peak RSS must stay strictly below this

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
mkbundle="$repo/tests/fixtures/mkbundle.py"
python=/usr/bin/python3
[[ -x $python ]] || python=python3

size=$((2 * 1024 * 1024 * 1024))
cli=""
keep=0
cold=0

usage() {
    sed -n '6,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

while (($#)); do
    case $1 in
    --size) (($# >= 2)) || usage; size=$2; shift 2 ;;
    --size=*) size=${1#*=}; shift ;;
    --cli) (($# >= 2)) || usage; cli=$2; shift 2 ;;
    --cli=*) cli=${1#*=}; shift ;;
    --keep) keep=1; shift ;;
    --cold) cold=1; shift ;;
    -h | --help) usage ;;
    *) echo "inspect-bench: unknown argument: $1" >&2; usage ;;
    esac
done
if ! [[ $size =~ ^[0-9]+$ ]] || ((size < 20)); then
    echo "inspect-bench: --size must be a byte count >= 20" >&2
    exit 2
fi

if [[ -z $cli ]]; then
    for candidate in "${DCE_UPGRADE_CLI:-}" "$(command -v dce-upgrade 2>/dev/null || true)" \
        "$repo/build/app/dce-upgrade" /tmp/build-bench/app/dce-upgrade; do
        if [[ -n $candidate && -x $candidate ]]; then cli=$candidate; break; fi
    done
fi
if [[ -z $cli || ! -x $cli ]]; then
    echo "inspect-bench: no dce-upgrade binary found; build it or pass --cli PATH" >&2
    exit 3
fi
cli=$(readlink -f "$cli")

for tool in strace /usr/bin/time; do
    if ! command -v "$tool" >/dev/null; then
        echo "inspect-bench: $tool is missing (apt-get install strace time)" >&2
        exit 3
    fi
done

workdir=$(mktemp -d "${TMPDIR:-/tmp}/inspect-bench.XXXXXX")
workdir=$(readlink -f "$workdir")
cleanup() {
    if ((keep)); then
        echo "inspect-bench: kept $workdir" >&2
    else
        rm -rf "$workdir"
    fi
}
trap cleanup EXIT

bundle="$workdir/big.bundle.tar"
ms_now() { date +%s%3N; }

echo "inspect-bench: generating a $size-byte bundle (3 images, 20 layers) ..." >&2
t0=$(ms_now)
"$python" "$mkbundle" big "$bundle" --size "$size" --images 3 --layers 20 >/dev/null
gen_ms=$(($(ms_now) - t0))
bundle_bytes=$(stat -c %s "$bundle")

# --- 1. bytes read, under strace --------------------------------------------------------------
trace="$workdir/strace.txt"
status=0
strace -f -s 0 -o "$trace" \
    -e trace=openat,open,creat,close,dup,dup2,dup3,fcntl,mmap,read,pread64,readv,preadv,preadv2,copy_file_range,sendfile,splice \
    "$cli" inspect "$bundle" >"$workdir/inspect-strace.out" 2>"$workdir/inspect-strace.err" || status=$?
if ((status != 0)); then
    echo "inspect-bench: dce-upgrade inspect failed under strace (exit $status):" >&2
    cat "$workdir/inspect-strace.err" >&2
    exit 3
fi

# Prints: total_bytes calls largest_bytes mmaps, then up to 10 "bytes offset syscall" lines of
# the largest reads.
read_stats=$("$python" - "$trace" "$bundle" <<'PY'
import re, sys

trace, bundle = sys.argv[1], sys.argv[2]
READS = {"read", "pread64", "readv", "preadv", "preadv2"}
bundle_fds = set()          # one fd table assumed: inspect neither forks nor unshares
pending = {}                # pid -> text of an <unfinished ...> call
call_re = re.compile(r"^(\d+)\s+(?:<\.\.\. (\w+) resumed>|(\w+)\()(.*)$")
ret_re = re.compile(r"\)\s+=\s+(-?\d+|0x[0-9a-f]+)(?:\s.*)?$")
path_re = re.compile(r'^(?:AT_FDCWD|-?\d+(?:<[^>]*>)?),\s+"((?:[^"\\]|\\.)*)"')
total = calls = mmaps = 0
reads = []

for line in open(trace, encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    m = call_re.match(line)
    if not m:
        continue                        # signals, exit lines
    pid, resumed, name, rest = m.group(1), m.group(2), m.group(3), m.group(4)
    if resumed:
        name, rest = resumed, pending.pop(pid, "") + rest
    if rest.endswith("<unfinished ...>"):
        pending[pid] = rest[: -len("<unfinished ...>")]
        continue
    r = ret_re.search(rest)
    if not r:
        continue
    ret = int(r.group(1), 0)
    args = rest[: r.start()]
    fd_m = re.match(r"\s*(-?\d+)", args)
    fd = int(fd_m.group(1)) if fd_m else None
    if name in ("openat", "open", "creat"):
        p = path_re.match(args) if name == "openat" else re.match(r'"((?:[^"\\]|\\.)*)"', args)
        if p and ret >= 0:
            if p.group(1) == bundle:
                bundle_fds.add(ret)
            else:
                bundle_fds.discard(ret)
    elif name == "close":
        if ret == 0 and fd is not None:
            bundle_fds.discard(fd)
    elif name in ("dup", "dup2", "dup3") or (name == "fcntl" and re.search(r"F_DUPFD", args)):
        if ret >= 0:
            if fd in bundle_fds:
                bundle_fds.add(ret)
            else:
                bundle_fds.discard(ret)
    elif name == "mmap":
        parts = [s.strip() for s in args.split(",")]
        if len(parts) >= 5 and re.match(r"-?\d+$", parts[4]) and int(parts[4]) in bundle_fds:
            mmaps += 1
    elif name in ("sendfile", "copy_file_range", "splice") and ret > 0:
        fds = re.findall(r"(?:^|,)\s*(-?\d+)", args)
        src = fds[1] if name == "sendfile" and len(fds) > 1 else (fds[0] if fds else None)
        if src is not None and int(src) in bundle_fds:
            total += ret
            calls += 1
            reads.append((ret, "-", name))
    elif name in READS and fd in bundle_fds and ret > 0:
        total += ret
        calls += 1
        offset = "-"
        if name == "pread64":
            offset = args.rsplit(",", 1)[-1].strip()
        reads.append((ret, offset, name))

reads.sort(key=lambda r: -r[0])
print(total, calls, reads[0][0] if reads else 0, mmaps)
for size, offset, name in reads[:10]:
    print(size, offset, name)
PY
)
read -r read_bytes read_calls largest_read mmaps <<<"$(head -n1 <<<"$read_stats")"
top_reads=$(tail -n +2 <<<"$read_stats")

# --- 2. peak RSS and wall time, under /usr/bin/time -v -----------------------------------------
if ((cold)); then
    "$python" - "$bundle" <<'PY'
import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
os.fsync(fd)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
os.close(fd)
PY
fi
status=0
t0=$(ms_now)
/usr/bin/time -v -o "$workdir/time.txt" "$cli" inspect "$bundle" \
    >"$workdir/inspect.out" 2>"$workdir/inspect.err" || status=$?
wall_ms=$(($(ms_now) - t0))
if ((status != 0)); then
    echo "inspect-bench: dce-upgrade inspect failed (exit $status):" >&2
    cat "$workdir/inspect.err" >&2
    exit 3
fi
peak_rss_kib=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$workdir/time.txt")
[[ $peak_rss_kib =~ ^[0-9]+$ ]] || { echo "inspect-bench: no peak RSS in /usr/bin/time output" >&2; exit 3; }

# --- report ------------------------------------------------------------------------------------
read_ok=1; rss_ok=1; mmap_ok=1
((read_bytes <= MAX_READ_BYTES)) || read_ok=0
((peak_rss_kib < MAX_RSS_KIB)) || rss_ok=0
((mmaps == 0)) || mmap_ok=0
pass=$((read_ok && rss_ok && mmap_ok))
verdict() { if (($1)); then echo ok; else echo FAIL; fi; }

cat <<EOF
dce-upgrade inspect benchmark
  cli:          $cli
  bundle:       $bundle_bytes bytes (layer payload $size; generated in ${gen_ms} ms)
  data read:    $read_bytes bytes in $read_calls read calls, largest $largest_read  (target <= $MAX_READ_BYTES) $(verdict $read_ok)
  mmap of file: $mmaps $(verdict $mmap_ok)
  peak RSS:     $peak_rss_kib KiB  (target < $MAX_RSS_KIB KiB) $(verdict $rss_ok)
  wall time:    $wall_ms ms ($( ((cold)) && echo "bundle evicted from the page cache" || echo "warm page cache"))
EOF
if ((!read_ok)) && [[ -n $top_reads ]]; then
    echo "  largest reads of the bundle (bytes offset syscall):"
    while IFS= read -r line; do echo "    $line"; done <<<"$top_reads"
fi
printf '{"bench":"inspect","bundle_bytes":%d,"payload_bytes":%d,"read_bytes":%d,"read_calls":%d,"largest_read":%d,"mmaps":%d,"peak_rss_kib":%d,"wall_ms":%d,"cold":%s,"max_read_bytes":%d,"max_rss_kib":%d,"pass":%s}\n' \
    "$bundle_bytes" "$size" "$read_bytes" "$read_calls" "$largest_read" "$mmaps" "$peak_rss_kib" \
    "$wall_ms" "$( ((cold)) && echo true || echo false)" "$MAX_READ_BYTES" "$MAX_RSS_KIB" \
    "$( ((pass)) && echo true || echo false)"
((pass)) || exit 1
