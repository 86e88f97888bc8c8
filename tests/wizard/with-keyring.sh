#!/usr/bin/env bash
# Runs the wizard's keyring tests (tests/wizard/KeyringTest.cpp) against a real Secret Service:
# a private D-Bus session bus with gnome-keyring-daemon (its "login" keyring created and
# unlocked with an empty password, in a throw-away XDG_DATA_HOME), then once more with the
# session bus address pointing nowhere (no keyring service). The bus must exist before the test
# process starts: QtDBus and libsecret connect once per process.
# Usage: tests/wizard/with-keyring.sh path/to/wizard_tests
# Fails (never skips) when dbus-daemon or gnome-keyring-daemon is missing or does not come up.
set -euo pipefail

tests=${1:?usage: with-keyring.sh path/to/wizard_tests}
fail() { echo "with-keyring.sh: KEYRING TESTS NOT RUN: $*" >&2; exit 1; }
for tool in dbus-daemon dbus-send gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh test)"
done

work=$(mktemp -d)
chmod 700 "$work"
bus_pid=
keyring_pid=
cleanup() {
  [[ -n $keyring_pid ]] && kill "$keyring_pid" 2>/dev/null || true
  [[ -n $bus_pid ]] && kill "$bus_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The daemon's keyrings and sockets live here, never in the user's home.
export XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/config
mkdir -p -m 700 "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"

dbus-daemon --session --fork --nopidfile --address="unix:path=$work/bus" \
  --print-address=3 --print-pid=4 3>"$work/address" 4>"$work/bus.pid" \
  || fail "dbus-daemon did not start"
bus_pid=$(<"$work/bus.pid")
DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$work/address")
export DBUS_SESSION_BUS_ADDRESS

# --unlock reads the login keyring's password from stdin and creates that keyring (the default
# collection libsecret stores into) unlocked; an empty password creates none. --foreground keeps
# its pid ours to end.
printf '%s' test-keyring-password | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >"$work/keyring.log" 2>&1 &
keyring_pid=$!  # the pipeline's last command: the daemon
for _ in $(seq 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
      | grep -q 'boolean true'; then
    break
  fi
  kill -0 "$keyring_pid" 2>/dev/null || fail "gnome-keyring-daemon exited: $(cat "$work/keyring.log")"
  sleep 0.1
done
dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true' \
  || fail "gnome-keyring-daemon did not own org.freedesktop.secrets in 10 s: $(cat "$work/keyring.log")"

# Each run must pass AND have run its tests: a filter that matches nothing, or a test that
# skipped, fails here.
run() {
  local out=$work/out.txt
  "$@" 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  if ((rc != 0)); then return 1; fi
  grep -q '^\[  PASSED  \] [1-9]' "$out" || { echo "with-keyring.sh: no keyring test ran" >&2; return 1; }
  if grep -q '^\[  SKIPPED \]' "$out"; then echo "with-keyring.sh: a keyring test skipped" >&2; return 1; fi
}
status=0
DCE_TEST_KEYRING=running run "$tests" --gtest_filter='KeyringTest.*:-KeyringTest.NoKeyring*' \
  || status=1
DCE_TEST_KEYRING=none DBUS_SESSION_BUS_ADDRESS="unix:path=$work/nowhere" \
  run "$tests" --gtest_filter='KeyringTest.NoKeyring*' || status=1
exit $status
