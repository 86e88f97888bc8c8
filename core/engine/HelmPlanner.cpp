#include "HelmPlanner.h"

#include "ScriptWriter.h"
#include "StepIds.h"
#include "VersionNotes.h"
#include "bundle/PackageReader.h"
#include "registry/ChartPublisher.h"
#include "tools/KubectlCommands.h"

#include <QUrl>

#include <algorithm>

namespace DceUpgrade {

void HelmPlanner::addClusterChecks()
{
    const HelmCommands helm(m_helm);
    PlannedStep &check = add(StepIds::HelmCheck, Planner::tr("Check helm and the releases"), 1);
    check.addCommand(helm.versionQuery(), CommandPurpose::of(CommandPurpose::Action::HelmVersion));
    for (std::size_t index = 0; index < m_result.releases.size(); ++index) {
        const ResolvedRelease &release = m_result.releases[index];
        for (const QString &context : release.kubeContexts) {
            const CommandPurpose status = CommandPurpose::of(
                CommandPurpose::Action::ReleaseStatus, {}, {}, {}, int(index), context);
            check.addCommand(
                helm.status(release.release, release.namespaceName, kube(context)), status);
        }
    }
    // Checked again on every rerun: the cluster may have changed since the last try.
    check.resumable = false;
    check.details.append(Planner::tr("Nothing changes in this step: each release must exist "
                                     "and be deployed (if an upgrade is still pending, the "
                                     "message says how to recover), and a downgrade needs your "
                                     "explicit consent."));

    addChartsLeftToTheUser(check);

    const bool fromRepo = m_plan.upgrade.method == UpgradeMethod::HelmRepo;
    if (fromRepo && chartComesWithTheSync()) {
        for (const ResolvedRelease &release : m_result.releases) {
            check.details.append(
                Planner::tr("%1 %2 is the chart of the package, which the sync publishes to "
                            "the chart repository: the repository can offer it only after "
                            "the sync, so it is looked for there after the sync.")
                    .arg(release.profile.chart, release.version));
        }
    } else if (fromRepo) {
        addChartRepoSteps();
    } else {
        for (const ResolvedRelease &release : m_result.releases) {
            check.details.append(Planner::tr("%1 %2 is installed from the chart in the "
                                             "package: no chart repository is asked.")
                                     .arg(release.profile.chart, release.version));
        }
    }
}

void HelmPlanner::addChartsLeftToTheUser(PlannedStep &check) const
{
    for (const auto &bundle : m_package.bundles) {
        const QString &chart = bundle->chart.name;
        const bool upgraded = std::any_of(m_result.releases.cbegin(), m_result.releases.cend(),
            [&](const ResolvedRelease &release) { return release.profile.chart == chart; });
        if (upgraded || m_in.profile->releaseForChart(chart)) {
            continue;
        }
        // Their release names are the user's: no profile can know them.
        QString line;
        if (m_plan.sync.method == SyncMethod::None) {
            //: %1: a chart (hydra-agent), %2: its version; chart:, release:, namespace: and
            //: kubeContexts: are plan keys and stay as they are
            line = Planner::tr("%1 %2 is in the package but not upgraded: its releases are "
                               "installed from the DCE UI under names chosen there. To upgrade "
                               "one, add it under upgrade.releases with chart: %1, release:, "
                               "namespace: and kubeContexts:.");
        } else {
            //: %1: a chart (hydra-agent), %2: its version; chart:, release:, namespace: and
            //: kubeContexts: are plan keys and stay as they are
            line = Planner::tr("%1 %2 is synced with the package but not upgraded: its "
                               "releases are installed from the DCE UI under names chosen "
                               "there. To upgrade one, add it under upgrade.releases with "
                               "chart: %1, release:, namespace: and kubeContexts:.");
        }
        check.details.append(line.arg(chart, bundle->chart.version));
    }
}

bool HelmPlanner::chartComesWithTheSync() const
{
    const SyncSettings &sync = m_plan.sync;
    if ((sync.method != SyncMethod::BuiltIn && sync.method != SyncMethod::ChartsSyncer)
        || sync.chartTarget == ChartTarget::None) {
        return false;
    }
    const auto trimmed = [](QString url) {
        while (url.endsWith(QLatin1Char('/'))) {
            url.chop(1);
        }
        return url;
    };
    // A local chart directory has no URL: whatever serves it is taken to be the repository.
    if (sync.chartTarget != ChartTarget::Local
        && trimmed(m_plan.upgradeRepoUrl()) != trimmed(sync.chartRepoUrl)) {
        return false;
    }
    return std::all_of(
        m_result.releases.cbegin(), m_result.releases.cend(), [](const ResolvedRelease &release) {
            return release.bundle && release.bundle->chart.version == release.version;
        });
}

OciRegistry HelmPlanner::ociRegistry() const
{
    if (!m_plan.upgradesFromOci()) {
        return {};
    }
    OciRegistry oci;
    oci.host = QUrl(m_plan.upgradeRepoUrl()).authority();
    // The account and TLS settings are the registry's, as for the chart publish.
    oci.caFile = m_plan.registry.caFile;
    oci.insecure = m_plan.registry.insecure;
    oci.plainHttp = m_plan.registry.scheme == QLatin1String("http");
    oci.configFile = session(QStringLiteral("helm/config/registry/config.json"));
    return oci;
}

std::vector<const ResolvedRelease *> HelmPlanner::releasesPerChart() const
{
    std::vector<const ResolvedRelease *> unique;
    for (const ResolvedRelease &release : m_result.releases) {
        if (std::none_of(unique.cbegin(), unique.cend(), [&](const ResolvedRelease *seen) {
                return seen->profile.chart == release.profile.chart;
            })) {
            unique.push_back(&release);
        }
    }
    return unique;
}

QString HelmPlanner::repoAlias() const
{
    const UpgradeSettings &u = m_plan.upgrade;
    return !u.repoAlias.isEmpty() ? u.repoAlias
        : !m_result.releases.front().profile.repoAlias.isEmpty()
        ? m_result.releases.front().profile.repoAlias
        : m_in.profile->id + QLatin1String("-release");
}

QString HelmPlanner::chartSource() const
{
    if (m_plan.upgrade.method != UpgradeMethod::HelmRepo) {
        return {};
    }
    if (ociRegistry().isSet()) {
        const QString url = m_plan.upgradeRepoUrl();
        return url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url;
    }
    return repoAlias();
}

void HelmPlanner::addChartRepoSteps()
{
    const HelmCommands helm(m_helm);
    const OciRegistry oci = ociRegistry();
    if (oci.isSet()) {
        addOciRepoSteps(helm, chartSource(), oci);
        return;
    }
    const QString repoUrl = m_plan.upgradeRepoUrl();
    const QString alias = repoAlias();
    PlannedStep &repo
        = add(StepIds::HelmRepo, Planner::tr("Add and update the chart repository"), 1);
    repo.addCommand(helm.repoList(), CommandPurpose::of(CommandPurpose::Action::RepoList, alias));
    repo.addCommand(helm.repoAdd(alias, repoUrl, m_plan.registry.username, m_plan.registry.caFile,
                        m_plan.registry.insecure),
        CommandPurpose::of(CommandPurpose::Action::RepoAdd, alias));
    repo.commands.push_back(helm.repoUpdate(alias));
    repo.details.append(Planner::tr("helm runs with its own configuration in the session "
                                    "directory: your helm repositories are not "
                                    "changed."));
    repo.resumable = false;

    PlannedStep &versions
        = add(StepIds::HelmVersions, Planner::tr("Check that the chart versions exist"), 1);
    for (const ResolvedRelease *release : releasesPerChart()) {
        const bool devel = release->version.contains(QLatin1Char('-'));
        versions.addCommand(helm.searchVersions(alias, release->profile.chart, devel),
            CommandPurpose::of(CommandPurpose::Action::SearchVersions,
                alias + QLatin1Char('/') + release->profile.chart, release->profile.chart));
        versions.details.append(Planner::tr("%1/%2 must offer version %3; only entries "
                                            "named exactly %1/%2 count (helm's search "
                                            "also lists longer names).")
                                    .arg(alias, release->profile.chart, release->version));
    }
}

void HelmPlanner::addUpgradeSteps()
{
    const HelmCommands helm(m_helm);
    const bool fromRepo = m_plan.upgrade.method == UpgradeMethod::HelmRepo;
    const OciRegistry oci = ociRegistry();
    const QString source = chartSource();
    if (fromRepo && chartComesWithTheSync()) {
        addChartRepoSteps();
    }
    if (fromRepo) {
        addChartPulls(helm, source, oci);
    } else {
        for (const ResolvedRelease &release : m_result.releases) {
            addChartExtract(release);
        }
    }

    for (std::size_t index = 0; index < m_result.releases.size(); ++index) {
        for (const QString &context : m_result.releases[index].kubeContexts) {
            addReleaseSteps(helm, int(index), context, source, oci);
        }
    }
}

void HelmPlanner::addOciRepoSteps(
    const HelmCommands &helm, const QString &repoUrl, const OciRegistry &oci)
{
    const QString &user = m_plan.registry.username;
    if (!user.isEmpty()) {
        PlannedStep &login = add(StepIds::HelmRegistryLogin,
            Planner::tr("Log in to the registry that holds the charts"), 1);
        login.commands.push_back(helm.registryLogin(oci, user));
        // The logout at the end of every run removes it: a rerun logs in again.
        login.resumable = false;
        login.details.append(Planner::tr("The password goes to helm on its standard input; "
                                         "helm keeps the login in %1 (deleted at the end of "
                                         "the run), not in your own helm settings.")
                                 .arg(oci.configFile));
    }
    PlannedStep &versions
        = add(StepIds::HelmVersions, Planner::tr("Check that the chart versions exist"), 1);
    for (const ResolvedRelease *release : releasesPerChart()) {
        const QString chart = repoUrl + QLatin1Char('/') + release->profile.chart;
        versions.addCommand(helm.showChart(chart, release->version, oci),
            CommandPurpose::of(CommandPurpose::Action::ShowChart, chart, release->profile.chart,
                release->version));
        versions.details.append(
            Planner::tr("%1 must hold version %2 (helm looks up the tag "
                        "%3: OCI tags cannot hold \"+\").")
                .arg(chart, release->version, ChartPublisher::ociTag(release->version)));
    }
}

void HelmPlanner::addChartPulls(
    const HelmCommands &helm, const QString &source, const OciRegistry &oci)
{
    for (const ResolvedRelease *release : releasesPerChart()) {
        if (!release->profile.applyCrds) {
            continue;
        }
        const QString &chart = release->profile.chart;
        const QString dir = pulledChartsDir(*release);
        PlannedStep &pull = add(StepIds::about(StepIds::ChartPull, chart),
            Planner::tr("Download the chart %1 %2 for its CRDs").arg(chart, release->version), 1);
        pull.paths.chartDir = dir;
        pull.commands.push_back(
            helm.pullChart(source + QLatin1Char('/') + chart, release->version, dir, oci));
        pull.details.append(Planner::tr("Unpacked into %1; nothing is installed.")
                                .arg(dir + QLatin1Char('/') + chart));
    }
}

QString HelmPlanner::pulledChartsDir(const ResolvedRelease &release) const
{
    return session(QStringLiteral("charts-pulled/") + release.profile.chart);
}

QString HelmPlanner::crdsDir(const ResolvedRelease &release) const
{
    const QString chart = m_plan.upgrade.method == UpgradeMethod::HelmRepo
        ? pulledChartsDir(release) + QLatin1Char('/') + release.profile.chart
        : chartDir(release);
    return chart + QLatin1String("/crds");
}

QString HelmPlanner::chartDir(const ResolvedRelease &release) const
{
    return session(QStringLiteral("charts/") + release.profile.chart);
}

void HelmPlanner::addChartExtract(const ResolvedRelease &release)
{
    const Bundle &bundle = *release.bundle;
    const QString dir = chartDir(release);
    if (std::any_of(m_steps.cbegin(), m_steps.cend(), [&](const PlannedStep &s) {
            return s.id == StepIds::about(StepIds::ChartExtract, release.profile.chart);
        })) {
        return;
    }
    PlannedStep &extract = add(StepIds::about(StepIds::ChartExtract, release.profile.chart),
        Planner::tr("Extract the chart %1 from the package").arg(release.profile.chart), 1);
    extract.builtIn = true;
    extract.release = int(&release - m_result.releases.data());
    extract.paths.chartDir = dir;
    extract.details.append(Planner::tr("Copy original-chart/ of %1 into %2 (links and paths "
                                       "that leave the directory are refused).")
                               .arg(bundle.displayName, dir));
    extract.scriptLines.append(QStringLiteral("mkdir -p %1").arg(CommandLine::shellQuote(dir)));
    extract.scriptLines.append(ScriptWriter::extractChart(m_package, bundle, dir));
}

void HelmPlanner::addReleaseSteps(const HelmCommands &helm, int index, const QString &context,
    const QString &source, const OciRegistry &oci)
{
    const ResolvedRelease &release = m_result.releases[std::size_t(index)];
    const QString who = release.target(context);
    const auto scoped = [&](PlannedStep &step) -> PlannedStep & {
        step.release = index;
        step.kubeContext = context;
        step.target = who;
        return step;
    };
    const QString where = Planner::clusterName(context);

    const QString safeWho = QString(who).replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString backup
        = session(QStringLiteral("values/%1-%2.yaml").arg(safeWho, m_in.timestamp));
    const QString upgradeValues = session(QStringLiteral("values/%1-upgrade.yaml").arg(safeWho));

    PlannedStep &save = scoped(add(StepIds::about(StepIds::ValuesBackup, who),
        Planner::tr("Back up the values of %1 in %2").arg(release.release, where), 1));
    save.commands.push_back(
        helm.getValues(release.release, release.namespaceName, kube(context), backup));
    save.paths.valuesBackup = backup;
    save.details.append(
        Planner::tr("Saved to %1 (readable only by you, never overwritten).").arg(backup));

    const QStringList &sets = release.imageValues;
    HelmUpgradeOptions options;
    options.release = release.release;
    options.chart
        = source.isEmpty() ? chartDir(release) : source + QLatin1Char('/') + release.profile.chart;
    options.namespaceName = release.namespaceName;
    options.version = source.isEmpty() ? QString() : release.version;
    options.oci = oci;
    options.valuesFile = upgradeValues;
    options.setStrings = sets;
    options.atomic = m_plan.upgrade.atomic;
    options.wait = m_plan.upgrade.wait;
    options.timeout = m_plan.upgrade.timeout;
    options.kube = kube(context);
    PlannedStep &prepare = scoped(add(StepIds::about(StepIds::ValuesPrepare, who),
        Planner::tr("Prepare the values for %1").arg(release.release), 1));
    prepare.builtIn = true;
    prepare.paths.valuesBackup = backup;
    prepare.paths.upgradeValues = upgradeValues;
    prepare.details.append(sets.isEmpty()
            ? Planner::tr("Copy the backup to %1; every value you set before is kept.")
                  .arg(upgradeValues)
            : Planner::tr("Copy the backup to %1 and set %2; every other value you set before "
                          "is kept.")
                  .arg(upgradeValues, sets.join(QLatin1String(", "))));
    prepare.scriptLines.append(
        QStringLiteral("cp %1 %2")
            .arg(CommandLine::shellQuote(backup), CommandLine::shellQuote(upgradeValues)));
    for (const VersionNotes::Entry &entry : VersionNotes::of(release, context, {})) {
        if (!entry.renamesApplied) {
            continue;
        }
        //: %1: a version range such as <0.12.0; %2: keys renamed, such as keycloak → keycloakx
        const QString rename
            = Planner::tr("If the installed version is %1: rename %2 in %3 "
                          "(at any depth; the backup is not changed).")
                  .arg(entry.note.installedRange, VersionNotes::renames(entry.note), upgradeValues);
        prepare.details.append(rename);
        // The script cannot know the installed version: the engineer decides, as the page says.
        prepare.scriptLines.append(QStringLiteral("# ") + rename);
    }

    // Images on the nodes (imported now or before): nothing to look up in a registry.
    if (!m_plan.imagesOnNodes()) {
        addImagesCheck(
            scoped(add(StepIds::about(StepIds::ImagesCheck, who),
                Planner::tr("Check that the images of %1 are in the registry").arg(release.release),
                1)),
            helm.renderTemplate(options));
    }

    // What changes the cluster before the upgrade comes only after every check of the release
    // passed and its values are backed up: the old jobs (the chart recreates them), the CRDs.
    if (!release.profile.deleteJobs.isEmpty()) {
        PlannedStep &jobs = scoped(add(StepIds::about(StepIds::JobsDelete, who),
            Planner::tr("Delete the old jobs of %1 in %2").arg(release.release, where), 1));
        jobs.commands.push_back(KubectlCommands::deleteJobs(
            release.profile.deleteJobs, release.namespaceName, kube(context)));
        jobs.details.append(Planner::tr("The chart recreates these jobs; Kubernetes cannot "
                                        "update a job in place."));
    }
    if (release.profile.applyCrds) {
        PlannedStep &crds = scoped(add(StepIds::about(StepIds::CrdsApply, who),
            Planner::tr("Apply the CRDs of %1 in %2").arg(release.release, where), 1));
        crds.commands.push_back(KubectlCommands::applyCrds(crdsDir(release), kube(context)));
    }

    PlannedStep &upgrade = scoped(add(StepIds::about(StepIds::HelmUpgrade, who),
        Planner::tr("Upgrade %1 to %2 in %3").arg(release.release, release.version, where), 10));
    upgrade.commands.push_back(helm.upgrade(options));

    PlannedStep &verify = scoped(add(StepIds::about(StepIds::ReleaseVerify, who),
        Planner::tr("Verify %1 in %2").arg(release.release, where), 1));
    verify.commands.push_back(helm.status(release.release, release.namespaceName, kube(context)));
    verify.commands.push_back(helm.history(release.release, release.namespaceName, kube(context)));
    verify.details.append(Planner::tr("The release must be deployed with a new revision and "
                                      "chart version %1.")
                              .arg(release.version));
}

void HelmPlanner::addImagesCheck(PlannedStep &check, const CommandLine &render) const
{
    check.commands.push_back(render);
    check.resumable = false; // the registry may have changed since
    check.details.append(Planner::tr("Render the chart with the values of the upgrade (helm "
                                     "template, nothing is deployed) and look up every image "
                                     "it uses in %1; the upgrade does not start while one "
                                     "is missing.")
                             .arg(m_plan.registry.address));
    // The script looks them up too, and stops there when one is missing.
    check.scriptLines.append(render.shellCommand() + QStringLiteral(" | ")
        + ScriptWriter::checkImagesCall(m_plan.registry));
}

void HelmPlanner::addRegistryLogout()
{
    if (m_plan.registry.username.isEmpty()) {
        return;
    }
    const OciRegistry oci = ociRegistry();
    const CommandLine logout = HelmCommands(m_helm).registryLogout(oci);
    PlannedStep &step = add(StepIds::HelmRegistryLogout,
        Planner::tr("Log out of the registry that holds the charts"), 1);
    step.alwaysRun = true;
    step.paths.helmRegistryConfig = oci.configFile;
    step.commands.push_back(logout);
    step.details.append(Planner::tr("Runs after a failure or a cancel too: helm registry "
                                    "logout, then %1 is deleted.")
                            .arg(oci.configFile));
    step.scriptLines.append(logout.shellCommand() + QLatin1String(" || true"));
    step.scriptLines.append(
        QStringLiteral("rm -f %1").arg(CommandLine::shellQuote(oci.configFile)));
}

void HelmPlanner::addCleanups()
{
    if (m_plan.upgradesFromOci()) {
        addRegistryLogout();
    } else if (m_plan.upgrade.method == UpgradeMethod::HelmRepo) {
        // helm keeps the repository password in its repositories.yaml.
        PlannedStep &cleanup = add(StepIds::HelmRepoCleanup,
            Planner::tr("Remove the repository credentials helm kept"), 1);
        cleanup.builtIn = true;
        cleanup.alwaysRun = true;
        const QString file = session(QStringLiteral("helm/config/repositories.yaml"));
        cleanup.paths.helmRepositories = file;
        cleanup.details.append(Planner::tr("Delete %1, where helm saved the chart repository "
                                           "and its password during the run.")
                                   .arg(file));
        cleanup.scriptLines.append(QStringLiteral("rm -f %1").arg(CommandLine::shellQuote(file)));
    }
}

} // namespace DceUpgrade
