#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace DceUpgrade::Test {

// The real nginx (Debian's nginx-light) as a reverse proxy on 127.0.0.1 at a free port in front
// of a registry, with `client_max_body_size` set: what an ingress or load balancer in front of
// Harbor does when it answers a large upload with 413 (bundle-format.md §4.2, §4.5). nginx runs
// in the foreground without a master process, every path in the object's temporary directory,
// under guardChild(). The Host header is passed on, so the registry's upload Locations name the
// proxy and every later request goes through it too.
class BodyLimitProxy
{
public:
    // `upstream` is http://127.0.0.1:PORT of the registry (plain http).
    BodyLimitProxy(const QString &upstream, const QString &maxBodySize);
    ~BodyLimitProxy();
    BodyLimitProxy(const BodyLimitProxy &) = delete;
    BodyLimitProxy &operator=(const BodyLimitProxy &) = delete;

    bool isRunning() const;
    QString url() const; // http://127.0.0.1:PORT
    QString address() const; // 127.0.0.1:PORT
    // How many requests nginx refused with 413 so far (from its access log).
    int refusedAsTooLarge() const;

private:
    QTemporaryDir m_tmp;
    QProcess m_nginx;
    quint16 m_port = 0;
};

} // namespace DceUpgrade::Test
