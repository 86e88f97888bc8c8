#pragma once

#include <QLatin1StringView>
#include <QString>

// The stable ids of the planned steps. The planner gives them, the step factory picks the class
// that runs a step by its kind, events, sessions and reports carry them: one spelling for all.
// A step about one release or chart adds its subject after a colon ("values.backup:skoala",
// "helm.upgrade:skoala-init@worker-1", "chart.extract:skoala"); StepFactory looks at the kind.
namespace DceUpgrade::StepIds {

inline constexpr QLatin1StringView BundleRead {"bundle.read"};
inline constexpr QLatin1StringView RegistryCheck {"registry.check"};
inline constexpr QLatin1StringView DockerCheck {"docker.check"};
inline constexpr QLatin1StringView HelmCheck {"helm.check"};
inline constexpr QLatin1StringView HelmRepo {"helm.repo"};
inline constexpr QLatin1StringView HelmRegistryLogin {"helm.registry.login"};
inline constexpr QLatin1StringView HelmVersions {"helm.versions"};

// The sync, per method.
inline constexpr QLatin1StringView ImagesPush {"images.push"};
inline constexpr QLatin1StringView ChartPublish {"chart.publish"};
inline constexpr QLatin1StringView ChartsSyncerPrepare {"chartsyncer.prepare"};
inline constexpr QLatin1StringView ImagesSync {"images.sync"};
inline constexpr QLatin1StringView ChartsSyncerCleanup {"chartsyncer.cleanup"};
inline constexpr QLatin1StringView DockerLogin {"docker.login"};
inline constexpr QLatin1StringView DockerLoad {"docker.load"};
inline constexpr QLatin1StringView DockerPush {"docker.push"};
inline constexpr QLatin1StringView DockerLogout {"docker.logout"};
inline constexpr QLatin1StringView ImagesImport {"images.import"};

// Per chart (the subject is the chart's name).
inline constexpr QLatin1StringView ChartPull {"chart.pull"};
inline constexpr QLatin1StringView ChartExtract {"chart.extract"};

// Per release on a cluster (the subject is ResolvedRelease::target()).
inline constexpr QLatin1StringView JobsDelete {"jobs.delete"};
inline constexpr QLatin1StringView CrdsApply {"crds.apply"};
inline constexpr QLatin1StringView ValuesBackup {"values.backup"};
inline constexpr QLatin1StringView ValuesPrepare {"values.prepare"};
inline constexpr QLatin1StringView ImagesCheck {"images.check"};
inline constexpr QLatin1StringView HelmUpgrade {"helm.upgrade"};
inline constexpr QLatin1StringView ReleaseVerify {"release.verify"};

// `dce-upgrade rollback` (RollbackPlanner), per release on a cluster.
inline constexpr QLatin1StringView HelmRollback {"helm.rollback"};

// The cleanups and the report, at the end of every run.
inline constexpr QLatin1StringView HelmRepoCleanup {"helm.repo.cleanup"};
inline constexpr QLatin1StringView HelmRegistryLogout {"helm.registry.logout"};
inline constexpr QLatin1StringView Report {"report"};

// "values.backup:skoala@worker-1"
inline QString about(QLatin1StringView kind, const QString &subject)
{
    return QString(kind) + QLatin1Char(':') + subject;
}

// "helm.upgrade" of "helm.upgrade:skoala@worker-1"
inline QString kindOf(const QString &id)
{
    return id.section(QLatin1Char(':'), 0, 0);
}

} // namespace DceUpgrade::StepIds
