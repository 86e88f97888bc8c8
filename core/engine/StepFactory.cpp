#include "StepFactory.h"

#include "BuiltInSteps.h"
#include "ChartsSyncerSteps.h"
#include "DockerSteps.h"
#include "HelmSteps.h"
#include "ImagesCheckStep.h"
#include "NodeImportStep.h"
#include "StepIds.h"
#include "SyncSteps.h"

#include <functional>

namespace DceUpgrade {

namespace {

using Make = std::function<std::unique_ptr<Step>(const PlannedStep &, RunContext &)>;

const QHash<QString, Make> &kinds()
{
    const auto make = [](auto *tag) -> Make {
        using T = std::remove_pointer_t<decltype(tag)>;
        return [](const PlannedStep &p, RunContext &c) {
            return std::make_unique<T>(p, c);
        };
    };
    static const QHash<QString, Make> kinds {
        {QString(StepIds::BundleRead), make(static_cast<PackageVerifyStep *>(nullptr))},
        {QString(StepIds::HelmCheck), make(static_cast<HelmCheckStep *>(nullptr))},
        {QString(StepIds::HelmRepo), make(static_cast<HelmRepoStep *>(nullptr))},
        {QString(StepIds::HelmVersions), make(static_cast<HelmVersionsStep *>(nullptr))},
        {QString(StepIds::HelmRegistryLogin), make(static_cast<HelmRegistryLoginStep *>(nullptr))},
        {QString(StepIds::HelmRegistryLogout),
            make(static_cast<HelmRegistryLogoutStep *>(nullptr))},
        {QString(StepIds::ChartPull), make(static_cast<ChartPullStep *>(nullptr))},
        {QString(StepIds::ChartExtract), make(static_cast<ChartExtractStep *>(nullptr))},
        {QString(StepIds::ValuesBackup), make(static_cast<ValuesBackupStep *>(nullptr))},
        {QString(StepIds::ValuesPrepare), make(static_cast<ValuesPrepareStep *>(nullptr))},
        {QString(StepIds::ImagesCheck), make(static_cast<ImagesCheckStep *>(nullptr))},
        {QString(StepIds::HelmUpgrade), make(static_cast<HelmUpgradeStep *>(nullptr))},
        {QString(StepIds::ReleaseVerify), make(static_cast<ReleaseVerifyStep *>(nullptr))},
        {QString(StepIds::HelmRollback), make(static_cast<HelmRollbackStep *>(nullptr))},
        {QString(StepIds::HelmRepoCleanup), make(static_cast<RepoCleanupStep *>(nullptr))},
        {QString(StepIds::Report), make(static_cast<ReportStep *>(nullptr))},
        {QString(StepIds::RegistryCheck), make(static_cast<RegistryCheckStep *>(nullptr))},
        {QString(StepIds::ImagesPush), make(static_cast<ImagesPushStep *>(nullptr))},
        {QString(StepIds::ImagesImport), make(static_cast<NodeImportStep *>(nullptr))},
        {QString(StepIds::ChartPublish), make(static_cast<ChartPublishStep *>(nullptr))},
        {QString(StepIds::ChartsSyncerPrepare),
            make(static_cast<ChartsSyncerPrepareStep *>(nullptr))},
        {QString(StepIds::ImagesSync), make(static_cast<ChartsSyncerSyncStep *>(nullptr))},
        {QString(StepIds::ChartsSyncerCleanup),
            make(static_cast<ChartsSyncerCleanupStep *>(nullptr))},
        {QString(StepIds::DockerCheck), make(static_cast<DockerCheckStep *>(nullptr))},
        {QString(StepIds::DockerLogin), make(static_cast<DockerLoginStep *>(nullptr))},
        {QString(StepIds::DockerLoad), make(static_cast<DockerLoadStep *>(nullptr))},
        {QString(StepIds::DockerPush), make(static_cast<DockerPushStep *>(nullptr))},
        {QString(StepIds::DockerLogout), make(static_cast<DockerLogoutStep *>(nullptr))},
    };
    return kinds;
}

QString kindOf(const PlannedStep &planned)
{
    return StepIds::kindOf(planned.id);
}

} // namespace

bool StepFactory::implements(const PlannedStep &planned)
{
    return !planned.builtIn || kinds().contains(kindOf(planned));
}

std::unique_ptr<Step> StepFactory::create(const PlannedStep &planned, RunContext &context)
{
    const auto found = kinds().constFind(kindOf(planned));
    if (found != kinds().cend()) {
        return (*found)(planned, context);
    }
    if (planned.builtIn) {
        // A planner/factory mismatch (tests/core StepFactoryTest guards against it): the step
        // fails plainly instead of the run stopping without a word.
        return std::make_unique<UnimplementedStep>(planned, context);
    }
    return std::make_unique<CommandStep>(planned, context);
}

} // namespace DceUpgrade
