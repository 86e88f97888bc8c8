// Failures stay inside their step: the session's disk fills up in the middle of a run (a tmpfs
// as XDG_STATE_HOME whose every inode gets taken; as root, which the CI is) or, for a user who
// may not mount, the session directory becomes read-only. The step whose session write fails
// ends failed with what happened; the always-run steps still run; the last event still comes and
// says that the report could not be written; the exit code is "this machine" (5).
#include "UpgradeRunFixture.h"

#include "util/SystemError.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace DceUpgrade::Test;

namespace {

class RunOnAFullDisk : public UpgradeRun
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_disk.isValid());
        m_root = ::geteuid() == 0;
        if (m_root) {
            // Root ignores permissions: a real full file system instead.
            const ProcessResult mounted = runProgram(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=256m,nr_inodes=4096,mode=0700"), QStringLiteral("tmpfs"),
                    m_disk.path()});
            ASSERT_TRUE(mounted.ok()) << mounted.describe();
            m_mounted = true;
        }
        UpgradeRun::SetUp();
    }

    void TearDown() override
    {
        if (m_mounted) {
            runProgram(QStringLiteral("umount"), {QStringLiteral("-l"), m_disk.path()});
        }
        if (!m_session.isEmpty()) {
            ::chmod(QFile::encodeName(m_session).constData(), 0700);
        }
    }

    QProcessEnvironment cliEnvironment() const override
    {
        QProcessEnvironment environment = UpgradeRun::cliEnvironment();
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_disk.path());
        return environment;
    }

    // No byte more fits where the session is (root), or nothing new can be made in it.
    void fillTheDisk(const QString &session)
    {
        m_session = session;
        if (!m_root) {
            ASSERT_EQ(::chmod(QFile::encodeName(session).constData(), 0500), 0);
            return;
        }
        // Every inode of the tmpfs taken: no file, however small, can be made any more
        // (ENOSPC, "No space left on device"), while the free bytes stay far above the 64 MiB
        // helm.check itself asks for, so the failure is the session write's.
        for (int n = 0;; ++n) {
            const int fd = ::open(
                QFile::encodeName(m_disk.path() + QStringLiteral("/fill-%1").arg(n)).constData(),
                O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd < 0) {
                ASSERT_EQ(errno, ENOSPC);
                break;
            }
            ::close(fd);
        }
    }

    static ProcessResult runProgram(const QString &program, const QStringList &args)
    {
        return runProcess(program, args, QProcessEnvironment::systemEnvironment());
    }

    QTemporaryDir m_disk;
    bool m_root = false;
    bool m_mounted = false;
    QString m_session;
};

} // namespace

TEST_P(RunOnAFullDisk, TheStepFailsWithTheReasonAndTheRunStillEnds)
{
    bool filled = false;
    QString session;
    m_scanForSecrets = false; // the disk must fill while helm.check's first helm still runs
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"))),
        [&](const QJsonObject &event, QProcess &process) {
            if (event.value(QLatin1String("type")) == QLatin1String("run")) {
                session = event.value(QLatin1String("session")).toString();
            }
            // helm.check records what it finds about each release (a session write in a
            // continuation, after helm answered). The run waits while the disk fills.
            if (filled || event.value(QLatin1String("id")) != QLatin1String("helm.check")
                || event.value(QLatin1String("state")) != QLatin1String("running")) {
                return;
            }
            ::kill(pid_t(process.processId()), SIGSTOP);
            fillTheDisk(session);
            ::kill(pid_t(process.processId()), SIGCONT);
            filled = true;
        });
    ASSERT_TRUE(filled) << run.describe();
    EXPECT_FALSE(run.crashed) << run.describe();

    const QJsonObject check = run.step(QStringLiteral("helm.check"));
    EXPECT_EQ(check.value(QLatin1String("state")), QStringLiteral("failed")) << run.describe();
    EXPECT_EQ(check.value(QLatin1String("code")), QStringLiteral("session.io")) << run.describe();
    const QString message = check.value(QLatin1String("message")).toString();
    EXPECT_TRUE(message.contains(QLatin1String("state.json"))) << message.toStdString();
    if (m_root) {
        EXPECT_TRUE(message.contains(DceUpgrade::SystemError::text(ENOSPC)))
            << message.toStdString();
    }
    EXPECT_TRUE(run.step(QStringLiteral("helm.upgrade:skoala")).isEmpty()) << run.describe();
    // The always-run steps ran: the repository password file went, the report was tried.
    EXPECT_FALSE(run.step(QStringLiteral("helm.repo.cleanup")).isEmpty()) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("report")), QStringLiteral("failed")) << run.describe();

    // The last event is the run's end, and it says the report is missing and why.
    ASSERT_FALSE(run.events.empty());
    const QJsonObject last = run.events.back();
    EXPECT_EQ(last.value(QLatin1String("type")), QStringLiteral("run")) << run.describe();
    EXPECT_EQ(last.value(QLatin1String("state")), QStringLiteral("finished")) << run.describe();
    EXPECT_FALSE(last.value(QLatin1String("ok")).toBool());
    EXPECT_EQ(last.value(QLatin1String("report")).toString(), QString()) << run.describe();
    EXPECT_FALSE(last.value(QLatin1String("reportError")).toString().isEmpty()) << run.describe();
    EXPECT_EQ(run.exitCode, 5) << run.describe();
    EXPECT_EQ(status().value(QLatin1String("version")).toInt(), 1) << "nothing was upgraded";
}

INSTANTIATE_TEST_SUITE_P(Helm, RunOnAFullDisk, ::testing::Values(3), helmTestName);
