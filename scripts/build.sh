#!/usr/bin/env bash
# Configures and builds into BUILD_DIR (default: build/). Extra arguments go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
# Two cores on the team's machines: never more than two compile jobs.
jobs=${JOBS:-2}
cmake -S "$root" -B "$build_dir" -G Ninja "$@" >/dev/null
cmake --build "$build_dir" -j "$jobs"
