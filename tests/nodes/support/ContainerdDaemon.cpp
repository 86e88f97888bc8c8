#include "ContainerdDaemon.h"

#include "ChildProcess.h"
#include "SecretScan.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <csignal>

namespace DceUpgrade::Test {

ContainerdDaemon::ContainerdDaemon()
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("DCE_TEST_KEEP_TMP"));
    start();
}

ContainerdDaemon::~ContainerdDaemon()
{
    killChild(m_process);
}

QString ContainerdDaemon::socket() const
{
    return m_dir.path() + QStringLiteral("/containerd.sock");
}

QString ContainerdDaemon::log() const
{
    return QString::fromUtf8(readWholeFile(m_dir.path() + QStringLiteral("/containerd.log")));
}

bool ContainerdDaemon::isRunning() const
{
    return m_process.state() == QProcess::Running && QFileInfo::exists(socket());
}

bool ContainerdDaemon::start()
{
    const QString containerd = QStandardPaths::findExecutable(QStringLiteral("containerd"));
    if (containerd.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("ctr")).isEmpty()) {
        ADD_FAILURE() << "containerd is not installed: apt-get install containerd "
                         "(scripts/install-deps.sh test)";
        return false;
    }
    const QByteArray dir = m_dir.path().toUtf8();
    const QByteArray config = "version = 2\nroot = \"" + dir + "/root\"\nstate = \"" + dir
        + "/state\"\ndisabled_plugins = [\"io.containerd.grpc.v1.cri\"]\n[grpc]\n  address = \""
        + dir + "/containerd.sock\"\n[plugins.\"io.containerd.internal.v1.opt\"]\n  path = \"" + dir
        + "/opt\"\n";
    if (!writeTextFile(m_dir.path() + QStringLiteral("/config.toml"), config)) {
        return false;
    }
    guardChild(m_process);
    m_process.setStandardOutputFile(m_dir.path() + QStringLiteral("/containerd.log"));
    m_process.setStandardErrorFile(
        m_dir.path() + QStringLiteral("/containerd.log"), QIODevice::Append);
    m_process.start(
        containerd, {QStringLiteral("--config"), m_dir.path() + QStringLiteral("/config.toml")});
    const bool up = m_process.waitForStarted(10000)
        && waitUntil(
            [this] {
                return isRunning()
                    && runProcess(QStringLiteral("ctr"),
                        {QStringLiteral("-a"), socket(), QStringLiteral("version")},
                        QProcessEnvironment::systemEnvironment(), {}, 10000)
                           .ok();
            },
            30000);
    if (!up) {
        ADD_FAILURE() << "containerd did not answer on " << socket().toStdString() << ":\n"
                      << log().toStdString();
    }
    return up;
}

void ContainerdDaemon::stop()
{
    if (m_process.state() == QProcess::Running) {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        m_process.waitForFinished(20000);
    }
    killChild(m_process);
}

QStringList ContainerdDaemon::images() const
{
    const ProcessResult listed = runProcess(QStringLiteral("ctr"),
        {QStringLiteral("-a"), socket(), QStringLiteral("-n"), QStringLiteral("k8s.io"),
            QStringLiteral("images"), QStringLiteral("ls"), QStringLiteral("-q")},
        QProcessEnvironment::systemEnvironment(), {}, 30000);
    EXPECT_TRUE(listed.ok()) << listed.describe();
    return QString::fromUtf8(listed.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList processesMatching(const QStringList &words, const QByteArray &environmentNeedle)
{
    QStringList found;
    // "PID environ COMMAND LINE" for each process whose environment holds the needle.
    for (const QString &holder : processesHolding(environmentNeedle)) {
        const QString command = holder.section(QLatin1Char(' '), 2);
        const bool all = std::all_of(words.cbegin(), words.cend(),
            [&command](const QString &word) { return command.contains(word); });
        if (all && holder.section(QLatin1Char(' '), 1, 1) == QLatin1String("environ")) {
            found.append(holder.section(QLatin1Char(' '), 0, 0) + QStringLiteral(": ") + command);
        }
    }
    return found;
}

} // namespace DceUpgrade::Test
