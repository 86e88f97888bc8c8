#include <QCoreApplication>

#include <gtest/gtest.h>

// Qt classes (QFile resources, translators, QProcess) need an application object before use.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
