#include "RunContext.h"

#include <QDir>
#include <QFileInfo>

namespace DceUpgrade {

QProcessEnvironment RunContext::toolEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The kubeconfig the user works with, resolved before HOME moves.
    QString kubeconfig = plan ? plan->upgrade.kubeconfig : QString();
    if (kubeconfig.isEmpty()) {
        kubeconfig = environment.value(QStringLiteral("KUBECONFIG"));
    }
    if (kubeconfig.isEmpty()) {
        kubeconfig = QDir::homePath() + QLatin1String("/.kube/config");
    }
    environment.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (session) {
        // The same places the exported script uses ($SESSION/helm/...).
        const QString home = session->path(QStringLiteral("home"));
        const QString helm = session->path(QStringLiteral("helm"));
        QDir().mkpath(home);
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("HELM_CONFIG_HOME"), helm + QLatin1String("/config"));
        environment.insert(QStringLiteral("HELM_CACHE_HOME"), helm + QLatin1String("/cache"));
        environment.insert(QStringLiteral("HELM_DATA_HOME"), helm + QLatin1String("/data"));
        environment.insert(QStringLiteral("KUBECACHEDIR"), home + QLatin1String("/.kube/cache"));
    }
    return environment;
}

const ResolvedRelease *RunContext::release(int index) const
{
    if (index < 0 || std::size_t(index) >= planned.releases.size()) {
        return nullptr;
    }
    return &planned.releases[std::size_t(index)];
}

} // namespace DceUpgrade
