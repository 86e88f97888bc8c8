#!/usr/bin/env bash
# Build a helm chart repository with the stand-in's demo chart in versions 0.1.0 and 0.2.0.
#
#   make-repo.sh OUT_DIR [URL] [HELM_BIN]
#
# OUT_DIR gets demo-0.1.0.tgz, demo-0.2.0.tgz and index.yaml (made with the real
# `helm package` and `helm repo index --url URL`). Serve OUT_DIR over HTTP yourself, e.g.
# `python3 -m http.server --bind 127.0.0.1 PORT --directory OUT_DIR`, and pass the same URL.
# URL defaults to http://127.0.0.1:8879; HELM_BIN defaults to $HELM or `helm3`/`helm` on PATH.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 OUT_DIR [URL] [HELM_BIN]" >&2; exit 2; }
OUT=$1
URL=${2:-http://127.0.0.1:8879}
HELM_BIN=${3:-${HELM:-$(command -v helm3 || command -v helm || true)}}
[ -n "$HELM_BIN" ] && [ -x "$HELM_BIN" ] || { echo "make-repo.sh: no helm binary (pass HELM_BIN)" >&2; exit 1; }
HERE=$(cd "$(dirname "$0")" && pwd)

mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/make-repo.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# helm package needs no cluster, but keep it away from the user's helm config anyway.
export HELM_CONFIG_HOME="$WORK/config" HELM_CACHE_HOME="$WORK/cache" HELM_DATA_HOME="$WORK/data"

for spec in 0.1.0:1.0.0 0.2.0:1.1.0; do
    ver=${spec%%:*} app=${spec##*:}
    rm -rf "$WORK/demo"
    cp -r "$HERE/demo-chart" "$WORK/demo"
    sed -i -e "s/^version: .*/version: $ver/" -e "s/^appVersion: .*/appVersion: \"$app\"/" \
        "$WORK/demo/Chart.yaml"
    "$HELM_BIN" package "$WORK/demo" --destination "$OUT" >/dev/null
done
"$HELM_BIN" repo index "$OUT" --url "$URL"
echo "make-repo.sh: $(ls "$OUT"/*.tgz | wc -l) chart(s) and index.yaml in $OUT for $URL"
