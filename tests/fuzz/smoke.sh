#!/usr/bin/env bash
# libFuzzer smoke run: configures a clang build tree with DCE_UPGRADE_FUZZ=ON (the core compiled
# with fuzzer coverage, ASan and UBSan), builds only the fuzz targets, makes the seed corpus from
# the fixture generator and runs both targets side by side (one core each) for a short time.
# Exits non-zero when a target crashes, leaks, times out or runs out of memory; the input that
# did it is kept in BUILD_DIR/fuzz-artifacts/.
#
# Usage: tests/fuzz/smoke.sh [BUILD_DIR]        (default: build-fuzz in the source tree)
# Environment: DCE_FUZZ_SECONDS  run time per target (default 30)
#              CC, CXX           the compilers for a new build tree (default clang, clang++)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
build_dir=${1:-$repo/build-fuzz}
seconds=${DCE_FUZZ_SECONDS:-30}
targets=(fuzz_bundle_reader fuzz_image_archive)
export CC=${CC:-clang} CXX=${CXX:-clang++}

ms_now() { date +%s%3N; }
elapsed() { printf '%d.%01d s' $((($(ms_now) - $1) / 1000)) $(((($(ms_now) - $1) % 1000) / 100)); }
start=$(ms_now)

for tool in "$CC" "$CXX" cmake ninja; do
    command -v "$tool" >/dev/null || { echo "smoke: $tool is missing (scripts/install-deps.sh test)" >&2; exit 1; }
done

# A tree configured with another compiler cannot be switched to clang in place.
if [[ -f $build_dir/CMakeCache.txt ]] \
    && ! grep -q '^CMAKE_CXX_COMPILER_ID:INTERNAL=Clang\|^CMAKE_CXX_COMPILER:.*clang' "$build_dir/CMakeCache.txt"; then
    echo "smoke: $build_dir was configured with another compiler; remove it or pass another BUILD_DIR" >&2
    exit 1
fi

echo "== fuzz: configure ($build_dir)"
t=$(ms_now)
mkdir -p "$build_dir"
cmake -S "$repo" -B "$build_dir" -G Ninja -DDCE_UPGRADE_FUZZ=ON -DDCE_UPGRADE_BUILD_WIZARD=OFF \
    -DDCE_UPGRADE_BUILD_TESTS=ON >"$build_dir/fuzz-configure.log" 2>&1 \
    || { cat "$build_dir/fuzz-configure.log" >&2; exit 1; }
echo "   configured in $(elapsed "$t")"

echo "== fuzz: build ${targets[*]} (-j2)"
t=$(ms_now)
cmake --build "$build_dir" -j2 --target "${targets[@]}"
echo "   built in $(elapsed "$t")"

seeds=$build_dir/fuzz-seeds
corpus=$build_dir/fuzz-corpus
artifacts=$build_dir/fuzz-artifacts
mkdir -p "$seeds" "$artifacts"
"$here/make-corpus.sh" "$seeds"

echo "== fuzz: run each target for ${seconds}s"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
pids=()
for target in "${targets[@]}"; do
    mkdir -p "$corpus/$target"
    # New inputs go to the first directory (kept between runs); the seeds are only read.
    "$build_dir/tests/fuzz/$target" "$corpus/$target" "$seeds/$target" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=131072 \
        -dict="$here/bundle.dict" -artifact_prefix="$artifacts/$target-" -print_final_stats=1 \
        >"$build_dir/$target.log" 2>&1 &
    pids+=($!)
done

status=0
for i in "${!targets[@]}"; do
    target=${targets[$i]}
    rc=0
    wait "${pids[$i]}" || rc=$?
    log=$build_dir/$target.log
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
    if ((rc == 0)); then
        echo "   $target: ok, ${execs:-?} runs, ${speed:-?} exec/s, ${cov:-no coverage line}"
    else
        status=1
        echo "   $target: FAILED (exit $rc); log $log" >&2
        grep -nE '^==[0-9]+==ERROR|runtime error|^SUMMARY|deadly signal|terminate called|what\(\)' "$log" | head -20 >&2 || true
        grep -oE "Test unit written to .*" "$log" >&2 || true
    fi
done
echo "== fuzz: $( ((status == 0)) && echo passed || echo FAILED) in $(elapsed "$start") (artifacts: $artifacts)"
exit "$status"
