#!/usr/bin/env bash
# The Run page benchmark with the figures of issue 8: 200,000 log lines and 20,000 progress
# events from a worker into the real Run page (offscreen), reporting the longest GUI event-loop
# stall (goal <= 100 ms) and the memory growth (goal <= 50 MiB). Not a timed test: run by hand,
# the figures go into the issue note. Usage: tests/bench/runpage-bench.sh [BUILD_DIR] [ARGS...]
set -euo pipefail
build=${1:-build}
shift || true
bench="$build/tests/wizard/runpage_bench"
if [[ ! -x $bench ]]; then
    echo "no $bench: cmake --build $build --target runpage_bench" >&2
    exit 2
fi
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$bench" --lines 200000 --progress 20000 "$@"
