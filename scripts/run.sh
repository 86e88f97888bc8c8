#!/usr/bin/env bash
# README command (a): installs what is missing, builds, and starts the wizard.
# Extra arguments go to the wizard (e.g. --lang zh_CN).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" build run
BUILD_DIR=${BUILD_DIR:-$root/build} "$root/scripts/build.sh" -DDCE_UPGRADE_BUILD_TESTS=OFF
exec "${BUILD_DIR:-$root/build}/app/dce-upgrade-wizard" "$@"
