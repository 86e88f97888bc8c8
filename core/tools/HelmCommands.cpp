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

void HelmCommands::requireOciSupport(const OciRegistry &oci) const
{
    const auto refuse = [this](const QString &needed, const QString &what) {
        throw Error(QStringLiteral("helm.too-old"),
            tr("helm %1 cannot %2 (that needs helm %3 or later).")
                .arg(m_version.toString(), what, needed),
            tr("Install helm %1 or later (helm 3.18 or 4 recommended), or upgrade from a helm "
               "repository (https://) or from the chart in the package (upgrade.method: "
               "chart-package).")
                .arg(needed));
    };
    if (!m_version.hasOci()) {
        refuse(QStringLiteral("3.8"), tr("install charts from an OCI registry (oci://)"));
    }
    if ((!oci.caFile.isEmpty() || oci.insecure) && !m_version.hasOciTlsFlags()) {
        refuse(QStringLiteral("3.12"),
            tr("trust a CA file or skip TLS verification for an OCI registry"));
    }
    if (oci.plainHttp && !m_version.hasOciPlainHttp()) {
        refuse(QStringLiteral("3.18"), tr("log in to an OCI registry over plain http"));
    }
}

void HelmCommands::addOci(CommandLine &command, const OciRegistry &oci) const
{
    if (!oci.isSet()) {
        return;
    }
    requireOciSupport(oci);
    command.option(QStringLiteral("--ca-file"), oci.caFile);
    if (oci.insecure) {
        command.arg(QStringLiteral("--insecure-skip-tls-verify"));
    }
    if (oci.plainHttp) {
        command.arg(QStringLiteral("--plain-http"));
    }
    // In the environment rather than --registry-config: one setting that wins over a
    // HELM_REGISTRY_CONFIG of the user's shell, shown the same way in the exported script.
    command.env(QStringLiteral("HELM_REGISTRY_CONFIG"), oci.configFile);
}

CommandLine HelmCommands::registryLogin(const OciRegistry &oci, const QString &username) const
{
    requireOciSupport(oci);
    CommandLine command = helm({QStringLiteral("registry"), QStringLiteral("login"), oci.host,
        QStringLiteral("--username"), username, QStringLiteral("--password-stdin")});
    command.stdinSecret(RegistryPasswordId);
    command.option(QStringLiteral("--ca-file"), oci.caFile);
    // `registry login` spells the TLS switch --insecure, the other commands
    // --insecure-skip-tls-verify.
    if (oci.insecure) {
        command.arg(QStringLiteral("--insecure"));
    }
    if (oci.plainHttp) {
        command.arg(QStringLiteral("--plain-http"));
    }
    command.env(QStringLiteral("HELM_REGISTRY_CONFIG"), oci.configFile);
    return command;
}

CommandLine HelmCommands::registryLogout(const OciRegistry &oci) const
{
    CommandLine command = helm({QStringLiteral("registry"), QStringLiteral("logout"), oci.host});
    command.env(QStringLiteral("HELM_REGISTRY_CONFIG"), oci.configFile);
    return command;
}

CommandLine HelmCommands::showChart(
    const QString &chart, const QString &version, const OciRegistry &oci) const
{
    // An exact version is looked up as the tag (with '+' as '_', which helm translates).
    CommandLine command = helm({QStringLiteral("show"), QStringLiteral("chart"), chart,
        QStringLiteral("--version"), version});
    addOci(command, oci);
    return command;
}

CommandLine HelmCommands::pullChart(const QString &chart, const QString &version,
    const QString &directory, const OciRegistry &oci) const
{
    CommandLine command = helm({QStringLiteral("pull"), chart, QStringLiteral("--version"), version,
        QStringLiteral("--untar"), QStringLiteral("--untardir"), directory});
    addOci(command, oci);
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
    addOci(command, o.oci);
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
    addOci(command, o.oci);
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
