#include "CommentedPlan.h"
#include "VersionNotes.h"

#include "util/Error.h"

#include <QRegularExpression>

namespace DceUpgrade {

namespace {

// A YAML single-quoted scalar: every character literal (robot$name, spaces, '#'), ' doubled.
QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''"))
        + QLatin1Char('\'');
}

// `key: value` at `indent`, with the explanation as comment lines above it.
class YamlOut
{
public:
    // Lines longer than the width wrap at a space, continued under the text they belong to
    // (after a list item's name: "  builtin        dce-upgrade pushes...").
    void comment(int indent, const QString &text)
    {
        constexpr qsizetype Width = 96;
        for (QString line : text.split(QLatin1Char('\n'))) {
            const qsizetype room = Width - indent - 2;
            static const QRegularExpression column(QStringLiteral("^ *\\S+ {2,}|^ *"));
            const QString hanging(column.match(line).capturedLength(), QLatin1Char(' '));
            while (line.size() > room) {
                const qsizetype space = line.lastIndexOf(QLatin1Char(' '), room);
                if (space <= hanging.size()) {
                    break;
                }
                commentLine(indent, line.left(space));
                line = hanging + line.mid(space + 1);
            }
            commentLine(indent, line);
        }
    }
    void line(int indent, const QString &text)
    {
        m_text += QString(indent, QLatin1Char(' ')) + text + QLatin1Char('\n');
    }
    void key(int indent, const QString &key, const QString &value, const QString &why = {})
    {
        if (!why.isEmpty()) {
            comment(indent, why);
        }
        line(indent, key + QLatin1String(": ") + value);
    }
    void commentLine(int indent, const QString &text)
    {
        m_text
            += QString(indent, QLatin1Char(' ')) + QLatin1String("# ") + text + QLatin1Char('\n');
    }
    void blank() { m_text += QLatin1Char('\n'); }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

QString harborChartRepo(const CommentedPlan::Answers &answers)
{
    return QStringLiteral("%1://%2/chartrepo/%3")
        .arg(answers.scheme, answers.registryAddress,
            answers.repository.section(QLatin1Char('/'), 0, 0));
}

} // namespace

QByteArray CommentedPlan::write(const Answers &answers, const ModuleProfile &profile)
{
    const SyncMethod sync = answers.sync;
    const UpgradeMethod upgrade = answers.upgrade;
    const bool onNodes = sync == SyncMethod::Containerd;
    if (onNodes && answers.nodes.empty()) {
        throw Error(QStringLiteral("plan.invalid"),
            tr("The containerd method imports the images on every node, but no node was given."),
            tr("Add --node HOST for every node that runs the module's pods."));
    }
    if (sync == SyncMethod::None && upgrade == UpgradeMethod::None) {
        throw Error(QStringLiteral("plan.invalid"),
            tr("With --sync none and --upgrade none the plan would do nothing."),
            tr("Choose a sync method, an upgrade method, or both."));
    }
    // The sync publishes the chart where the helm-repo upgrade takes it from, when it can.
    const bool publishesChart = upgrade == UpgradeMethod::HelmRepo
        && (sync == SyncMethod::BuiltIn || sync == SyncMethod::ChartsSyncer);
    const QString chartRepo
        = answers.repoUrl.isEmpty() ? harborChartRepo(answers) : answers.repoUrl;
    if (upgrade == UpgradeMethod::HelmRepo && !publishesChart && answers.repoUrl.isEmpty()) {
        throw Error(QStringLiteral("plan.invalid"),
            tr("The helm-repo method takes the chart from a Helm repository, and the %1 sync "
               "does not publish it.")
                .arg(UpgradePlan::toString(sync)),
            tr("Give the repository with --repo-url, or use --upgrade chart-package (the chart "
               "of the package)."));
    }

    YamlOut out;
    out.comment(0,
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        tr("Upgrade plan for %1, written by \"dce-upgrade init\". Review every key, then:\n"
           "  dce-upgrade plan --plan THIS-FILE   (dry run: every step and command, nothing "
           "changed)\n"
           "  dce-upgrade run --plan THIS-FILE    (asks for the registry password)\n"
           "\"dce-upgrade help plan\" describes every key. Never put a password in this file.")
            .arg(profile.displayName()));
    out.line(0, QStringLiteral("apiVersion: dce-upgrade.daocloud.io/v1alpha1"));
    out.line(0, QStringLiteral("kind: UpgradePlan"));
    out.key(0, QStringLiteral("module"), profile.id,
        tr("The module: which releases the package upgrades and which values name the image "
           "registry."));
    out.key(0, QStringLiteral("package"), quoted(answers.package),
        tr("The offline package as downloaded; the .sha512sum file beside it is checked."));

    out.blank();
    out.line(0, QStringLiteral("registry:"));
    out.key(2, QStringLiteral("address"), quoted(answers.registryAddress),
        tr("The image registry (Harbor) the cluster pulls from: host[:port], no http://, no "
           "path."));
    out.key(2, QStringLiteral("scheme"), answers.scheme,
        tr("https, or http for a registry without TLS."));
    out.comment(2,
        tr("A self-signed certificate: the CA to trust (or insecure: true to skip the check, on "
           "a trusted network only)."));
    out.line(2, QStringLiteral("# caFile: harbor-ca.crt"));
    out.key(2, QStringLiteral("repository"), quoted(answers.repository),
        tr("Where the images go in the registry (charts-syncer's containerRepository):\n"
           "release.daocloud.io/skoala/hive:v0.28.1 becomes ADDRESS/REPOSITORY/hive:v0.28.1."));
    if (answers.username.isEmpty()) {
        out.comment(2,
            tr("The registry account (robot$name works); its password is asked when the plan "
               "runs. Without it the registry is used anonymously."));
        out.line(2, QStringLiteral("# username: robot$%1").arg(profile.id));
    } else {
        out.key(2, QStringLiteral("username"), quoted(answers.username),
            tr("The registry account (robot$name works); its password is asked when the plan "
               "runs, never stored."));
    }

    out.blank();
    out.line(0, QStringLiteral("sync:"));
    out.key(2, QStringLiteral("method"), UpgradePlan::toString(sync),
        tr("How the images of the package get to the cluster:\n"
           "  builtin        dce-upgrade pushes them from the package to the registry (no other "
           "tool)\n"
           "  charts-syncer  DaoCloud's charts-syncer (on PATH) pushes the images and the chart\n"
           "  docker         docker load and push from this machine\n"
           "  containerd     ctr import on every node over ssh (sync.nodes), no registry\n"
           "  none           nothing: the images are there already (they are still looked up "
           "in the registry before the upgrade)"));
    if (sync == SyncMethod::BuiltIn || sync == SyncMethod::ChartsSyncer) {
        if (publishesChart) {
            out.key(2, QStringLiteral("chartTarget"), QStringLiteral("harbor"),
                tr("Where the relocated chart is published: harbor (the chart repository of "
                   "Harbor 2.7 and older), oci (builtin only: Harbor 2.8 and later, "
                   "chartRepoUrl oci://REGISTRY/PROJECT), local (a directory, localChartPath), "
                   "none (builtin only)."));
            out.key(2, QStringLiteral("chartRepoUrl"), quoted(chartRepo),
                tr("The chart repository the chart is published to, and the upgrade takes it "
                   "from."));
        } else if (sync == SyncMethod::BuiltIn) {
            out.key(2, QStringLiteral("chartTarget"), QStringLiteral("none"),
                tr("Where the relocated chart is published: none (the upgrade installs the "
                   "chart of the package), harbor or oci (with chartRepoUrl), local (with "
                   "localChartPath)."));
        } else {
            out.key(2, QStringLiteral("chartTarget"), QStringLiteral("local"),
                tr("charts-syncer always publishes the chart: harbor (with chartRepoUrl "
                   "https://HARBOR/chartrepo/PROJECT) or local (a directory, localChartPath)."));
            out.key(2, QStringLiteral("localChartPath"), quoted(QStringLiteral("charts")),
                tr("The directory the relocated chart is written to (beside this plan)."));
        }
        out.key(2, QStringLiteral("createProject"), QStringLiteral("false"),
            tr("true: the registry check creates a missing Harbor project (private)."));
    }
    if (sync == SyncMethod::BuiltIn) {
        out.key(
            2, QStringLiteral("jobs"), QStringLiteral("4"), tr("Blobs uploaded at once, 1-32."));
    }
    if (sync == SyncMethod::Docker) {
        out.key(2, QStringLiteral("docker"), QStringLiteral("registry"),
            tr("registry: load and push with the Docker of this machine; nodes: load on every "
               "node over ssh (list them under nodes)."));
    }
    if (sync == SyncMethod::None) {
        out.key(2, QStringLiteral("imagesAlreadyOn"), QStringLiteral("registry"),
            tr("Where the images already are: registry (each one is looked up there before the "
               "upgrade) or nodes (imported on the nodes earlier: not looked up)."));
    }
    if (onNodes) {
        out.comment(2,
            tr("Every node that runs the module's pods: {host, user, port, identityFile, sudo}, "
               "or {local: true} for this machine."));
        out.line(2, QStringLiteral("nodes:"));
        for (const SshNode &node : answers.nodes) {
            out.line(4,
                QStringLiteral("- {host: %1, user: %2, port: %3}")
                    .arg(quoted(node.host), quoted(node.user))
                    .arg(node.port));
        }
        out.key(2, QStringLiteral("hostKeys"), QStringLiteral("strict"),
            tr("strict: a node's key must be in ~/.ssh/known_hosts; accept-new: trust a node "
               "seen for the first time."));
    }

    out.blank();
    out.line(0, QStringLiteral("upgrade:"));
    out.key(2, QStringLiteral("method"), UpgradePlan::toString(upgrade),
        tr("How the releases are upgraded:\n"
           "  chart-package  with the chart inside the package (no chart repository needed)\n"
           "  helm-repo      with the chart from a Helm repository (repoUrl)\n"
           "  none           not at all: the plan only syncs the images"));
    if (upgrade == UpgradeMethod::HelmRepo && !answers.repoUrl.isEmpty()) {
        out.key(2, QStringLiteral("repoUrl"), quoted(answers.repoUrl),
            tr("The Helm repository the chart is taken from."));
    }
    if (upgrade != UpgradeMethod::None) {
        if (answers.kubeconfig.isEmpty()) {
            out.comment(2,
                tr("The kubeconfig of the management cluster; without it the run uses "
                   "$KUBECONFIG or ~/.kube/config and says which."));
            out.line(2, QStringLiteral("# kubeconfig: ~/.kube/config"));
        } else {
            out.key(2, QStringLiteral("kubeconfig"), quoted(answers.kubeconfig),
                tr("The kubeconfig of the management cluster."));
        }
        out.key(2, QStringLiteral("atomic"), QStringLiteral("true"),
            tr("true: a failed upgrade is rolled back by helm at once (helm 4: "
               "--rollback-on-failure)."));
        out.key(2, QStringLiteral("wait"), QStringLiteral("true"),
            tr("true: wait until the pods are ready."));
        out.key(2, QStringLiteral("timeout"), QStringLiteral("10m"),
            tr("How long helm waits, such as 10m or 1h30m."));
        const QStringList renames = VersionNotes::possibleRenames(profile, nullptr);
        if (!renames.isEmpty()) {
            //: %1: values keys renamed, such as keycloak → keycloakx
            out.key(2, QStringLiteral("renameKeys"), QStringLiteral("true"),
                tr("true: when the installed version calls for it (the plan's version notes say "
                   "when), rename %1 in the values passed to helm; the backup is never changed.")
                    .arg(renames.join(QLatin1String(", "))));
        }
        out.comment(2,
            tr("The releases upgraded, each to the chart version in the package (version: to "
               "choose another); release: and namespace: default to the module's."));
        out.line(2, QStringLiteral("releases:"));
        bool any = false;
        for (const ReleaseProfile &release : profile.releases) {
            if (!answers.charts.contains(release.chart)) {
                continue;
            }
            any = true;
            out.line(4, QStringLiteral("- chart: %1").arg(release.chart));
            if (release.scope == ReleaseProfile::Scope::Worker) {
                out.comment(6,
                    tr("%1 runs in every worker cluster: list their kube contexts, or it is "
                       "upgraded in the current cluster only.")
                        .arg(release.chart));
                out.line(6, QStringLiteral("# kubeContexts: [worker-1, worker-2]"));
            }
        }
        // hydra's agents: their release names are the user's, so only an example to fill in.
        for (const QString &chart : answers.charts) {
            if (profile.releaseForChart(chart)) {
                continue;
            }
            out.comment(4,
                tr("%1 is in the package too; its releases are installed from the DCE UI under "
                   "names chosen there. To upgrade one, uncomment these lines and give its "
                   "release, namespace and clusters.")
                    .arg(chart));
            out.line(4, QStringLiteral("# - chart: %1").arg(chart));
            out.line(4, QStringLiteral("#   release: NAME"));
            out.line(4, QStringLiteral("#   namespace: NAMESPACE"));
            out.line(4, QStringLiteral("#   kubeContexts: [worker-1]"));
        }
        if (!any) {
            throw Error(QStringLiteral("plan.invalid"),
                tr("The package holds none of the charts of the %1 module.").arg(profile.id),
                tr("Check that the package is the module's offline package."));
        }
    }

    const QByteArray text = out.bytes();
    // Valid as written, or it is our bug: never hand a person a plan that `plan` refuses.
    UpgradePlan::fromYaml(text, QStringLiteral("init")).throwIfInvalid();
    return text;
}

} // namespace DceUpgrade
