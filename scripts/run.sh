#!/usr/bin/env bash
# README command (a): installs what is missing, builds, and starts the wizard.
# Extra arguments go to the wizard (e.g. --lang zh_CN).
#
# --demo: first starts a throw-away local environment on 127.0.0.1 (a real registry over HTTPS,
# a Kubernetes API stand-in with skoala 0.28.0 installed by the real helm, a chart repository,
# a generated skoala 0.28.1 package; scripts/demo-env.sh), opens the wizard on it, and tears it
# all down when the wizard closes (or on Ctrl+C / SIGTERM). --demo-keep (or DCE_DEMO_KEEP=1)
# leaves it running after the wizard closes. E.g. `scripts/run.sh --demo --lang zh_CN`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

demo=0
wizard_args=()
for arg in "$@"; do
  case "$arg" in
    --demo) demo=1 ;;
    --demo-keep) demo=1; export DCE_DEMO_KEEP=1 ;;
    *) wizard_args+=("$arg") ;;
  esac
done

if ((demo == 0)); then
  "$root/scripts/install-deps.sh" build run
  BUILD_DIR=${BUILD_DIR:-$root/build} "$root/scripts/build.sh" -DDCE_UPGRADE_BUILD_TESTS=OFF
  exec "${BUILD_DIR:-$root/build}/app/dce-upgrade-wizard" "$@"
fi

"$root/scripts/install-deps.sh" build run demo
export BUILD_DIR=${BUILD_DIR:-$root/build}
"$root/scripts/build.sh" -DDCE_UPGRADE_BUILD_TESTS=OFF
wizard=$BUILD_DIR/app/dce-upgrade-wizard

# The demo's functions (demo_run: start, run the wizard, tear down); nothing runs on sourcing.
# shellcheck source=scripts/demo-env.sh
source "$root/scripts/demo-env.sh"

demo_dir=$(mktemp -d "${TMPDIR:-/tmp}/dce-upgrade-demo.XXXXXX")
demo_options=(--demo "$demo_dir/demo-info.txt" --plan "$demo_dir/demo-plan.yaml")
# Not exec: demo_run's traps (EXIT, INT, TERM, HUP) stop every process of the demo and delete
# $demo_dir when the wizard ends, and end the wizard (and what it started) on a signal.
demo_run "$demo_dir" "$wizard" "${demo_options[@]}" "${wizard_args[@]}"
