#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

// Widgets need a QApplication before anything else; without a display the tests run on the
// offscreen platform (ctest sets it too, this covers running the binary by hand).
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
    // QSettings and the XDG locations go to a folder of this process alone: never the user's,
    // and not QStandardPaths' shared test mode either, whose ~/.qttest two test processes
    // running side by side (ctest -j2) would both write (recent packages, the last draft).
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/dce-wizard-test-home-XXXXXX"));
    if (!home.isValid()) {
        std::fprintf(stderr, "cannot create a private settings folder: %s\n",
            qPrintable(home.errorString()));
        return 2;
    }
    for (const char *variable :
        {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString path = home.filePath(QString::fromLatin1(variable).toLower());
        QDir().mkpath(path);
        qputenv(variable, QFile::encodeName(path));
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DaoCloud-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("dce-upgrade-wizard-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
