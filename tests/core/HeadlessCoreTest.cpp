#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

// STYLE.md boundary 1: core/ is the headless engine. A GUI include there would drag QtGui into
// the command line and the worker process.
TEST(HeadlessCore, NoGuiIncludesInCore)
{
    const QRegularExpression gui(
        QStringLiteral(
            R"(^\s*#\s*include\s*[<"](QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QPixmap|QIcon|QImage|QPainter)\b)"),
        QRegularExpression::MultilineOption);
    QDirIterator it(QStringLiteral(DCE_TEST_CORE_DIR),
        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
        QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        EXPECT_FALSE(gui.match(text).hasMatch()) << file.fileName().toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 20);
}
