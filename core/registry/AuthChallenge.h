#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace DceUpgrade {

// One `WWW-Authenticate` challenge of a registry (RFC 7235): `Basic realm="harbor"` or
// `Bearer
// realm="https://h/service/token",service="harbor-registry",scope="repository:p/r:pull,push"`.
// Parameter values may be quoted and hold commas (a scope lists actions), so the header is read
// as a small grammar, not split on commas.
struct AuthChallenge
{
    enum class Scheme { Basic, Bearer };

    Scheme scheme = Scheme::Basic;
    QMap<QString, QString> parameters; // names lower-cased

    QString realm() const { return parameters.value(QStringLiteral("realm")); }
    QString service() const { return parameters.value(QStringLiteral("service")); }
    QString scope() const { return parameters.value(QStringLiteral("scope")); }

    // The first Basic or Bearer challenge of the header; nullopt for anything else.
    static std::optional<AuthChallenge> parse(const QByteArray &header);
};

} // namespace DceUpgrade
