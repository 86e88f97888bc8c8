#include "FakeHarborApi.h"

#include "RegistryServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace DceUpgrade::Test {

namespace {

QJsonObject userRecord(const QString &user)
{
    QJsonArray rights;
    bool sysadmin = false;
    if (user == RegistryServer::adminUser()) {
        sysadmin = true;
        rights
            = {QStringLiteral("read"), QStringLiteral("upload"), QStringLiteral("create-project")};
    } else if (user == RegistryServer::robotUser()) {
        rights = {QStringLiteral("read"), QStringLiteral("upload")};
    } else {
        rights = {QStringLiteral("read")};
    }
    return {{QStringLiteral("password"), RegistryServer::passwordOf(user)},
        {QStringLiteral("sysadmin"), sysadmin}, {QStringLiteral("rights"), rights}};
}

QString chartMuseumArgument(FakeHarborOptions::ChartMuseum mode)
{
    switch (mode) {
    case FakeHarborOptions::ChartMuseum::On:
        return QStringLiteral("on");
    case FakeHarborOptions::ChartMuseum::Off:
        return QStringLiteral("off");
    case FakeHarborOptions::ChartMuseum::Auto:
        break;
    }
    return QStringLiteral("auto");
}

} // namespace

FakeHarborApi::FakeHarborApi(const FakeHarborOptions &options)
    : m_options(options)
    , m_tmp(QDir::tempPath() + QStringLiteral("/dce-upgrade-fake-harbor-XXXXXX"))
    , m_dir(m_tmp.path())
{
    if (!m_tmp.isValid()) {
        ADD_FAILURE() << "cannot create a temporary directory: "
                      << m_tmp.errorString().toStdString();
        return;
    }
    if (qEnvironmentVariableIntValue("DCE_TEST_KEEP_TMP") != 0) {
        m_tmp.setAutoRemove(false);
    }
    const QString script = QStringLiteral(DCE_TEST_FAKE_HARBOR_API);
    if (!QFileInfo::exists(script)) {
        ADD_FAILURE() << "the fake Harbor API script is missing: " << script.toStdString();
        return;
    }
    if (m_options.tls && !makeCertificate()) {
        return;
    }
    const QString portFile = m_dir + QStringLiteral("/harbor.port");
    QStringList args {QStringLiteral("-I"), script, QStringLiteral("--port-file"), portFile,
        QStringLiteral("--log"), m_dir + QStringLiteral("/requests.jsonl"),
        QStringLiteral("--version"), m_options.version, QStringLiteral("--chartmuseum"),
        chartMuseumArgument(m_options.chartMuseum), QStringLiteral("--allow-overwrite"),
        m_options.allowOverwrite ? QStringLiteral("true") : QStringLiteral("false")};
    if (!m_options.registryUpstream.isEmpty()) {
        args += {QStringLiteral("--registry-upstream"), m_options.registryUpstream};
    }
    if (m_options.tls) {
        args += {QStringLiteral("--tls-cert"), caFile(), QStringLiteral("--tls-key"),
            m_dir + QStringLiteral("/server.key")};
    }
    QJsonObject users;
    for (const QString &user : RegistryServer::users()) {
        users.insert(user, userRecord(user));
    }
    const QJsonObject config {{QStringLiteral("users"), users},
        {QStringLiteral("projects"), QJsonArray::fromStringList(m_options.projects)},
        {QStringLiteral("public"), QJsonArray::fromStringList(m_options.publicProjects)}};
    // -I: the system python in isolated mode; the passwords travel on stdin, never in argv.
    m_port = startListeningServer(m_server, QStringLiteral(DCE_TEST_PYTHON), args,
        QJsonDocument(config).toJson(QJsonDocument::Compact), portFile,
        m_dir + QStringLiteral("/harbor.err"), "the fake Harbor API");
}

FakeHarborApi::~FakeHarborApi()
{
    killChild(m_server);
    const QByteArray stderrText = errors();
    if (stderrText.contains("Traceback")) {
        ADD_FAILURE() << "the fake Harbor API hit an internal error:\n" << stderrText.toStdString();
    }
}

bool FakeHarborApi::makeCertificate()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        ADD_FAILURE() << "openssl is not installed: the registry tests need the Debian package "
                         "openssl; scripts/install-deps.sh test installs it.";
        return false;
    }
    // One self-signed certificate for 127.0.0.1: the client trusts it as its own CA.
    const QStringList args {QStringLiteral("req"), QStringLiteral("-x509"),
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
        QStringLiteral("-keyout"), m_dir + QStringLiteral("/server.key"), QStringLiteral("-out"),
        m_dir + QStringLiteral("/server.crt"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-subj"), QStringLiteral("/CN=dce-upgrade fake Harbor"),
        QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")};
    const ProcessResult result
        = runProcess(openssl, args, QProcessEnvironment::systemEnvironment());
    if (!result.ok()) {
        ADD_FAILURE() << commandLine(openssl, args) << ": " << result.describe();
        return false;
    }
    return true;
}

bool FakeHarborApi::isRunning() const
{
    return m_port != 0 && m_server.state() == QProcess::Running;
}

QString FakeHarborApi::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString FakeHarborApi::scheme() const
{
    return m_options.tls ? QStringLiteral("https") : QStringLiteral("http");
}

QString FakeHarborApi::url() const
{
    return scheme() + QStringLiteral("://") + address();
}

QString FakeHarborApi::caFile() const
{
    return m_options.tls ? m_dir + QStringLiteral("/server.crt") : QString();
}

qint64 FakeHarborApi::processId() const
{
    return m_server.state() == QProcess::Running ? m_server.processId() : 0;
}

QJsonArray FakeHarborApi::requests() const
{
    QJsonArray records;
    const QList<QByteArray> lines
        = readWholeFile(m_dir + QStringLiteral("/requests.jsonl")).split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty()) {
            records.append(QJsonDocument::fromJson(line).object());
        }
    }
    return records;
}

QByteArray FakeHarborApi::errors() const
{
    return readWholeFile(m_dir + QStringLiteral("/harbor.err"));
}

} // namespace DceUpgrade::Test
