#!/usr/bin/env bash
# README command (b), and what CI runs: installs what is missing, builds with warnings as errors,
# checks the house rules (format, headless core, translations), runs every test, builds, installs,
# checks and removes the .deb, then a short libFuzzer smoke run. Set DCE_SKIP_PACKAGE=1 or
# DCE_SKIP_FUZZ=1 to leave the package or the fuzz smoke run out on a quick local loop.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build-test}
cd "$root"

"$root/scripts/install-deps.sh" test

echo "== format (clang-format, .clang-format)"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core app wizard tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run -Werror "${sources[@]}"

echo "== core stays headless"
if grep -rnE '#include *[<"](QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QPixmap|QIcon|QImage|QPainter)' core; then
  echo "core/ must not include GUI headers" >&2
  exit 1
fi

echo "== build (warnings are errors)"
BUILD_DIR=$build_dir "$root/scripts/build.sh" -DDCE_UPGRADE_WERROR=ON -DDCE_UPGRADE_BUILD_TESTS=ON

echo "== tests"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" -j 2 --output-on-failure --timeout 300 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The .deb from the same build: lintian, apt install, the installed commands and wizard, apt
# remove --purge (tests/package/check-installed-deb.sh says what it checks). It installs and
# removes dce-upgrade on this machine; DCE_SKIP_PACKAGE=1 leaves it out on a quick local loop.
package_status=0
if [[ -z "${DCE_SKIP_PACKAGE:-}" ]]; then
  echo "== package (.deb)"
  if deb=$(BUILD_DIR=$build_dir "$root/scripts/package.sh"); then
    "$root/tests/package/check-installed-deb.sh" "$deb" || package_status=$?
  else
    package_status=1
  fi
  if ((package_status != 0)); then
    echo "package: FAILED (see above)" >&2
  fi
fi

if [[ -z "${DCE_SKIP_FUZZ:-}" && $status -eq 0 ]]; then
  echo "== fuzz smoke run"
  "$root/tests/fuzz/smoke.sh" "$root/build-fuzz"
fi

# One plain closing line for whoever reads the log.
summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1 || true)
if [[ -n "$summary" ]]; then
  failed=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")
  total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$summary")
  echo "tests: $((total - failed)) passed, $failed failed"
fi
if [[ -z "${DCE_SKIP_PACKAGE:-}" ]]; then
  echo "package: $( ((package_status == 0)) && echo "built, checked, installed, removed" || echo FAILED)"
fi
if ((status == 0)); then
  status=$package_status
fi
exit "$status"
