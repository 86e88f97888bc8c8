#include "SyncSteps.h"

#include "RunContext.h"

#include "registry/ChartSync.h"
#include "registry/HarborApi.h"
#include "registry/ImagePusher.h"
#include "registry/RegistryClient.h"
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
    m_repository = items.empty() ? QString() : items.front().repository;
    m_client = clientFor(m_context);
    if (m_context.plan->registry.insecure) {
        note(tr("The TLS certificate of %1 is not verified (insecure): use this on a trusted "
                "network only.")
                 .arg(m_context.plan->registry.address));
    }
    m_client->ping([this](const RegistryClient::Failure &failure) {
        if (failure) {
            finish(failedWith(*failure));
            return;
        }
        const QString user = m_context.plan->registry.username;
        note(user.isEmpty() ? tr("%1 answers.").arg(m_context.plan->registry.address)
                            : tr("%1 accepts %2.").arg(m_context.plan->registry.address, user));
        checkHarbor();
    });
}

void RegistryCheckStep::checkHarbor()
{
    m_harbor = std::make_unique<HarborApi>(
        m_context.plan->registry, m_context.secrets.value(RegistryPasswordId));
    m_harbor->systemInfo([this](const HarborApi::SystemInfo &info, const HarborApi::Failure &) {
        // A registry that is not Harbor (or hides its API) gets the registry checks only.
        if (!info.isHarbor) {
            checkPushRight();
            return;
        }
        note(tr("Harbor %1.").arg(info.version));
        const ChartTarget chartTarget = m_context.plan->sync.chartTarget;
        if (chartTarget == ChartTarget::Harbor && !info.hasChartRepo) {
            finish(StepResult::failed(QStringLiteral("harbor.no-chart-repo"),
                tr("Harbor %1 has no chart repository (Harbor 2.8 removed ChartMuseum), so the "
                   "chart cannot be published to %2.")
                    .arg(info.version, m_context.plan->sync.chartRepoUrl),
                tr("Publish the chart as an OCI artifact instead: set sync.chartTarget to oci "
                   "(and upgrade from the chart package).")));
            return;
        }
        checkProject(m_repository.section(QLatin1Char('/'), 0, 0));
    });
}

void RegistryCheckStep::checkProject(const QString &project)
{
    if (project.isEmpty()) {
        checkPushRight();
        return;
    }
    m_harbor->projectExists(
        project, [this, project](bool exists, const HarborApi::Failure &failure) {
            if (failure) {
                finish(failedWith(*failure));
                return;
            }
            if (exists) {
                checkPushRight();
                return;
            }
            if (!m_context.plan->sync.createProject) {
                finish(StepResult::failed(QStringLiteral("harbor.project-missing"),
                    tr("The Harbor project %1 does not exist.").arg(project),
                    tr("Create the project in Harbor, or set sync.createProject to true to have it "
                       "created (private) by this account.")));
                return;
            }
            m_harbor->createProject(
                project, false, [this, project](bool, const HarborApi::Failure &createFailure) {
                    if (createFailure) {
                        finish(failedWith(*createFailure));
                        return;
                    }
                    note(tr("Created the private Harbor project %1.").arg(project));
                    checkPushRight();
                });
        });
}

void RegistryCheckStep::checkPushRight()
{
    if (m_repository.isEmpty()) {
        finish(StepResult::ok());
        return;
    }
    m_client->checkPushAccess(m_repository, [this](const RegistryClient::Failure &failure) {
        if (failure) {
            finish(failedWith(*failure));
            return;
        }
        note(tr("Pushing to %1 is allowed.").arg(m_repository));
        finish(StepResult::ok());
    });
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
    connect(
        m_pusher.get(), &ImagePusher::finished, this, [this](const std::optional<Error> &failure) {
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
        });
    // The ping first: it learns how the registry authenticates (Basic or tokens).
    m_client->ping([this](const RegistryClient::Failure &failure) {
        if (failure) {
            finish(failedWith(*failure));
            return;
        }
        m_pusher->start(itemsFor(m_context));
    });
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
    connect(m_sync.get(), &ChartSync::finished, this, [this](const std::optional<Error> &failure) {
        if (failure && failure->code() == QLatin1String("canceled")) {
            finish(StepResult::canceled());
        } else if (failure) {
            finish(failedWith(*failure));
        } else {
            finish(StepResult::ok(tr("%1 published, %2 already there.")
                                      .arg(m_sync->published())
                                      .arg(m_sync->alreadyThere())));
        }
    });
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
