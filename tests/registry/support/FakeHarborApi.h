#pragma once

#include "ChildProcess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace DceUpgrade::Test {

struct FakeHarborOptions
{
    QString version = QStringLiteral("v2.7.1"); // answered as "<version>-fake0000"
    enum class ChartMuseum { Auto, On, Off };
    ChartMuseum chartMuseum = ChartMuseum::Auto; // Auto: on below v2.8, as in Harbor
    // Harbor's ChartMuseum runs with ALLOW_OVERWRITE=true: a second upload of NAME-VERSION
    // replaces it (201). false gives ChartMuseum's own default, 409 "... already exists".
    bool allowOverwrite = true;
    bool tls = false; // https with a throw-away self-signed certificate (caFile())
    QStringList projects = {QStringLiteral("library"), QStringLiteral("release.daocloud.io")};
    QStringList publicProjects = {QStringLiteral("library")};
    // http://127.0.0.1:PORT of a real registry: /v2 on this host is passed to it, as Harbor
    // serves its registry beside its API. Empty: /v2 is not served.
    QString registryUpstream;
};

// A FAKE of Harbor's REST API and ChartMuseum chart repository, for one test:
// support/fake-harbor-api.py on 127.0.0.1 at a free port. Harbor itself cannot run here (it is a
// set of containers and there is no Docker engine); the script's header says exactly what it
// models of Harbor and what not, with the Harbor source each behaviour comes from.
//
// Users (the RegistryServer.h names and passwords, so one test may use both):
//
//   admin            Harbor12345    system administrator: everything, 404 for missing projects
//   robot$skoala-ci  robotPassword  a project robot account: reads and uploads charts in every
//                                   project, may not create projects (403, as Harbor)
//   reader           Reader123      reads charts only: upload and project creation are 403
//
// The users and passwords reach the script as JSON on stdin, never in argv. Every request is
// logged (requests()) without any password. The process runs under guardChild(): it never
// outlives the test.
class FakeHarborApi
{
public:
    explicit FakeHarborApi(const FakeHarborOptions &options = {});
    ~FakeHarborApi();
    FakeHarborApi(const FakeHarborApi &) = delete;
    FakeHarborApi &operator=(const FakeHarborApi &) = delete;

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString address() const; // 127.0.0.1:PORT
    QString url() const; // http(s)://127.0.0.1:PORT
    QString scheme() const; // "http" or "https"
    QString caFile() const; // tls: the certificate to trust; empty otherwise
    QString dir() const { return m_dir; }
    qint64 processId() const;
    const FakeHarborOptions &options() const { return m_options; }

    // One object per answered request: time, method, path, query, code, user, auth ("none",
    // "ok", "bad", "forwarded"), for chart uploads content_type, fields, filename, stored, for
    // project creations project and public, and proxied: true for /v2 passed to the registry.
    QJsonArray requests() const;
    // The script's stderr (a Python traceback fails the test in the destructor).
    QByteArray errors() const;

private:
    bool makeCertificate();

    FakeHarborOptions m_options;
    QTemporaryDir m_tmp;
    QString m_dir;
    QProcess m_server;
    quint16 m_port = 0;
};

} // namespace DceUpgrade::Test
