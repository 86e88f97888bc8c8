#pragma once

#include "PlanPhase.h"

#include "tools/HelmCommands.h"

namespace DceUpgrade {

// helm's steps: the checks of helm, the cluster and the releases before the sync; the chart
// repository (helm repository or OCI registry) and its versions; per release on each cluster the
// jobs, CRDs, values backup, values, image check, upgrade and verification; the cleanups of what
// helm kept in the session.
class HelmPlanner final : public PlanPhase
{
public:
    using PlanPhase::PlanPhase;

    // helm, the cluster and the releases, before the sync: a cluster that cannot be reached, a
    // release that is missing or pending, or a refused downgrade stops the run in seconds.
    void addClusterChecks();
    void addUpgradeSteps();
    // What helm kept in the session must not outlive the run, whatever happened: the
    // repository password (helm.repo.cleanup) or the registry login (helm.registry.logout).
    void addCleanups();

private:
    // A chart of the package its profile lists no release for (hydra's agents) and the plan
    // does not upgrade: the plan says so, and how to upgrade it.
    void addChartsLeftToTheUser(PlannedStep &check) const;
    // Whether the sync itself puts every chart version the upgrade installs into the chart
    // repository the upgrade reads (builtin with a chart target, charts-syncer): then the
    // repository cannot be asked before the sync. A version the package does not hold, or
    // another repository, must be there already and is checked before the sync.
    bool chartComesWithTheSync() const;
    // The OCI registry the helm-repo path upgrades from (Harbor 2.8+ keeps charts only as OCI
    // artifacts); unset for a helm (https) repository and for the chart-package path.
    OciRegistry ociRegistry() const;
    // Each chart of the releases once (skoala-init may be upgraded in several clusters).
    std::vector<const ResolvedRelease *> releasesPerChart() const;
    QString repoAlias() const;
    // Where helm takes the charts from: an oci:// repository, a helm repository alias, or
    // (empty) the chart extracted from the package. The chart repository the sync published to
    // is the one to upgrade from, unless the plan names another.
    QString chartSource() const;
    // helm.repo and helm.versions (an OCI registry: its login and helm.versions): before the
    // sync (addClusterChecks), or after it when the sync publishes the chart (addUpgradeSteps).
    void addChartRepoSteps();
    // Harbor 2.8 and later: the charts are OCI artifacts in the registry. helm logs in with
    // `registry login` (no `repo add`: helm rejects oci:// there) and looks each version up as
    // a tag (no `helm search`: it reads only repository indexes).
    void addOciRepoSteps(const HelmCommands &helm, const QString &repoUrl, const OciRegistry &oci);
    // kubectl applies the CRDs of the chart helm will install: on the helm-repo path that is
    // the repository's chart of exactly the planned version, downloaded into the session (the
    // package may hold another build, or no bundle of that chart at all with sync.method none).
    void addChartPulls(const HelmCommands &helm, const QString &source, const OciRegistry &oci);
    QString pulledChartsDir(const ResolvedRelease &release) const;
    // The crds/ directory of the chart the upgrade installs.
    QString crdsDir(const ResolvedRelease &release) const;
    QString chartDir(const ResolvedRelease &release) const;
    void addChartExtract(const ResolvedRelease &release);
    void addReleaseSteps(const HelmCommands &helm, int index, const QString &context,
        const QString &source, const OciRegistry &oci);
    // images.check: what the upgrade will deploy, rendered with its values, must only use
    // images that are in the registry, or pods would end in ImagePullBackOff mid-upgrade.
    void addImagesCheck(PlannedStep &check, const CommandLine &render) const;
    // The login of helm.registry.login must not outlive the run, whatever happened.
    void addRegistryLogout();
};

} // namespace DceUpgrade
