#include "Fixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace DceUpgrade::Test {

Fixtures::Fixtures()
    : m_dir(QDir::tempPath() + QStringLiteral("/dce-upgrade-test-XXXXXX"))
    , m_dirPath(m_dir.path())
{ }

GeneratedBundle Fixtures::make(
    const QString &kind, const QString &fileName, const QStringList &extra)
{
    GeneratedBundle bundle;
    bundle.path = m_dirPath + QLatin1Char('/')
        + (fileName.isEmpty() ? kind + QLatin1String(".tar") : fileName);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(DCE_TEST_PYTHON),
        QStringList {QStringLiteral(DCE_TEST_MKBUNDLE), kind, bundle.path} + extra);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        ADD_FAILURE() << "mkbundle.py " << kind.toStdString()
                      << " failed: " << process.readAll().toStdString();
        return bundle;
    }
    QFile expect(bundle.path + QLatin1String(".expect.json"));
    if (expect.open(QIODevice::ReadOnly)) {
        bundle.expect = QJsonDocument::fromJson(expect.readAll()).object();
    }
    return bundle;
}

QFileDevice::Permissions unixPermissions(const QString &path)
{
    const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    return QFileInfo(path).permissions() & all;
}

QString Fixtures::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = m_dirPath + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        ADD_FAILURE() << "cannot write " << path.toStdString();
    }
    return path;
}

Fixtures::CliResult Fixtures::runCli(const QStringList &arguments, const QByteArray &input)
{
    CliResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DCE_TEST_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        ADD_FAILURE() << "dce-upgrade timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ScopedStateHome::ScopedStateHome()
    : m_saved(qgetenv("XDG_STATE_HOME"))
    , m_wasSet(qEnvironmentVariableIsSet("XDG_STATE_HOME"))
{
    qputenv("XDG_STATE_HOME", m_dir.path().toUtf8());
}

ScopedStateHome::~ScopedStateHome()
{
    if (m_wasSet) {
        qputenv("XDG_STATE_HOME", m_saved);
    } else {
        qunsetenv("XDG_STATE_HOME");
    }
}

} // namespace DceUpgrade::Test
