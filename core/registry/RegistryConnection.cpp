#include "RegistryConnection.h"

#include <QNetworkProxyFactory>
#include <QSslCertificate>

namespace DceUpgrade {

QUrl RegistryConnection::baseUrl(const RegistryTarget &target)
{
    QUrl base;
    base.setScheme(target.scheme.isEmpty() ? QStringLiteral("https") : target.scheme);
    const QUrl authority = QUrl::fromUserInput(QStringLiteral("x://") + target.address);
    base.setHost(authority.host());
    base.setPort(authority.port());
    return base;
}

QSslConfiguration RegistryConnection::tls(const RegistryTarget &target)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!target.caFile.isEmpty()) {
        QList<QSslCertificate> trusted = ssl.caCertificates();
        trusted += QSslCertificate::fromPath(target.caFile);
        ssl.setCaCertificates(trusted);
    }
    if (target.insecure) {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return ssl;
}

void RegistryConnection::useProxiesFromEnvironment()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace DceUpgrade
