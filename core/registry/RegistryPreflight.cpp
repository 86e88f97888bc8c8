#include "RegistryPreflight.h"

#include "HarborApi.h"
#include "RegistryClient.h"

namespace DceUpgrade {

RegistryPreflight::RegistryPreflight(RegistryClient &client, Settings settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(std::move(settings))
{ }

RegistryPreflight::~RegistryPreflight() = default;

void RegistryPreflight::start()
{
    m_client.ping([this](const RegistryClient::Failure &failure) {
        if (failure) {
            finish(failure);
            return;
        }
        const RegistryTarget &registry = m_settings.registry;
        emit message(registry.username.isEmpty()
                ? tr("%1 answers.").arg(registry.address)
                : tr("%1 accepts %2.").arg(registry.address, registry.username));
        checkHarbor();
    });
}

void RegistryPreflight::checkHarbor()
{
    m_harbor = std::make_unique<HarborApi>(m_settings.registry, m_settings.password);
    m_harbor->systemInfo([this](const HarborApi::SystemInfo &info, const HarborApi::Failure &) {
        // A registry that is not Harbor (or hides its API) gets the registry checks only.
        if (!info.isHarbor) {
            checkPushRight();
            return;
        }
        emit message(tr("Harbor %1.").arg(info.version));
        // Said either way: the chart target is chosen long before a chart is published.
        emit message(info.hasChartRepo
                ? tr("It has a chart repository (ChartMuseum).")
                : tr("It has no chart repository (Harbor 2.8 removed ChartMuseum): charts go "
                     "to OCI there."));
        if (m_settings.chartTarget == ChartTarget::Harbor && !info.hasChartRepo) {
            finish(Error(QStringLiteral("harbor.no-chart-repo"),
                tr("Harbor %1 has no chart repository (Harbor 2.8 removed ChartMuseum), so the "
                   "chart cannot be published to %2.")
                    .arg(info.version, m_settings.chartRepoUrl),
                tr("Publish the chart as an OCI artifact instead: set sync.chartTarget to oci "
                   "(and upgrade from the chart package).")));
            return;
        }
        checkProject(m_settings.repository.section(QLatin1Char('/'), 0, 0));
    });
}

void RegistryPreflight::checkProject(const QString &project)
{
    if (project.isEmpty()) {
        checkPushRight();
        return;
    }
    m_harbor->projectExists(
        project, [this, project](bool exists, const HarborApi::Failure &failure) {
            if (failure) {
                finish(failure);
                return;
            }
            if (exists) {
                emit message(tr("The Harbor project %1 exists.").arg(project));
                checkPushRight();
                return;
            }
            if (!m_settings.createProject) {
                finish(Error(QStringLiteral("harbor.project-missing"),
                    tr("The Harbor project %1 does not exist.").arg(project),
                    tr("Create the project in Harbor, or set sync.createProject to true "
                       "(--create-project for push) to have it created (private) by this "
                       "account.")));
                return;
            }
            m_harbor->createProject(
                project, false, [this, project](bool, const HarborApi::Failure &createFailure) {
                    if (createFailure) {
                        finish(createFailure);
                        return;
                    }
                    emit message(tr("Created the private Harbor project %1.").arg(project));
                    checkPushRight();
                });
        });
}

void RegistryPreflight::checkPushRight()
{
    if (m_settings.repository.isEmpty() || !m_settings.provePushRight) {
        finish(std::nullopt);
        return;
    }
    m_client.checkPushAccess(m_settings.repository, [this](const RegistryClient::Failure &failure) {
        if (!failure) {
            emit message(tr("Pushing to %1 is allowed.").arg(m_settings.repository));
        }
        finish(failure);
    });
}

void RegistryPreflight::finish(const std::optional<Error> &failure)
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(failure);
}

} // namespace DceUpgrade
