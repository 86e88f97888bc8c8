#pragma once

#include "model/RegistryTarget.h"
#include "util/Error.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QVersionNumber>

#include <functional>
#include <optional>

class QHttpMultiPart;

namespace DceUpgrade {

// Harbor's REST API and its ChartMuseum chart repository (bundle-format.md §3.8), asynchronous,
// over Qt Network, for the Harbor at `target.address`: what the Harbor is (version, chart
// repository or not), whether a project exists, creating one, what a project's chart repository
// holds, and uploading a chart package to it.
//
// HTTP Basic with `target.username` (robot$name accounts included) and the password on every
// request: Harbor's API never challenges, it treats bad credentials as anonymous and then
// answers 401 where a user is needed. TLS with the system trust plus `target.caFile`, or none
// with `target.insecure`; HTTP/1.1; proxies from the environment. The password stays in this
// object and is never logged or put in an error.
//
// Lives on one thread; every callback runs exactly once, on that thread, after the call
// returned. Deleting the object abandons the requests under way (their callbacks never run).
class HarborApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborApi)

public:
    HarborApi(RegistryTarget target, QByteArray password, QObject *parent = nullptr);
    ~HarborApi() override;

    using Failure = std::optional<Error>;

    struct SystemInfo
    {
        bool isHarbor = false; // false: not Harbor (another registry answered), not an error
        QString version; // as Harbor says it: "v2.7.1-6015b3ef"; empty when not Harbor
        // Harbor says `with_chartmuseum` to authenticated callers only.
        std::optional<bool> withChartMuseum;
        // The chart repository (/chartrepo/, /api/chartrepo/) is there: `with_chartmuseum` when
        // Harbor said it, otherwise "version below 2.8" (2.8 removed ChartMuseum).
        bool hasChartRepo = false;
    };

    // A project's index.yaml.
    struct ChartIndex
    {
        bool served = false; // false: index.yaml was 404 (no chart repository): an empty index
        QHash<QString, QStringList> versions; // chart name -> versions
        bool contains(const QString &name, const QString &version) const
        {
            return versions.value(name).contains(version);
        }
    };

    enum class UploadOutcome {
        Uploaded,
        // The repository refused the upload because NAME-VERSION is there already (ChartMuseum's
        // 409). Harbor's own ChartMuseum allows overwriting and answers 201 instead: check
        // chartExists() first to leave an existing chart alone.
        AlreadyExists,
    };

    // GET /api/v2.0/systeminfo. Failure only when the server cannot be reached (or TLS fails).
    void systemInfo(std::function<void(const SystemInfo &, const Failure &)> done);
    // HEAD /api/v2.0/projects?project_name=NAME: 200 true, 404 false; 401 harbor.unauthorized,
    // 403 harbor.denied.
    void projectExists(const QString &name, std::function<void(bool exists, const Failure &)> done);
    // POST /api/v2.0/projects. `created` false: it existed already (409), which is no failure.
    void createProject(const QString &name, bool isPublic,
        std::function<void(bool created, const Failure &)> done);
    // GET /chartrepo/PROJECT/index.yaml; 404 is an empty index (served false) unless Harbor says
    // the project does not exist (harbor.project-missing).
    void chartIndex(
        const QString &project, std::function<void(const ChartIndex &, const Failure &)> done);
    // The project's chart repository answers (its index.yaml is served).
    void chartRepoExists(
        const QString &project, std::function<void(bool exists, const Failure &)> done);
    void chartExists(const QString &project, const QString &name, const QString &version,
        std::function<void(bool exists, const Failure &)> done);
    // POST /api/chartrepo/PROJECT/charts, multipart/form-data, the package in the field `chart`
    // named NAME-VERSION.tgz (from its Chart.yaml). Failures: harbor.unauthorized,
    // harbor.denied, harbor.project-missing, harbor.no-chart-repo (Harbor 2.8 and later),
    // harbor.chart-unreadable, chart.invalid / yaml.invalid, harbor.failed.
    void uploadChart(const QString &project, const QString &tgzPath,
        std::function<void(UploadOutcome, const Failure &)> done);

    QUrl baseUrl() const { return m_base; }

    // "v2.7.1-6015b3ef" -> 2.7.1; null for anything else.
    static QVersionNumber parseVersion(const QString &harborVersion);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        Failure networkError;
    };

    void send(const QByteArray &method, const QUrl &url, const QByteArray &body,
        const QByteArray &contentType, QHttpMultiPart *multipart,
        std::function<void(const Reply &)> done);
    QUrl endpoint(const QString &path) const;
    Error failure(
        int status, const QByteArray &body, const QString &action, const QString &project) const;
    Error projectMissing(const QString &project) const;
    Error noChartRepo(const QString &project) const;

    RegistryTarget m_target;
    QByteArray m_password;
    QUrl m_base;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
};

} // namespace DceUpgrade
