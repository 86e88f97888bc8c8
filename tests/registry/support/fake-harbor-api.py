#!/usr/bin/env python3
"""FAKE Harbor REST API for the tests (Python 3 standard library only). NOT Harbor.

A stand-in, because Harbor itself cannot run on the test machines: it ships only as a set of
containers (core, portal, registry, chartmuseum, database, redis, jobservice, nginx) and there is
no Docker engine here. It answers the few calls of Harbor's REST API and of its ChartMuseum chart
repository that dce-upgrade makes, with the status codes and bodies Harbor's source produces for
them (goharbor/harbor v2.7 for the chart repository, v2.x for the rest; references below). It
never uses a password for anything but comparing it, keeps it in memory only, and never logs it.

    fake-harbor-api.py --port-file FILE --log FILE --version v2.7.1
                       [--chartmuseum auto|on|off] [--allow-overwrite true|false]
                       [--tls-cert CRT --tls-key KEY] [--registry-upstream URL]

Listens on 127.0.0.1 at a free port (written to FILE once listening; https with --tls-*).
Users and projects arrive as JSON on stdin (read to EOF; never argv, so no password shows in ps):

    {"users": {"NAME": {"password": "...", "sysadmin": false,
                        "rights": ["read", "upload", "create-project"]}, ...},
     "projects": ["library", ...], "public": ["library", ...]}

MODELLED
  Authentication. HTTP Basic on every call, user names with `$` (robot$name) included. As in
    Harbor (src/server/middleware/security/basic_auth.go, robot.go), wrong credentials do not
    fail the request by themselves: the request continues as anonymous, and the handler answers
    401 {"errors":[{"code":"UNAUTHORIZED","message":"unauthorized"}]} when it needs a user.
    No WWW-Authenticate challenge on /api/ (Harbor's API sends none).
  GET /api/v2.0/systeminfo  200 {"auth_mode","harbor_version","self_registration"} for anyone;
    an authenticated caller also gets the protected fields, among them "with_chartmuseum"
    (src/controller/systeminfo/controller.go). harbor_version is "<--version>-<commit>", as
    Harbor's "%s-%s" of ReleaseVersion and GitCommit.
  HEAD /api/v2.0/projects?project_name=NAME  401 anonymous (RequireAuthenticated), else 200 when
    the project exists and 404 when it does not (v2.x handler/project.go HeadProject; the
    newest Harbor checks project read access instead, and then answers 403 for a missing
    project: not modelled).
  POST /api/v2.0/projects {"project_name","public"|"metadata":{"public":"true"}}
    401 anonymous; 403 FORBIDDEN without the "create-project" right ("Only system admin can
    create project"; for robot$ users "Only system level robot can create project"); 400
    BAD_REQUEST for a name outside Harbor's pattern [a-z0-9]+([._-][a-z0-9]+)*; 409 CONFLICT
    "The project named NAME already exists"; 201 with Location /api/v2.0/projects/ID.
  The chart repository (only when ChartMuseum is on: --chartmuseum auto = versions below 2.8,
    where goharbor/harbor 738fde7d3b "remove chartmuseum backend" is not yet in):
    GET /chartrepo/P/index.yaml  a Helm repository index (apiVersion v1, entries, generated)
      built from what was uploaded to P; an existing project without charts answers 200 with
      empty entries, as ChartMuseum does.
    GET /chartrepo/P/charts/FILE  the stored package.
    POST /api/chartrepo/P/charts  multipart/form-data with the package in the form field
      `chart` (optional `prov` ignored). A multipart body without a `chart` field is 500, as
      Harbor's core answers it before ChartMuseum sees it (src/core/api/chart_repository.go
      rewriteFileContent, mustHave). A body that is not multipart is stored as the package,
      ChartMuseum's "classic" route. The package's Chart.yaml (the tgz member DIR/Chart.yaml)
      gives name and version, so the stored file is NAME-VERSION.tgz whatever the upload's
      filename (ChartMuseum ChartPackageFilenameFromContent); no Chart.yaml or no name/version:
      400 {"error": ...}. Same name-version again: with --allow-overwrite true (Harbor's own
      setting, ALLOW_OVERWRITE=true in make/photon/prepare/templates/chartserver/env.jinja) it
      is replaced and answers 201; with false, 409 {"error":"NAME-VERSION.tgz already exists"}
      (ChartMuseum's multipart path). Success: 201 {"saved":true}.
    Access (Harbor core's RequireProjectAccess / handleProjectNotFound): missing project -> 404
      "project P not found" for a sysadmin, 403 FORBIDDEN for other users, 401 anonymous; read
      needs the "read" right or a public project; upload needs "upload". ChartMuseum's own
      errors keep their {"error": "..."} shape (src/chartserver/reverse_proxy.go).
  With ChartMuseum off, /chartrepo/... and /api/chartrepo/... answer 404 "404 page not found".
  The registry on the same host and port, as Harbor serves /v2/ beside /api/: with
    --registry-upstream http://127.0.0.1:PORT every /v2 request is passed, headers and body,
    to that real registry (the docker-registry of RegistryServer.h), and its answer passed
    back; the Host header is kept so the registry's Location URLs point here. Its own
    authentication applies (Harbor's registry trusts Harbor's tokens; here the real registry
    checks its own htpasswd or tokens), so a project missing in this fake does not stop a
    push by itself: the client is expected to ask /api/ first, as dce-upgrade does.
  Anything else: 404 {"errors":[{"code":"NOT_FOUND",...}]}.

NOT MODELLED
  Every other API (repositories, artifacts, robots, members, quotas, labels, replication,
  scanning), sessions, CSRF tokens and cookies, OIDC/LDAP, the portal, the registry itself
  (only passed through, see above), provenance files, ChartMuseum's
  storage limits and its 20 MiB upload limit, the exact body of Harbor >= 2.8 for the removed
  chart routes (not verified; Go's default text/plain 404 here), pagination, project quotas,
  and the newest Harbor's 403-instead-of-404 for projects the caller cannot see.

--log appends one JSON object per request, written before the answer is sent: time, method,
path, query, code, user ("" anonymous), auth ("none", "ok", "bad"), and for uploads
content_type, fields (the multipart field names), filename (of the `chart` part) and stored
(NAME-VERSION.tgz). Never a password or an Authorization header.
"""

import argparse
import base64
import binascii
import email.parser
import email.policy
import hashlib
import hmac
import http.client
import io
import json
import os
import re
import signal
import socket
import ssl
import sys
import tarfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

PROJECT_NAME = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$")
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
              "trailer", "transfer-encoding", "upgrade", "host", "content-length"}
FAKE_COMMIT = "fake0000"


class State:
    users = {}
    projects = {}  # name -> {"id", "public"}
    charts = {}  # project -> {"NAME-VERSION.tgz": {"name","version","digest","created","data",...}}
    version = ""
    chartmuseum = True
    allow_overwrite = True
    log_file = None
    registry_upstream = None  # urlsplit() of --registry-upstream
    tls = False
    lock = threading.Lock()
    next_id = 1


def harbor_error(code, message):
    return {"errors": [{"code": code, "message": message}]}


def version_tuple(text):
    numbers = re.findall(r"\d+", text.lstrip("v").split("-", 1)[0])
    return tuple(int(n) for n in numbers[:3])


def chart_metadata(package):
    """(name, version, chart.yaml fields) from a chart .tgz, or raise ValueError."""
    try:
        with tarfile.open(fileobj=io.BytesIO(package), mode="r:gz") as archive:
            member = next((m for m in archive.getmembers()
                           if m.isfile() and m.name.count("/") == 1
                           and m.name.endswith("/Chart.yaml")), None)
            if member is None:
                raise ValueError("chart metadata (Chart.yaml) missing")
            text = archive.extractfile(member).read().decode("utf-8")
    except (tarfile.TarError, OSError, EOFError) as e:
        raise ValueError(f"invalid chart package: {e}") from None
    fields = {}
    for line in text.splitlines():
        match = re.match(r"^([A-Za-z][A-Za-z0-9]*):\s*(.*?)\s*$", line)  # top level only
        if match:
            value = match.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            fields[match.group(1)] = value
    if not fields.get("name") or not fields.get("version"):
        raise ValueError("chart name or version missing in Chart.yaml")
    return fields["name"], fields["version"], fields


def yaml_string(value):
    return json.dumps(value)  # a JSON string is a valid YAML double-quoted scalar


def index_yaml(project):
    lines = ["apiVersion: v1"]
    stored = State.charts.get(project, {})
    by_name = {}
    for filename, chart in sorted(stored.items()):
        by_name.setdefault(chart["name"], []).append((filename, chart))
    if not by_name:
        lines.append("entries: {}")
    else:
        lines.append("entries:")
        for name in sorted(by_name):
            lines.append(f"  {yaml_string(name)}:")
            for filename, chart in by_name[name]:
                lines.append(f"  - apiVersion: {yaml_string(chart['apiVersion'])}")
                if chart.get("appVersion"):
                    lines.append(f"    appVersion: {yaml_string(chart['appVersion'])}")
                lines.append(f"    created: {yaml_string(chart['created'])}")
                lines.append(f"    digest: {yaml_string(chart['digest'])}")
                lines.append(f"    name: {yaml_string(name)}")
                lines.append("    urls:")
                lines.append(f"    - {yaml_string('charts/' + filename)}")
                lines.append(f"    version: {yaml_string(chart['version'])}")
    lines.append(f"generated: {yaml_string(time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()))}")
    lines.append("serverInfo: {}")
    return ("\n".join(lines) + "\n").encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-harbor-api/1"
    sys_version = ""

    def setup(self):
        super().setup()
        # Without it the separate header and body writes meet delayed ACKs (40 ms a request).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, fmt, *args):  # the JSON log replaces the stderr access log
        pass

    # --- helpers -------------------------------------------------------------------------

    def _credentials(self):
        """(auth state, user name sent, user record or None); bad credentials = anonymous."""
        header = self.headers.get("Authorization", "")
        if not header:
            return "none", "", None
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return "bad", "", None
        try:
            user, sep, password = base64.b64decode(encoded.strip(), validate=True) \
                .decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return "bad", "", None
        record = State.users.get(user)
        if not sep or record is None:
            return "bad", user, None
        if not hmac.compare_digest(password.encode(), record["password"].encode()):
            return "bad", user, None
        return "ok", user, record

    def _log(self, record):
        if not State.log_file:
            return
        url = urlsplit(self.path)
        entry = {"time": time.time(), "method": self.command, "path": unquote(url.path),
                 "query": url.query, "user": self.user, "auth": self.auth, **record}
        with State.lock, open(State.log_file, "a") as f:
            f.write(json.dumps(entry) + "\n")

    def _send(self, code, body=b"", content_type="application/json", headers=(), extra=None):
        self._log({"code": code, **(extra or {})})
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        if body or self.command != "HEAD":
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, code, obj, headers=(), extra=None):
        self._send(code, json.dumps(obj).encode(), "application/json; charset=utf-8", headers,
                   extra)

    def _body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():  # trailers, then the blank line
                        pass
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()  # the CRLF after each chunk
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _unauthorized(self, extra=None):
        self._json(401, harbor_error("UNAUTHORIZED", "unauthorized"), extra=extra)

    def _project_access(self, project, right, extra=None):
        """Harbor core's chart repository access check; True when the request may go on."""
        if project not in State.projects:
            if self.record and self.record.get("sysadmin"):
                self._json(404, harbor_error("NOT_FOUND", f"project {project} not found"),
                           extra=extra)
            elif self.record:
                self._json(403, harbor_error("FORBIDDEN", self.user), extra=extra)
            else:
                self._unauthorized(extra)
            return False
        if right == "read" and State.projects[project]["public"]:
            return True
        if self.record and (self.record.get("sysadmin") or right in self.record["rights"]):
            return True
        if self.record:
            self._json(403, harbor_error("FORBIDDEN", self.user), extra=extra)
        else:
            self._unauthorized(extra)
        return False

    def _no_chartmuseum(self):
        self._send(404, b"404 page not found\n", "text/plain; charset=utf-8")

    def _not_found(self):
        self._json(404, harbor_error("NOT_FOUND", f"{urlsplit(self.path).path} not found"))

    # --- dispatch ------------------------------------------------------------------------

    def _dispatch(self):
        self.auth, self.user, self.record = self._credentials()
        url = urlsplit(self.path)
        path = unquote(url.path)
        if State.registry_upstream and (path == "/v2" or path.startswith("/v2/")):
            return self._forward_to_registry()
        query = parse_qs(url.query)
        chart_index = re.fullmatch(r"/chartrepo/([^/]+)/index\.yaml", path)
        chart_file = re.fullmatch(r"/chartrepo/([^/]+)/charts/([^/]+)", path)
        chart_upload = re.fullmatch(r"/api/chartrepo/([^/]+)/charts", path)
        if path == "/api/v2.0/systeminfo" and self.command == "GET":
            return self._systeminfo()
        if path == "/api/v2.0/projects" and self.command == "HEAD":
            return self._head_project(query.get("project_name", [""])[0])
        if path == "/api/v2.0/projects" and self.command == "POST":
            return self._create_project()
        if (chart_index or chart_file or chart_upload) and not State.chartmuseum:
            return self._no_chartmuseum()
        if chart_index and self.command == "GET":
            return self._chart_index(chart_index.group(1))
        if chart_file and self.command == "GET":
            return self._chart_file(chart_file.group(1), chart_file.group(2))
        if chart_upload and self.command == "POST":
            return self._upload(chart_upload.group(1))
        self._body()
        return self._not_found()

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = _dispatch

    # --- handlers ------------------------------------------------------------------------

    def _forward_to_registry(self):
        """Pass one /v2 request to the real registry and its answer back, bodies in full."""
        self.auth = "forwarded"  # the registry checks the credentials, not this fake
        body = self._body()
        upstream = State.registry_upstream
        connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=120)
        try:
            connection.putrequest(self.command, self.path, skip_host=True,
                                  skip_accept_encoding=True)
            for name, value in self.headers.items():
                if name.lower() not in HOP_BY_HOP:
                    connection.putheader(name, value)
            connection.putheader("Host", self.headers.get("Host", ""))
            connection.putheader("X-Forwarded-Proto", "https" if State.tls else "http")
            if body or self.command in ("POST", "PUT", "PATCH"):
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            answer = connection.getresponse()
            data = answer.read()
            headers = answer.getheaders()
        except OSError as e:
            return self._json(502, harbor_error("UNKNOWN", f"registry unreachable: {e}"),
                              extra={"proxied": True})
        finally:
            connection.close()
        self._log({"code": answer.status, "proxied": True})
        self.send_response(answer.status)
        own = f"{'https' if State.tls else 'http'}://{self.headers.get('Host', '')}"
        for name, value in headers:
            if name.lower() == "location" and value.startswith(upstream.geturl()):
                value = own + value[len(upstream.geturl()):]
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        # A HEAD answer says the length of the body it leaves out (a blob's or manifest's size).
        length = dict((k.lower(), v) for k, v in headers).get("content-length", "0")
        self.send_header("Content-Length", length if self.command == "HEAD" else str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _systeminfo(self):
        info = {"auth_mode": "db_auth", "harbor_version": f"{State.version}-{FAKE_COMMIT}",
                "self_registration": False}
        if self.record:
            info.update({"has_ca_root": False, "project_creation_restriction": "adminonly",
                         "external_url": f"http://{self.headers.get('Host', '')}",
                         "registry_url": self.headers.get("Host", ""),
                         "read_only": False, "with_notary": False,
                         "with_chartmuseum": State.chartmuseum,
                         "registry_storage_provider_name": "filesystem",
                         "notification_enable": True,
                         "current_time": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())})
        self._json(200, info)

    def _head_project(self, name):
        if not self.record:
            return self._send(401, extra={"project": name})
        with State.lock:
            exists = name in State.projects
        self._send(200 if exists else 404, extra={"project": name})

    def _create_project(self):
        body = self._body()
        try:
            request = json.loads(body or b"null")
        except ValueError:
            request = None
        if not self.record:
            return self._unauthorized()
        if "create-project" not in self.record["rights"] and not self.record.get("sysadmin"):
            message = ("Only system level robot can create project" if self.user.startswith(
                "robot$") else "Only system admin can create project")
            return self._json(403, harbor_error("FORBIDDEN", message))
        if not isinstance(request, dict) or not isinstance(request.get("project_name"), str):
            return self._json(400, harbor_error("BAD_REQUEST", "invalid project request"))
        name = request["project_name"]
        public = request.get("public")
        metadata = request.get("metadata") or {}
        if public is None:
            public = metadata.get("public") == "true"
        extra = {"project": name, "public": bool(public)}
        if not PROJECT_NAME.fullmatch(name) or len(name) > 255:
            return self._json(400, harbor_error(
                "BAD_REQUEST", f"validation failure: project_name {name!r} is invalid"),
                extra=extra)
        with State.lock:
            if name in State.projects:
                conflict = True
            else:
                conflict = False
                project_id = State.next_id
                State.next_id += 1
                State.projects[name] = {"id": project_id, "public": bool(public)}
        if conflict:
            return self._json(409, harbor_error(
                "CONFLICT", f"The project named {name} already exists"), extra=extra)
        self._send(201, headers=[("Location", f"/api/v2.0/projects/{project_id}")], extra=extra)

    def _chart_index(self, project):
        if not self._project_access(project, "read"):
            return
        with State.lock:
            body = index_yaml(project)
        self._send(200, body, "application/x-yaml")

    def _chart_file(self, project, filename):
        if not self._project_access(project, "read"):
            return
        with State.lock:
            chart = State.charts.get(project, {}).get(filename)
        if chart is None:
            return self._json(404, {"error": "file not found"})
        self._send(200, chart["data"], "application/x-tar")

    def _upload(self, project):
        body = self._body()
        content_type = self.headers.get("Content-Type", "")
        extra = {"content_type": content_type.split(";")[0].strip()}
        if not self._project_access(project, "upload", extra):
            return
        package, filename = body, ""
        if "multipart/form-data" in content_type:
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
            fields = {}
            if message.is_multipart():
                for part in message.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    if name:
                        fields[name] = part
            extra["fields"] = sorted(fields)
            chart_part = fields.get("chart")
            if chart_part is None or chart_part.get_filename() is None:
                return self._json(500, harbor_error(
                    "UNKNOWN", "get file content with multipart header from key 'chart' failed "
                               "with error: http: no such file"), extra=extra)
            package = chart_part.get_payload(decode=True) or b""
            filename = chart_part.get_filename()
            extra["filename"] = filename
        try:
            name, version, fields = chart_metadata(package)
        except ValueError as e:
            return self._json(400, {"error": str(e)}, extra=extra)
        stored = f"{name}-{version}.tgz"
        extra["stored"] = stored
        with State.lock:
            repo = State.charts.setdefault(project, {})
            exists = stored in repo
            if not exists or State.allow_overwrite:
                repo[stored] = {
                    "name": name, "version": version, "data": package,
                    "apiVersion": fields.get("apiVersion", "v1"),
                    "appVersion": fields.get("appVersion", ""),
                    "digest": hashlib.sha256(package).hexdigest(),
                    "created": time.strftime("%Y-%m-%dT%H:%M:%S.000000000Z", time.gmtime())}
        if exists and not State.allow_overwrite:
            return self._json(409, {"error": f"{stored} already exists"}, extra=extra)
        self._json(201, {"saved": True}, extra=extra)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):
        # A client that hangs up or fails the TLS handshake is normal; anything else is a bug.
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError,
                                              ssl.SSLError)):
            super().handle_error(request, client_address)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--log")
    ap.add_argument("--version", required=True, help="e.g. v2.7.1 (the commit is appended)")
    ap.add_argument("--chartmuseum", choices=["auto", "on", "off"], default="auto")
    ap.add_argument("--allow-overwrite", choices=["true", "false"], default="true")
    ap.add_argument("--tls-cert")
    ap.add_argument("--tls-key")
    ap.add_argument("--registry-upstream", help="http://127.0.0.1:PORT: /v2 goes there")
    args = ap.parse_args()
    if bool(args.tls_cert) != bool(args.tls_key):
        ap.error("--tls-cert and --tls-key go together")
    if not re.fullmatch(r"v\d+\.\d+\.\d+", args.version):
        ap.error("--version must look like v2.7.1")

    config = json.loads(sys.stdin.read())
    State.users = config.get("users") or {}
    if not State.users:
        ap.error("stdin held no users")
    for record in State.users.values():
        record.setdefault("rights", [])
    public = set(config.get("public", []))
    for name in config.get("projects", []):
        State.projects[name] = {"id": State.next_id, "public": name in public}
        State.next_id += 1
    State.version = args.version
    State.chartmuseum = (args.chartmuseum == "on" or
                         (args.chartmuseum == "auto" and version_tuple(args.version) < (2, 8)))
    State.allow_overwrite = args.allow_overwrite == "true"
    State.log_file = args.log
    State.tls = bool(args.tls_cert)
    if args.registry_upstream:
        State.registry_upstream = urlsplit(args.registry_upstream.rstrip("/"))
        if State.registry_upstream.scheme != "http" or not State.registry_upstream.port:
            ap.error("--registry-upstream must be http://HOST:PORT")

    httpd = Server(("127.0.0.1", 0), Handler)
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True,
                                           do_handshake_on_connect=False)
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{httpd.server_address[1]}\n")
    os.replace(tmp, args.port_file)  # the reader never sees a half-written port

    def stop(_sig, _frame):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, stop)
    try:
        httpd.serve_forever(poll_interval=0.2)
    except (SystemExit, KeyboardInterrupt):
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
