#include "ImagesCheckStep.h"

#include "RunContext.h"

#include "registry/RegistryImageCheck.h"
#include "tools/HelmOutput.h"

namespace DceUpgrade {

ImagesCheckStep::ImagesCheckStep(const PlannedStep &planned, RunContext &context)
    : CommandStep(planned, context)
{ }

ImagesCheckStep::~ImagesCheckStep() = default;

std::optional<StepResult> ImagesCheckStep::afterCommand(
    int, const CommandLine &command, const ProcessRunner::Result &result)
{
    if (!result.ok()) {
        return toolFailed(command, result);
    }
    const std::optional<QStringList> images = HelmOutput::imagesOf(result.standardOutput);
    if (!images) {
        return StepResult::failed(QStringLiteral("helm.output"),
            tr("helm template printed something that is not YAML."),
            tr("Run the command of this step by hand to see what the chart renders."));
    }
    const QString registry = m_context.plan->registry.address;
    QStringList elsewhere;
    const QStringList toCheck = RegistryImageCheck::inRegistry(*images, registry, &elsewhere);
    if (!elsewhere.isEmpty()) {
        note(tr("Not in %1, so not checked (the nodes must reach their registry): %2")
                 .arg(registry, elsewhere.join(QLatin1String(", "))));
    }
    m_check = std::make_unique<RegistryImageCheck>(
        m_context.plan->registry, m_context.secrets.value(RegistryPasswordId));
    hold();
    m_check->start(toCheck,
        guarded([this](const RegistryImageCheck::Outcome &outcome,
                    const RegistryClient::Failure &failure) {
            if (failure) {
                finish(StepResult::failed(failure->code(), failure->message(), failure->hint()));
            } else if (outcome.missing.isEmpty()) {
                finish(StepResult::ok(tr("All %n image(s) the upgrade uses are in the registry.",
                    nullptr, outcome.found)));
            } else {
                finish(StepResult::failed(QStringLiteral("images.missing"),
                    tr("%n image(s) the upgrade would use are not in the registry: %1", nullptr,
                        int(outcome.missing.size()))
                        .arg(outcome.missing.join(QLatin1String(", "))),
                    tr("Push them first: run the sync of the plan (sync.method builtin, or "
                       "\"dce-upgrade push\" with the package), or check that "
                       "upgrade.imageRegistry and the relocation rules point where the images "
                       "were pushed. Nothing was changed in the cluster.")));
            }
        }));
    return std::nullopt;
}

void ImagesCheckStep::onCancel()
{
    if (m_check) {
        m_check->abort();
        finish(StepResult::canceled());
        return;
    }
    CommandStep::onCancel();
}

} // namespace DceUpgrade
