#include "HelmCommands.h"

#include "model/UpgradePlan.h"

#include "util/Error.h"

namespace DceUpgrade {

QString HelmCommands::defaultProgram()
{
    const QString chosen = qEnvironmentVariable("DCE_UPGRADE_HELM");
    return chosen.isEmpty() ? QStringLiteral("helm") : chosen;
}

HelmCommands::HelmCommands(HelmVersion version, QString program)
    : m_version(version)
    , m_program(std::move(program))
{ }

CommandLine HelmCommands::helm(const QStringList &arguments) const
{
    // Output of these commands is parsed: keep it in English whatever the user's locale.
    return CommandLine(m_program, arguments).env(QStringLiteral("LC_ALL"), QStringLiteral("C"));
}

void HelmCommands::addKube(CommandLine &command, const KubeAccess &kube)
{
    command.option(QStringLiteral("--kubeconfig"), kube.kubeconfig);
    command.option(QStringLiteral("--kube-context"), kube.context);
}

CommandLine HelmCommands::versionQuery() const
{
    return helm(
        {QStringLiteral("version"), QStringLiteral("--template"), QStringLiteral("{{.Version}}")});
}

CommandLine HelmCommands::repoList() const
{
    return helm({QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("-o"),
        QStringLiteral("json")});
}

CommandLine HelmCommands::repoAdd(const QString &alias, const QString &url, const QString &username,
    const QString &caFile, bool insecure) const
{
    CommandLine command = helm({QStringLiteral("repo"), QStringLiteral("add"), alias, url});
    // --force-update: an alias left over from an earlier upgrade may point elsewhere; replacing
    // it is what the user wants, and helm otherwise refuses with "already exists".
    command.arg(QStringLiteral("--force-update"));
    if (!username.isEmpty()) {
        if (!m_version.hasPasswordStdin()) {
            throw Error(QStringLiteral("helm.too-old"),
                tr("helm %1 cannot read a repository password from standard input "
                   "(that needs helm 3.7 or later), and a password on the command line "
                   "would be visible to every user of this machine.")
                    .arg(m_version.toString()),
                tr("Install helm 3.7 or later, or allow anonymous pulls from the chart "
                   "repository."));
        }
        command.option(QStringLiteral("--username"), username);
        command.arg(QStringLiteral("--password-stdin"));
        command.stdinSecret(RegistryPasswordId);
    }
    command.option(QStringLiteral("--ca-file"), caFile);
    if (insecure) {
        command.arg(QStringLiteral("--insecure-skip-tls-verify"));
    }
    return command;
}

CommandLine HelmCommands::repoUpdate(const QString &alias) const
{
    // Before 3.7 `repo update` takes no argument at all ("accepts no arguments"); the DCE page's
    // fallback "helm update repo" is not a helm command.
    if (m_version.canUpdateOneRepo()) {
        return helm({QStringLiteral("repo"), QStringLiteral("update"), alias});
    }
    return helm({QStringLiteral("repo"), QStringLiteral("update")});
}

CommandLine HelmCommands::searchVersions(
    const QString &alias, const QString &chart, bool devel) const
{
    // A substring search: "skoala" also lists skoala-init. The engine keeps only entries whose
    // name is exactly alias/chart.
    CommandLine command
        = helm({QStringLiteral("search"), QStringLiteral("repo"), alias + QLatin1Char('/') + chart,
            QStringLiteral("--versions"), QStringLiteral("-o"), QStringLiteral("json")});
    if (devel) {
        command.arg(QStringLiteral("--devel"));
    }
    return command;
}

CommandLine HelmCommands::status(
    const QString &release, const QString &ns, const KubeAccess &kube) const
{
    CommandLine command = helm({QStringLiteral("status"), release, QStringLiteral("-n"), ns,
        QStringLiteral("-o"), QStringLiteral("json")});
    addKube(command, kube);
    return command;
}

CommandLine HelmCommands::history(
    const QString &release, const QString &ns, const KubeAccess &kube) const
{
    CommandLine command = helm({QStringLiteral("history"), release, QStringLiteral("-n"), ns,
        QStringLiteral("-o"), QStringLiteral("json")});
    addKube(command, kube);
    return command;
}

CommandLine HelmCommands::getValues(const QString &release, const QString &ns,
    const KubeAccess &kube, const QString &backupFile) const
{
    // -o yaml prints only the user-supplied values (or "null"); the table form would add a
    // "USER-SUPPLIED VALUES:" header that is not YAML.
    CommandLine command = helm({QStringLiteral("get"), QStringLiteral("values"), release,
        QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("yaml")});
    addKube(command, kube);
    command.stdoutToFile(backupFile);
    return command;
}

CommandLine HelmCommands::upgrade(const HelmUpgradeOptions &o) const
{
    CommandLine command = helm(
        {QStringLiteral("upgrade"), o.release, o.chart, QStringLiteral("-n"), o.namespaceName});
    command.option(QStringLiteral("-f"), o.valuesFile);
    for (const QString &set : o.setStrings) {
        command.option(QStringLiteral("--set-string"), set);
    }
    command.option(QStringLiteral("--version"), o.version);
    if (o.atomic) {
        command.arg(m_version.atomicFlag());
    }
    if (o.wait) {
        command.arg(QStringLiteral("--wait"));
    }
    command.option(QStringLiteral("--timeout"), o.timeout);
    addKube(command, o.kube);
    return command;
}

CommandLine HelmCommands::renderTemplate(const HelmUpgradeOptions &o) const
{
    CommandLine command = helm(
        {QStringLiteral("template"), o.release, o.chart, QStringLiteral("-n"), o.namespaceName});
    command.option(QStringLiteral("-f"), o.valuesFile);
    for (const QString &set : o.setStrings) {
        command.option(QStringLiteral("--set-string"), set);
    }
    command.option(QStringLiteral("--version"), o.version);
    return command;
}

CommandLine HelmCommands::rollback(const QString &release, const QString &ns,
    const QString &revision, const QString &timeout, const KubeAccess &kube) const
{
    CommandLine command = helm({QStringLiteral("rollback"), release, revision, QStringLiteral("-n"),
        ns, QStringLiteral("--wait")});
    command.option(QStringLiteral("--timeout"), timeout);
    addKube(command, kube);
    return command;
}

} // namespace DceUpgrade
