#!/usr/bin/env bash
# Configures and builds into BUILD_DIR (default: build/). Extra arguments go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
# Two cores on the team's machines: never more than two compile jobs.
jobs=${JOBS:-2}
launcher=()
if command -v ccache >/dev/null 2>&1; then
  # Rebuilds and fresh clones reuse what was compiled before: paths are taken relative to the
  # checkout, so two clones of the same commit share their objects.
  export CCACHE_BASEDIR=$root CCACHE_NOHASHDIR=true
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build_dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
cmake --build "$build_dir" -j "$jobs"
