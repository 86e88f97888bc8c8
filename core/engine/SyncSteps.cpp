#include "SyncSteps.h"

#include "RunContext.h"

#include "registry/ChartSync.h"
#include "registry/ImagePusher.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryPreflight.h"
#include "registry/Relocator.h"

namespace DceUpgrade {

namespace {

std::unique_ptr<RegistryClient> clientFor(const RunContext &context)
{
    return std::make_unique<RegistryClient>(
        context.plan->registry, context.secrets.value(RegistryPasswordId));
}

std::vector<ImagePusher::Item> itemsFor(const RunContext &context)
{
    return ImagePusher::itemsFor(
        *context.package, Relocator(RelocationRules::forTarget(context.plan->registry)));
}

StepResult failedWith(const Error &error)
{
    return StepResult::failed(error.code(), error.message(), error.hint());
}

} // namespace

// ---------------------------------------------------------------- registry.check

RegistryCheckStep::RegistryCheckStep(const PlannedStep &planned, RunContext &context)
    : Step(planned, context)
{ }

RegistryCheckStep::~RegistryCheckStep() = default;

void RegistryCheckStep::run()
{
    const std::vector<ImagePusher::Item> items = itemsFor(m_context);
    const UpgradePlan &plan = *m_context.plan;
    m_client = clientFor(m_context);
    if (plan.registry.insecure) {
        note(tr("The TLS certificate of %1 is not verified (insecure): use this on a trusted "
                "network only.")
                 .arg(plan.registry.address));
    }
    m_preflight = std::make_unique<RegistryPreflight>(*m_client,
        RegistryPreflight::Settings {plan.registry, m_context.secrets.value(RegistryPasswordId),
            items.empty() ? QString() : items.front().repository, plan.sync.createProject,
            plan.sync.chartTarget, plan.sync.chartRepoUrl});
    connect(m_preflight.get(), &RegistryPreflight::message, this,
        [this](const QString &text) { note(text); });
    connect(m_preflight.get(), &RegistryPreflight::finished, this,
        guarded([this](const std::optional<Error> &failure) {
            finish(failure ? failedWith(*failure) : StepResult::ok());
        }));
    m_preflight->start();
}

// ---------------------------------------------------------------- images.push

ImagesPushStep::ImagesPushStep(const PlannedStep &planned, RunContext &context)
    : Step(planned, context)
{ }

ImagesPushStep::~ImagesPushStep() = default;

void ImagesPushStep::run()
{
    m_client = clientFor(m_context);
    m_pusher = std::make_unique<ImagePusher>(
        *m_client, m_context.plan->sync.jobs, m_context.plan->sync.force);
    connect(
        m_pusher.get(), &ImagePusher::message, this, [this](const QString &text) { note(text); });
    connect(m_pusher.get(), &ImagePusher::progress, this,
        [this](qint64 done, qint64 total) { emit progress(done, total, QStringLiteral("bytes")); });
    connect(m_pusher.get(), &ImagePusher::finished, this,
        guarded([this](const std::optional<Error> &failure) {
            if (failure && failure->code() == QLatin1String("canceled")) {
                finish(StepResult::canceled());
                return;
            }
            if (failure) {
                finish(failedWith(*failure));
                return;
            }
            const ImagePusher::Summary &summary = m_pusher->summary();
            finish(StepResult::ok(
                tr("%1 images pushed, %2 already there; %3 layers uploaded, %4 already there, %5 "
                   "mounted.")
                    .arg(summary.manifestsPushed)
                    .arg(summary.manifestsSkipped)
                    .arg(summary.blobsUploaded)
                    .arg(summary.blobsSkipped)
                    .arg(summary.blobsMounted)));
        }));
    // The ping first: it learns how the registry authenticates (Basic or tokens).
    m_client->ping(guarded([this](const RegistryClient::Failure &failure) {
        // A cancel while the registry had not answered yet: the ping's end (often an aborted
        // request) is the cancel, not a failure of the registry.
        if (cancelRequested()) {
            finish(StepResult::canceled());
            return;
        }
        if (failure) {
            finish(failedWith(*failure));
            return;
        }
        m_pusher->start(itemsFor(m_context));
    }));
}

void ImagesPushStep::onCancel()
{
    // Uploads under way end (their blobs are not committed); the pusher then reports canceled.
    if (m_pusher) {
        m_pusher->cancel();
    } else {
        finish(StepResult::canceled());
    }
}

// ---------------------------------------------------------------- chart.publish

ChartPublishStep::ChartPublishStep(const PlannedStep &planned, RunContext &context)
    : Step(planned, context)
{ }

ChartPublishStep::~ChartPublishStep() = default;

void ChartPublishStep::run()
{
    const SyncSettings &sync = m_context.plan->sync;
    ChartSync::Settings settings;
    settings.registry = m_context.plan->registry;
    settings.password = m_context.secrets.value(RegistryPasswordId);
    settings.target = sync.chartTarget;
    settings.repository
        = sync.chartTarget == ChartTarget::Local ? sync.localChartPath : sync.chartRepoUrl;
    settings.workDirectory = m_context.session->path(QStringLiteral("charts-relocated"));
    settings.force = sync.force;
    m_sync = std::make_unique<ChartSync>(*m_context.package, settings);
    connect(m_sync.get(), &ChartSync::message, this, [this](const QString &text) { note(text); });
    connect(m_sync.get(), &ChartSync::finished, this,
        guarded([this](const std::optional<Error> &failure) {
            if (failure && failure->code() == QLatin1String("canceled")) {
                finish(StepResult::canceled());
            } else if (failure) {
                finish(failedWith(*failure));
            } else {
                finish(StepResult::ok(tr("%1 published, %2 already there.")
                                          .arg(m_sync->published())
                                          .arg(m_sync->alreadyThere())));
            }
        }));
    m_sync->start();
}

void ChartPublishStep::onCancel()
{
    if (m_sync) {
        m_sync->cancel();
    } else {
        finish(StepResult::canceled());
    }
}

} // namespace DceUpgrade
