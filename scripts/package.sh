#!/usr/bin/env bash
# README's package command: installs what building the package needs (apt), builds, and writes
# the .deb with CPack into BUILD_DIR/packages (BUILD_DIR defaults to build-package/). Extra
# arguments go to cmake on the first configure. Prints the .deb's path, and only that, on standard
# output (what it does goes to standard error): deb=$(scripts/package.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build-package}

"$root/scripts/install-deps.sh" build package >&2

# A fresh build directory builds no tests; an existing one (CI passes its test build) keeps its
# settings, so nothing is compiled twice.
configure=()
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  configure=(-DDCE_UPGRADE_BUILD_TESTS=OFF)
fi
BUILD_DIR=$build_dir "$root/scripts/build.sh" "${configure[@]}" "$@" >&2

out=$build_dir/packages
rm -f "$out"/dce-upgrade_*.deb
(cd "$build_dir" && cpack -G DEB -B "$out" >&2)
debs=("$out"/dce-upgrade_*.deb)
if [[ ${#debs[@]} -ne 1 || ! -f ${debs[0]} ]]; then
  echo "package.sh: cpack wrote no .deb into $out" >&2
  exit 1
fi
echo "${debs[0]}"
