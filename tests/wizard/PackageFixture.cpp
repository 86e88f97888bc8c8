#include "PackageFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

PackageFixture::PackageFixture()
    : m_dir(QDir::tempPath() + QStringLiteral("/dce-wizard-test-XXXXXX"))
{ }

PackageFixture::Generated PackageFixture::make(
    const QString &kind, const QString &fileName, const QStringList &options)
{
    Generated generated;
    const QString path = m_dir.filePath(fileName);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(DCE_TEST_PYTHON),
        QStringList {QStringLiteral(DCE_TEST_MKBUNDLE), kind, path} + options);
    // Blocking is fine here: this is the test, not the wizard, and the window is not shown yet.
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        ADD_FAILURE() << "mkbundle.py " << kind.toStdString()
                      << " failed: " << process.readAll().toStdString();
        return generated;
    }
    QFile expect(path + QStringLiteral(".expect.json"));
    if (expect.open(QIODevice::ReadOnly)) {
        generated.expect = QJsonDocument::fromJson(expect.readAll()).object();
    }
    generated.path = path;
    return generated;
}

} // namespace DceUpgrade::Wizard::Test
