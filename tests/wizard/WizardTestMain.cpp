#include <QApplication>
#include <QByteArray>
#include <QStandardPaths>

#include <gtest/gtest.h>

// Widgets need a QApplication before anything else; without a display the tests run on the
// offscreen platform (ctest sets it too, this covers running the binary by hand).
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
    QApplication app(argc, argv);
    // QSettings and the XDG locations go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DaoCloud-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("dce-upgrade-wizard-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
