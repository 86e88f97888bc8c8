#include "DockerOutput.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace DceUpgrade {

namespace {

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// "10.0.0.5:8443" -> "10.0.0.5", "[fd00::1]:5000" -> "fd00::1", "harbor" -> "harbor".
QString hostOf(const QString &registry)
{
    if (registry.startsWith(QLatin1Char('['))) {
        return registry.mid(1, registry.indexOf(QLatin1Char(']')) - 1);
    }
    return registry.count(QLatin1Char(':')) == 1 ? registry.section(QLatin1Char(':'), 0, 0)
                                                 : registry;
}

} // namespace

DockerOutput::Problem DockerOutput::classify(const QByteArray &standardError)
{
    const QString text = QString::fromUtf8(standardError);
    if (text.trimmed().isEmpty()) {
        return Problem::None;
    }
    // The daemon first: every command that needs it fails the same way without it.
    if (has(text, "permission denied while trying to connect to the docker")) {
        return Problem::SocketDenied;
    }
    if (has(text, "Cannot connect to the Docker daemon")
        || has(text, "failed to connect to the docker API")
        || has(text, "Is the docker daemon running")) {
        return Problem::DaemonDown;
    }
    if (has(text, "No such image") || has(text, "does not exist locally")) {
        return Problem::NoSuchImage;
    }
    // Rights before credentials: Harbor says "unauthorized" when the account may not push.
    if (has(text, "requested access to the resource is denied") || has(text, "insufficient_scope")
        || has(text, "action: push")
        || QRegularExpression(
            QStringLiteral("(^|\\s)denied:"), QRegularExpression::CaseInsensitiveOption)
               .match(text)
               .hasMatch()) {
        return Problem::Denied;
    }
    if (has(text, "no basic auth credentials")) {
        return Problem::NotLoggedIn;
    }
    if (has(text, "x509:") || has(text, "failed to verify certificate")
        || has(text, "certificate signed by unknown authority")) {
        return Problem::UnknownAuthority;
    }
    if (has(text, "server gave HTTP response to HTTPS client")) {
        return Problem::HttpRegistry;
    }
    if (has(text, "unauthorized") || has(text, "401 Unauthorized")
        || has(text, "authentication required") || has(text, "incorrect username or password")) {
        return Problem::Unauthorized;
    }
    if (has(text, "connection refused") || has(text, "no such host") || has(text, "i/o timeout")
        || has(text, "no route to host") || has(text, "network is unreachable")
        || has(text, "TLS handshake timeout")) {
        return Problem::Unreachable;
    }
    if (has(text, "blob upload unknown")) {
        return Problem::UploadLost;
    }
    if (QRegularExpression(QStringLiteral("unexpected HTTP status: 5\\d\\d|\\b5\\d\\d Internal|"
                                          "unknown: unknown error|no space left on device"),
            QRegularExpression::CaseInsensitiveOption)
            .match(text)
            .hasMatch()) {
        return Problem::ServerError;
    }
    return Problem::Other;
}

QString DockerOutput::errorLine(const QByteArray &standardError)
{
    const QStringList lines = QString::fromUtf8(standardError).split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        QString line = it->trimmed();
        // docker login's advice about credential helpers is no error.
        if (line.isEmpty() || line.startsWith(QLatin1String("WARNING!"))
            || line.startsWith(QLatin1String("Configure a credential helper"))
            || line.startsWith(QLatin1String("https://docs.docker.com"))) {
            continue;
        }
        static const QLatin1String fromDaemon("Error response from daemon: ");
        if (line.startsWith(fromDaemon)) {
            line.remove(0, fromDaemon.size());
        }
        return line;
    }
    return {};
}

QStringList DockerOutput::loadedImages(const QByteArray &standardOutput)
{
    static const QLatin1String prefix("Loaded image: ");
    QStringList names;
    for (const QString &raw : QString::fromUtf8(standardOutput).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(prefix)) {
            names.append(line.mid(prefix.size()).trimmed());
        }
    }
    return names;
}

QString DockerOutput::pushedDigest(const QByteArray &standardOutput)
{
    static const QRegularExpression trailer(
        QStringLiteral("^\\S+: digest: (sha256:[0-9a-f]{64}) size: \\d+\\s*$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = trailer.match(QString::fromUtf8(standardOutput));
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<bool> DockerOutput::treatsAsInsecure(
    const QByteArray &registryConfigJson, const QString &registry)
{
    const QJsonDocument document = QJsonDocument::fromJson(registryConfigJson);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject config = document.object();
    // moby's isSecureIndex: a registry named in insecure-registries (or a mirror) is listed here.
    const QJsonObject index
        = config.value(QLatin1String("IndexConfigs")).toObject().value(registry).toObject();
    if (index.contains(QLatin1String("Secure"))) {
        return !index.value(QLatin1String("Secure")).toBool(true);
    }
    QString host = hostOf(registry);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        host = QStringLiteral("127.0.0.1");
    }
    const QHostAddress address(host);
    if (address.isNull()) {
        return std::nullopt; // the daemon resolves a name; this program does not guess
    }
    for (const QJsonValue &cidr : config.value(QLatin1String("InsecureRegistryCIDRs")).toArray()) {
        const auto subnet = QHostAddress::parseSubnet(cidr.toString());
        if (!subnet.first.isNull() && address.isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}

} // namespace DceUpgrade
