#include "ReleaseResolver.h"

#include "bundle/PackageReader.h"
#include "registry/RelocatedImage.h"

#include <algorithm>

namespace DceUpgrade {

void ReleaseResolver::packageOfAnotherModule() const
{
    QStringList charts;
    for (const auto &bundle : m_package.bundles) {
        charts.append(bundle->chart.name);
    }
    invalid(Planner::tr("The package holds the charts %1, none of which belongs to the "
                        "module \"%2\".")
                .arg(charts.join(QLatin1String(", ")), m_in.profile->id),
        Planner::tr("Choose the package of this module, or the module of this package."));
}

void ReleaseResolver::requireChartOfModule() const
{
    for (const ReleaseProfile &profile : m_in.profile->releases) {
        if (m_package.bundleForChart(profile.chart)) {
            return;
        }
    }
    packageOfAnotherModule();
}

void ReleaseResolver::resolveReleases()
{
    std::vector<ReleasePlan> wanted = m_plan.upgrade.releases;
    if (wanted.empty()) {
        for (const ReleaseProfile &profile : m_in.profile->releases) {
            if (m_package.bundleForChart(profile.chart)) {
                wanted.push_back({profile.chart, {}, {}, {}, {}});
            }
        }
    }
    if (wanted.empty()) {
        packageOfAnotherModule();
    }

    const bool relocatedChart = m_plan.upgrade.method == UpgradeMethod::HelmRepo;
    for (const ReleasePlan &want : wanted) {
        const ReleaseProfile *profile = m_in.profile->releaseForChart(want.chart);
        ReleaseProfile unlisted;
        if (!profile) {
            unlisted = releaseOfUnlistedChart(want);
            profile = &unlisted;
        }
        ResolvedRelease release;
        release.profile = *profile;
        release.release = want.release.isEmpty() ? profile->release : want.release;
        release.namespaceName
            = want.namespaceName.isEmpty() ? profile->namespaceName : want.namespaceName;
        release.bundle = m_package.bundleForChart(want.chart);
        release.version = want.version;
        if (release.version.isEmpty() && release.bundle) {
            release.version = release.bundle->chart.version;
        }
        if (!release.bundle
            && (m_plan.upgrade.method == UpgradeMethod::ChartPackage
                || m_plan.sync.method != SyncMethod::None)) {
            invalid(Planner::tr("The package has no bundle for the chart \"%1\".").arg(want.chart));
        }
        if (release.version.isEmpty()) {
            invalid(Planner::tr("No version is given for the chart \"%1\".").arg(want.chart));
        }
        if (release.bundle && release.bundle->chart.version != release.version
            && m_plan.upgrade.method == UpgradeMethod::ChartPackage) {
            invalid(Planner::tr("The chart-package method installs the chart in the package, "
                                "version %1, but the plan asks for %2.")
                        .arg(release.bundle->chart.version, release.version));
        }
        release.renameKeys = m_plan.upgrade.renameKeys;
        release.kubeContexts = want.kubeContexts;
        if (release.kubeContexts.isEmpty()) {
            release.kubeContexts.append(m_plan.upgrade.kubeContext);
            if (profile->scope == ReleaseProfile::Scope::Worker) {
                m_result.warnings.append(
                    Planner::tr("%1 is installed in every worker cluster, but the plan lists "
                                "none (upgrade.releases[].kubeContexts); it is upgraded only "
                                "in the current cluster.")
                        .arg(release.release));
            }
        }

        resolveImageValues(release, relocatedChart);
        m_result.releases.push_back(release);
    }
    // Management releases first: worker charts (skoala-init) follow the control plane.
    std::stable_sort(m_result.releases.begin(), m_result.releases.end(),
        [](const ResolvedRelease &a, const ResolvedRelease &b) {
            return a.profile.scope < b.profile.scope;
        });
}

ReleaseProfile ReleaseResolver::releaseOfUnlistedChart(const ReleasePlan &want) const
{
    if (!m_package.bundleForChart(want.chart)) {
        invalid(Planner::tr("The module \"%1\" has no chart \"%2\".")
                    .arg(m_in.profile->id, want.chart));
    }
    if (want.release.isEmpty() || want.namespaceName.isEmpty()) {
        invalid(Planner::tr("The chart \"%1\" is in the package, but the module \"%2\" does "
                            "not say under which name it is installed.")
                    .arg(want.chart, m_in.profile->id),
            Planner::tr("Give its release and namespace in upgrade.releases (release:, "
                        "namespace:, and kubeContexts: for the clusters it runs in)."));
    }
    // The module's own conventions (registry keys, repository alias) for a chart of its
    // package that its releases do not list: hydra's agents, installed on worker clusters.
    const ReleaseProfile &module = m_in.profile->releases.front();
    ReleaseProfile release;
    release.chart = want.chart;
    release.release = want.release;
    release.namespaceName = want.namespaceName;
    release.repoAlias = module.repoAlias;
    release.imageRegistryKeys = module.imageRegistryKeys;
    release.scope = ReleaseProfile::Scope::Worker;
    return release;
}

void ReleaseResolver::resolveImageValues(ResolvedRelease &release, bool relocatedChart)
{
    release.imageRegistryKeys = release.profile.imageRegistryKeys;
    if (!relocatedChart) {
        release.imageRegistryKeys += release.profile.chartPackageImageRegistryKeys;
    }
    const QString fixed = m_plan.upgrade.imageRegistry;
    if (!release.bundle && fixed.isEmpty()) {
        return;
    }
    ValueRewrites rewrites;
    if (release.bundle) {
        rewrites = ValueRewrites::compute(*release.bundle, m_relocator);
        m_result.warnings.append(rewrites.conflicts);
        // Docker recompresses layers and ctr re-serialises manifests: the digests
        // charts-syncer would pin are never in the runtime, the tags are.
        if (m_plan.sync.method == SyncMethod::Docker || m_plan.imagesOnNodes()) {
            rewrites.pinTagsInsteadOfDigests(*release.bundle);
        }
    }
    for (const QString &key : std::as_const(release.imageRegistryKeys)) {
        const QString value = fixed.isEmpty() ? rewrites.valueOf(key) : fixed;
        if (!value.isEmpty()) {
            release.imageRegistry = value;
            release.imageValues.append(key + QLatin1Char('=') + value);
        }
    }
    if (relocatedChart) {
        return;
    }
    for (const ValueRewrites::Rewrite &rewrite : rewrites.rewrites) {
        if (!release.imageRegistryKeys.contains(rewrite.key)) {
            release.imageValues.append(rewrite.key + QLatin1Char('=') + rewrite.value);
        }
    }
}

} // namespace DceUpgrade
