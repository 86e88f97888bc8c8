#pragma once

#include "CommandLine.h"
#include "HelmVersion.h"

#include <QCoreApplication>

namespace DceUpgrade {

// Which cluster a command talks to. Empty fields mean helm's/kubectl's own defaults.
struct KubeAccess
{
    QString kubeconfig;
    QString context;
};

// A chart repository in an OCI registry (Harbor 2.8 and later keep charts only there): where it
// is, how to trust it, and the registry configuration file helm keeps the login in. Empty host:
// not an OCI repository.
struct OciRegistry
{
    QString host; // "harbor.example.com:8443", from oci://HOST/PROJECT
    QString caFile;
    bool insecure = false; // TLS without verification
    bool plainHttp = false; // registry.scheme http
    QString configFile; // HELM_REGISTRY_CONFIG: the session's own, never the user's

    bool isSet() const { return !host.isEmpty(); }
};

struct HelmUpgradeOptions
{
    QString release;
    QString chart; // "alias/chart", "oci://host/project/chart" or a chart directory
    QString namespaceName;
    QString version; // empty for a chart directory (helm ignores it there)
    QString valuesFile;
    QStringList setStrings; // "key=value", applied after -f, so they win over the backup
    bool atomic = true;
    bool wait = true;
    QString timeout;
    KubeAccess kube;
    OciRegistry oci; // set when `chart` is an oci:// reference
};

// Builds every helm command line the engine runs, for one helm version. Each trap of the
// copy-paste procedure is avoided here once (bundle-format.md §6): --version always passed,
// `repo update NAME` only where it exists, passwords only through --password-stdin.
class HelmCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::HelmCommands)

public:
    explicit HelmCommands(HelmVersion version, QString program = QStringLiteral("helm"));

    // The helm the engine runs when none is given: $DCE_UPGRADE_HELM, else `helm` on PATH. The
    // wizard shows the same one on its Welcome page.
    static QString defaultProgram();

    const HelmVersion &version() const { return m_version; }

    CommandLine versionQuery() const;
    CommandLine repoList() const;
    // With a username the password goes through stdin; helm < 3.7 cannot take it that way, so
    // this throws Error (helm.too-old) rather than put it on the command line.
    CommandLine repoAdd(const QString &alias, const QString &url, const QString &username,
        const QString &caFile, bool insecure) const;
    CommandLine repoUpdate(const QString &alias) const;
    CommandLine searchVersions(const QString &alias, const QString &chart, bool devel) const;
    // OCI chart repositories (helm 3.8+; older helm throws Error helm.too-old). The login is
    // kept in oci.configFile only; the password goes through stdin.
    CommandLine registryLogin(const OciRegistry &oci, const QString &username) const;
    CommandLine registryLogout(const OciRegistry &oci) const;
    // The Chart.yaml of exactly `version` of an oci:// chart: fails when the registry lacks it.
    CommandLine showChart(
        const QString &chart, const QString &version, const OciRegistry &oci) const;
    // The chart `version` ("alias/chart" or oci://) unpacked into directory/<chart name>.
    CommandLine pullChart(const QString &chart, const QString &version, const QString &directory,
        const OciRegistry &oci) const;
    CommandLine status(const QString &release, const QString &ns, const KubeAccess &kube) const;
    CommandLine history(const QString &release, const QString &ns, const KubeAccess &kube) const;
    CommandLine getValues(const QString &release, const QString &ns, const KubeAccess &kube,
        const QString &backupFile) const;
    CommandLine upgrade(const HelmUpgradeOptions &options) const;
    // `helm template` of the chart and values the upgrade will use: what it would deploy,
    // rendered locally (no cluster is contacted).
    CommandLine renderTemplate(const HelmUpgradeOptions &options) const;
    CommandLine rollback(const QString &release, const QString &ns, const QString &revision,
        const QString &timeout, const KubeAccess &kube) const;

private:
    CommandLine helm(const QStringList &arguments) const;
    static void addKube(CommandLine &command, const KubeAccess &kube);
    // The TLS flags and registry configuration of a command that reads an oci:// chart.
    void addOci(CommandLine &command, const OciRegistry &oci) const;
    void requireOciSupport(const OciRegistry &oci) const;

    HelmVersion m_version;
    QString m_program;
};

} // namespace DceUpgrade
