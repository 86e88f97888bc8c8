#include "ImagesCheckStep.h"

#include "RunContext.h"

#include "bundle/ImageReference.h"
#include "registry/RegistryClient.h"
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
    for (const QString &image : *images) {
        if (ImageReference::parse(image).registry() == registry) {
            m_toCheck.append(image);
        } else {
            elsewhere.append(image);
        }
    }
    if (!elsewhere.isEmpty()) {
        note(tr("Not in %1, so not checked (the nodes must reach their registry): %2")
                 .arg(registry, elsewhere.join(QLatin1String(", "))));
    }
    m_client = std::make_unique<RegistryClient>(
        m_context.plan->registry, m_context.secrets.value(RegistryPasswordId));
    hold();
    // The ping first: it learns how the registry authenticates (Basic or tokens).
    m_client->ping([this](const RegistryClient::Failure &failure) {
        if (failure) {
            finish(StepResult::failed(failure->code(), failure->message(), failure->hint()));
            return;
        }
        checkNext();
    });
    return std::nullopt;
}

void ImagesCheckStep::checkNext()
{
    if (m_toCheck.isEmpty()) {
        if (m_missing.isEmpty()) {
            finish(StepResult::ok(
                tr("All %n image(s) the upgrade uses are in the registry.", nullptr, m_found)));
            return;
        }
        finish(StepResult::failed(QStringLiteral("images.missing"),
            tr("%n image(s) the upgrade would use are not in the registry: %1", nullptr,
                int(m_missing.size()))
                .arg(m_missing.join(QLatin1String(", "))),
            tr("Push them first: run the sync of the plan (sync.method builtin, or "
               "\"dce-upgrade push\" with the package), or check that upgrade.imageRegistry and "
               "the relocation rules point where the images were pushed. Nothing was changed "
               "in the cluster.")));
        return;
    }
    const QString image = m_toCheck.takeFirst();
    const ImageReference reference = ImageReference::parse(image);
    const QString wanted = reference.digest().isEmpty() ? reference.tag() : reference.digest();
    m_client->manifestDigest(reference.repository(), wanted,
        [this, image](const QString &digest, const RegistryClient::Failure &failure) {
            if (failure) {
                finish(StepResult::failed(failure->code(), failure->message(), failure->hint()));
                return;
            }
            if (digest.isEmpty()) {
                m_missing.append(image);
            } else {
                ++m_found;
            }
            checkNext();
        });
}

void ImagesCheckStep::onCancel()
{
    if (m_client) {
        m_client->abortAll();
        finish(StepResult::canceled());
        return;
    }
    CommandStep::onCancel();
}

} // namespace DceUpgrade
