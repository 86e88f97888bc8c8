#include "HarborApi.h"

#include "RegistryConnection.h"

#include "RegistryError.h"

#include "bundle/ChartLoader.h"
#include "util/SystemError.h"
#include "util/Yaml.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrlQuery>

namespace DceUpgrade {

namespace {

// A request stalls this long without any byte moving: the connection is considered dead.
constexpr int TransferTimeoutMs = 120 * 1000;

// The first Harbor release without ChartMuseum (goharbor/harbor 738fde7d3b).
const QVersionNumber FirstWithoutChartMuseum(2, 8);

// What a Harbor answer says went wrong: Harbor's own {"errors":[{"message"}]}, ChartMuseum's
// {"error"} (passed through by Harbor), or a short plain-text body.
QString whatHarborSaid(const QByteArray &body)
{
    const QString message = RegistryError::firstError(body).second;
    if (!message.isEmpty()) {
        return message;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString chartMuseum = object.value(QLatin1String("error")).toString();
    if (!chartMuseum.isEmpty()) {
        return chartMuseum;
    }
    const QByteArray text = body.trimmed();
    return text.size() <= 200 && !text.startsWith('<') ? QString::fromUtf8(text) : QString();
}

// Harbor names a missing project in its 404s ("project skoala not found").
bool saysProjectMissing(const QByteArray &body, const QString &project)
{
    const QString said = whatHarborSaid(body);
    return said.contains(QLatin1String("not found"), Qt::CaseInsensitive) && said.contains(project)
        && said.contains(QLatin1String("project"), Qt::CaseInsensitive);
}

} // namespace

HarborApi::HarborApi(RegistryTarget target, QByteArray password, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_password(std::move(password))
    , m_base(RegistryConnection::baseUrl(m_target))
    , m_ssl(RegistryConnection::tls(m_target))
{
    RegistryConnection::useProxiesFromEnvironment();
}

HarborApi::~HarborApi()
{
    // Abandoned requests end without calling back into a half-destroyed object.
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

QVersionNumber HarborApi::parseVersion(const QString &harborVersion)
{
    if (!harborVersion.startsWith(QLatin1Char('v'))) {
        return {};
    }
    qsizetype suffix = 0;
    const QVersionNumber version = QVersionNumber::fromString(harborVersion.mid(1), &suffix);
    const QString rest = harborVersion.mid(1 + suffix);
    if (version.segmentCount() < 2 || !(rest.isEmpty() || rest.startsWith(QLatin1Char('-')))) {
        return {};
    }
    return version;
}

QUrl HarborApi::endpoint(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(path);
    return url;
}

void HarborApi::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QByteArray &contentType, QHttpMultiPart *multipart,
    std::function<void(const Reply &)> done)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setRawHeader("Accept", "application/json, application/x-yaml, */*");
    if (!m_target.username.isEmpty()) {
        // Always sent: Harbor never asks for it, it answers 401 or an anonymous view instead.
        QByteArray credentials = m_target.username.toUtf8();
        credentials += ':';
        credentials += m_password;
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    QNetworkReply *reply = nullptr;
    if (multipart) {
        reply = m_network.post(request, multipart);
        multipart->setParent(reply);
    } else if (method == "HEAD") {
        reply = m_network.head(request);
    } else {
        reply = m_network.sendCustomRequest(request, method, body);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        Reply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        if (answer.status == 0) {
            answer.networkError = RegistryError::fromNetwork(reply->errorString(),
                reply->error() == QNetworkReply::SslHandshakeFailedError,
                {m_target.address, {}, m_target.username, tr("the Harbor API")});
        }
        done(answer);
    });
}

Error HarborApi::projectMissing(const QString &project) const
{
    return Error(QStringLiteral("harbor.project-missing"),
        tr("The project %1 does not exist in the Harbor at %2.").arg(project, m_target.address),
        tr("Create the project in Harbor (Projects, New Project), or let dce-upgrade create it, "
           "then run again."));
}

Error HarborApi::noChartRepo(const QString &project) const
{
    return Error(QStringLiteral("harbor.no-chart-repo"),
        tr("The Harbor at %1 has no chart repository for the project %2: Harbor 2.8 and later "
           "have none (ChartMuseum was removed), and older versions only when installed with "
           "ChartMuseum.")
            .arg(m_target.address, project),
        tr("Publish the chart as an OCI artifact instead (sync.chartTarget: oci, the chart goes "
           "to oci://%1/%2), or upload it to another chart repository.")
            .arg(m_target.address, project));
}

Error HarborApi::failure(
    int status, const QByteArray &body, const QString &action, const QString &project) const
{
    const QString said = whatHarborSaid(body);
    const QString detail = said.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                          : QStringLiteral("%1 (HTTP %2)").arg(said).arg(status);
    switch (status) {
    case 401:
        if (m_target.username.isEmpty()) {
            return Error(QStringLiteral("harbor.unauthorized"),
                tr("The Harbor at %1 does not let anonymous users %2: %3")
                    .arg(m_target.address, action, detail),
                tr("Give a Harbor user name and password in the plan and at the password "
                   "prompt."));
        }
        return Error(QStringLiteral("harbor.unauthorized"),
            tr("The Harbor at %1 did not accept the user %2 (to %3): %4")
                .arg(m_target.address, m_target.username, action, detail),
            tr("Check the user name and password. Robot accounts are written with their prefix "
               "(robot$name) and use their secret as the password."));
    case 403:
        return Error(QStringLiteral("harbor.denied"),
            tr("The user %1 may not %2 in the Harbor at %3: %4")
                .arg(m_target.username.isEmpty() ? tr("(anonymous)") : m_target.username, action,
                    m_target.address, detail),
            project.isEmpty()
                ? tr("Give the account the needed rights in Harbor, or use another account.")
                : tr("Check that the project %1 exists: Harbor answers this way for a missing "
                     "project too, unless the account is a system administrator. Otherwise give "
                     "the account a role with the needed rights on the project (Developer or "
                     "higher uploads charts; only a system administrator or a system-level robot "
                     "account creates projects), or use another account.")
                      .arg(project));
    default:
        break;
    }
    if (RegistryError::isTemporary(status)) {
        return Error(QStringLiteral("harbor.busy"),
            tr("The Harbor at %1 is busy or restarting (%2).").arg(m_target.address, detail),
            tr("Run again in a moment."));
    }
    return Error(QStringLiteral("harbor.failed"),
        tr("The Harbor at %1 could not %2: %3").arg(m_target.address, action, detail),
        tr("See the Harbor core log for the reason."));
}

void HarborApi::systemInfo(std::function<void(const SystemInfo &, const Failure &)> done)
{
    send("GET", endpoint(QStringLiteral("/api/v2.0/systeminfo")), {}, {}, nullptr,
        [done = std::move(done)](const Reply &reply) {
            if (reply.networkError) {
                done({}, reply.networkError);
                return;
            }
            // Anything but Harbor's JSON (a 404 page, a registry's error, HTML) means "not
            // Harbor": a plain registry is a valid target for images.
            SystemInfo info;
            const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
            const QJsonValue version = object.value(QLatin1String("harbor_version"));
            if (reply.status != 200 || !version.isString()) {
                done(info, std::nullopt);
                return;
            }
            info.isHarbor = true;
            info.version = version.toString();
            const QJsonValue withChartMuseum = object.value(QLatin1String("with_chartmuseum"));
            if (withChartMuseum.isBool()) {
                info.withChartMuseum = withChartMuseum.toBool();
            }
            const QVersionNumber number = parseVersion(info.version);
            info.hasChartRepo = info.withChartMuseum.value_or(
                !number.isNull() && number < FirstWithoutChartMuseum);
            done(info, std::nullopt);
        });
}

void HarborApi::projectExists(const QString &name, std::function<void(bool, const Failure &)> done)
{
    QUrl url = endpoint(QStringLiteral("/api/v2.0/projects"));
    url.setQuery(QUrlQuery {{QStringLiteral("project_name"), name}});
    send("HEAD", url, {}, {}, nullptr, [this, name, done = std::move(done)](const Reply &reply) {
        if (reply.networkError) {
            done(false, reply.networkError);
        } else if (reply.status == 200) {
            done(true, std::nullopt);
        } else if (reply.status == 404) {
            done(false, std::nullopt);
        } else {
            done(false,
                failure(reply.status, reply.body, tr("look up the project %1").arg(name), name));
        }
    });
}

void HarborApi::createProject(
    const QString &name, bool isPublic, std::function<void(bool, const Failure &)> done)
{
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("project_name"), name},
            {QStringLiteral("public"),
                isPublic}}).toJson(QJsonDocument::Compact);
    send("POST", endpoint(QStringLiteral("/api/v2.0/projects")), body, "application/json", nullptr,
        [this, name, done = std::move(done)](const Reply &reply) {
            if (reply.networkError) {
                done(false, reply.networkError);
            } else if (reply.status == 201) {
                done(true, std::nullopt);
            } else if (reply.status == 409) {
                done(false, std::nullopt); // someone made it first: as good
            } else {
                // 403 here is about the right to create, never about a missing project.
                done(false,
                    failure(reply.status, reply.body, tr("create the project %1").arg(name), {}));
            }
        });
}

void HarborApi::chartIndex(
    const QString &project, std::function<void(const ChartIndex &, const Failure &)> done)
{
    const QUrl url = endpoint(QStringLiteral("/chartrepo/%1/index.yaml").arg(project));
    send("GET", url, {}, {}, nullptr,
        [this, project, url, done = std::move(done)](const Reply &reply) {
            ChartIndex index;
            if (reply.networkError) {
                done(index, reply.networkError);
                return;
            }
            if (reply.status == 404) {
                // Harbor 2.8+ (no chart repository): an empty index, as charts-syncer takes it.
                // A system administrator is told instead that the project does not exist.
                done(index,
                    saysProjectMissing(reply.body, project) ? Failure(projectMissing(project))
                                                            : std::nullopt);
                return;
            }
            if (reply.status != 200) {
                done(index,
                    failure(reply.status, reply.body,
                        tr("read the chart repository of the project %1").arg(project), project));
                return;
            }
            try {
                const YAML::Node document = Yaml::parse(reply.body, url.toDisplayString());
                const YAML::Node entries = document["entries"];
                if (!document.IsMap() || (entries && !entries.IsMap() && !entries.IsNull())) {
                    throw Error(QStringLiteral("harbor.bad-index"),
                        tr("%1 is not a Helm repository index.").arg(url.toDisplayString()),
                        tr("Check that the address points to Harbor's chart repository."));
                }
                if (entries && entries.IsMap()) {
                    for (const auto &entry : entries) {
                        QStringList versions;
                        if (entry.second.IsSequence()) {
                            for (const auto &chart : entry.second) {
                                if (chart.IsMap() && chart["version"]
                                    && chart["version"].IsScalar()) {
                                    versions += Yaml::toQString(chart["version"]);
                                }
                            }
                        }
                        index.versions.insert(Yaml::toQString(entry.first), versions);
                    }
                }
                index.served = true;
                done(index, std::nullopt);
            } catch (const Error &error) {
                done(ChartIndex {}, error);
            }
        });
}

void HarborApi::chartRepoExists(
    const QString &project, std::function<void(bool, const Failure &)> done)
{
    chartIndex(project, [done = std::move(done)](const ChartIndex &index, const Failure &failed) {
        done(index.served, failed);
    });
}

void HarborApi::chartExists(const QString &project, const QString &name, const QString &version,
    std::function<void(bool, const Failure &)> done)
{
    chartIndex(project,
        [name, version, done = std::move(done)](const ChartIndex &index, const Failure &failed) {
            done(index.contains(name, version), failed);
        });
}

void HarborApi::uploadChart(const QString &project, const QString &tgzPath,
    std::function<void(UploadOutcome, const Failure &)> done)
{
    // Failures found before anything is sent still reach `done` after this call returned.
    const auto failLater = [this, done](const Error &error) {
        QMetaObject::invokeMethod(
            this, [done, error] { done(UploadOutcome::Uploaded, error); }, Qt::QueuedConnection);
    };
    QFile file(tgzPath);
    if (!file.open(QIODevice::ReadOnly)) {
        failLater(Error(QStringLiteral("harbor.chart-unreadable"),
            tr("Cannot read the chart package %1: %2").arg(tgzPath, SystemError::of(file)),
            tr("Check that the file exists and is readable.")));
        return;
    }
    // Charts are small (ChartMuseum in Harbor takes at most 20 MiB): read once, name it from
    // its Chart.yaml as ChartMuseum will, and send the same bytes.
    const QByteArray package = file.readAll();
    QString fileName;
    try {
        const ChartInfo chart = ChartLoader::loadFromTgz(package, tgzPath);
        fileName = QStringLiteral("%1-%2.tgz").arg(chart.name, chart.version);
    } catch (const Error &error) {
        failLater(error);
        return;
    }

    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
        QStringLiteral("form-data; name=\"chart\"; filename=\"%1\"").arg(fileName).toUtf8());
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/gzip"));
    part.setBody(package);
    multipart->append(part);

    const QString action = tr("upload %1 to the project %2").arg(fileName, project);
    send("POST", endpoint(QStringLiteral("/api/chartrepo/%1/charts").arg(project)), {}, {},
        multipart, [this, project, action, done = std::move(done)](const Reply &reply) {
            if (reply.networkError) {
                done(UploadOutcome::Uploaded, reply.networkError);
            } else if (reply.status >= 200 && reply.status < 300) {
                done(UploadOutcome::Uploaded, std::nullopt);
            } else if (reply.status == 409) {
                done(UploadOutcome::AlreadyExists, std::nullopt);
            } else if (reply.status == 404) {
                done(UploadOutcome::Uploaded,
                    saysProjectMissing(reply.body, project) ? projectMissing(project)
                                                            : noChartRepo(project));
            } else {
                done(UploadOutcome::Uploaded, failure(reply.status, reply.body, action, project));
            }
        });
}

} // namespace DceUpgrade
