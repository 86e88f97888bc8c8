#pragma once

#include "ChildProcess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

namespace DceUpgrade::Test {

// How the registry authenticates and whether it speaks TLS.
enum class RegistryMode {
    PlainHtpasswd, // http, HTTP Basic against an htpasswd file
    TlsHtpasswd, // https with a throw-away CA, HTTP Basic against an htpasswd file
    TlsToken, // https, Bearer tokens from tests/registry/support/token-server.py (Harbor's flow)
    Anonymous, // http, no authentication at all
};

// "PlainHtpasswd", ... (test names, messages).
std::string registryModeName(RegistryMode mode);

struct RegistryOptions
{
    // TlsToken: the `expires_in` of every token, and how long the registry accepts it (the
    // token server cancels distribution's 60 s clock-skew leeway, see token-server.py). A few
    // seconds make "refresh the token on 401" testable.
    int tokenLifetimeSeconds = 300;
};

// The real Debian `docker-registry` (distribution 2.8) on 127.0.0.1 at a free port, for one
// test. The object owns a temporary directory (DCE_TEST_KEEP_TMP=1 keeps it) with the data
// directory, config.yml, htpasswd, the certificates, the token server's key and log, and an
// isolated HOME/XDG/containers configuration for the skopeo commands it runs.
//
// Users (the same in every authenticated mode; Anonymous ignores them):
//
//   admin            Harbor12345                pull, push, delete, catalog
//   robot$skoala-ci  robotPassword()            pull, push ($, both quotes and a space in it)
//   reader           Reader123                  pull only
//
// In the htpasswd modes distribution only checks the password: every valid user may push and
// pull everything, so "pull only" (reader) is enforced only in TlsToken mode, where the token
// server grants per user.
//
// What the registry answers (observed with 2.8.2; RegistryServerTest.cpp checks each line):
//
//   no credentials       401 UNAUTHORIZED with, in the htpasswd modes,
//                          WWW-Authenticate: Basic realm="test-registry"
//                        and in TlsToken mode (plus `,scope="repository:NAME:ACTIONS"` on
//                        repository calls)
//                          WWW-Authenticate: Bearer realm="<tokenRealm()>",service="test-registry"
//                        Anonymous: 200 on /v2/.
//   wrong password       401, the same Basic challenge (htpasswd modes); in TlsToken mode the
//                        token server answers 401 and the client never reaches the registry.
//   no push right        TlsToken only: 401 (never 403) with `error="insufficient_scope"` in the
//                        Bearer challenge. distribution has no 403 DENIED for rights or quotas:
//                        Harbor's "quota exceeded" 403 cannot be produced with it.
//   expired token        401 with `error="invalid_token"`.
//   Basic in token mode  401: distribution accepts only Bearer then (Harbor also accepts Basic).
//   setReadOnly(true)    405 Method Not Allowed, `Allow: GET, HEAD`, text/plain body
//                        "Method not allowed" (not the JSON UNSUPPORTED error) for POST/PATCH/
//                        PUT/DELETE; reads still work.
//   setFileSizeLimit(n)  a write that makes a file larger than n bytes: 500 UNKNOWN, detail
//                        "write .../data: file too large"; the registry keeps running. (A full
//                        disk should take the same path with "no space left on device": not
//                        verified.) A read-only data directory would be no test: the suite may
//                        run as root, which ignores file permissions.
//   stop()               connection refused. An upload URL from before stop() still works after
//                        start() (fixed http.secret, upload state on disk).
//
// Also seen: over TLS the registry negotiates HTTP/2; the spec's single-request upload (POST
// .../uploads/?digest= with the body) is not implemented (202 and a Location, the body is
// dropped); upload Locations are absolute URLs.
//
// Every process (registry, token server, openssl, htpasswd, skopeo) runs under guardChild()
// (ChildProcess.h): none outlives the test. No password is ever in any argv: htpasswd reads it
// from stdin, the token server gets its users as JSON on stdin, skopeo reads a 0600 auth.json.
//
// A missing tool fails the test (ADD_FAILURE) naming the Debian package to install.
class RegistryServer
{
public:
    explicit RegistryServer(RegistryMode mode, const RegistryOptions &options = {});
    ~RegistryServer();
    RegistryServer(const RegistryServer &) = delete;
    RegistryServer &operator=(const RegistryServer &) = delete;

    static QString adminUser(); // admin
    static QString adminPassword(); // Harbor12345
    static QString robotUser(); // robot$skoala-ci
    static QString robotPassword(); // Sk0ala$CI pa"ss'word
    static QString readerUser(); // reader
    static QString readerPassword(); // Reader123
    static QStringList users(); // the three above
    static QString passwordOf(const QString &user); // empty for an unknown user

    RegistryMode mode() const { return m_mode; }
    bool isTls() const;
    bool isTokenAuth() const { return m_mode == RegistryMode::TlsToken; }
    bool hasAuth() const { return m_mode != RegistryMode::Anonymous; }

    // True while the registry process is up and listening.
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString url() const; // http(s)://127.0.0.1:PORT, no trailing slash
    QString address() const; // 127.0.0.1:PORT (image references, auth.json keys)
    QString dir() const { return m_dir; } // the temporary directory
    QString dataDir() const; // the registry's storage root
    QString configFile() const; // config.yml as the registry runs it
    QString caFile() const; // TLS modes: the CA's PEM certificate; empty otherwise
    QString certDir() const; // TLS modes: a directory with only ca.crt; empty otherwise
    QString registryLog() const; // the registry's output (warnings, errors, access log), across
                                 // restarts
    // Every request the registry answered, in order, across restarts: "PATCH
    // /v2/skoala/hive/blobs/uploads/UUID 202" (the query left out).
    QStringList requests() const;
    // What the registry stores, upload sessions left out: path under docker/registry/v2 ->
    // sha256 of the file (blob data, and the link files that make layers, manifests and tags).
    // Two registries given the same pushes store the same map.
    QMap<QString, QByteArray> storedContent() const;

    // TlsToken: the token endpoint https://127.0.0.1:TPORT/service/token; empty otherwise.
    QString tokenRealm() const;
    static QString service(); // "test-registry": the token `aud`, the htpasswd realm
    static QString issuer(); // "dce-upgrade-test-token-server": the token `iss`
    // TlsToken: one object per token request: time, path, code, user ("" if anonymous), auth
    // ("none", "ok", "bad"), service, scopes (as requested), granted ([{type, name, actions}]),
    // expires_in. Never a password or a token.
    QJsonArray tokenLog() const;
    // The pids of the registry and (TlsToken) the token server, for checks on /proc.
    QList<qint64> processIds() const;

    // SIGKILLs the registry (as a crash would: no draining). The token server keeps running.
    bool stop();
    // TlsToken: SIGKILLs the token server; the registry keeps running and keeps sending clients
    // to tokenRealm(), where the connection is now refused. True when it is down.
    bool stopTokenServer();
    // Starts the registry again on the same port and data directory. Fails the test when it
    // cannot; true when it listens.
    bool start();
    // Restarts the registry with `storage.maintenance.readonly` on or off.
    bool setReadOnly(bool readOnly);
    // Restarts the registry under RLIMIT_FSIZE = bytes (through `prlimit`); 0 lifts it. Any
    // file the registry would grow past it fails with EFBIG: a stand-in for a full disk or an
    // exhausted volume quota (Go ignores SIGXFSZ, so the registry survives).
    bool setFileSizeLimit(qint64 bytes);

    // A 0600 containers auth.json for `user` with `password` (its own password when empty);
    // an empty `user` gives `{"auths": {}}` (anonymous). Returns the path.
    QString authFile(const QString &user = adminUser(), const QString &password = {}) const;

    // skopeo ARGS with this registry's settings inserted after the subcommand: --authfile for
    // `user` (as authFile()), and --tls-verify / --cert-dir (for copy and sync: --src-* or
    // --dest-*, for the side whose docker:// reference names address()). A trust policy that
    // accepts anything and an empty registries.conf are passed too, so the machine's
    // /etc/containers and ~/.docker never matter. Fails the test when skopeo is missing.
    ProcessResult skopeo(const QStringList &args, const QByteArray &input = {},
        const QString &user = adminUser(), const QString &password = {},
        int timeoutMs = 60000) const;
    // The environment skopeo runs with (HOME, XDG_*, DOCKER_CONFIG, TMPDIR in dir()).
    QProcessEnvironment toolEnvironment() const;

    // Writes an OCI image layout at `layoutDir` with one image tagged `tag`: an OCI config and
    // one uncompressed tar layer holding the file `hello.txt` = `content`. Returns the manifest
    // digest ("sha256:..."), or an empty string after failing the test. For `skopeo copy
    // oci:DIR:TAG docker://...`; no network, no daemon.
    static QString writeOciImage(
        const QString &layoutDir, const QString &tag, const QByteArray &content);

private:
    bool prepare();
    bool makeCertificates();
    bool writeHtpasswd();
    bool startTokenServer();
    bool writeConfig();
    bool startRegistry(bool mayChangePort);
    bool restart();
    QString tool(const QString &name, const QString &package) const;
    ProcessResult runTool(const QString &program, const QStringList &args,
        const QByteArray &input = {}, int timeoutMs = 60000) const;

    RegistryMode m_mode;
    RegistryOptions m_options;
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_registryBinary;
    QString m_prlimitBinary;
    QProcess m_registry;
    QProcess m_tokenServer;
    quint16 m_port = 0;
    quint16 m_tokenPort = 0;
    bool m_readOnly = false;
    qint64 m_fileSizeLimit = 0;
};

} // namespace DceUpgrade::Test
