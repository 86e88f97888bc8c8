#include "engine/ProcessRunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/types.h>

using namespace DceUpgrade;
using Outcome = ProcessRunner::Outcome;

namespace {

const QString FakeTool = QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/support/fake-tools/fake-tool");

struct RunOutcome
{
    ProcessRunner::Result result;
    int finishedCount = 0;
    QStringList stdoutLines;
    QStringList stderrLines;
    qint64 elapsedMs = 0;
};

// Runs the fake tool to its end in a local event loop (tests only: the product never blocks).
RunOutcome run(const QMap<QString, QString> &fakeEnv, ProcessRunner::Options options = {},
    const std::function<void(ProcessRunner &)> &whileRunning = {}, int cancelAfterMs = -1)
{
    for (auto it = fakeEnv.cbegin(); it != fakeEnv.cend(); ++it) {
        options.environment.insert(it.key(), it.value());
    }
    RunOutcome out;
    ProcessRunner runner;
    QEventLoop loop;
    QObject::connect(
        &runner, &ProcessRunner::outputLine, [&](const QString &stream, const QString &line) {
            (stream == QLatin1String("stdout") ? out.stdoutLines : out.stderrLines).append(line);
        });
    QObject::connect(&runner, &ProcessRunner::finished, [&](const ProcessRunner::Result &result) {
        out.result = result;
        ++out.finishedCount;
        QTimer::singleShot(100, &loop, &QEventLoop::quit); // a second finished() would show up
    });
    QElapsedTimer clock;
    clock.start();
    runner.start(CommandLine(FakeTool), options);
    if (cancelAfterMs >= 0) {
        QTimer::singleShot(cancelAfterMs, &runner, [&] {
            if (whileRunning) {
                whileRunning(runner);
            }
            runner.cancel();
            runner.cancel(); // any number of times
        });
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    out.elapsedMs = clock.elapsed();
    return out;
}

// A killed process whose parent is gone stays a zombie until init reaps it: that is dead too.
// Signals arrive asynchronously, so look for up to two seconds.
bool alive(qint64 pid)
{
    for (int i = 0; i < 40; ++i) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (pid <= 0 || !stat.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray text = stat.readAll();
        const char state = text.mid(text.lastIndexOf(')') + 2, 1).at(0);
        if (state == 'Z' || state == 'X') {
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

} // namespace

TEST(ProcessRunner, FinishedOnceWithOutputApartAndRedrawsCollapsed)
{
    const RunOutcome r = run({{QStringLiteral("FAKE_PROGRESS"), QStringLiteral("1")},
        {QStringLiteral("FAKE_STDOUT_LINES"), QStringLiteral("3")},
        {QStringLiteral("FAKE_STDERR"), QStringLiteral("warning: x")},
        {QStringLiteral("FAKE_EXIT"), QStringLiteral("4")}});
    EXPECT_EQ(r.finishedCount, 1);
    EXPECT_EQ(r.result.outcome, Outcome::Finished);
    EXPECT_EQ(r.result.exitCode, 4);
    EXPECT_FALSE(r.result.ok());
    EXPECT_EQ(r.stdoutLines,
        (QStringList {QStringLiteral("30%"), QStringLiteral("line 1"), QStringLiteral("line 2"),
            QStringLiteral("line 3")}));
    EXPECT_EQ(r.stderrLines, QStringList {QStringLiteral("warning: x")});
    EXPECT_TRUE(r.result.standardOutput.endsWith("line 3\n"));
}

TEST(ProcessRunner, MissingProgramFailsToStartWithAReason)
{
    ProcessRunner runner;
    QEventLoop loop;
    ProcessRunner::Result result;
    int count = 0;
    QObject::connect(&runner, &ProcessRunner::finished, [&](const ProcessRunner::Result &r) {
        result = r;
        ++count;
        loop.quit();
    });
    runner.start(CommandLine(QStringLiteral("dce-no-such-tool")));
    EXPECT_EQ(count, 0); // never synchronously inside start()
    loop.exec();
    EXPECT_EQ(count, 1);
    EXPECT_EQ(result.outcome, Outcome::FailedToStart);
    EXPECT_TRUE(result.errorString.contains(QStringLiteral("dce-no-such-tool")));
}

TEST(ProcessRunner, SecretGoesToStdinOnly)
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("stdin"));
    ProcessRunner::Options options;
    options.secretInput = "robot$pass'word";
    const RunOutcome r = run({{QStringLiteral("FAKE_STDIN_TO"), saved}}, options);
    EXPECT_TRUE(r.result.ok());
    QFile file(saved);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("robot$pass'word"));
}

TEST(ProcessRunner, CancelEndsTheWholeProcessGroup)
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("grandchild"));
    qint64 childPid = 0;
    const RunOutcome r = run(
        {{QStringLiteral("FAKE_GRANDCHILD_PIDFILE"), pidFile}}, {},
        [&](ProcessRunner &runner) { childPid = runner.processId(); }, 500);
    EXPECT_EQ(r.finishedCount, 1);
    EXPECT_EQ(r.result.outcome, Outcome::Canceled);
    QFile file(pidFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const qint64 grandchild = file.readAll().trimmed().toLongLong();
    EXPECT_FALSE(alive(childPid));
    EXPECT_FALSE(alive(grandchild)) << "grandchild " << grandchild << " survived the cancel";
}

TEST(ProcessRunner, GracefulStopLetsTheToolFinish)
{
    ProcessRunner::Options options;
    options.gracefulStop = true;
    options.graceMs = 10000;
    const RunOutcome r
        = run({{QStringLiteral("FAKE_TERM_DELAY"), QStringLiteral("1")}}, options, {}, 300);
    EXPECT_EQ(r.result.outcome, Outcome::Canceled);
    EXPECT_EQ(r.result.exitCode, 7); // it ended on its own, not by SIGKILL
    EXPECT_TRUE(r.stdoutLines.contains(QStringLiteral("stopping")));
    EXPECT_GE(r.elapsedMs, 1200);
}

TEST(ProcessRunner, KillAfterTheGracePeriod)
{
    ProcessRunner::Options options;
    options.graceMs = 300;
    const RunOutcome r
        = run({{QStringLiteral("FAKE_TERM_DELAY"), QStringLiteral("20")}}, options, {}, 300);
    EXPECT_EQ(r.result.outcome, Outcome::Canceled);
    EXPECT_LT(r.elapsedMs, 5000);
}

TEST(ProcessRunner, OverallAndSilenceTimeouts)
{
    ProcessRunner::Options overall;
    overall.timeoutMs = 400;
    const RunOutcome slow = run({{QStringLiteral("FAKE_STDOUT_LINES"), QStringLiteral("50")},
                                    {QStringLiteral("FAKE_LINE_DELAY"), QStringLiteral("0.1")}},
        overall);
    EXPECT_EQ(slow.result.outcome, Outcome::TimedOut);
    EXPECT_LT(slow.elapsedMs, 4000);

    ProcessRunner::Options silence;
    silence.silenceTimeoutMs = 400;
    const RunOutcome hang = run({{QStringLiteral("FAKE_HANG"), QStringLiteral("1")}}, silence);
    EXPECT_EQ(hang.result.outcome, Outcome::Silent);

    // Output keeps the silence timer from firing.
    const RunOutcome chatty = run({{QStringLiteral("FAKE_STDOUT_LINES"), QStringLiteral("8")},
                                      {QStringLiteral("FAKE_LINE_DELAY"), QStringLiteral("0.1")}},
        silence);
    EXPECT_EQ(chatty.result.outcome, Outcome::Finished);
}
