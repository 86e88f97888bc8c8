#!/usr/bin/env bash
# Seed corpora for the libFuzzer targets, from the fixture generator (every small kind, the
# malformed ones included):
#   DIR/fuzz_bundle_reader/  every bundle and package tar of `mkbundle.py all`
#   DIR/fuzz_image_archive/  the images.tar inside each of them (at any nesting depth), as far as
#                            the file holds it (the truncated kind gives a truncated images.tar)
# Usage: tests/fuzz/make-corpus.sh DIR
set -euo pipefail

if (($# != 1)) || [[ $1 == -* ]]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
out=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkbundle="$here/../fixtures/mkbundle.py"
python=/usr/bin/python3
[[ -x $python ]] || python=python3

fixtures=$(mktemp -d "${TMPDIR:-/tmp}/dce-fuzz-fixtures.XXXXXX")
trap 'rm -rf "$fixtures"' EXIT
"$python" "$mkbundle" all "$fixtures" >/dev/null

mkdir -p "$out/fuzz_bundle_reader" "$out/fuzz_image_archive"
"$python" - "$fixtures" "$out" <<'PY'
import glob, hashlib, io, os, sys, tarfile

fixtures, out = sys.argv[1], sys.argv[2]

seen = set()

def save(target, name, data):
    """Named by kind and content: reruns are idempotent and identical seeds are kept once."""
    digest = hashlib.sha1(data).hexdigest()[:12]
    if (target, digest) in seen:
        return False
    seen.add((target, digest))
    if not any(f.endswith("-" + digest) for f in os.listdir(os.path.join(out, target))):
        with open(os.path.join(out, target, f"{name}-{digest}"), "wb") as f:
            f.write(data)
    return True

def images_tars(data, depth=0):
    """Every images.tar inside `data` (a tar), recursing into nested *.tar members."""
    if depth > 3:
        return
    members = []
    try:
        archive = tarfile.open(fileobj=io.BytesIO(data), mode="r:")
        while (member := archive.next()) is not None:  # keeps the members before a cut
            members.append(member)
    except (tarfile.TarError, EOFError):
        pass
    for m in members:
        if not m.isfile() or not m.name.endswith(".tar"):
            continue
        inner = data[m.offset_data : m.offset_data + m.size]  # clipped if the file is cut short
        if os.path.basename(m.name) == "images.tar":
            yield inner
        else:
            yield from images_tars(inner, depth + 1)

bundles = images = 0
for path in sorted(glob.glob(os.path.join(fixtures, "*.tar"))):
    kind = os.path.basename(path)[: -len(".tar")]
    data = open(path, "rb").read()
    bundles += save("fuzz_bundle_reader", kind, data)
    for i, inner in enumerate(images_tars(data)):
        images += save("fuzz_image_archive", f"{kind}-images{i}", inner)
print(f"make-corpus: {bundles} bundle seeds, {images} images.tar seeds in {out}")
PY
