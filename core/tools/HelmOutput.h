#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace DceUpgrade {

// One revision of `helm history -o json`. `revision` is a number there (and a string in
// `helm list -o json`): both are accepted.
struct HelmRevision
{
    int revision = 0;
    QString status; // deployed, superseded, failed, pending-upgrade, ...
    QString chart; // "skoala-init-0.28.1"
    QString chartName; // "skoala-init"
    QString chartVersion; // "0.28.1"
    QString appVersion;
    QString description;

    bool isPending() const { return status.startsWith(QLatin1String("pending-")); }
};

// What a failed helm run said, reduced to something the engine can act on.
struct HelmFailure
{
    enum class Kind {
        Unknown,
        ReleaseNotFound, // "release: not found"
        NoDeployedReleases, // upgrade of a release that never deployed
        OperationInProgress, // pending-install/upgrade/rollback lock
        ClusterUnreachable,
        UnknownFlag,
        RepoNotFound, // repo update NAME with no such repo
        AlreadyExists,
        RolledBack, // --atomic / --rollback-on-failure undid the upgrade
        TimedOut,
    };
    Kind kind = Kind::Unknown;
    QString message; // helm's "Error: ..." text, all its lines, without log noise
};

// Parsers for the helm outputs the engine reads, tolerant of helm 3 and helm 4 differences
// (helm-samples/ in the shared docs). Pure functions; they never throw.
struct HelmOutput
{
    // "skoala-init-0.28.1-rc.1" -> ("skoala-init", "0.28.1-rc.1").
    static std::pair<QString, QString> splitChart(const QString &chart);

    static std::optional<std::vector<HelmRevision>> parseHistory(const QByteArray &json);
    // Versions offered for exactly `alias/chart` (helm's search is a substring match).
    static std::optional<QStringList> parseSearch(const QByteArray &json, const QString &exactName);
    // Names of the configured repositories with their URLs.
    static std::optional<std::vector<std::pair<QString, QString>>> parseRepoList(
        const QByteArray &json);
    // `helm get values -o yaml` prints "null" when there are no user values.
    static bool valuesAreEmpty(const QByteArray &yaml);
    // stderr of a failed run: slog lines (helm 4) dropped, the Error: message kept whole.
    static HelmFailure parseFailure(const QByteArray &standardError);
    // Every image a `helm template` output makes pods pull: the string values of `image` keys
    // in any document (containers, init and ephemeral containers, custom resources), each once,
    // sorted. nullopt when the output is not YAML.
    static std::optional<QStringList> imagesOf(const QByteArray &renderedManifests);
};

} // namespace DceUpgrade
