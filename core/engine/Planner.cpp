#include "Planner.h"

#include "HelmPlanner.h"
#include "PlanPhase.h"
#include "ReleaseResolver.h"
#include "StepIds.h"
#include "SyncPlanner.h"
#include "bundle/PackageReader.h"

namespace DceUpgrade {

namespace {

// Builds the step list phase by phase (one instance per Planner::plan() call): the package,
// the cheap checks, the sync, the upgrade, the cleanups and the report. ReleaseResolver,
// SyncPlanner and HelmPlanner plan their parts into the same draft.
class StepBuilder final : public PlanPhase
{
public:
    explicit StepBuilder(PlanDraft &draft)
        : PlanPhase(draft)
        , m_releases(draft)
        , m_sync(draft)
        , m_helmSteps(draft)
    { }

    PlanResult build()
    {
        // Sync only (upgrade.method none): no release, so no helm, kubectl or cluster step; a
        // host without helm can stage the images days before the maintenance window.
        m_result.syncOnly = m_plan.syncOnly();
        if (m_result.syncOnly) {
            m_releases.requireChartOfModule();
        } else {
            m_releases.resolveReleases();
        }
        // The cheap checks before anything heavy: the package, the registry (or Docker), then
        // the cluster, the releases and helm, so a run never pushes gigabytes to find the
        // cluster unreachable. Then the sync, then the upgrade (issue 10).
        addBundleSteps();
        m_sync.addSyncChecks();
        if (!m_result.syncOnly) {
            m_helmSteps.addClusterChecks();
        }
        m_sync.addSyncSteps();
        if (!m_result.syncOnly) {
            m_helmSteps.addUpgradeSteps();
            m_helmSteps.addCleanups();
        }
        addReport();
        m_result.steps = std::move(m_steps);
        return std::move(m_result);
    }

private:
    // bundle.read: the package verified before anything reaches a registry or a node.
    void addBundleSteps();

    void addReport()
    {
        PlannedStep &report = add(StepIds::Report, Planner::tr("Write the report"), 1);
        report.builtIn = true;
        report.alwaysRun = true;
        report.details.append(
            Planner::tr("report.html and report.json in %1.").arg(m_in.sessionDir));
    }

    ReleaseResolver m_releases;
    SyncPlanner m_sync;
    HelmPlanner m_helmSteps;
};

void StepBuilder::addBundleSteps()
{
    const QString packagePath = m_package.path;
    PlannedStep &verify = add(StepIds::BundleRead, Planner::tr("Verify the offline package"), 10);
    verify.builtIn = true;
    // PackageVerifyStep skips a package that passed in an earlier run and is unchanged.
    verify.resumable = false;
    if (m_package.checksum) {
        const ChecksumFile &sum = *m_package.checksum;
        verify.details.append(
            Planner::tr("Compute the %1 of %2 (%3) and compare it with %4.")
                .arg(sum.algorithmName(), packagePath, humanSize(m_package.size), sum.path));
        const QString tool = sum.algorithm == Hasher::Algorithm::Sha512
            ? QStringLiteral("sha512sum")
            : QStringLiteral("sha256sum");
        verify.scriptLines.append(
            QStringLiteral("printf '%s  %s\\n' %1 %2 | %3 -c -")
                .arg(sum.expectedHex, CommandLine::shellQuote(packagePath), tool));
    } else {
        verify.details.append(Planner::tr("No .sha512sum or .sha256sum file lies beside %1; "
                                          "the check is skipped.")
                                  .arg(packagePath));
        m_result.warnings.append(
            Planner::tr("No checksum file was found beside the package, so a damaged download "
                        "cannot be detected. Copy the .sha512sum file from the download page "
                        "next to the package."));
    }
    const bool layers = Planner::verifiesLayers(m_plan);
    for (const auto &bundle : m_package.bundles) {
        verify.details.append(
            Planner::tr("%1: chart %2 %3, %4 images, %5")
                .arg(bundle->displayName, bundle->chart.name, bundle->chart.version)
                .arg(bundle->images.images().size())
                .arg(humanSize(bundle->images.uniqueBlobBytes())));
        if (layers) {
            verify.details.append(Planner::tr("  the sha256 of each of its %n layer(s) (%1) "
                                              "is compared with the layer's digest, read "
                                              "from the package without unpacking it.",
                nullptr, int(bundle->images.distinctLayers().size()))
                                      .arg(humanSize(bundle->images.distinctLayerBytes())));
        }
    }
    if (layers) {
        // Only the built-in sync's script calls dce-upgrade: the others name the command
        // that checks the layers, without needing it.
        verify.scriptLines.append(QStringLiteral("# The layer digests: dce-upgrade inspect "
                                                 "--verify %1")
                                      .arg(CommandLine::shellQuote(packagePath)));
    }
}

} // namespace

QString Planner::clusterName(const QString &context)
{
    return context.isEmpty() ? tr("the current cluster") : tr("cluster %1").arg(context);
}

PlanResult Planner::plan(const Input &input)
{
    // The rules of the plan alone first: the loader and the wizard check the same ones.
    input.plan->throwIfInvalid();
    PlanDraft draft(input);
    return StepBuilder(draft).build();
}

QStringList PlanResult::secretsNeeded() const
{
    QStringList ids;
    const auto need = [&ids](const QString &id) {
        if (!id.isEmpty() && !ids.contains(id)) {
            ids.append(id);
        }
    };
    for (const PlannedStep &step : steps) {
        for (const CommandLine &command : step.commands) {
            if (command.input() == CommandLine::Input::Secret) {
                need(command.secretId());
            }
        }
        for (const PlannedFile &file : step.files) {
            need(file.secretId);
        }
    }
    return ids;
}

} // namespace DceUpgrade
