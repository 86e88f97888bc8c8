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
    std::vector<std::pair<qint64, qint64>> inputProgress;
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
    QObject::connect(&runner, &ProcessRunner::inputProgress,
        [&](qint64 written, qint64 total) { out.inputProgress.emplace_back(written, total); });
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

    // Output keeps the silence timer from firing: 2.4 s of output, a line every 0.2 s, against
    // 1.2 s of silence allowed (wide margins: a loaded CI machine delays lines).
    ProcessRunner::Options longerSilence;
    longerSilence.silenceTimeoutMs = 1200;
    const RunOutcome chatty = run({{QStringLiteral("FAKE_STDOUT_LINES"), QStringLiteral("12")},
                                      {QStringLiteral("FAKE_LINE_DELAY"), QStringLiteral("0.2")}},
        longerSilence);
    EXPECT_EQ(chatty.result.outcome, Outcome::Finished);
}

namespace {

// A file of `size` pseudo-random bytes (no two chunks alike, so a misplaced chunk shows).
QString writeRandomFile(const QTemporaryDir &dir, qint64 size)
{
    const QString path = dir.filePath(QStringLiteral("package.tar"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray block(64 * 1024, Qt::Uninitialized);
    quint32 state = 12345;
    for (qint64 written = 0; written < size; written += block.size()) {
        for (char &c : block) {
            state = state * 1664525u + 1013904223u;
            c = char(state >> 24);
        }
        file.write(block.constData(), std::min<qint64>(block.size(), size - written));
    }
    return path;
}

} // namespace

TEST(ProcessRunner, StreamsAWindowOfAFileToStdinWithProgress)
{
    QTemporaryDir dir;
    const QString path = writeRandomFile(dir, 9 * 1024 * 1024 + 321);
    ProcessRunner::Options options;
    options.stdinRange = FileRange::openFile(path).sub(1000, 6 * 1024 * 1024 + 77);
    const QString received = dir.filePath(QStringLiteral("stdin"));
    const RunOutcome out = run({{QStringLiteral("FAKE_STDIN_TO"), received}}, options);
    ASSERT_TRUE(out.result.ok()) << out.result.errorString.toStdString();
    EXPECT_EQ(out.result.inputWritten, options.stdinRange.size());

    QFile whole(path);
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    QFile got(received);
    ASSERT_TRUE(got.open(QIODevice::ReadOnly));
    EXPECT_TRUE(got.readAll() == whole.readAll().mid(1000, 6 * 1024 * 1024 + 77))
        << "the child did not receive exactly the window's bytes";

    ASSERT_FALSE(out.inputProgress.empty());
    EXPECT_GT(out.inputProgress.size(), 1u) << "progress came in one lump";
    EXPECT_EQ(out.inputProgress.back().first, options.stdinRange.size());
    EXPECT_EQ(out.inputProgress.back().second, options.stdinRange.size());
    for (std::size_t i = 1; i < out.inputProgress.size(); ++i) {
        EXPECT_GE(out.inputProgress[i].first, out.inputProgress[i - 1].first);
    }
}

TEST(ProcessRunner, ASilentChildTakingItsInputIsNotStoppedForSilence)
{
    QTemporaryDir dir;
    ProcessRunner::Options options;
    options.stdinRange = FileRange::openFile(writeRandomFile(dir, 4 * 1024 * 1024));
    options.silenceTimeoutMs = 1500;
    // 16 reads of 256 KiB, 0.25 s apart: 4 s without a line of output, more than twice the
    // silence limit, with over a second between reads to spare on a loaded CI machine.
    const RunOutcome out
        = run({{QStringLiteral("FAKE_STDIN_SLOW"), QStringLiteral("0.25")}}, options);
    EXPECT_EQ(out.result.outcome, Outcome::Finished);
    EXPECT_EQ(out.result.inputWritten, options.stdinRange.size());
    EXPECT_GT(out.elapsedMs, 3000);
}

TEST(ProcessRunner, AChildThatStopsReadingEndsTheRunWithItsOwnExitCode)
{
    QTemporaryDir dir;
    ProcessRunner::Options options;
    options.stdinRange = FileRange::openFile(writeRandomFile(dir, 64 * 1024 * 1024));
    // Exits without reading a byte (ssh refused, ctr missing): no hang, no crash of ours.
    const RunOutcome out = run({{QStringLiteral("FAKE_EXIT"), QStringLiteral("3")},
                                   {QStringLiteral("FAKE_STDERR"), QStringLiteral("refused")}},
        options);
    EXPECT_EQ(out.finishedCount, 1);
    EXPECT_EQ(out.result.outcome, Outcome::Finished);
    EXPECT_EQ(out.result.exitCode, 3);
    EXPECT_LT(out.result.inputWritten, options.stdinRange.size());
    EXPECT_LT(out.elapsedMs, 10000);
}

TEST(ProcessRunner, CancelWhileFeedingStdinStopsTheChild)
{
    QTemporaryDir dir;
    ProcessRunner::Options options;
    options.stdinRange = FileRange::openFile(writeRandomFile(dir, 16 * 1024 * 1024));
    const RunOutcome out
        = run({{QStringLiteral("FAKE_STDIN_SLOW"), QStringLiteral("0.2")}}, options, {}, 300);
    EXPECT_EQ(out.result.outcome, Outcome::Canceled);
    EXPECT_LT(out.result.inputWritten, options.stdinRange.size());
    EXPECT_LT(out.elapsedMs, 10000);
}

TEST(ProcessRunner, APackageThatShrinksWhileStreamingFailsWithAReason)
{
    QTemporaryDir dir;
    const QString path = writeRandomFile(dir, 8 * 1024 * 1024);
    ProcessRunner::Options options;
    options.stdinRange = FileRange::openFile(path);
    // The window was measured; then the file is cut short under it (a copy still running).
    ASSERT_TRUE(QFile::resize(path, 2 * 1024 * 1024));
    const RunOutcome out
        = run({{QStringLiteral("FAKE_STDIN_TO"), dir.filePath(QStringLiteral("in"))}}, options);
    EXPECT_EQ(out.result.outcome, Outcome::InputFailed);
    EXPECT_TRUE(out.result.errorString.contains(path)) << out.result.errorString.toStdString();
    EXPECT_FALSE(out.result.ok());
}
