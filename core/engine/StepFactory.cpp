#include "StepFactory.h"

#include "BuiltInSteps.h"
#include "ChartsSyncerSteps.h"
#include "DockerSteps.h"
#include "HelmSteps.h"
#include "ImagesCheckStep.h"
#include "NodeImportStep.h"
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
        {QStringLiteral("bundle.read"), make(static_cast<PackageVerifyStep *>(nullptr))},
        {QStringLiteral("helm.check"), make(static_cast<HelmCheckStep *>(nullptr))},
        {QStringLiteral("helm.repo"), make(static_cast<HelmRepoStep *>(nullptr))},
        {QStringLiteral("helm.versions"), make(static_cast<HelmVersionsStep *>(nullptr))},
        {QStringLiteral("helm.registry.login"),
            make(static_cast<HelmRegistryLoginStep *>(nullptr))},
        {QStringLiteral("helm.registry.logout"),
            make(static_cast<HelmRegistryLogoutStep *>(nullptr))},
        {QStringLiteral("chart.pull"), make(static_cast<ChartPullStep *>(nullptr))},
        {QStringLiteral("chart.extract"), make(static_cast<ChartExtractStep *>(nullptr))},
        {QStringLiteral("values.backup"), make(static_cast<ValuesBackupStep *>(nullptr))},
        {QStringLiteral("values.prepare"), make(static_cast<ValuesPrepareStep *>(nullptr))},
        {QStringLiteral("images.check"), make(static_cast<ImagesCheckStep *>(nullptr))},
        {QStringLiteral("helm.upgrade"), make(static_cast<HelmUpgradeStep *>(nullptr))},
        {QStringLiteral("release.verify"), make(static_cast<ReleaseVerifyStep *>(nullptr))},
        {QStringLiteral("helm.repo.cleanup"), make(static_cast<RepoCleanupStep *>(nullptr))},
        {QStringLiteral("report"), make(static_cast<ReportStep *>(nullptr))},
        {QStringLiteral("registry.check"), make(static_cast<RegistryCheckStep *>(nullptr))},
        {QStringLiteral("images.push"), make(static_cast<ImagesPushStep *>(nullptr))},
        {QStringLiteral("images.import"), make(static_cast<NodeImportStep *>(nullptr))},
        {QStringLiteral("chart.publish"), make(static_cast<ChartPublishStep *>(nullptr))},
        {QStringLiteral("chartsyncer.prepare"),
            make(static_cast<ChartsSyncerPrepareStep *>(nullptr))},
        {QStringLiteral("images.sync"), make(static_cast<ChartsSyncerSyncStep *>(nullptr))},
        {QStringLiteral("chartsyncer.cleanup"),
            make(static_cast<ChartsSyncerCleanupStep *>(nullptr))},
        {QStringLiteral("docker.check"), make(static_cast<DockerCheckStep *>(nullptr))},
        {QStringLiteral("docker.login"), make(static_cast<DockerLoginStep *>(nullptr))},
        {QStringLiteral("docker.load"), make(static_cast<DockerLoadStep *>(nullptr))},
        {QStringLiteral("docker.push"), make(static_cast<DockerPushStep *>(nullptr))},
        {QStringLiteral("docker.logout"), make(static_cast<DockerLogoutStep *>(nullptr))},
    };
    return kinds;
}

QString kindOf(const PlannedStep &planned)
{
    return planned.id.section(QLatin1Char(':'), 0, 0);
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
