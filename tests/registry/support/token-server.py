#!/usr/bin/env python3
"""TEST-ONLY Docker registry token server (Harbor's /service/token flow), Python 3 stdlib only.

NEVER use this outside the tests: it keeps passwords in memory in clear, has no rate limits and
signs with a throw-away key. It exists because distribution (Debian's docker-registry) ships no
token server and Debian packages none.

    token-server.py --port-file FILE --log FILE --key KEY --cert CERT
                    --issuer ISS --service SVC [--lifetime SECONDS] [--leeway SECONDS]
                    [--tls-cert CRT --tls-key KEY] [--openssl PATH]

Listens on 127.0.0.1 at a free port (written to FILE once listening), over https with
--tls-cert/--tls-key. The users arrive as JSON on stdin (read to EOF, never argv, so no password
shows in `ps`):

    {"users": {"NAME": {"password": "...", "actions": ["pull", "push", ...]}, ...}}

GET /service/token?service=SVC&scope=repository:NAME:ACTIONS[&scope=...]
  * valid HTTP Basic credentials: 200 {"token", "access_token", "expires_in", "issued_at"}, the
    access granted = for each requested repository scope, the requested actions the user has
    ("registry:catalog:*" only for a user with "*");
  * wrong user or password: 401 {"errors": [{"code": "UNAUTHORIZED", ...}]} with a Basic
    challenge, as Harbor's token service does;
  * no Authorization header: 200 and a token with an empty access list. That is Harbor's answer
    for an anonymous client and a private project (it grants pull on public projects only), so a
    client that does not send credentials fails at the registry (401 insufficient_scope), not here.

The token is a JWT signed RS256 with KEY (through `openssl dgst -sha256 -sign`: the standard
library has no RSA), whose certificate CERT travels in the `x5c` header; the registry checks it
against its `auth.token.rootcertbundle`. Claims: iss, sub, aud (= service), exp, nbf, iat, jti,
access.

--lifetime is `expires_in`. distribution 2.8 accepts a token up to 60 s after its `exp`
(registry/auth/token: Leeway, for clock skew); --leeway N writes `exp` N seconds earlier so the
registry refuses the token `lifetime` seconds after it was issued (claims are whole seconds: exp
is rounded up, so never earlier, at most a second later), which is what a test of "refresh the
token on 401" needs. nbf stays at the issue time.

--log appends one JSON object per request, before the answer is sent: time, path, code, user
("" when anonymous), auth ("none", "ok", "bad"), service, scopes (as requested), granted (the
access claim), expires_in. Passwords and tokens are never logged.
"""

import argparse
import base64
import binascii
import hmac
import json
import math
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def pem_to_der(pem: str) -> bytes:
    """The first certificate of a PEM file, as DER."""
    body = pem.split("-----BEGIN CERTIFICATE-----", 1)[1].split("-----END CERTIFICATE-----", 1)[0]
    return base64.b64decode("".join(body.split()))


class Config:
    users = {}
    key = ""
    cert_der = b""
    issuer = ""
    service = ""
    lifetime = 300
    leeway = 0
    openssl = "openssl"
    log_file = None
    log_lock = threading.Lock()


def parse_scopes(values):
    """scope parameters (repeatable, each possibly space-separated) -> [(type, name, [actions])]."""
    scopes = []
    for value in values:
        for scope in value.split():
            kind, sep, rest = scope.partition(":")
            name, sep2, actions = rest.rpartition(":")
            if not sep or not sep2 or not kind or not name:
                continue  # malformed: grant nothing for it, like Harbor
            scopes.append((kind, name, [a for a in actions.split(",") if a]))
    return scopes


def grant(user_actions, scopes):
    access = []
    for kind, name, actions in scopes:
        if kind == "repository":
            allowed = [a for a in actions if a in user_actions]
        elif kind == "registry" and name == "catalog":
            allowed = ["*"] if "*" in actions and "*" in user_actions else []
        else:
            allowed = []
        access.append({"type": kind, "name": name, "actions": allowed})
    return access


def sign_jwt(claims: dict) -> str:
    header = {"typ": "JWT", "alg": "RS256", "x5c": [base64.b64encode(Config.cert_der).decode()]}
    signing_input = (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
                     + b64url(json.dumps(claims, separators=(",", ":")).encode()))
    # PKCS#1 v1.5 over SHA-256 is exactly RS256.
    signature = subprocess.run([Config.openssl, "dgst", "-sha256", "-sign", Config.key],
                               input=signing_input.encode(), capture_output=True, check=True).stdout
    return signing_input + "." + b64url(signature)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "test-token-server/1"
    sys_version = ""

    def setup(self):
        super().setup()
        # Without it the separate header and body writes meet delayed ACKs (40 ms a request).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, fmt, *args):  # the JSON log below replaces the stderr access log
        pass

    def _credentials(self):
        """(auth state, user name sent, user record or None)."""
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
        record = Config.users.get(user)
        if not sep or record is None:
            return "bad", user, None
        if not hmac.compare_digest(password.encode(), record["password"].encode()):
            return "bad", user, None
        return "ok", user, record

    def _log(self, rec):
        if not Config.log_file:
            return
        rec = {"time": time.time(), "path": urlsplit(self.path).path, **rec}
        with Config.log_lock, open(Config.log_file, "a") as f:
            f.write(json.dumps(rec) + "\n")

    def _send_json(self, code, obj, headers=()):
        body = json.dumps(obj).encode()
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        # Every answer is logged before it is sent, so a test that has its answer can read the
        # log line at once.
        url = urlsplit(self.path)
        if url.path != "/service/token":
            self._log({"code": 404})
            return self._send_json(404, {"errors": [{"code": "NOT_FOUND", "message": "not found"}]})
        query = parse_qs(url.query)
        service = query.get("service", [""])[0]
        requested = query.get("scope", [])
        auth, user, record = self._credentials()
        base = {"user": user, "auth": auth, "service": service, "scopes": requested}
        if auth == "bad":
            self._log({**base, "code": 401, "granted": []})
            return self._send_json(401, {"errors": [{"code": "UNAUTHORIZED",
                                                     "message": "invalid user name or password"}]},
                                   [("WWW-Authenticate", 'Basic realm="test-token-server"')])
        if service != Config.service:
            # distribution would refuse the token anyway (aud mismatch); say why here.
            self._log({**base, "code": 400, "granted": []})
            return self._send_json(400, {"errors": [{"code": "UNSUPPORTED",
                                                     "message": f"unknown service {service!r}"}]})
        access = grant(record["actions"] if record else [], parse_scopes(requested))
        issued = time.time()
        now = int(issued)
        # exp rounded up: the registry never refuses the token before `expires_in` has passed
        # (but may accept it up to a second longer); nbf and iat rounded down.
        claims = {"iss": Config.issuer, "sub": user, "aud": Config.service,
                  "exp": math.ceil(issued) + Config.lifetime - Config.leeway, "nbf": now,
                  "iat": now, "jti": uuid.uuid4().hex, "access": access}
        try:
            token = sign_jwt(claims)
        except subprocess.CalledProcessError as e:
            print(f"openssl failed: {e.stderr.decode(errors='replace')}", file=sys.stderr)
            self._log({**base, "code": 500, "granted": []})
            return self._send_json(500, {"errors": [{"code": "UNKNOWN",
                                                     "message": "signing failed"}]})
        self._log({**base, "code": 200, "granted": access, "expires_in": Config.lifetime})
        self._send_json(200, {"token": token, "access_token": token,
                              "expires_in": Config.lifetime,
                              "issued_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))})


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
    ap.add_argument("--key", required=True, help="RSA private key (PEM) that signs the tokens")
    ap.add_argument("--cert", required=True, help="its certificate (PEM), sent in x5c")
    ap.add_argument("--issuer", required=True)
    ap.add_argument("--service", required=True)
    ap.add_argument("--lifetime", type=int, default=300)
    ap.add_argument("--leeway", type=int, default=0)
    ap.add_argument("--tls-cert")
    ap.add_argument("--tls-key")
    ap.add_argument("--openssl", default="openssl")
    args = ap.parse_args()
    if bool(args.tls_cert) != bool(args.tls_key):
        ap.error("--tls-cert and --tls-key go together")
    if args.lifetime <= 0 or args.leeway < 0:
        ap.error("--lifetime must be positive, --leeway not negative")

    Config.users = json.loads(sys.stdin.read())["users"]
    if not Config.users:
        ap.error("stdin held no users")
    Config.key = args.key
    with open(args.cert) as f:
        Config.cert_der = pem_to_der(f.read())
    Config.issuer, Config.service = args.issuer, args.service
    Config.lifetime, Config.leeway = args.lifetime, args.leeway
    Config.openssl, Config.log_file = args.openssl, args.log

    httpd = Server(("127.0.0.1", 0), Handler)
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        # The handshake happens in the handler thread, on the first read, not in accept().
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
