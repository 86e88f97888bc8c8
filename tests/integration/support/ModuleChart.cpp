#include "ModuleChart.h"

#include "ChildProcess.h"

#include <QJsonArray>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace DceUpgrade::Test {

QString unpackModuleChart(const GeneratedBundle &package, const QString &chart, const QString &dir)
{
    QString member;
    for (const QJsonValue &c : package.expect.value(QLatin1String("charts")).toArray()) {
        if (c[QLatin1String("name")].toString() == chart) {
            member = c[QLatin1String("bundle_member")].toString();
        }
    }
    // The bundle is read out of the package as a stream: nothing but the chart reaches the disk.
    const QString script
        = QStringLiteral("import sys, tarfile\n"
                         "package = tarfile.open(sys.argv[1])\n"
                         "bundle = tarfile.open(fileobj=package.extractfile(sys.argv[2]))\n"
                         "chart = [m for m in bundle if m.name.startswith('original-chart/')]\n"
                         "bundle.extractall(sys.argv[3], chart)\n");
    const ProcessResult unpacked = runProcess(QStringLiteral(DCE_TEST_PYTHON),
        {QStringLiteral("-c"), script, package.path, member, dir},
        QProcessEnvironment::systemEnvironment());
    EXPECT_TRUE(unpacked.ok()) << member.toStdString() << ": " << unpacked.describe();
    return dir + QStringLiteral("/original-chart");
}

} // namespace DceUpgrade::Test
