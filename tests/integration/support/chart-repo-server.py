#!/usr/bin/env python3
"""Static helm chart repository server for the integration tests (Python 3 standard library).

    chart-repo-server.py --directory DIR --port-file FILE [--log FILE]
                         [--username NAME --password-stdin]

Serves the files of DIR (index.yaml and the chart .tgz files; no directory listings) on
127.0.0.1 at a free port, which it writes to FILE once it is listening. With --username, every
request needs HTTP Basic credentials for NAME and the password read from the first line of
stdin (never from argv, so it does not show in `ps`); anything else gets 401 with a
`WWW-Authenticate: Basic` challenge, as Harbor's chart repository does.

A file NAME.serves-left beside NAME holding a number N makes the server send NAME N more times,
then answer 404: a test can let one helm command download a chart and the next one fail.

--log appends one JSON object per request: method, path, code, auth ("none", "ok" or "bad"),
and user (the user name sent, if any). The password is never logged.
"""

import argparse
import base64
import binascii
import hmac
import json
import os
import signal
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "chart-repo/1"
    sys_version = ""
    root = None
    username = None
    password = None
    log_file = None
    log_lock = threading.Lock()

    def setup(self):
        super().setup()
        # Without it the separate header and body writes meet delayed ACKs (40 ms a request).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, fmt, *args):  # the JSON log below replaces the stderr access log
        pass

    def _credentials(self):
        """(auth state, user name sent) for this request."""
        header = self.headers.get("Authorization", "")
        if not header:
            return "none", ""
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return "bad", ""
        try:
            user, sep, password = base64.b64decode(encoded.strip(), validate=True) \
                .decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return "bad", ""
        if not sep or self.username is None:
            return "bad", user
        # Compare both in constant time so a test never depends on a timing side channel.
        ok = hmac.compare_digest(user.encode(), self.username.encode()) & \
            hmac.compare_digest(password.encode(), self.password.encode())
        return ("ok" if ok else "bad"), user

    def _log(self, code, auth, user):
        if not self.log_file:
            return
        rec = {"method": self.command, "path": urlsplit(self.path).path, "code": code,
               "auth": auth, "user": user}
        with self.log_lock, open(self.log_file, "a") as f:
            f.write(json.dumps(rec) + "\n")

    def _refuse(self, code, message, headers=()):
        body = (message + "\n").encode()
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _serve(self):
        auth, user = self._credentials()
        if self.username is not None and auth != "ok":
            self._refuse(401, "unauthorized", [("WWW-Authenticate", 'Basic realm="charts"')])
            return self._log(401, auth, user)
        # Only plain files directly inside the directory: no listings, no "..".
        name = unquote(urlsplit(self.path).path).lstrip("/")
        full = os.path.join(self.root, name)
        if not name or "/" in name or name.startswith(".") or not os.path.isfile(full):
            self._refuse(404, "not found")
            return self._log(404, auth, user)
        if not self._take_one_serve(full):
            self._refuse(404, "not found (no serves left)")
            return self._log(404, auth, user)
        with open(full, "rb") as f:
            data = f.read()
        ctype = "application/x-yaml" if name.endswith(".yaml") else "application/gzip"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self._log(200, auth, user)

    serves_lock = threading.Lock()

    @classmethod
    def _take_one_serve(cls, full):
        """False when FULL.serves-left says it may not be sent again; else counts one down."""
        limit = full + ".serves-left"
        with cls.serves_lock:
            if not os.path.isfile(limit):
                return True
            with open(limit) as f:
                left = int(f.read().strip() or "0")
            if left <= 0:
                return False
            with open(limit, "w") as f:
                f.write(str(left - 1))
            return True

    do_GET = do_HEAD = _serve


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):
        # A client that hangs up (helm after a 401) is normal; anything else is a bug: print it.
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--directory", required=True)
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--log")
    ap.add_argument("--username")
    ap.add_argument("--password-stdin", action="store_true")
    args = ap.parse_args()
    if bool(args.username) != args.password_stdin:
        ap.error("--username and --password-stdin go together")

    Handler.root = os.path.abspath(args.directory)
    Handler.log_file = args.log
    if args.username:
        Handler.username = args.username
        Handler.password = sys.stdin.readline().rstrip("\n")
        if not Handler.password:
            ap.error("--password-stdin: stdin held no password")
    httpd = Server(("127.0.0.1", 0), Handler)
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
