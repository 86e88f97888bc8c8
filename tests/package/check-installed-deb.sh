#!/usr/bin/env bash
# Checks the .deb the way a site engineer meets it (issue 11, "Package"):
#   tests/package/check-installed-deb.sh build-package/packages/dce-upgrade_<version>_<arch>.deb
# lintian finds no error; the package holds every file it promises; `apt-get install` installs
# it; the installed dce-upgrade prints its version, inspects a generated package and accepts
# every shipped example plan; the installed wizard starts offscreen (screenshot of its first
# page), beside the installed engine, and loads Qt's Chinese (qtbase_zh_CN.qm); `apt-get remove
# --purge` leaves none of its files behind, only the user's own state.
# Changes the machine (installs and removes dce-upgrade): meant for CI and for a developer who
# wants exactly that. Refuses to run when dce-upgrade is installed already. Runs apt as root or
# through sudo, as scripts/install-deps.sh does. Exits non-zero on the first miss, saying which.
set -euo pipefail

deb=${1:?usage: check-installed-deb.sh DCE_UPGRADE_DEB}
deb=$(realpath "$deb")
root=$(cd "$(dirname "$0")/../.." && pwd)
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi

work=$(mktemp -d)
installed=no
cleanup() {
  if [[ $installed == yes ]]; then
    echo "check-installed-deb: removing dce-upgrade after the failure" >&2
    "${sudo[@]}" apt-get remove --purge -y -qq dce-upgrade >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

checks=0
ok() {
  checks=$((checks + 1))
  echo "  ok: $*"
}
fail() {
  echo "FAILED: $*" >&2
  exit 1
}

version=$(dpkg-deb -f "$deb" Version)
echo "== $deb (version $version)"

echo "== lintian (errors fail; warnings are listed)"
lintian_out=$work/lintian.txt
if ! lintian --fail-on error "$deb" >"$lintian_out" 2>&1; then
  cat "$lintian_out" >&2
  fail "lintian reports errors"
fi
grep -E '^[EW]: ' "$lintian_out" | sed 's/^/  /' || true
ok "lintian: no error ($(grep -c '^W: ' "$lintian_out" || true) warnings)"

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents.txt"
expected=(
  /usr/bin/dce-upgrade
  /usr/bin/dce-upgrade-wizard
  /usr/share/applications/io.daocloud.DceUpgradeWizard.desktop
  /usr/share/metainfo/io.daocloud.DceUpgradeWizard.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/io.daocloud.DceUpgradeWizard.svg
  /usr/share/man/man1/dce-upgrade.1.gz
  /usr/share/man/man1/dce-upgrade-wizard.1.gz
  /usr/share/doc/dce-upgrade/copyright
  /usr/share/doc/dce-upgrade/changelog.gz
  /usr/share/doc/dce-upgrade/plan.md
  /usr/share/doc/dce-upgrade/cli.md
  /usr/share/doc/dce-upgrade/events.md
  /usr/share/doc/dce-upgrade/glossary.md
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/io.daocloud.DceUpgradeWizard.png")
done
methods=(builtin charts-syncer docker containerd none)
for method in "${methods[@]}"; do
  expected+=("/usr/share/doc/dce-upgrade/examples/plan-$method.yaml")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/contents.txt" || fail "the package lacks $path"
done
ok "the package holds all ${#expected[@]} promised files"
for field in Depends Recommends; do
  echo "  $field: $(dpkg-deb -f "$deb" "$field")"
done
for recommended in containerd openssh-client qt6-translations-l10n; do
  dpkg-deb -f "$deb" Recommends | grep -qw "$recommended" || fail "Recommends lacks $recommended"
done
ok "Recommends: containerd, openssh-client, qt6-translations-l10n"

echo "== install with apt"
if dpkg-query -W -f='${Status}' dce-upgrade 2>/dev/null | grep -q 'ok installed'; then
  fail "dce-upgrade is installed on this machine already; remove it first (this check installs and removes its own)"
fi
installed=yes
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$deb" >"$work/apt-install.txt" 2>&1 \
  || { cat "$work/apt-install.txt" >&2; fail "apt-get install $deb"; }
dpkg-query -W -f='${Status} ${Version}' dce-upgrade | grep -qx "install ok installed $version" \
  || fail "dpkg does not list dce-upgrade $version as installed"
dpkg -L dce-upgrade >"$work/installed.txt"
ok "installed: $(grep -c . "$work/installed.txt") paths (dpkg -L)"

# What follows runs the installed commands the way a user would: from /usr/bin on a plain PATH,
# in a throw-away home (the user's own state lands there), with nothing of a build tree around.
home=$work/home
mkdir -p "$home"
as_user=(env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$work/runtime")
mkdir -m 0700 "$work/runtime"

[[ $(command -v dce-upgrade) == /usr/bin/dce-upgrade ]] || fail "dce-upgrade on PATH is $(command -v dce-upgrade), not /usr/bin/dce-upgrade"
got=$("${as_user[@]}" dce-upgrade --version)
[[ $got == "dce-upgrade $version" ]] || fail "dce-upgrade --version printed '$got', expected 'dce-upgrade $version'"
ok "dce-upgrade --version: $got"
got=$("${as_user[@]}" dce-upgrade-wizard --version)
[[ $got == "dce-upgrade-wizard $version" ]] || fail "dce-upgrade-wizard --version printed '$got'"
ok "dce-upgrade-wizard --version (no display): $got"
for command in dce-upgrade dce-upgrade-wizard; do
  page=$("${as_user[@]}" man -w "$command") || fail "man finds no page for $command"
  [[ $page == /usr/share/man/man1/$command.1.gz ]] || fail "man $command is $page"
  text=$(zcat "$page")  # (not zcat | grep -q: grep's early exit would fail the pipe)
  grep -qE '^\.SH "?SEE ALSO' <<<"$text" || fail "$page has no SEE ALSO section"
  grep -q -- '-\\-help' <<<"$text" || fail "$page does not show the command's options"
done
ok "man pages of both commands"
# The plan format without a browser: the installed command prints the shipped plan.md as is.
"${as_user[@]}" dce-upgrade help plan >"$work/help-plan.md" || fail "dce-upgrade help plan failed"
got=$(head -1 "$work/help-plan.md")
expected=$(head -1 /usr/share/doc/dce-upgrade/plan.md)
[[ $got == "# The upgrade plan"* && $got == "$expected" ]] \
  || fail "dce-upgrade help plan printed '$got' first, expected the heading of plan.md: '$expected'"
cmp -s "$work/help-plan.md" /usr/share/doc/dce-upgrade/plan.md \
  || fail "dce-upgrade help plan differs from /usr/share/doc/dce-upgrade/plan.md"
ok "dce-upgrade help plan: $got"

package_dir=$work/offline
mkdir -p "$package_dir"
package=$package_dir/skoala-offline-v0.28.1.tar
python3 "$root/tests/fixtures/mkbundle.py" package "$package" >/dev/null
"${as_user[@]}" dce-upgrade inspect --verify "$package" >"$work/inspect.txt" 2>&1 \
  || { cat "$work/inspect.txt" >&2; fail "dce-upgrade inspect $package"; }
grep -q 'Chart: skoala 0.28.1' "$work/inspect.txt" || fail "inspect did not list the skoala chart"
grep -q 'Chart: skoala-init 0.28.1' "$work/inspect.txt" || fail "inspect did not list the skoala-init chart"
ok "dce-upgrade inspect --verify on a generated package: $(tail -1 "$work/inspect.txt")"

# The examples name /data/offline/skoala-offline-v0.28.1.tar; point them at the generated one.
for method in "${methods[@]}"; do
  example=/usr/share/doc/dce-upgrade/examples/plan-$method.yaml
  grep -qx "  method: $method" "$example" || fail "$example is not a plan for sync.method $method"
  sed "s|/data/offline/|$package_dir/|" "$example" >"$work/plan-$method.yaml"
  "${as_user[@]}" dce-upgrade plan --plan "$work/plan-$method.yaml" >"$work/plan-$method.txt" 2>&1 \
    || { cat "$work/plan-$method.txt" >&2; fail "dce-upgrade plan refuses $example"; }
done
ok "every example plan (${methods[*]}) passes dce-upgrade plan"

echo "== installed wizard (offscreen)"
qt_translation=$(dpkg -L qt6-translations-l10n 2>/dev/null | grep '/qtbase_zh_CN\.qm$' || true)
[[ -n $qt_translation && -f $qt_translation ]] \
  || fail "qtbase_zh_CN.qm is missing: install the recommended qt6-translations-l10n"
# The brief's smoke start: the first page (Welcome), in the system's language (English here).
shot=$work/first-page.png
"${as_user[@]}" QT_QPA_PLATFORM=offscreen dce-upgrade-wizard --quit-after 2500 --screenshot "$shot" \
  >"$work/wizard-first.txt" 2>&1 \
  || { cat "$work/wizard-first.txt" >&2; fail "the installed wizard did not start offscreen"; }
png_magic=89504e470d0a1a0a
[[ -s $shot ]] || fail "the wizard wrote no screenshot ($shot is missing or empty)"
[[ $(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n') == "$png_magic" ]] || fail "$shot is not a PNG"
ok "wizard screenshot of its first page: $(stat -c %s "$shot") bytes of PNG"

# In Chinese with the generated package: the package page. strace records which wizard ran and
# which Qt translation it opened: the installed ones.
package_shot=$work/package-page.zh_CN.png
strace -f -qq -e trace=execve,openat -e signal=none -o "$work/wizard.strace" \
  "${as_user[@]}" QT_QPA_PLATFORM=offscreen dce-upgrade-wizard --lang zh_CN --quit-after 2500 \
  --screenshot "$package_shot" "$package" >"$work/wizard-package.txt" 2>&1 \
  || { cat "$work/wizard-package.txt" >&2; fail "the installed wizard did not open $package"; }
[[ -s $package_shot && $(head -c 8 "$package_shot" | od -An -tx1 | tr -d ' \n') == "$png_magic" ]] \
  || fail "the wizard wrote no PNG of its package page"
ok "wizard screenshot of its package page in Chinese: $(stat -c %s "$package_shot") bytes of PNG"
# The wizard starts its engine only on the Run page, which an offscreen start does not reach;
# EngineClient::engineProgram() takes the dce-upgrade beside the wizard's own executable first,
# so both must be in the same directory, and the wizard must be the one that ran.
grep -q 'execve("/usr/bin/dce-upgrade-wizard", ' "$work/wizard.strace" \
  || fail "the wizard that ran is not /usr/bin/dce-upgrade-wizard"
[[ -x /usr/bin/dce-upgrade ]] || fail "no executable /usr/bin/dce-upgrade beside the wizard"
ok "the wizard ran from /usr/bin, beside the installed engine /usr/bin/dce-upgrade it starts"
grep -qE "openat\(.*\"$qt_translation\", [^)]*\) = [0-9]+" "$work/wizard.strace" \
  || fail "the wizard did not open Qt's Chinese translation $qt_translation"
ok "the wizard loads Qt's own Chinese from $qt_translation"
# DCE_PACKAGE_SCREENSHOTS=DIR keeps both screenshots for a look.
if [[ -n ${DCE_PACKAGE_SCREENSHOTS:-} ]]; then
  mkdir -p "$DCE_PACKAGE_SCREENSHOTS"
  cp "$shot" "$package_shot" "$DCE_PACKAGE_SCREENSHOTS/"
fi

echo "== remove with apt --purge"
installed=no
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove --purge -y -qq dce-upgrade >"$work/apt-remove.txt" 2>&1 \
  || { cat "$work/apt-remove.txt" >&2; fail "apt-get remove --purge dce-upgrade"; }
status=$(dpkg-query -W -f='${db:Status-Status}' dce-upgrade 2>/dev/null || true)
if [[ -n $status && $status != not-installed ]]; then
  fail "dpkg still lists dce-upgrade as $status (purged means not-installed, config files too)"
fi
left=0
while IFS= read -r path; do
  [[ $path == /. || -z $path ]] && continue
  if [[ -d $path && ! -L $path ]]; then
    # A directory may stay only when another package owns it too.
    if dpkg -S "$path" >/dev/null 2>&1; then
      continue
    fi
    echo "  left behind: directory $path" >&2
    left=$((left + 1))
  elif [[ -e $path || -L $path ]]; then
    echo "  left behind: $path" >&2
    left=$((left + 1))
  fi
done <"$work/installed.txt"
((left == 0)) || fail "$left paths of the package are still there after apt-get remove --purge"
ok "all $(grep -c . "$work/installed.txt") paths of the package are gone (directories other packages own stay)"
echo "  kept: the user's own state in the throw-away home: $(cd "$home" && find . -type f | sed 's|^\./||' | tr '\n' ' ')"

echo "check-installed-deb: $checks checks passed"
