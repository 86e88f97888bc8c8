#include "LogView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

template<typename T>
T *child(const LogView &view, const char *name)
{
    T *widget = view.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

QString lastLine(const LogView &view)
{
    return view.textEdit()->document()->lastBlock().text();
}

} // namespace

TEST(LogViewTest, AppendsAreBatchedOnATimer)
{
    LogView view;
    view.resize(600, 300);
    view.show();
    for (int i = 0; i < 1000; ++i) {
        view.appendLine(QStringLiteral("images.push"), QStringLiteral("stdout"),
            QStringLiteral("line %1").arg(i));
    }
    EXPECT_TRUE(view.textEdit()->document()->isEmpty()) << "nothing drawn per line";
    EXPECT_TRUE(view.hasPendingLines());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.hasPendingLines(); }, 2000));
    EXPECT_EQ(view.textEdit()->document()->blockCount(), 1000);
    EXPECT_EQ(lastLine(view), QStringLiteral("line 999"));
    EXPECT_EQ(view.textEdit()->document()->firstBlock().text(), QStringLiteral("line 0"));
}

TEST(LogViewTest, KeepsABoundedNumberOfLines)
{
    LogView view;
    view.setMaximumLines(100);
    auto *status = child<QLabel>(view, "logStatus");
    for (int i = 0; i < 1000; ++i) {
        view.appendLine(QStringLiteral("images.push"),
            i % 3 == 0 ? QStringLiteral("stderr") : QStringLiteral("stdout"),
            QStringLiteral("line %1").arg(i));
    }
    view.flush();
    EXPECT_EQ(view.textEdit()->document()->blockCount(), 100);
    EXPECT_EQ(view.textEdit()->document()->firstBlock().text(), QStringLiteral("line 900"));
    EXPECT_EQ(lastLine(view), QStringLiteral("line 999"));
    EXPECT_EQ(view.bufferedText().count(QLatin1Char('\n')), 100);
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("100"))) << status->text().toStdString();

    // More in a later batch: still the last 100, in order.
    for (int i = 1000; i < 1050; ++i) {
        view.appendLine(QStringLiteral("images.push"), QStringLiteral("stdout"),
            QStringLiteral("line %1").arg(i));
    }
    view.flush();
    EXPECT_EQ(view.textEdit()->document()->blockCount(), 100);
    EXPECT_EQ(view.textEdit()->document()->firstBlock().text(), QStringLiteral("line 950"));
    EXPECT_EQ(lastLine(view), QStringLiteral("line 1049"));

    // A few more (the text trims its top) and many more (it is drawn anew): the same result.
    for (int i = 1050; i < 1060; ++i) {
        view.appendLine(QStringLiteral("images.push"), QStringLiteral("stdout"),
            QStringLiteral("line %1").arg(i));
    }
    view.flush();
    EXPECT_EQ(view.textEdit()->document()->blockCount(), 100);
    EXPECT_EQ(view.textEdit()->document()->firstBlock().text(), QStringLiteral("line 960"));
    EXPECT_EQ(lastLine(view), QStringLiteral("line 1059"));
}

TEST(LogViewTest, FiltersByStep)
{
    LogView view;
    view.setSteps({{QStringLiteral("registry.check"), QStringLiteral("Check the registry")},
        {QStringLiteral("images.push"), QStringLiteral("Push the images")}});
    auto *filter = child<QComboBox>(view, "logFilter");
    ASSERT_NE(filter, nullptr);
    EXPECT_EQ(filter->count(), 3);
    EXPECT_EQ(filter->itemText(2), QStringLiteral("Push the images"));
    view.appendLine(
        QStringLiteral("registry.check"), QStringLiteral("engine"), QStringLiteral("$ ping"));
    view.appendLine(
        QStringLiteral("images.push"), QStringLiteral("stdout"), QStringLiteral("pushed a"));
    view.appendLine(
        QStringLiteral("registry.check"), QStringLiteral("stdout"), QStringLiteral("pong"));
    view.appendLine(
        QStringLiteral("images.push"), QStringLiteral("stdout"), QStringLiteral("pushed b"));
    view.flush();
    EXPECT_EQ(view.textEdit()->toPlainText(), QStringLiteral("$ ping\npushed a\npong\npushed b"));

    filter->setCurrentIndex(1);
    EXPECT_EQ(view.filterStep(), QStringLiteral("registry.check"));
    EXPECT_EQ(view.textEdit()->toPlainText(), QStringLiteral("$ ping\npong"));
    view.appendLine(
        QStringLiteral("images.push"), QStringLiteral("stdout"), QStringLiteral("pushed c"));
    view.appendLine(
        QStringLiteral("registry.check"), QStringLiteral("stdout"), QStringLiteral("ok"));
    view.flush();
    EXPECT_EQ(view.textEdit()->toPlainText(), QStringLiteral("$ ping\npong\nok"));
    EXPECT_EQ(view.bufferedText(), QStringLiteral("$ ping\npong\nok\n"));

    view.setFilterStep(QString());
    EXPECT_EQ(view.textEdit()->toPlainText(),
        QStringLiteral("$ ping\npushed a\npong\npushed b\npushed c\nok"));
}

TEST(LogViewTest, FindsNextAndPreviousWrappingAround)
{
    LogView view;
    for (const char *text : {"alpha", "needle one", "beta", "needle two", "gamma"}) {
        view.appendLine(QStringLiteral("s"), QStringLiteral("stdout"), QString::fromLatin1(text));
    }
    auto *find = child<QLineEdit>(view, "logFind");
    auto *next = child<QToolButton>(view, "logFindNext");
    auto *previous = child<QToolButton>(view, "logFindPrevious");
    ASSERT_TRUE(find && next && previous);
    find->setText(QStringLiteral("needle"));
    QTest::keyClick(find, Qt::Key_Return);
    EXPECT_EQ(view.textEdit()->textCursor().block().text(), QStringLiteral("needle one"));
    next->click();
    EXPECT_EQ(view.textEdit()->textCursor().block().text(), QStringLiteral("needle two"));
    next->click();
    EXPECT_EQ(view.textEdit()->textCursor().block().text(), QStringLiteral("needle one"))
        << "wraps to the top";
    previous->click();
    EXPECT_EQ(view.textEdit()->textCursor().block().text(), QStringLiteral("needle two"))
        << "wraps to the bottom";
    EXPECT_EQ(view.textEdit()->textCursor().selectedText(), QStringLiteral("needle"));

    find->setText(QStringLiteral("absent"));
    EXPECT_FALSE(view.findNext());
    auto *status = child<QLabel>(view, "logStatus");
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("absent")));
}

TEST(LogViewTest, FollowsTheBottomOnlyWhileTheUserIsThere)
{
    LogView view;
    view.resize(500, 200);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 300; ++i) {
        view.appendLine(
            QStringLiteral("s"), QStringLiteral("stdout"), QStringLiteral("a %1").arg(i));
    }
    view.flush();
    QScrollBar *bar = view.textEdit()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    EXPECT_EQ(bar->value(), bar->maximum()) << "at the bottom: follows";

    bar->setValue(10); // the user scrolls up to read
    for (int i = 0; i < 50; ++i) {
        view.appendLine(
            QStringLiteral("s"), QStringLiteral("stdout"), QStringLiteral("b %1").arg(i));
    }
    view.flush();
    EXPECT_EQ(bar->value(), 10) << "reading: the view stays where the user is";

    bar->setValue(bar->maximum());
    view.appendLine(QStringLiteral("s"), QStringLiteral("stdout"), QStringLiteral("c"));
    view.flush();
    EXPECT_EQ(bar->value(), bar->maximum());
}

TEST(LogViewTest, CopiesAndSavesWhatItKeeps)
{
    LogView view;
    view.show();
    view.appendLine(QStringLiteral("s"), QStringLiteral("stdout"), QStringLiteral("first"));
    view.appendLine(QStringLiteral("s"), QStringLiteral("warning"), QStringLiteral("second"));
    view.flush();

    auto *copy = child<QPushButton>(view, "logCopy");
    auto *copyAll = child<QPushButton>(view, "logCopyAll");
    ASSERT_TRUE(copy && copyAll);
    EXPECT_FALSE(copy->isEnabled()) << "nothing selected";
    copyAll->click();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("first\nsecond\n"));
    view.textEdit()->selectAll();
    EXPECT_TRUE(copy->isEnabled());
    copy->click();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("first\nsecond"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    auto *save = child<QPushButton>(view, "logSave");
    ASSERT_NE(save, nullptr);
    save->click();
    QFileDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = view.findChild<QFileDialog *>(QStringLiteral("logSaveDialog"))); },
        5000));
    EXPECT_TRUE(dialog->isVisible()) << "opened with open(), not exec()";
    EXPECT_EQ(dialog->acceptMode(), QFileDialog::AcceptSave);
    emit dialog->fileSelected(path);
    dialog->close();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("first\nsecond\n"));

    QString error;
    EXPECT_FALSE(view.saveTo(dir.filePath(QStringLiteral("no/such/dir/log.txt")), &error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace DceUpgrade::Wizard::Test
