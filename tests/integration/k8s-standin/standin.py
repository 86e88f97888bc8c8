#!/usr/bin/env python3
"""In-memory Kubernetes API stand-in for running the real helm 3 / helm 4 and kubectl in tests.

Python 3.11 standard library only. Written from tests/../docs (k8s-api-standin.md): it serves
just enough of the Kubernetes API for `helm install/upgrade/rollback/status/history/list/get
values/uninstall` (with --wait, --atomic, --rollback-on-failure) and the kubectl commands the
product uses (`delete job`, `get`, `apply`, `create ns`, ...).

Usage:
    standin.py --port 0 --port-file FILE [--log FILE] [--host 127.0.0.1]
               [--tls-cert CRT --tls-key KEY]

What it models (see the report / README for the gaps):
  * discovery (/version, /api, /apis, /api/v1, /apis/apps/v1, /apis/batch/v1), legacy form;
  * the OpenAPI v3 stub advertising `fieldValidation` (so clients skip client-side validation);
  * protobuf request bodies (k8s\\0 + runtime.Unknown) for Secret, ConfigMap, Namespace;
    responses are always JSON;
  * namespaces, secrets, configmaps, services (clusterIP allocation), serviceaccounts, pods,
    events, deployments (+ deployments/scale), replicasets (synthesized from deployments),
    jobs (batch/v1);
  * create / get / list (labelSelector, fieldSelector) / replace / delete / deletecollection;
  * PATCH: strategic merge (merge keys and $patch / $setElementOrder / $retainKeys /
    $deleteFromPrimitiveList), JSON merge, JSON patch, server-side apply (apply to a missing
    object creates it; fields the same manager applied last time but not now are pruned);
  * watch, incl. sendInitialEvents + the `k8s.io/initial-events-end` BOOKMARK (helm 4 --wait);
  * Deployment / Job readiness from the annotation `standin/ready: "true"|"false"`;
  * Status objects for errors (NotFound, AlreadyExists, Conflict, Invalid, ...).

Admin endpoints (not Kubernetes):
  POST /_standin/ready?namespace=NS&name=NAME&value=true|false[&kind=Deployment|Job][&pin=true]
       sets the `standin/ready` annotation on the live object (as `kubectl annotate
       --overwrite` would) and recomputes its status; watchers see a MODIFIED event.
       NAME `*` means every object of that kind in NS. With pin=true the value also sticks:
       every later write of a matching object (helm's patches, a fresh create after an
       uninstall, a rollback) gets the annotation forced to VALUE, so a Deployment can be kept
       unready before it even exists and whatever a chart renders. A call without pin=true
       removes the pin of exactly that NAME (`*`: every pin of that kind in NS). Answers the
       object for a single existing NAME, else {"kind": "StandinReady", "objects": [...]}.
  GET  /_standin/objects[?namespace=NS&kind=KIND]   dump of the store, for assertions.

Request log (--log): one JSON object per line with the keys
  t, ms, method, path, query, ctype (request Content-Type), accept, ua, body (bytes), code
  (the same keys as shared/docs/helm-samples/*/requests.jsonl).
"""

import argparse
import base64
import bisect
import copy
import hashlib
import json
import os
import re
import select
import signal
import socket
import ssl
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

SERVER_VERSION = {
    "major": "1", "minor": "33", "gitVersion": "v1.33.0",
    "gitCommit": "60a317eadfcb839692a68eab88b2096f4d708f4f", "gitTreeState": "clean",
    "buildDate": "2025-04-23T13:07:26Z", "goVersion": "go1.24.2", "compiler": "gc",
    "platform": "linux/amd64",
}
OPENAPI_HASH = "standin1"
READY_ANNOTATION = "standin/ready"
ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]


# --------------------------------------------------------------------------------------------
# Resource table
# --------------------------------------------------------------------------------------------

class RD:
    """A resource definition: one REST collection."""

    def __init__(self, group, version, plural, kind, namespaced, short=(), categories=(),
                 verbs=ALL_VERBS, synthesized=False):
        self.group, self.version, self.plural, self.kind = group, version, plural, kind
        self.namespaced = namespaced
        self.short = list(short)
        self.categories = list(categories)
        self.verbs = list(verbs)
        self.synthesized = synthesized  # computed on read, never stored

    @property
    def api_version(self):
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def gv_path(self):
        return f"/apis/{self.group}/{self.version}" if self.group else f"/api/{self.version}"

    @property
    def gr(self):
        """group-qualified resource as used in error messages (deployments.apps)."""
        return f"{self.plural}.{self.group}" if self.group else self.plural

    @property
    def key(self):
        return f"{self.group}/{self.plural}"


RESOURCES = [
    RD("", "v1", "namespaces", "Namespace", False, ["ns"]),
    RD("", "v1", "secrets", "Secret", True),
    RD("", "v1", "configmaps", "ConfigMap", True, ["cm"]),
    RD("", "v1", "services", "Service", True, ["svc"], ["all"]),
    RD("", "v1", "serviceaccounts", "ServiceAccount", True, ["sa"]),
    RD("", "v1", "pods", "Pod", True, ["po"], ["all"]),
    RD("", "v1", "events", "Event", True, ["ev"]),
    RD("apps", "v1", "deployments", "Deployment", True, ["deploy"], ["all"]),
    RD("apps", "v1", "replicasets", "ReplicaSet", True, ["rs"], ["all"],
       verbs=["get", "list", "watch"], synthesized=True),
    RD("batch", "v1", "jobs", "Job", True, [], ["all"]),
    # Stored as given (no schema, no status, no custom resources served): enough for
    # `kubectl apply -f <chart>/crds` to be checked by what it leaves.
    RD("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition",
       False, ["crd", "crds"]),
]
SUBRESOURCES = {
    # (group, plural) -> list of (subresource name, discovery entry extras)
    ("", "namespaces"): [("status", {"kind": "Namespace", "verbs": ["get", "patch", "update"]}),
                         ("finalize", {"kind": "Namespace", "verbs": ["update"]})],
    ("", "services"): [("status", {"kind": "Service", "verbs": ["get", "patch", "update"]})],
    ("apps", "deployments"): [
        ("scale", {"group": "autoscaling", "version": "v1", "kind": "Scale",
                   "verbs": ["get", "patch", "update"]}),
        ("status", {"kind": "Deployment", "verbs": ["get", "patch", "update"]})],
    ("batch", "jobs"): [("status", {"kind": "Job", "verbs": ["get", "patch", "update"]})],
}
GROUP_VERSIONS = []  # ("", "v1"), ("apps", "v1"), ...
for _rd in RESOURCES:
    if (_rd.group, _rd.version) not in GROUP_VERSIONS:
        GROUP_VERSIONS.append((_rd.group, _rd.version))
BY_GV_PLURAL = {(r.group, r.version, r.plural): r for r in RESOURCES}
BY_KIND = {r.kind.lower(): r for r in RESOURCES}


# --------------------------------------------------------------------------------------------
# Errors as Kubernetes Status objects
# --------------------------------------------------------------------------------------------

REASONS = {400: "BadRequest", 404: "NotFound", 405: "MethodNotAllowed", 406: "NotAcceptable",
           409: "Conflict", 410: "Expired", 415: "UnsupportedMediaType", 422: "Invalid",
           500: "InternalError"}


class ApiError(Exception):
    def __init__(self, code, message, reason=None, details=None):
        super().__init__(message)
        self.code, self.message = code, message
        self.reason = reason or REASONS.get(code, "Unknown")
        self.details = details

    def status(self):
        st = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
              "message": self.message, "reason": self.reason, "code": self.code}
        if self.details is not None:
            st["details"] = self.details
        return st


def not_found(rd, name):
    d = {"name": name, "kind": rd.plural}
    if rd.group:
        d["group"] = rd.group
    return ApiError(404, f'{rd.gr} "{name}" not found', "NotFound", d)


def already_exists(rd, name):
    d = {"name": name, "kind": rd.plural}
    if rd.group:
        d["group"] = rd.group
    return ApiError(409, f'{rd.gr} "{name}" already exists', "AlreadyExists", d)


def invalid(rd, name, field, detail, value=None, kind_reason="FieldValueInvalid"):
    shown = f'Invalid value: {json.dumps(value)}: {detail}' if value is not None else detail
    qual = f"{rd.kind}.{rd.group}" if rd.group else rd.kind
    d = {"name": name, "kind": rd.kind,
         "causes": [{"reason": kind_reason, "message": shown, "field": field}]}
    if rd.group:
        d["group"] = rd.group
    return ApiError(422, f'{qual} "{name}" is invalid: {field}: {shown}', "Invalid", d)


def conflict(rd, name):
    d = {"name": name, "kind": rd.plural}
    if rd.group:
        d["group"] = rd.group
    return ApiError(409, f'Operation cannot be fulfilled on {rd.gr} "{name}": the object has '
                         f'been modified; please apply your changes to the latest version and '
                         f'try again', "Conflict", d)


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------

def now_rfc3339():
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def dumps(obj):
    return json.dumps(obj, separators=(",", ":"), sort_keys=False).encode()


def deep_equal(a, b):
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def meta(obj):
    return obj.setdefault("metadata", {})


DNS1123_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
DNS1123_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
DNS1035_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")


# --------------------------------------------------------------------------------------------
# Label and field selectors
# --------------------------------------------------------------------------------------------

def _split_top(s):
    """Split on commas that are not inside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def parse_label_selector(s):
    reqs = []
    for term in _split_top(s or ""):
        m = re.match(r"^(\S+)\s+(in|notin)\s*\((.*)\)$", term)
        if m:
            vals = {v.strip() for v in m.group(3).split(",") if v.strip()}
            reqs.append((m.group(1), m.group(2), vals))
            continue
        m = re.match(r"^([^\s!=]+)\s*(==|=|!=)\s*(\S*)$", term)
        if m:
            op = "!=" if m.group(2) == "!=" else "="
            reqs.append((m.group(1), op, {m.group(3)}))
            continue
        m = re.match(r"^(!?)\s*([^\s!=()]+)$", term)
        if m:
            reqs.append((m.group(2), "!exists" if m.group(1) else "exists", set()))
            continue
        raise ApiError(400, f"unable to parse requirement: {term!r}")
    return reqs


def labels_match(reqs, labels):
    labels = labels or {}
    for key, op, vals in reqs:
        have = key in labels
        v = labels.get(key)
        if op == "=" and not (have and v in vals):
            return False
        if op == "!=" and have and v in vals:
            return False
        if op == "in" and not (have and v in vals):
            return False
        if op == "notin" and have and v in vals:
            return False
        if op == "exists" and not have:
            return False
        if op == "!exists" and have:
            return False
    return True


def parse_field_selector(s):
    reqs = []
    for term in _split_top(s or ""):
        m = re.match(r"^([^\s!=]+)\s*(==|=|!=)\s*(.*)$", term)
        if not m:
            raise ApiError(400, f"invalid field selector: {term!r}")
        reqs.append((m.group(1), m.group(2) != "!=", m.group(3)))
    return reqs


def fields_match(reqs, obj):
    for path, equal, val in reqs:
        cur = obj
        for part in path.split("."):
            cur = cur.get(part) if isinstance(cur, dict) else None
        cur = "" if cur is None else str(cur)
        if (cur == val) != equal:
            return False
    return True


# --------------------------------------------------------------------------------------------
# Patches: JSON merge patch, JSON patch, strategic merge patch, server-side apply
# --------------------------------------------------------------------------------------------

# list field name -> merge key (strategic merge patch and SSA "map" lists)
MERGE_KEYS = {
    "containers": "name", "initContainers": "name", "ephemeralContainers": "name",
    "env": "name", "volumes": "name", "imagePullSecrets": "name", "volumeMounts": "mountPath",
    "volumeDevices": "devicePath", "hostAliases": "ip", "ownerReferences": "uid",
    "conditions": "type", "topologySpreadConstraints": "topologyKey",
    "resourceClaims": "name", "schedulingGates": "name",
}
PRIMITIVE_MERGE_LISTS = {"finalizers"}  # patchStrategy=merge on a list of strings


def merge_key(field, items):
    if field == "ports":
        for it in items:
            if isinstance(it, dict) and "containerPort" in it:
                return "containerPort"
        return "port"
    return MERGE_KEYS.get(field)


def json_merge_patch(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for k, v in patch.items():
        if v is None:
            result.pop(k, None)
        else:
            result[k] = json_merge_patch(result.get(k), v)
    return result


def _pointer(path):
    if path == "":
        return []
    if not path.startswith("/"):
        raise ApiError(422, f"invalid JSON pointer {path!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in path[1:].split("/")]


def _ptr_parent(doc, parts):
    cur = doc
    for p in parts[:-1]:
        if isinstance(cur, list):
            cur = cur[int(p)]
        elif isinstance(cur, dict) and p in cur:
            cur = cur[p]
        else:
            raise ApiError(422, f"doc is missing path: /{'/'.join(parts)}")
    return cur


def json_patch(doc, ops):
    doc = copy.deepcopy(doc)
    if not isinstance(ops, list):
        raise ApiError(400, "json patch must be a list of operations")

    def get(parts):
        cur = doc
        for p in parts:
            cur = cur[int(p)] if isinstance(cur, list) else cur[p]
        return cur

    def remove(parts):
        parent = _ptr_parent(doc, parts)
        last = parts[-1]
        if isinstance(parent, list):
            return parent.pop(int(last))
        if last not in parent:
            raise ApiError(422, f"unable to remove nonexistent key: {last}")
        return parent.pop(last)

    def add(parts, value):
        nonlocal doc
        if not parts:
            doc = value
            return
        parent = _ptr_parent(doc, parts)
        last = parts[-1]
        if isinstance(parent, list):
            if last == "-":
                parent.append(value)
            else:
                parent.insert(int(last), value)
        else:
            parent[last] = value

    for op in ops:
        kind, parts = op.get("op"), _pointer(op.get("path", ""))
        try:
            if kind == "add":
                add(parts, copy.deepcopy(op.get("value")))
            elif kind == "remove":
                remove(parts)
            elif kind == "replace":
                remove(parts)
                add(parts, copy.deepcopy(op.get("value")))
            elif kind == "move":
                add(parts, remove(_pointer(op["from"])))
            elif kind == "copy":
                add(parts, copy.deepcopy(get(_pointer(op["from"]))))
            elif kind == "test":
                if not deep_equal(get(parts), op.get("value")):
                    raise ApiError(422, f"testing value {op.get('path')} failed")
            else:
                raise ApiError(400, f"unknown json patch operation {kind!r}")
        except (KeyError, IndexError, ValueError, TypeError) as e:
            raise ApiError(422, f"json patch {kind} {op.get('path')}: {e}")
    return doc


_DELETE = object()


def smp_strip(v):
    """Remove directives and nulls from a value that is inserted as a whole."""
    if isinstance(v, dict):
        return {k: smp_strip(x) for k, x in v.items() if not k.startswith("$") and x is not None}
    if isinstance(v, list):
        return [smp_strip(x) for x in v
                if not (isinstance(x, dict) and x.get("$patch") in ("replace", "delete"))]
    return v


def _reorder(items, order, field):
    key = merge_key(field, list(items) + list(order))
    if key:
        pos = {o.get(key): i for i, o in enumerate(order) if isinstance(o, dict)}
        ident = (lambda it: it.get(key) if isinstance(it, dict) else None)
    else:
        pos = {json.dumps(o, sort_keys=True): i for i, o in enumerate(order)}
        ident = (lambda it: json.dumps(it, sort_keys=True))
    indexed = list(enumerate(items))
    indexed.sort(key=lambda p: (pos.get(ident(p[1]), len(order)), p[0]))
    return [it for _, it in indexed]


def smp_map(orig, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    directive = patch.get("$patch")
    if directive == "replace":
        return smp_strip({k: v for k, v in patch.items() if k != "$patch"})
    if directive == "delete":
        return _DELETE
    result = copy.deepcopy(orig) if isinstance(orig, dict) else {}
    retain = patch.get("$retainKeys")
    if isinstance(retain, list):
        for k in list(result):
            if k not in retain:
                del result[k]
    orders, removals = {}, {}
    for k, v in patch.items():
        if k in ("$patch", "$retainKeys"):
            continue
        if k.startswith("$setElementOrder/"):
            orders[k.split("/", 1)[1]] = v
            continue
        if k.startswith("$deleteFromPrimitiveList/"):
            removals[k.split("/", 1)[1]] = v
            continue
        if v is None:
            result.pop(k, None)
        elif isinstance(v, dict):
            r = smp_map(result.get(k), v)
            if r is _DELETE:
                result.pop(k, None)
            else:
                result[k] = r
        elif isinstance(v, list):
            result[k] = smp_list(result.get(k), v, k)
        else:
            result[k] = v
    for f, vals in removals.items():
        if isinstance(result.get(f), list):
            result[f] = [x for x in result[f] if x not in (vals or [])]
    for f, order in orders.items():
        if isinstance(result.get(f), list) and isinstance(order, list):
            result[f] = _reorder(result[f], order, f)
    return result


def smp_list(orig, patch, field):
    orig = orig if isinstance(orig, list) else []
    if any(isinstance(i, dict) and i.get("$patch") == "replace" for i in patch):
        return smp_strip(patch)
    key = merge_key(field, orig + patch)
    scalars = all(not isinstance(i, (dict, list)) for i in orig + patch)
    if scalars:
        if field in PRIMITIVE_MERGE_LISTS:
            return list(orig) + [x for x in patch if x not in orig]
        return list(patch)
    if not key:
        return smp_strip(patch)
    result = copy.deepcopy(orig)
    for item in patch:
        if not isinstance(item, dict):
            continue
        kv = item.get(key)
        idx = next((i for i, r in enumerate(result)
                    if isinstance(r, dict) and r.get(key) == kv), None)
        if item.get("$patch") == "delete":
            if idx is not None:
                del result[idx]
            continue
        if idx is None:
            result.append(smp_strip(item))
        else:
            merged = smp_map(result[idx], item)
            if merged is _DELETE:
                del result[idx]
            else:
                result[idx] = merged
    return result


def ssa_prune(live, prev, new):
    """Remove from `live` the fields that `prev` (last applied) had and `new` has not."""
    if not (isinstance(live, dict) and isinstance(prev, dict)):
        return
    new = new if isinstance(new, dict) else {}
    for k, pv in prev.items():
        if k not in live:
            continue
        if k not in new:
            del live[k]
            continue
        nv, lv = new[k], live[k]
        if isinstance(pv, dict) and isinstance(nv, dict) and isinstance(lv, dict):
            ssa_prune(lv, pv, nv)
        elif isinstance(pv, list) and isinstance(nv, list) and isinstance(lv, list):
            key = merge_key(k, pv + nv + lv)
            if not key or not all(isinstance(i, dict) for i in pv + nv):
                continue  # atomic list: replaced by the merge step
            new_items = {i.get(key): i for i in nv}
            for pitem in pv:
                kv = pitem.get(key)
                idx = next((i for i, x in enumerate(lv)
                            if isinstance(x, dict) and x.get(key) == kv), None)
                if idx is None:
                    continue
                if kv not in new_items:
                    del lv[idx]
                else:
                    ssa_prune(lv[idx], pitem, new_items[kv])


def ssa_merge(live, applied, field=None):
    if isinstance(applied, dict):
        result = copy.deepcopy(live) if isinstance(live, dict) else {}
        for k, v in applied.items():
            if v is None:
                result.pop(k, None)
            else:
                result[k] = ssa_merge(result.get(k), v, k)
        return result
    if isinstance(applied, list) and isinstance(live, list):
        key = merge_key(field, live + applied)
        if key and all(isinstance(i, dict) for i in live + applied):
            out, used = [], set()
            for item in applied:
                kv = item.get(key)
                idx = next((i for i, x in enumerate(live) if x.get(key) == kv), None)
                if idx is None:
                    out.append(copy.deepcopy(item))
                else:
                    used.add(idx)
                    out.append(ssa_merge(live[idx], item, None))
            out += [copy.deepcopy(x) for i, x in enumerate(live) if i not in used]
            return out
        if field in PRIMITIVE_MERGE_LISTS:
            return list(applied) + [x for x in live if x not in applied]
    return copy.deepcopy(applied)


# --------------------------------------------------------------------------------------------
# Protobuf request bodies (k8s\0 + runtime.Unknown envelope)
# --------------------------------------------------------------------------------------------

PB_MAGIC = b"k8s\x00"


def _varint(buf, i):
    shift = result = 0
    while True:
        if i >= len(buf):
            raise ValueError("truncated varint")
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def pb_fields(buf):
    i, n = 0, len(buf)
    while i < n:
        tag, i = _varint(buf, i)
        fnum, wt = tag >> 3, tag & 7
        if wt == 0:
            v, i = _varint(buf, i)
        elif wt == 1:
            v, i = buf[i:i + 8], i + 8
        elif wt == 2:
            ln, i = _varint(buf, i)
            v, i = bytes(buf[i:i + ln]), i + ln
            if i > n:
                raise ValueError("truncated field")
        elif wt == 5:
            v, i = buf[i:i + 4], i + 4
        else:
            raise ValueError(f"unsupported wire type {wt}")
        yield fnum, wt, v


PB_TIME = {1: ("seconds", "int"), 2: ("nanos", "int")}
PB_OWNER_REF = {1: ("kind", "string"), 3: ("name", "string"), 4: ("uid", "string"),
                5: ("apiVersion", "string"), 6: ("controller", "bool"),
                7: ("blockOwnerDeletion", "bool")}
PB_OBJECT_META = {1: ("name", "string"), 2: ("generateName", "string"),
                  3: ("namespace", "string"), 5: ("uid", "string"),
                  6: ("resourceVersion", "string"), 7: ("generation", "int"),
                  8: ("creationTimestamp", "time"), 9: ("deletionTimestamp", "time"),
                  10: ("deletionGracePeriodSeconds", "int"), 11: ("labels", "map_ss"),
                  12: ("annotations", "map_ss"), 13: ("ownerReferences", ("list", PB_OWNER_REF)),
                  14: ("finalizers", "list_string")}
PB_SCHEMAS = {
    "Secret": {1: ("metadata", PB_OBJECT_META), 2: ("data", "map_sb"), 3: ("type", "string"),
               4: ("stringData", "map_ss"), 5: ("immutable", "bool")},
    "ConfigMap": {1: ("metadata", PB_OBJECT_META), 2: ("data", "map_ss"),
                  3: ("binaryData", "map_sb"), 4: ("immutable", "bool")},
    "Namespace": {1: ("metadata", PB_OBJECT_META), 2: ("spec", {1: ("finalizers", "list_string")}),
                  3: ("status", {1: ("phase", "string")})},
}


def pb_decode(buf, schema):
    out = {}
    for fnum, _wt, v in pb_fields(buf):
        if fnum not in schema:
            continue
        name, typ = schema[fnum]
        if typ == "string":
            if v:
                out[name] = v.decode()
        elif typ == "int":
            if v >= 1 << 63:
                v -= 1 << 64
            if v:
                out[name] = v
        elif typ == "bool":
            if v:
                out[name] = True
        elif typ == "time":
            t = pb_decode(v, PB_TIME)
            if t.get("seconds"):
                out[name] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t["seconds"]))
        elif typ in ("map_ss", "map_sb"):
            entry = {f: val for f, _w, val in pb_fields(v)}
            k = entry.get(1, b"").decode()
            val = entry.get(2, b"")
            out.setdefault(name, {})[k] = (base64.b64encode(val).decode() if typ == "map_sb"
                                          else val.decode())
        elif typ == "list_string":
            out.setdefault(name, []).append(v.decode())
        elif isinstance(typ, dict):
            sub = pb_decode(v, typ)
            if sub:
                out[name] = sub
        elif isinstance(typ, tuple) and typ[0] == "list":
            out.setdefault(name, []).append(pb_decode(v, typ[1]))
    return out


def decode_protobuf_object(body):
    if not body.startswith(PB_MAGIC):
        raise ApiError(400, "protobuf body without the k8s\\0 magic")
    fields = {f: v for f, _w, v in pb_fields(body[len(PB_MAGIC):])}
    tm = {f: v.decode() for f, _w, v in pb_fields(fields.get(1, b""))}
    api_version, kind = tm.get(1, ""), tm.get(2, "")
    schema = PB_SCHEMAS.get(kind)
    if schema is None:
        raise ApiError(415, f"the stand-in cannot decode protobuf {api_version}/{kind}; "
                            f"send JSON", "UnsupportedMediaType")
    obj = {"kind": kind, "apiVersion": api_version or "v1"}
    obj.update(pb_decode(fields.get(2, b""), schema))
    return obj


# --------------------------------------------------------------------------------------------
# Defaulting and status synthesis
# --------------------------------------------------------------------------------------------

def _pull_policy(image):
    if "@" in image:
        return "IfNotPresent"
    last = image.rsplit("/", 1)[-1]
    if ":" not in last or last.rsplit(":", 1)[1] == "latest":
        return "Always"
    return "IfNotPresent"


def default_pod_spec(spec, restart_default="Always"):
    if restart_default:
        spec.setdefault("restartPolicy", restart_default)
    spec.setdefault("terminationGracePeriodSeconds", 30)
    spec.setdefault("dnsPolicy", "ClusterFirst")
    spec.setdefault("securityContext", {})
    spec.setdefault("schedulerName", "default-scheduler")
    for c in spec.get("containers", []) + spec.get("initContainers", []):
        if not isinstance(c, dict):
            continue
        c.setdefault("imagePullPolicy", _pull_policy(str(c.get("image", ""))))
        c.setdefault("terminationMessagePath", "/dev/termination-log")
        c.setdefault("terminationMessagePolicy", "File")
        c.setdefault("resources", {})
        for p in c.get("ports", []) or []:
            if isinstance(p, dict):
                p.setdefault("protocol", "TCP")


def pod_template_hash(template):
    return hashlib.sha256(json.dumps(template, sort_keys=True).encode()).hexdigest()[:10]


def is_ready(obj):
    annotations = meta(obj).get("annotations") or {}
    return str(annotations.get(READY_ANNOTATION, "true")).lower() != "false"


def deployment_status(dep, ts):
    spec = dep.get("spec", {})
    n = int(spec.get("replicas", 1))
    gen = meta(dep).get("generation", 1)
    rs_name = f"{meta(dep)['name']}-{pod_template_hash(spec.get('template', {}))}"
    old = {c.get("type"): c for c in (dep.get("status") or {}).get("conditions") or []}

    def cond(ctype, status, reason, message):
        prev = old.get(ctype)
        same = prev and prev.get("status") == status
        return {"type": ctype, "status": status,
                "lastUpdateTime": ts if not (same and prev.get("reason") == reason)
                else prev.get("lastUpdateTime", ts),
                "lastTransitionTime": prev.get("lastTransitionTime", ts) if same else ts,
                "reason": reason, "message": message}

    st = {"observedGeneration": gen}
    if is_ready(dep):
        if n:
            st.update(replicas=n, updatedReplicas=n, readyReplicas=n, availableReplicas=n)
        st["conditions"] = [
            cond("Available", "True", "MinimumReplicasAvailable",
                 "Deployment has minimum availability."),
            cond("Progressing", "True", "NewReplicaSetAvailable",
                 f'ReplicaSet "{rs_name}" has successfully progressed.')]
    else:
        if n:
            st.update(replicas=n, updatedReplicas=n, unavailableReplicas=n)
        st["conditions"] = [
            cond("Available", "False", "MinimumReplicasUnavailable",
                 "Deployment does not have minimum availability."),
            cond("Progressing", "True", "ReplicaSetUpdated",
                 f'ReplicaSet "{rs_name}" is progressing.')]
    return st


def job_status(job, ts):
    old = job.get("status") or {}
    completions = int(job.get("spec", {}).get("completions", 1) or 1)
    st = {"startTime": old.get("startTime", ts), "ready": 0, "terminating": 0,
          "uncountedTerminatedPods": {}}
    if job.get("spec", {}).get("suspend"):
        return {"ready": 0, "terminating": 0}
    if is_ready(job):
        st["succeeded"] = completions
        st["completionTime"] = old.get("completionTime", ts)
        if [c.get("type") for c in old.get("conditions") or []] == ["SuccessCriteriaMet",
                                                                    "Complete"]:
            st["conditions"] = old["conditions"]
            return st
        st["conditions"] = [
            {"type": "SuccessCriteriaMet", "status": "True", "lastProbeTime": ts,
             "lastTransitionTime": ts, "reason": "CompletionsReached",
             "message": "Reached expected number of succeeded pods"},
            {"type": "Complete", "status": "True", "lastProbeTime": ts,
             "lastTransitionTime": ts, "reason": "CompletionsReached",
             "message": "Reached expected number of succeeded pods"}]
    else:
        st["active"] = 1
    return st


# --------------------------------------------------------------------------------------------
# Store
# --------------------------------------------------------------------------------------------

class Store:
    MAX_EVENTS = 20000

    def __init__(self):
        self.lock = threading.RLock()
        self.cond = threading.Condition(self.lock)
        self.objects = {}    # (rd.key, ns, name) -> object
        self.applied = {}    # (rd.key, ns, name) -> {manager: last applied config}
        self.managers = {}   # (rd.key, ns, name) -> {(manager, operation): (apiVersion, time)}
        self.rv = 0
        self.events = []     # (rv, rd.key, ns, type, object)
        self.event_rvs = []
        self.next_ip = 10
        self.ready_pins = {}  # (rd.key, ns, name or "*") -> "true" | "false"; see /_standin/ready
        for ns in ("default", "kube-system", "kube-public", "kube-node-lease"):
            self.write(BY_KIND["namespace"], "", {"metadata": {"name": ns}}, None,
                       "kube-apiserver", "Update")

    # ---- reads

    def get(self, rd, ns, name):
        if rd.synthesized:
            for rs in self.replicasets(ns):
                if rs["metadata"]["name"] == name:
                    return rs
            raise not_found(rd, name)
        obj = self.objects.get((rd.key, ns, name))
        if obj is None:
            raise not_found(rd, name)
        return obj

    def list(self, rd, ns, label_sel="", field_sel=""):
        lreq, freq = parse_label_selector(label_sel), parse_field_selector(field_sel)
        if rd.synthesized:
            candidates = self.replicasets(ns)
        else:
            candidates = [o for (k, ons, _n), o in self.objects.items()
                          if k == rd.key and (ns is None or ons == ns)]
        out = [o for o in candidates
               if labels_match(lreq, meta(o).get("labels")) and fields_match(freq, o)]
        out.sort(key=lambda o: (meta(o).get("namespace", ""), meta(o).get("name", "")))
        return out

    def replicasets(self, ns):
        """One ReplicaSet per Deployment, owned by it, with the Deployment's template."""
        out = []
        dep_rd = BY_KIND["deployment"]
        for (k, dns, _n), dep in self.objects.items():
            if k != dep_rd.key or (ns is not None and dns != ns):
                continue
            dm, spec = dep["metadata"], dep.get("spec", {})
            template = copy.deepcopy(spec.get("template", {}))
            h = pod_template_hash(spec.get("template", {}))
            tmeta = template.setdefault("metadata", {})
            tmeta.setdefault("labels", {})["pod-template-hash"] = h
            selector = copy.deepcopy(spec.get("selector", {}))
            selector.setdefault("matchLabels", {})["pod-template-hash"] = h
            n = int(spec.get("replicas", 1))
            status = {"replicas": n, "fullyLabeledReplicas": n, "observedGeneration": 1}
            if is_ready(dep):
                status.update(readyReplicas=n, availableReplicas=n)
            if not n:
                status = {"replicas": 0, "observedGeneration": 1}
            out.append({
                "kind": "ReplicaSet", "apiVersion": "apps/v1",
                "metadata": {
                    "name": f"{dm['name']}-{h}", "namespace": dns,
                    "uid": str(uuid.uuid5(uuid.UUID(dm["uid"]), h)),
                    "resourceVersion": dm["resourceVersion"], "generation": 1,
                    "creationTimestamp": dm["creationTimestamp"],
                    "labels": dict(tmeta["labels"]),
                    "annotations": {"deployment.kubernetes.io/desired-replicas": str(n),
                                    "deployment.kubernetes.io/max-replicas": str(n + 1),
                                    "deployment.kubernetes.io/revision":
                                        str(dm.get("generation", 1))},
                    "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment",
                                         "name": dm["name"], "uid": dm["uid"],
                                         "controller": True, "blockOwnerDeletion": True}]},
                "spec": {"replicas": n, "selector": selector, "template": template},
                "status": status})
        return out

    # ---- writes (callers hold no lock; everything here is under self.lock)

    def _alloc_ip(self):
        ip = self.next_ip
        self.next_ip += 1
        return f"10.96.{ip // 256}.{ip % 256}"

    def _prepare(self, rd, ns, obj, old, ts):
        """Defaulting, validation and status synthesis. Mutates obj."""
        m = meta(obj)
        name = m.get("name", "")
        kind = rd.kind
        if kind == "Namespace":
            if not DNS1123_LABEL.match(name) or len(name) > 63:
                raise invalid(rd, name, "metadata.name", "a lowercase RFC 1123 label must "
                              "consist of lower case alphanumeric characters or '-', and must "
                              "start and end with an alphanumeric character", name)
            m.setdefault("labels", {})["kubernetes.io/metadata.name"] = name
            obj.setdefault("spec", {}).setdefault("finalizers", ["kubernetes"])
            obj["status"] = {"phase": "Active"}
        elif kind == "Service":
            if not DNS1035_LABEL.match(name) or len(name) > 63:
                raise invalid(rd, name, "metadata.name", "a DNS-1035 label must consist of "
                              "lower case alphanumeric characters or '-', start with an "
                              "alphabetic character, and end with an alphanumeric character",
                              name)
            spec = obj.setdefault("spec", {})
            spec.setdefault("type", "ClusterIP")
            spec.setdefault("sessionAffinity", "None")
            if spec["type"] != "ExternalName":
                old_ip = (old or {}).get("spec", {}).get("clusterIP")
                if not spec.get("clusterIP"):
                    spec["clusterIP"] = old_ip or self._alloc_ip()
                elif old_ip and spec["clusterIP"] != old_ip:
                    raise invalid(rd, name, "spec.clusterIPs[0]", "may not change once set",
                                  spec["clusterIP"])
                if spec["clusterIP"] != "None":
                    spec["clusterIPs"] = [spec["clusterIP"]]
                spec.setdefault("ipFamilies", ["IPv4"])
                spec.setdefault("ipFamilyPolicy", "SingleStack")
                spec.setdefault("internalTrafficPolicy", "Cluster")
            for p in spec.get("ports", []) or []:
                if isinstance(p, dict):
                    p.setdefault("protocol", "TCP")
                    if "port" in p:
                        p.setdefault("targetPort", p["port"])
            if spec["type"] in ("NodePort", "LoadBalancer"):
                for i, p in enumerate(spec.get("ports", []) or []):
                    p.setdefault("nodePort", 30000 + (hash((ns, name, i)) % 2767))
                spec.setdefault("externalTrafficPolicy", "Cluster")
            obj["status"] = {"loadBalancer": {}}
        elif kind == "Secret":
            obj.setdefault("type", "Opaque")
            sd = obj.pop("stringData", None)
            if sd:
                data = obj.setdefault("data", {})
                for k, v in sd.items():
                    data[k] = base64.b64encode(str(v).encode()).decode()
        elif kind == "Deployment":
            spec = obj.setdefault("spec", {})
            spec.setdefault("replicas", 1)
            spec.setdefault("revisionHistoryLimit", 10)
            spec.setdefault("progressDeadlineSeconds", 600)
            strat = spec.setdefault("strategy", {})
            strat.setdefault("type", "RollingUpdate")
            if strat["type"] == "RollingUpdate":
                ru = strat.setdefault("rollingUpdate", {})
                ru.setdefault("maxSurge", "25%")
                ru.setdefault("maxUnavailable", "25%")
            tmpl = spec.setdefault("template", {})
            default_pod_spec(tmpl.setdefault("spec", {}))
            sel = spec.get("selector", {}).get("matchLabels")
            if not spec.get("selector"):
                raise invalid(rd, name, "spec.selector", "Required value", None,
                              "FieldValueRequired")
            tl = tmpl.get("metadata", {}).get("labels", {}) or {}
            if sel and any(tl.get(k) != v for k, v in sel.items()):
                raise invalid(rd, name, "spec.template.metadata.labels",
                              "`selector` does not match template `labels`", tl)
            if old and not deep_equal(old.get("spec", {}).get("selector"), spec.get("selector")):
                raise invalid(rd, name, "spec.selector", "field is immutable",
                              spec.get("selector"))
        elif kind == "Job":
            spec = obj.setdefault("spec", {})
            uid = m["uid"]
            if old is None:
                spec.setdefault("selector", {"matchLabels": {
                    "batch.kubernetes.io/controller-uid": uid}})
                tl = spec.setdefault("template", {}).setdefault("metadata", {}) \
                         .setdefault("labels", {})
                tl.setdefault("batch.kubernetes.io/controller-uid", uid)
                tl.setdefault("batch.kubernetes.io/job-name", name)
                tl.setdefault("controller-uid", uid)
                tl.setdefault("job-name", name)
                ml = m.setdefault("labels", {})
                ml.setdefault("batch.kubernetes.io/controller-uid", uid)
                ml.setdefault("batch.kubernetes.io/job-name", name)
                ml.setdefault("controller-uid", uid)
                ml.setdefault("job-name", name)
            for k, v in (("parallelism", 1), ("completions", 1), ("backoffLimit", 6),
                         ("completionMode", "NonIndexed"), ("suspend", False),
                         ("manualSelector", None),
                         ("podReplacementPolicy", "TerminatingOrFailed")):
                if v is not None:
                    spec.setdefault(k, v)
            pspec = spec.setdefault("template", {}).setdefault("spec", {})
            if pspec.get("restartPolicy") not in ("Never", "OnFailure"):
                raise invalid(rd, name, "spec.template.spec.restartPolicy",
                              'Unsupported value: "%s": supported values: "OnFailure", "Never"'
                              % pspec.get("restartPolicy", "Always"), None,
                              "FieldValueNotSupported")
            default_pod_spec(pspec, restart_default=None)
            if old is not None:
                for f in ("template", "selector", "completions", "completionMode"):
                    if not deep_equal(old.get("spec", {}).get(f), spec.get(f)):
                        raise invalid(rd, name, f"spec.{f}", "field is immutable",
                                      spec.get(f))
        elif kind == "Pod":
            default_pod_spec(obj.setdefault("spec", {}))
            obj.setdefault("status", {"phase": "Pending"})

        if kind not in ("Namespace", "Service") and not (
                DNS1123_SUBDOMAIN.match(name) and len(name) <= 253):
            raise invalid(rd, name, "metadata.name", "a lowercase RFC 1123 subdomain must "
                          "consist of lower case alphanumeric characters, '-' or '.', and must "
                          "start and end with an alphanumeric character", name)

        # generation
        if kind in ("Deployment", "Job", "Pod"):
            if old is None:
                m["generation"] = 1
            else:
                gen = old["metadata"].get("generation", 1)
                changed = not deep_equal(old.get("spec"), obj.get("spec"))
                m["generation"] = gen + 1 if changed else gen
        if kind == "Deployment":
            obj["status"] = deployment_status(obj if old is None else
                                              dict(obj, status=old.get("status", {})), ts)
        elif kind == "Job":
            obj["status"] = job_status(dict(obj, status=(old or {}).get("status", {})), ts)

    def write(self, rd, ns, obj, old, manager, operation, applied=None, dry_run=False):
        """Create (old None) or replace an object. Returns (stored object, changed)."""
        with self.lock:
            ts = now_rfc3339()
            obj = copy.deepcopy(obj)
            obj["kind"], obj["apiVersion"] = rd.kind, rd.api_version
            m = meta(obj)
            for k in [k for k, v in m.items() if v is None]:
                del m[k]
            if rd.namespaced:
                m["namespace"] = ns
            else:
                m.pop("namespace", None)
            m.pop("managedFields", None)
            m.pop("selfLink", None)
            if old is None:
                if not m.get("name") and m.get("generateName"):
                    m["name"] = m["generateName"] + uuid.uuid4().hex[:5]
                if not m.get("name"):
                    raise invalid(rd, "", "metadata.name", "name or generateName is required",
                                  None, "FieldValueRequired")
                m["uid"] = str(uuid.uuid4())
                m["creationTimestamp"] = ts
            else:
                om = old["metadata"]
                m["uid"] = om["uid"]
                m["creationTimestamp"] = om["creationTimestamp"]
                m["name"] = om["name"]
            m.pop("resourceVersion", None)
            pin = self.ready_pin(rd, ns, m["name"])
            if pin is not None:
                m["annotations"] = dict(m.get("annotations") or {}, **{READY_ANNOTATION: pin})
            self._prepare(rd, ns, obj, old, ts)
            key = (rd.key, ns, m["name"])

            if old is not None:
                cmp_old = copy.deepcopy(old)
                cmp_old["metadata"].pop("resourceVersion", None)
                cmp_old["metadata"].pop("managedFields", None)
                if deep_equal(cmp_old, obj):
                    if applied is not None and not dry_run:
                        self.applied.setdefault(key, {})[manager] = copy.deepcopy(applied)
                    return old, False
            if dry_run:
                m["resourceVersion"] = str(self.rv)
                return obj, True

            mgrs = self.managers.setdefault(key, {})
            if old is None:
                mgrs.clear()
            mgrs[(manager, operation)] = (rd.api_version, ts)
            m["managedFields"] = [
                {"manager": mg, "operation": op, "apiVersion": av, "time": t,
                 "fieldsType": "FieldsV1", "fieldsV1": {}}
                for (mg, op), (av, t) in mgrs.items()]
            if applied is not None:
                self.applied.setdefault(key, {})[manager] = copy.deepcopy(applied)
            elif old is None:
                self.applied.pop(key, None)
            self.rv += 1
            m["resourceVersion"] = str(self.rv)
            self.objects[key] = obj
            self._event("ADDED" if old is None else "MODIFIED", rd, ns, obj)
            return obj, True

    def delete(self, rd, ns, name, dry_run=False):
        with self.lock:
            key = (rd.key, ns, name)
            obj = self.objects.get(key)
            if obj is None:
                raise not_found(rd, name)
            if dry_run:
                return obj
            del self.objects[key]
            self.applied.pop(key, None)
            self.managers.pop(key, None)
            self.rv += 1
            gone = copy.deepcopy(obj)
            gone["metadata"]["resourceVersion"] = str(self.rv)
            self._event("DELETED", rd, ns, gone)
            if rd.kind == "Namespace":
                for (k, ons, n) in [x for x in self.objects if x[1] == name]:
                    self.delete(next(r for r in RESOURCES if r.key == k), ons, n)
            return gone

    def _event(self, etype, rd, ns, obj):
        self.events.append((self.rv, rd.key, ns, etype, copy.deepcopy(obj)))
        self.event_rvs.append(self.rv)
        if len(self.events) > self.MAX_EVENTS:
            drop = len(self.events) - self.MAX_EVENTS
            del self.events[:drop]
            del self.event_rvs[:drop]
        self.cond.notify_all()

    def events_after(self, rv):
        i = bisect.bisect_right(self.event_rvs, rv)
        return self.events[i:]

    def oldest_event_rv(self):
        return self.event_rvs[0] if self.event_rvs else self.rv

    def ready_pin(self, rd, ns, name):
        pins = self.ready_pins
        return pins.get((rd.key, ns, name), pins.get((rd.key, ns, "*")))

    def namespace_exists(self, ns):
        return (BY_KIND["namespace"].key, "", ns) in self.objects


# --------------------------------------------------------------------------------------------
# Discovery and OpenAPI documents
# --------------------------------------------------------------------------------------------

def api_resource_list(group, version):
    resources = []
    for rd in RESOURCES:
        if (rd.group, rd.version) != (group, version):
            continue
        entry = {"name": rd.plural, "singularName": rd.kind.lower(), "namespaced": rd.namespaced,
                 "kind": rd.kind, "verbs": rd.verbs}
        if rd.short:
            entry["shortNames"] = rd.short
        if rd.categories:
            entry["categories"] = rd.categories
        resources.append(entry)
        for sub, extra in SUBRESOURCES.get((rd.group, rd.plural), []):
            e = {"name": f"{rd.plural}/{sub}", "singularName": "", "namespaced": rd.namespaced}
            e.update(extra)
            resources.append(e)
    gv = f"{group}/{version}" if group else version
    return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv,
            "resources": resources}


def api_group_list():
    groups = []
    for group, version in GROUP_VERSIONS:
        if not group:
            continue
        gv = {"groupVersion": f"{group}/{version}", "version": version}
        groups.append({"name": group, "versions": [gv], "preferredVersion": gv})
    return {"kind": "APIGroupList", "apiVersion": "v1", "groups": groups}


def openapi_index():
    paths = {}
    for group, version in GROUP_VERSIONS:
        p = f"apis/{group}/{version}" if group else f"api/{version}"
        paths[p] = {"serverRelativeURL": f"/openapi/v3/{p}?hash={OPENAPI_HASH}"}
    return {"paths": paths}


def openapi_gv_doc(group, version):
    """Per group-version doc: one PATCH operation per kind, advertising fieldValidation.

    That is all client-go's query-param verifier looks at; with it the client concludes that
    the server validates fields, and skips client-side schema validation (no schemas needed).
    """
    paths = {}
    params = [{"name": n, "in": "query", "schema": {"type": "string", "uniqueItems": True}}
              for n in ("dryRun", "fieldManager", "fieldValidation", "force")]
    for rd in RESOURCES:
        if (rd.group, rd.version) != (group, version):
            continue
        base = rd.gv_path + ("/namespaces/{namespace}" if rd.namespaced else "")
        gvk = {"group": rd.group, "version": rd.version, "kind": rd.kind}
        paths[f"{base}/{rd.plural}/{{name}}"] = {"patch": {
            "operationId": f"patch{rd.kind}", "x-kubernetes-action": "patch",
            "x-kubernetes-group-version-kind": gvk, "parameters": params,
            "responses": {"200": {"description": "OK"}}}}
    return {"openapi": "3.0.0",
            "info": {"title": "Kubernetes (stand-in)", "version": SERVER_VERSION["gitVersion"]},
            "paths": paths, "components": {"schemas": {}}}


# --------------------------------------------------------------------------------------------
# Request handling
# --------------------------------------------------------------------------------------------

class Route:
    def __init__(self, rd, ns, name, sub):
        self.rd, self.ns, self.name, self.sub = rd, ns, name, sub


def parse_route(path):
    """Map a REST path onto (resource, namespace, name, subresource) or None."""
    parts = [unquote(p) for p in path.strip("/").split("/")]
    if parts[:1] == ["api"] and len(parts) >= 3:
        group, version, rest = "", parts[1], parts[2:]
    elif parts[:1] == ["apis"] and len(parts) >= 4:
        group, version, rest = parts[1], parts[2], parts[3:]
    else:
        return None
    if (group, version) not in GROUP_VERSIONS:
        return None
    ns = None
    if rest[0] == "namespaces" and len(rest) >= 3 and (group, version, rest[2]) in BY_GV_PLURAL \
            and BY_GV_PLURAL[(group, version, rest[2])].namespaced:
        ns, rest = rest[1], rest[2:]
    rd = BY_GV_PLURAL.get((group, version, rest[0]))
    if rd is None or len(rest) > 3:
        return None
    if rd.namespaced and ns is None and len(rest) > 1:
        return None  # /api/v1/configmaps/NAME is not a thing
    return Route(rd, ns, rest[1] if len(rest) > 1 else None, rest[2] if len(rest) > 2 else None)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "standin/1"
    sys_version = ""
    store: Store = None
    log_file = None
    log_lock = threading.Lock()

    def setup(self):
        super().setup()
        # Without this, http.server's separate header and body writes meet delayed ACKs and
        # every request costs ~40 ms.
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def log_message(self, fmt, *args):  # silence the default stderr access log
        pass

    # ---- plumbing

    def _read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                line = self.rfile.readline().strip()
                size = int(line.split(b";")[0], 16)
                if size == 0:
                    while self.rfile.readline().strip():
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def _send(self, code, payload, ctype="application/json"):
        body = payload if isinstance(payload, bytes) else dumps(payload)
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache, private")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self._code = code

    def _log(self, t0, body_len):
        if not self.log_file:
            return
        u = urlsplit(self.path)
        rec = {"t": round(t0, 3), "ms": round((time.time() - t0) * 1000, 1),
               "method": self.command, "path": u.path, "query": u.query,
               "ctype": self.headers.get("Content-Type", ""),
               "accept": self.headers.get("Accept", ""),
               "ua": self.headers.get("User-Agent", ""), "body": body_len,
               "code": getattr(self, "_code", 0)}
        line = json.dumps(rec) + "\n"
        with self.log_lock:
            with open(self.log_file, "a") as f:
                f.write(line)

    def _handle(self):
        t0 = time.time()
        self._code = 0
        body = b""
        try:
            body = self._read_body()
            self._dispatch(body)
        except ApiError as e:
            self._send(e.code, e.status())
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as e:  # a bug in the stand-in: say so loudly, keep serving
            import traceback
            traceback.print_exc()
            try:
                self._send(500, ApiError(500, f"stand-in internal error: {e!r}").status())
            except OSError:
                self.close_connection = True
        finally:
            self._log(t0, len(body))

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle

    # ---- dispatch

    def _dispatch(self, body):
        u = urlsplit(self.path)
        path = u.path.rstrip("/") or "/"
        q = {k: v[-1] for k, v in parse_qs(u.query, keep_blank_values=True).items()}
        method = self.command
        if method == "HEAD":
            method = "GET"

        if path.startswith("/_standin/"):
            return self._admin(method, path, q)
        if method == "GET":
            static = self._static(path)
            if static is not None:
                return self._send(200, static)
            if path.startswith("/openapi/v3/"):
                gvp = path[len("/openapi/v3/"):].split("/")
                gv = ("", gvp[1]) if gvp[0] == "api" and len(gvp) == 2 else \
                    (gvp[1], gvp[2]) if gvp[0] == "apis" and len(gvp) == 3 else None
                if gv in GROUP_VERSIONS:
                    return self._send(200, openapi_gv_doc(*gv))
            if path in ("/healthz", "/readyz", "/livez"):
                return self._send(200, b"ok", "text/plain; charset=utf-8")

        route = parse_route(path)
        if route is None:
            raise ApiError(404, "the server could not find the requested resource", "NotFound",
                           {})
        if route.ns is not None and route.rd.namespaced is False:
            raise ApiError(404, "the server could not find the requested resource")
        dry_run = q.get("dryRun") == "All"
        manager = q.get("fieldManager") or \
            (self.headers.get("User-Agent", "unknown").split("/")[0] or "unknown")
        return self._resource(method, route, q, body, manager, dry_run)

    def _static(self, path):
        if path == "/version":
            return SERVER_VERSION
        if path == "/api":
            host = self.server.server_address
            return {"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [
                {"clientCIDR": "0.0.0.0/0", "serverAddress": f"{host[0]}:{host[1]}"}]}
        if path == "/apis":
            return api_group_list()
        if path == "/openapi/v3":
            return openapi_index()
        m = re.fullmatch(r"/apis/([^/]+)", path)
        if m:
            for g in api_group_list()["groups"]:
                if g["name"] == m.group(1):
                    return dict(g, kind="APIGroup", apiVersion="v1")
        m = re.fullmatch(r"/api/([^/]+)|/apis/([^/]+)/([^/]+)", path)
        if m:
            gv = ("", m.group(1)) if m.group(1) else (m.group(2), m.group(3))
            if gv in GROUP_VERSIONS:
                return api_resource_list(*gv)
        return None

    # ---- admin endpoints

    def _admin(self, method, path, q):
        st = self.store
        if path == "/_standin/objects" and method == "GET":
            with st.lock:
                objs = [copy.deepcopy(o) for o in st.objects.values()]
                rv = st.rv
            if q.get("namespace"):
                objs = [o for o in objs if o["metadata"].get("namespace") == q["namespace"]]
            if q.get("kind"):
                objs = [o for o in objs if o["kind"].lower() == q["kind"].lower()]
            objs.sort(key=lambda o: (o["apiVersion"], o["kind"],
                                     o["metadata"].get("namespace", ""), o["metadata"]["name"]))
            return self._send(200, {"kind": "StandinDump", "resourceVersion": str(rv),
                                    "objects": objs})
        if path == "/_standin/ready" and method == "POST":
            value = q.get("value", "").lower()
            if value not in ("true", "false"):
                raise ApiError(400, "value must be true or false")
            rd = BY_KIND.get(q.get("kind", "Deployment").lower())
            if rd is None or rd.kind not in ("Deployment", "Job"):
                raise ApiError(400, "kind must be Deployment or Job")
            ns, name = q.get("namespace", "default"), q.get("name", "")
            pin = q.get("pin", "").lower() in ("true", "1")
            with st.lock:
                if pin:
                    st.ready_pins[(rd.key, ns, name)] = value
                elif name == "*":
                    for key in [k for k in st.ready_pins if k[:2] == (rd.key, ns)]:
                        del st.ready_pins[key]
                else:
                    st.ready_pins.pop((rd.key, ns, name), None)
                if name == "*":
                    targets = st.list(rd, ns)
                elif pin and (rd.key, ns, name) not in st.objects:
                    targets = []  # pinned ahead of its creation
                else:
                    targets = [st.get(rd, ns, name)]
                written = []
                for old in targets:
                    new = copy.deepcopy(old)
                    meta(new)["annotations"] = dict(meta(new).get("annotations") or {},
                                                    **{READY_ANNOTATION: value})
                    obj, _ = st.write(rd, ns, new, old, "standin-admin", "Update")
                    written.append(obj)
            if name != "*" and len(written) == 1:
                return self._send(200, written[0])
            return self._send(200, {"kind": "StandinReady", "pinned": pin, "objects": written})
        raise ApiError(404, f"unknown stand-in admin endpoint {method} {path}")

    # ---- REST resources

    def _decode(self, body):
        ctype = self.headers.get("Content-Type", "application/json").split(";")[0].strip()
        if not body:
            return None, ctype
        if ctype == "application/vnd.kubernetes.protobuf":
            try:
                return decode_protobuf_object(body), ctype
            except ApiError:
                raise
            except Exception as e:
                raise ApiError(400, f"cannot decode protobuf body: {e}")
        try:
            return json.loads(body), ctype
        except ValueError:
            if ctype == "application/apply-patch+yaml":
                raise ApiError(415, "the stand-in only accepts JSON apply bodies (YAML is not "
                                    "parsed without PyYAML)", "UnsupportedMediaType")
            raise ApiError(400, "the request body is not valid JSON")

    def _resource(self, method, r, q, body, manager, dry_run):
        st, rd = self.store, r.rd
        if r.sub:
            return self._subresource(method, r, q, body, manager, dry_run)
        if rd.synthesized and method not in ("GET",):
            raise ApiError(405, f"the stand-in only reads {rd.plural}", "MethodNotAllowed")

        if r.name is None:  # collection
            if method == "GET":
                if q.get("watch") in ("true", "1"):
                    return self._watch(r, q)
                with st.lock:
                    items = st.list(rd, r.ns, q.get("labelSelector", ""),
                                    q.get("fieldSelector", ""))
                    items = copy.deepcopy(items)
                    rv = st.rv
                return self._send(200, {"kind": rd.kind + "List", "apiVersion": rd.api_version,
                                        "metadata": {"resourceVersion": str(rv)},
                                        "items": items})
            if method == "POST":
                obj, _ = self._decode(body)
                if not isinstance(obj, dict):
                    raise ApiError(400, "empty or non-object request body")
                if rd.kind == "Namespace":
                    ns = ""
                else:
                    ns = r.ns
                    if ns is None:
                        raise ApiError(405, "POST needs a namespace", "MethodNotAllowed")
                    body_ns = meta(obj).get("namespace")
                    if body_ns and body_ns != ns:
                        raise ApiError(400, "the namespace of the provided object does not "
                                            "match the namespace sent on the request")
                name = meta(obj).get("name", "")
                with st.lock:
                    if rd.namespaced and not st.namespace_exists(ns):
                        raise not_found(BY_KIND["namespace"], ns)
                    if name and (rd.key, ns, name) in st.objects:
                        raise already_exists(rd, name)
                    created, _ = st.write(rd, ns, obj, None, manager, "Update", dry_run=dry_run)
                return self._send(201, created)
            if method == "DELETE":
                with st.lock:
                    items = st.list(rd, r.ns, q.get("labelSelector", ""),
                                    q.get("fieldSelector", ""))
                    gone = [st.delete(rd, meta(o).get("namespace", ""), meta(o)["name"],
                                      dry_run) for o in items]
                return self._send(200, {"kind": rd.kind + "List", "apiVersion": rd.api_version,
                                        "metadata": {"resourceVersion": str(st.rv)},
                                        "items": gone})
            raise ApiError(405, f"method {method} not allowed on a collection",
                           "MethodNotAllowed")

        ns = r.ns if rd.namespaced else ""
        if method == "GET":
            with st.lock:
                return self._send(200, copy.deepcopy(st.get(rd, ns, r.name)))
        if method == "DELETE":
            with st.lock:
                gone = st.delete(rd, ns, r.name, dry_run)
            return self._send(200, gone)
        if method == "PUT":
            obj, _ = self._decode(body)
            if not isinstance(obj, dict):
                raise ApiError(400, "empty or non-object request body")
            if meta(obj).get("name", r.name) != r.name:
                raise ApiError(400, "the name of the object does not match the name on the URL")
            with st.lock:
                old = st.get(rd, ns, r.name)
                rv = meta(obj).get("resourceVersion")
                if rv and rv != old["metadata"]["resourceVersion"]:
                    raise conflict(rd, r.name)
                new = copy.deepcopy(obj)
                meta(new)["name"] = r.name
                if rd.kind in ("Deployment", "Job"):
                    new["status"] = old.get("status", {})
                obj, _ = st.write(rd, ns, new, old, manager, "Update", dry_run=dry_run)
            return self._send(200, obj)
        if method == "PATCH":
            return self._patch(r, ns, q, body, manager, dry_run)
        raise ApiError(405, f"method {method} not allowed", "MethodNotAllowed")

    def _patch(self, r, ns, q, body, manager, dry_run):
        st, rd = self.store, r.rd
        patch, ctype = self._decode(body)
        if patch is None:
            raise ApiError(400, "empty patch body")
        with st.lock:
            key = (rd.key, ns, r.name)
            old = st.objects.get(key)
            if ctype == "application/apply-patch+yaml":
                if not isinstance(patch, dict):
                    raise ApiError(400, "apply body must be an object")
                if meta(patch).get("name", r.name) != r.name:
                    raise ApiError(400, "the name of the object does not match the URL")
                if old is None:
                    if rd.namespaced and not st.namespace_exists(ns):
                        raise not_found(BY_KIND["namespace"], ns)
                    obj = copy.deepcopy(patch)
                    meta(obj)["name"] = r.name
                    created, _ = st.write(rd, ns, obj, None, manager, "Apply", applied=patch,
                                          dry_run=dry_run)
                    return self._send(201, created)
                rv = meta(patch).get("resourceVersion")
                if rv and rv != old["metadata"]["resourceVersion"]:
                    raise conflict(rd, r.name)
                live = copy.deepcopy(old)
                prev = st.applied.get(key, {}).get(manager)
                if prev is not None:
                    ssa_prune(live, prev, patch)
                applied = copy.deepcopy(patch)
                meta(applied).pop("resourceVersion", None)
                new = ssa_merge(live, applied)
                obj, _ = st.write(rd, ns, new, old, manager, "Apply", applied=patch,
                                  dry_run=dry_run)
                return self._send(200, obj)
            if old is None:
                raise not_found(rd, r.name)
            if ctype == "application/strategic-merge-patch+json":
                new = smp_map(old, patch)
            elif ctype == "application/merge-patch+json":
                new = json_merge_patch(old, patch)
            elif ctype == "application/json-patch+json":
                new = json_patch(old, patch)
            else:
                raise ApiError(415, f"the body of the request was in an unknown format - "
                                    f"accepted media types include: application/json-patch+json,"
                                    f" application/merge-patch+json, application/apply-patch+"
                                    f"yaml, application/strategic-merge-patch+json",
                               "UnsupportedMediaType")
            if not isinstance(new, dict):
                raise ApiError(422, "patch did not produce an object")
            rv = meta(new).get("resourceVersion")
            if rv and rv != old["metadata"]["resourceVersion"]:
                raise conflict(rd, r.name)
            if rd.kind in ("Deployment", "Job"):
                new["status"] = old.get("status", {})
            obj, _ = st.write(rd, ns, new, old, manager, "Update", dry_run=dry_run)
        return self._send(200, obj)

    def _subresource(self, method, r, q, body, manager, dry_run):
        st, rd = self.store, r.rd
        ns = r.ns if rd.namespaced else ""
        if r.sub == "scale" and rd.kind == "Deployment":
            with st.lock:
                dep = st.get(rd, ns, r.name)
                sel = dep.get("spec", {}).get("selector", {}).get("matchLabels", {})

                def scale_of(d):
                    return {"kind": "Scale", "apiVersion": "autoscaling/v1",
                            "metadata": {k: d["metadata"][k] for k in
                                         ("name", "namespace", "uid", "resourceVersion",
                                          "creationTimestamp")},
                            "spec": {"replicas": d["spec"].get("replicas", 1)},
                            "status": {"replicas": d.get("status", {}).get("replicas", 0),
                                       "selector": ",".join(f"{k}={v}"
                                                            for k, v in sorted(sel.items()))}}
                if method == "GET":
                    return self._send(200, scale_of(dep))
                patch, ctype = self._decode(body)
                cur = scale_of(dep)
                if method == "PUT":
                    new_scale = patch
                elif ctype == "application/json-patch+json":
                    new_scale = json_patch(cur, patch)
                elif ctype in ("application/merge-patch+json",
                               "application/strategic-merge-patch+json"):
                    new_scale = json_merge_patch(cur, patch)
                else:
                    raise ApiError(415, "unsupported patch type for scale",
                                   "UnsupportedMediaType")
                new = copy.deepcopy(dep)
                new["spec"]["replicas"] = int(new_scale.get("spec", {}).get("replicas", 0))
                updated, _ = st.write(rd, ns, new, dep, manager, "Update", dry_run=dry_run)
                return self._send(200, scale_of(updated))
        if r.sub == "status":
            if method == "GET":
                with st.lock:
                    return self._send(200, copy.deepcopy(st.get(rd, ns, r.name)))
            raise ApiError(405, "the stand-in computes status itself; status writes are not "
                                "supported", "MethodNotAllowed")
        raise ApiError(404, "the server could not find the requested resource")

    # ---- watch

    def _client_gone(self):
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            if not readable:
                return False
            if isinstance(self.connection, ssl.SSLSocket):
                return True  # a TLS client sends nothing more on a streaming response
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def _chunk(self, obj):
        data = dumps(obj) + b"\n"
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

    def _watch(self, r, q):
        st, rd = self.store, r.rd
        lreq = parse_label_selector(q.get("labelSelector", ""))
        freq = parse_field_selector(q.get("fieldSelector", ""))
        timeout = float(q.get("timeoutSeconds") or 1800)
        deadline = time.time() + min(timeout, 3600)
        send_initial = q.get("sendInitialEvents") == "true"
        bookmarks = q.get("allowWatchBookmarks") == "true"
        rv_param = q.get("resourceVersion", "")
        with st.lock:
            if send_initial or rv_param in ("", "0"):
                initial = copy.deepcopy(st.list(rd, r.ns, q.get("labelSelector", ""),
                                                q.get("fieldSelector", "")))
                last = st.rv
            else:
                try:
                    last = int(rv_param)
                except ValueError:
                    raise ApiError(400, f"invalid resourceVersion {rv_param!r}")
                if last < st.oldest_event_rv() - 1 and st.events:
                    raise ApiError(410, f"too old resource version: {last} "
                                        f"({st.oldest_event_rv()})", "Expired")
                initial = []
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache, private")
        self.end_headers()
        self._code = 200
        try:
            for obj in initial:
                self._chunk({"type": "ADDED", "object": obj})
            if send_initial and bookmarks:
                self._chunk({"type": "BOOKMARK", "object": {
                    "kind": rd.kind, "apiVersion": rd.api_version,
                    "metadata": {"resourceVersion": str(last),
                                 "annotations": {"k8s.io/initial-events-end": "true"}}}})
            while time.time() < deadline:
                with st.cond:
                    pending = st.events_after(last)
                    if not pending:
                        st.cond.wait(timeout=min(0.25, max(0.0, deadline - time.time())))
                        pending = st.events_after(last)
                for erv, key, ens, etype, obj in pending:
                    last = erv
                    if key != rd.key or (r.ns is not None and ens != r.ns):
                        continue
                    if not (labels_match(lreq, obj["metadata"].get("labels"))
                            and fields_match(freq, obj)):
                        continue
                    self._chunk({"type": etype, "object": obj})
                if self._client_gone():
                    self.close_connection = True
                    return
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False

    def handle_error(self, request, client_address):
        # A client killed between two requests on a keep-alive connection (a test SIGKILLs
        # helm during --wait) resets it while http.server waits for the next request line,
        # outside Handler._handle. That is the client's doing, not a stand-in bug: stay quiet.
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError,
                                              ConnectionAbortedError)):
            super().handle_error(request, client_address)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0, help="0 picks a free port")
    ap.add_argument("--port-file", help="write the chosen port here once listening")
    ap.add_argument("--log", help="append one JSON line per request to this file")
    ap.add_argument("--tls-cert", help="serve HTTPS with this certificate (PEM)")
    ap.add_argument("--tls-key", help="private key for --tls-cert")
    args = ap.parse_args(argv)

    Handler.store = Store()
    Handler.log_file = args.log
    if args.log:
        open(args.log, "a").close()
    httpd = Server((args.host, args.port), Handler)
    if args.tls_cert:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(args.tls_cert, args.tls_key)
        httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    port = httpd.server_address[1]
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(f"{port}\n")
        os.replace(tmp, args.port_file)

    def stop(_sig, _frame):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"standin: listening on {'https' if args.tls_cert else 'http'}://{args.host}:{port}",
          file=sys.stderr, flush=True)
    try:
        httpd.serve_forever(poll_interval=0.2)
    except SystemExit:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
