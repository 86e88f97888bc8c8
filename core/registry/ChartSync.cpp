#include "ChartSync.h"

#include "ChartRelocator.h"
#include "HarborApi.h"
#include "RegistryClient.h"
#include "RelocatedImage.h"
#include "Relocator.h"

#include "bundle/PackageReader.h"
#include "util/SystemError.h"

#include <QDir>
#include <QFile>
#include <QUrl>

namespace DceUpgrade {

ChartSync::ChartSync(const Package &package, Settings settings, QObject *parent)
    : QObject(parent)
    , m_package(package)
    , m_settings(std::move(settings))
{ }

ChartSync::~ChartSync() = default;

void ChartSync::start()
{
    if (m_settings.target == ChartTarget::None) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, &ChartSync::publishNext, Qt::QueuedConnection);
}

void ChartSync::cancel()
{
    if (m_client) {
        m_client->abortAll();
    }
    fail(Error(QStringLiteral("canceled"), tr("Publishing the chart was canceled."),
        tr("Run again: a chart is published whole or not at all.")));
}

RegistryTarget ChartSync::targetFor(const QUrl &url) const
{
    // The chart repository may be on another host than the image registry; the account and the
    // TLS settings are the plan's.
    RegistryTarget target = m_settings.registry;
    target.scheme = url.scheme() == QLatin1String("http") ? QStringLiteral("http")
        : url.scheme() == QLatin1String("oci")            ? m_settings.registry.scheme
                                                          : QStringLiteral("https");
    target.address
        = url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    return target;
}

void ChartSync::publishNext()
{
    if (m_finished) {
        return;
    }
    if (m_next >= m_package.bundles.size()) {
        m_finished = true;
        emit finished(std::nullopt);
        return;
    }
    const Bundle &bundle = *m_package.bundles[m_next++];
    try {
        const Relocator relocator(RelocationRules::forTarget(m_settings.registry));
        const RelocatedChart chart
            = ChartRelocator::relocate(bundle, ValueRewrites::compute(bundle, relocator));
        const QString what = chart.name + QLatin1Char(' ') + chart.version;
        switch (m_settings.target) {
        case ChartTarget::Local:
            done(
                what, ChartPublisher::publishLocal(chart, m_settings.repository, m_settings.force));
            return;
        case ChartTarget::Oci: {
            const QUrl url(m_settings.repository);
            if (!m_client) {
                m_client = std::make_unique<RegistryClient>(targetFor(url), m_settings.password);
                connect(m_client.get(), &RegistryClient::notice, this, &ChartSync::message);
            }
            const QString ns = url.path().mid(1);
            m_client->ping([this, chart, ns, what](const RegistryClient::Failure &failure) {
                if (failure) {
                    fail(*failure);
                    return;
                }
                ChartPublisher::publishOci(*m_client, chart, ns, m_settings.workDirectory,
                    m_settings.force,
                    [this, what](const std::optional<ChartPublishResult> &result,
                        const std::optional<Error> &error) {
                        if (error) {
                            fail(*error);
                        } else if (result) {
                            done(what, *result);
                        }
                    });
            });
            return;
        }
        case ChartTarget::Harbor:
            toHarbor(chart);
            return;
        case ChartTarget::None:
            break;
        }
        publishNext();
    } catch (const Error &error) {
        fail(error);
    }
}

void ChartSync::toHarbor(const RelocatedChart &chart)
{
    // https://HARBOR/chartrepo/PROJECT
    const QUrl url(m_settings.repository);
    const QString project = url.path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    if (!url.path().contains(QLatin1String("/chartrepo/")) || project.isEmpty()) {
        fail(Error(QStringLiteral("chart.target-invalid"),
            tr("%1 is not a Harbor chart repository URL.").arg(m_settings.repository),
            tr("Write it as https://HARBOR/chartrepo/PROJECT (sync.chartRepoUrl).")));
        return;
    }
    if (!m_harbor) {
        m_harbor = std::make_unique<HarborApi>(targetFor(url), m_settings.password);
    }
    const QString what = chart.name + QLatin1Char(' ') + chart.version;
    m_harbor->chartExists(project, chart.name, chart.version,
        [this, chart, project, what](bool exists, const HarborApi::Failure &failure) {
            if (failure) {
                fail(*failure);
                return;
            }
            const QString location = m_settings.repository + QLatin1Char('/') + chart.fileName();
            if (exists && !m_settings.force) {
                done(what, {ChartPublishResult::Outcome::AlreadyThere, location, {}});
                return;
            }
            // HarborApi uploads a file: the package goes to the private work directory first.
            const QString path = m_settings.workDirectory + QLatin1Char('/') + chart.fileName();
            QDir().mkpath(m_settings.workDirectory);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(chart.tgz) != chart.tgz.size() || !file.flush()) {
                fail(Error(QStringLiteral("session.io"),
                    tr("Cannot write %1: %2").arg(path, SystemError::of(file)),
                    tr("Check the disk where the session is kept.")));
                return;
            }
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.close();
            m_harbor->uploadChart(project, path,
                [this, what, location, exists, path](
                    HarborApi::UploadOutcome outcome, const HarborApi::Failure &uploadFailure) {
                    QFile::remove(path);
                    if (uploadFailure) {
                        fail(*uploadFailure);
                        return;
                    }
                    const auto result = outcome == HarborApi::UploadOutcome::AlreadyExists
                        ? ChartPublishResult::Outcome::AlreadyThere
                        : exists ? ChartPublishResult::Outcome::Replaced
                                 : ChartPublishResult::Outcome::Published;
                    done(what, {result, location, {}});
                });
        });
}

void ChartSync::done(const QString &what, const ChartPublishResult &result)
{
    switch (result.outcome) {
    case ChartPublishResult::Outcome::Published:
        ++m_published;
        emit message(tr("Published the chart %1 to %2.").arg(what, result.location));
        break;
    case ChartPublishResult::Outcome::Replaced:
        ++m_published;
        emit message(tr("Replaced the chart %1 in %2 (force).").arg(what, result.location));
        break;
    case ChartPublishResult::Outcome::AlreadyThere:
        ++m_alreadyThere;
        emit message(tr("The chart %1 is already in %2 and was left as it is. charts-syncer "
                        "would have skipped this chart and its images entirely; the images "
                        "were checked and pushed anyway. Use force to replace the chart.")
                         .arg(what, result.location));
        break;
    }
    publishNext();
}

void ChartSync::fail(const Error &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(error);
}

} // namespace DceUpgrade
