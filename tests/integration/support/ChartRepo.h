#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace DceUpgrade::Test {

// A helm chart repository on loopback with "skoala-like" charts, generated for one test:
//
//   skoala       0.28.0 and 0.28.1   (appVersion v0.28.0 / v0.28.1)
//   skoala-init  0.28.0 and 0.28.1   (so `helm search repo skoala` finds both: the DCE docs'
//                                      substring-search trap)
//
// Every chart renders a Deployment RELEASE-hive with the image
// `{{ .Values.global.imageRegistry }}/skoala/hive:{{ .Chart.AppVersion }}` and hive.replicas
// replicas, a Service RELEASE-hive, and, when ui.enabled (default true), a Deployment
// RELEASE-ui. values.yaml: global.imageRegistry: release.daocloud.io, hive.replicas: 1,
// hive.logLevel: info, ui.enabled: true.
//
// The charts are written from this file's templates, packaged with the real `helm package`
// and indexed with `helm repo index --url` (helm 3 from the test cache), then served by
// support/chart-repo-server.py on a free port. With a password the server demands HTTP Basic
// auth as username() (`robot$skoala-ci`, a Harbor robot account name) on every request; the
// password reaches it on stdin, never in argv.
class ChartRepo
{
public:
    static const QStringList Charts; // skoala, skoala-init
    static const QStringList Versions; // 0.28.0, 0.28.1

    // Empty password: an open repository. Fails the test (ADD_FAILURE) when it cannot be built.
    explicit ChartRepo(const QString &password = {});
    ~ChartRepo();
    ChartRepo(const ChartRepo &) = delete;
    ChartRepo &operator=(const ChartRepo &) = delete;

    bool isValid() const { return m_valid; }
    QString url() const; // http://127.0.0.1:PORT (no trailing slash)
    QString dir() const; // what the server serves: index.yaml and the .tgz files
    QString chartTgz(const QString &name, const QString &version) const;
    QString username() const; // robot$skoala-ci with a password, else empty
    QString password() const { return m_password; }

    // The Deployment the chart names after `release`.
    static QString hiveDeployment(const QString &release);

    // One object per request the server answered: method, path, code, auth ("none", "ok",
    // "bad") and user. Never holds a password.
    QJsonArray requests() const;

private:
    bool startServer();
    bool buildCharts();

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_password;
    QProcess m_server;
    quint16 m_port = 0;
    bool m_valid = false;
};

} // namespace DceUpgrade::Test
