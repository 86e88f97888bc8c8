#include "HelmHome.h"

#include <QDir>

namespace DceUpgrade::Wizard {

HelmHome::HelmHome()
    : m_dir(QDir::tempPath() + QStringLiteral("/dce-upgrade-helm-XXXXXX"))
{ }

HelmHome::~HelmHome() = default;

QProcessEnvironment HelmHome::environment(const QString &kubeconfig) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString root = m_dir.path();
    environment.insert(QStringLiteral("HELM_CONFIG_HOME"), root + QLatin1String("/config"));
    environment.insert(QStringLiteral("HELM_CACHE_HOME"), root + QLatin1String("/cache"));
    environment.insert(QStringLiteral("HELM_DATA_HOME"), root + QLatin1String("/data"));
    environment.insert(QStringLiteral("KUBECACHEDIR"), root + QLatin1String("/kube-cache"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (!kubeconfig.isEmpty()) {
        environment.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    }
    return environment;
}

} // namespace DceUpgrade::Wizard
