#pragma once

#include "PlanProblem.h"
#include "RegistryTarget.h"
#include "SshNode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace DceUpgrade {

// sync.docker: where the Docker method puts the images.
enum class DockerTarget {
    Registry, // docker load, tag and push on the jump host
    Nodes, // docker load and tag on every node of sync.nodes, over ssh
};

// sync.imagesAlreadyOn, with sync.method none: where the images were put before this run (by a
// colleague, or by a sync-only run days before the maintenance window).
enum class ImagesLocation {
    Registry, // in registry.address: the upgrade checks every image there first
    Nodes, // imported on every node (containerd, Docker on the nodes): nothing to look up
};

enum class SyncMethod { BuiltIn, ChartsSyncer, Docker, Containerd, None };
enum class ChartTarget { Harbor, Local, Oci, None };
// None: the plan only syncs (images staged days before the maintenance window); no helm, no
// cluster, and the other upgrade settings are not used.
enum class UpgradeMethod { HelmRepo, ChartPackage, None };

struct SyncSettings
{
    SyncMethod method = SyncMethod::BuiltIn;
    int jobs = 4; // parallel blob uploads (built-in)
    ChartTarget chartTarget = ChartTarget::Harbor;
    QString chartRepoUrl; // Harbor: https://harbor/chartrepo/<project>
    QString localChartPath; // Local: directory the relocated chart is written to
    std::vector<SshNode> nodes; // containerd: every node that needs the images
    DockerTarget docker = DockerTarget::Registry;
    ImagesLocation imagesAlreadyOn = ImagesLocation::Registry; // sync.method none only
    // Built-in: create the Harbor project (private) when it does not exist, instead of stopping.
    bool createProject = false;
    // Built-in: push and publish even when the chart version is already in the chart target
    // (charts-syncer then skips everything), and replace tags that exist with other content.
    bool force = false;
    // The nodes (containerd, Docker on the nodes): how many import at once, the known_hosts
    // file trusted before ~/.ssh/known_hosts (accepted keys are recorded there), and what ssh
    // does with a host key it does not know yet.
    int parallelNodes = 4;
    QString knownHostsFile;
    HostKeyPolicy hostKeys = HostKeyPolicy::Strict;
};

struct ReleasePlan
{
    QString chart;
    QString release;
    QString namespaceName;
    QString version; // chart version to upgrade to
    QStringList kubeContexts; // worker-scope releases: one upgrade per context
};

struct UpgradeSettings
{
    UpgradeMethod method = UpgradeMethod::HelmRepo;
    QString repoAlias;
    QString repoUrl;
    QString kubeconfig; // empty: helm's default
    QString kubeContext; // management cluster; empty: the current context
    QString imageRegistry; // value for global.imageRegistry; empty: computed
    bool atomic = true;
    bool wait = true;
    QString timeout = QStringLiteral("10m");
    // Apply the pure key renames of the profile's version notes (ghippo: keycloak ->
    // keycloakx) to the values passed to helm when the installed version calls for them.
    bool renameKeys = true;
    std::vector<ReleasePlan> releases; // empty: every release of the module profile
};

// The user's choices, and nothing else: the contract between the wizard, the command line and
// the engine. Versioned YAML (apiVersion), readable by a person, and never holding a secret.
// A value type: freeze it once and hand copies around.
struct UpgradePlan
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::UpgradePlan)

public:
    static constexpr QLatin1StringView ApiVersion {"dce-upgrade.daocloud.io/v1alpha1"};
    static constexpr QLatin1StringView Kind {"UpgradePlan"};

    QString module = QStringLiteral("skoala");
    QString package;
    RegistryTarget registry;
    SyncSettings sync;
    UpgradeSettings upgrade;

    // Throws Error (plan.invalid with "file, line N: ..." messages, yaml.invalid): for a file
    // that is no plan, and for the first problem validate() finds. Relative paths are resolved
    // against `baseDir`.
    // StructureOnly: a draft still being written (the wizard's remembered choices) loads even
    // when validate() would find problems; only a file that is no plan at all throws.
    enum class Rules { Enforced, StructureOnly };
    static UpgradePlan fromYaml(const QByteArray &yaml, const QString &displayName,
        const QString &baseDir = {}, Rules rules = Rules::Enforced);
    static UpgradePlan load(const QString &path);
    QByteArray toYaml() const;

    // Every rule a plan must meet whatever its package holds, the problems in the order of the
    // YAML; empty for a plan that can work. The one place these rules live: the loader, the
    // planner, charts-syncer's configuration and the wizard's pages all ask it.
    std::vector<PlanProblem> validate() const;
    // Throws Error (plan.invalid) with the message and hint of validate()'s first problem.
    void throwIfInvalid() const;

    // The chart repository helm upgrades from on the helm-repo path: upgrade.repoUrl, else the
    // one the sync publishes to when that is a helm (http) repository or an OCI one (oci://);
    // empty when there is none.
    QString upgradeRepoUrl() const;
    // The helm-repo path upgrades from charts stored as OCI artifacts (oci://, Harbor 2.8+).
    bool upgradesFromOci() const
    {
        return upgrade.method == UpgradeMethod::HelmRepo
            && upgradeRepoUrl().startsWith(QLatin1String("oci://"));
    }
    // upgrade.method is none: the run stages the images and changes no release.
    bool syncOnly() const { return upgrade.method == UpgradeMethod::None; }

    // Enum spellings used in the YAML (and on the command line).
    static QString toString(SyncMethod method);
    static QString toString(HostKeyPolicy policy);
    static QString toString(ChartTarget target);
    static QString toString(UpgradeMethod method);
    static QString toString(DockerTarget target);
    static QString toString(ImagesLocation location);

    // The sync imports the images on sync.nodes (containerd, or Docker with sync.docker: nodes)
    // instead of pushing them to a registry.
    bool importsOnNodes() const
    {
        return sync.method == SyncMethod::Containerd
            || (sync.method == SyncMethod::Docker && sync.docker == DockerTarget::Nodes);
    }

    // The upgrade finds the images in the nodes' runtimes, not in a registry: imported by this
    // run, or before it (sync.method none with sync.imagesAlreadyOn: nodes). Then no registry
    // is asked for them, and values name them by tag (an import re-serialises manifests, so
    // the package's digests are not there).
    bool imagesOnNodes() const
    {
        return importsOnNodes()
            || (sync.method == SyncMethod::None && sync.imagesAlreadyOn == ImagesLocation::Nodes);
    }
};

} // namespace DceUpgrade
