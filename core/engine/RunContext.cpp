#include "RunContext.h"

#include "ToolEnvironment.h"

#include <QDir>
#include <QFileInfo>

namespace DceUpgrade {

QProcessEnvironment RunContext::toolEnvironment() const
{
    // Only what ToolEnvironment allows of the user's shell; everything that says where a tool
    // keeps its configuration is set here, from the plan and the session.
    const QProcessEnvironment user = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment environment = ToolEnvironment::allowListed(user);
    const QString fromPlan = plan ? plan->upgrade.kubeconfig : QString();
    environment.insert(QStringLiteral("KUBECONFIG"),
        fromPlan.isEmpty() ? ToolEnvironment::userKubeconfig(user) : fromPlan);
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
    } else {
        environment.insert(QStringLiteral("HOME"), QDir::homePath());
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
