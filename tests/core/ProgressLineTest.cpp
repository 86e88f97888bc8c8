#include "util/ProgressLine.h"

#include <gtest/gtest.h>

#include <unistd.h>

using namespace DceUpgrade;

namespace {

// "42%": what the line says, so a test sees which update was drawn.
ProgressLine::Text percent()
{
    return [](qint64 done, qint64 total) {
        return total > 0 ? QStringLiteral("%1%").arg(done * 100 / total) : QString();
    };
}

const QString Erase = QStringLiteral("\x1b[K");

} // namespace

TEST(ProgressLine, OnATerminalTheLineIsRedrawnInPlace)
{
    QString written;
    QTextStream out(&written);
    {
        ProgressLine line(out, {/*terminal=*/true, /*terminalIntervalMs=*/200}, percent());
        line.updateAt(10, 100, 0);
        line.updateAt(20, 100, 100); // within the interval: not drawn
        line.updateAt(30, 100, 200);
        line.updateAt(30, 100, 900); // nothing moved: not drawn again
        line.updateAt(100, 100, 950); // the end is always drawn
        EXPECT_EQ(written,
            QStringLiteral("\r10%") + Erase + QStringLiteral("\r30%") + Erase
                + QStringLiteral("\r100%") + Erase);
    }
    EXPECT_TRUE(written.endsWith(QLatin1Char('\n'))) << "the line ends when the object goes";
}

TEST(ProgressLine, AMessageReplacesTheLiveLine)
{
    QString written;
    QTextStream out(&written);
    ProgressLine line(out, {/*terminal=*/true, 200}, percent());
    line.updateAt(50, 100, 0);
    line.message(QStringLiteral("pushed a"));
    line.message(QStringLiteral("pushed b"));
    line.updateAt(60, 100, 500);
    line.finish();
    EXPECT_EQ(written,
        QStringLiteral("\r50%") + Erase + QStringLiteral("\rpushed a") + Erase
            + QStringLiteral("\npushed b\n\r60%") + Erase + QStringLiteral("\n"));
}

TEST(ProgressLine, InALogALineNowAndThen)
{
    QString written;
    QTextStream out(&written);
    {
        ProgressLine line(out, {/*terminal=*/false, 200, /*logIntervalMs=*/5000}, percent());
        line.updateAt(0, 100, 0);
        line.updateAt(40, 100, 1000); // a terminal would redraw; a log waits
        line.updateAt(50, 100, 5000);
        line.message(QStringLiteral("pushed a"));
        line.updateAt(100, 100, 5100);
        line.updateAt(100, 100, 5200); // the same end twice: one line
    }
    EXPECT_EQ(written, QStringLiteral("0%\n50%\npushed a\n100%\n"))
        << "no carriage return or escape sequence in a log";
}

TEST(ProgressLine, QuietInALogWhenAskedTo)
{
    QString written;
    QTextStream out(&written);
    {
        ProgressLine line(out, {/*terminal=*/false}, percent());
        line.updateAt(10, 100, 0);
        line.updateAt(100, 100, 5000);
    }
    EXPECT_TRUE(written.isEmpty()) << written.toStdString();
}

TEST(ProgressLine, AnEmptyTextDrawsNothing)
{
    QString written;
    QTextStream out(&written);
    ProgressLine line(out, {/*terminal=*/false, 200, 0}, percent());
    line.updateAt(0, 0, 0); // nothing to count: percent() has nothing to say
    line.updateAt(5, 10, 1);
    EXPECT_EQ(written, QStringLiteral("50%\n"));
}

TEST(ProgressLine, FinishStartsOver)
{
    QString written;
    QTextStream out(&written);
    ProgressLine line(out, {/*terminal=*/false, 200, 1000}, percent());
    line.updateAt(100, 100, 0);
    line.finish();
    line.updateAt(100, 100, 10); // the next piece of work ends where the last one did
    EXPECT_EQ(written, QStringLiteral("100%\n100%\n"));
}

TEST(ProgressLine, APipeIsNoTerminal)
{
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    EXPECT_FALSE(ProgressLine::isTerminal(fds[1]));
    ::close(fds[0]);
    ::close(fds[1]);
}
