#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace DceUpgrade {

// Parsers for what the docker CLI prints (docker 20.10 to 29; stdout is not a terminal, so
// `docker load` prints only its "Loaded image:" lines and `docker push` no progress bars).
// Facts only, never translated: the Docker steps say what a problem means to the user. Pure
// functions; they never throw.
struct DockerOutput
{
    // What went wrong, told from the error docker printed on stderr.
    enum class Problem {
        None,
        DaemonDown, // "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is
                    // the docker daemon running?", "failed to connect to the docker API at ..."
        SocketDenied, // "permission denied while trying to connect to the Docker daemon socket"
        Unauthorized, // wrong user or password: "unauthorized: ...", "... 401 Unauthorized"
        Denied, // the account may not push there: "denied: requested access to the resource is
                // denied", Harbor's "unauthorized to access repository: ..., action: push"
        NotLoggedIn, // "no basic auth credentials"
        Unreachable, // connection refused, no such host, timeouts
        UnknownAuthority, // "x509: certificate signed by unknown authority"
        HttpRegistry, // "http: server gave HTTP response to HTTPS client"
        UploadLost, // "blob upload unknown": the registry lost an upload (restart, full disk)
        ServerError, // the registry answered 5xx
        NoSuchImage, // "No such image: X", "An image does not exist locally with the tag: X"
        Other,
    };

    static Problem classify(const QByteArray &standardError);
    // The line of stderr that says what went wrong, without docker's "Error response from
    // daemon: " prefix; empty when docker printed nothing.
    static QString errorLine(const QByteArray &standardError);

    // The image names `docker load` reports ("Loaded image: X"), in order.
    static QStringList loadedImages(const QByteArray &standardOutput);
    // The manifest digest `docker push` ends with ("v0.28.1: digest: sha256:... size: 527"), or
    // empty.
    static QString pushedDigest(const QByteArray &standardOutput);

    // Whether the daemon treats `registry` (host[:port]) as an insecure registry (plain http or
    // unverified TLS allowed), from `docker info --format '{{json .RegistryConfig}}'`: listed in
    // insecure-registries by name, or an address inside one of its insecure CIDRs (127.0.0.0/8
    // always is). nullopt when it cannot be told here: a host name the daemon would resolve, or
    // output that is no RegistryConfig.
    static std::optional<bool> treatsAsInsecure(
        const QByteArray &registryConfigJson, const QString &registry);
};

} // namespace DceUpgrade
