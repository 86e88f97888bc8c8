#include "ToolEnvironment.h"

#include <QDir>
#include <QRegularExpression>

namespace DceUpgrade {

QProcessEnvironment ToolEnvironment::allowListed(const QProcessEnvironment &user)
{
    static const char *const allowed[] = {"PATH", "TMPDIR", "LANG", "TZ", "USER", "LOGNAME",
        "http_proxy", "https_proxy", "no_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
        "NO_PROXY", "ALL_PROXY", "SSH_AUTH_SOCK", "DOCKER_HOST", "CONTAINERD_ADDRESS"};
    QStringList names;
    for (const char *name : allowed) {
        names.append(QString::fromLatin1(name));
    }
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    static const QRegularExpression configuration(
        QStringLiteral("^(HOME|KUBECONFIG|KUBECACHEDIR|DOCKER_CONFIG|XDG_.*|"
                       "HELM_(.*_HOME|.*CONFIG|.*CACHE|PLUGINS))$"));
    for (const QString &name :
        user.value(QStringLiteral("DCE_UPGRADE_TOOL_ENV")).split(separators, Qt::SkipEmptyParts)) {
        if (!configuration.match(name).hasMatch()) {
            names.append(name);
        }
    }
    QProcessEnvironment environment;
    for (const QString &name : std::as_const(names)) {
        if (user.contains(name)) {
            environment.insert(name, user.value(name));
        }
    }
    return environment;
}

QString ToolEnvironment::userKubeconfig(const QProcessEnvironment &user)
{
    const QString listed = user.value(QStringLiteral("KUBECONFIG"));
    return listed.isEmpty() ? QDir::homePath() + QLatin1String("/.kube/config") : listed;
}

QString ToolEnvironment::kubeconfigNote(
    const QString &planKubeconfig, const QProcessEnvironment &user)
{
    if (!planKubeconfig.isEmpty()) {
        return {};
    }
    const QString file = userKubeconfig(user);
    return user.value(QStringLiteral("KUBECONFIG")).isEmpty()
        ? tr("Kubeconfig: %1 (the plan names none; set upgrade.kubeconfig to choose another).")
              .arg(file)
        : tr("Kubeconfig: %1, from the KUBECONFIG variable of this shell (the plan names none; "
             "set upgrade.kubeconfig to choose another).")
              .arg(file);
}

} // namespace DceUpgrade
