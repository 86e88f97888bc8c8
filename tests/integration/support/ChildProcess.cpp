#include "ChildProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace DceUpgrade::Test {

void guardChild(QProcess &process)
{
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: async-signal-safe calls only.
    process.setChildProcessModifier([parent] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The test process may have died between fork and prctl: then nobody would kill us.
        if (::getppid() != parent) {
            ::_exit(127);
        }
    });
}

void killChild(QProcess &process)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    const qint64 pid = process.processId();
    if (pid > 0) {
        ::kill(static_cast<pid_t>(-pid), SIGKILL); // the group: the child and anything it forked
    }
    process.kill(); // in case the child had not reached setpgid() yet
    process.waitForFinished(10000);
}

std::string ProcessResult::describe() const
{
    QString text;
    if (!started) {
        text = QStringLiteral("could not be started");
    } else if (timedOut) {
        text = QStringLiteral("timed out after %1 ms").arg(elapsedMs);
    } else if (crashed) {
        text = QStringLiteral("was killed by a signal after %1 ms").arg(elapsedMs);
    } else {
        text = QStringLiteral("exit %1 after %2 ms").arg(exitCode).arg(elapsedMs);
    }
    text += QStringLiteral("\n--- stderr:\n") + QString::fromUtf8(err)
        + QStringLiteral("\n--- stdout:\n") + QString::fromUtf8(out.left(4000));
    return text.toStdString();
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, const QByteArray &input, int timeoutMs)
{
    ProcessResult result;
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    guardChild(process);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        killChild(process);
    }
    result.elapsedMs = clock.elapsed();
    result.crashed = !result.timedOut && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.timedOut || result.crashed ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QThread::msleep(20);
    }
    return true;
}

QByteArray readWholeFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeTextFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        ADD_FAILURE() << "cannot write " << path.toStdString() << ": "
                      << file.errorString().toStdString();
        return false;
    }
    return true;
}

std::string commandLine(const QString &program, const QStringList &arguments)
{
    QStringList words {program};
    for (const QString &argument : arguments) {
        const bool plain
            = !argument.isEmpty() && std::all_of(argument.cbegin(), argument.cend(), [](QChar c) {
                  return c.isLetterOrNumber() || QStringLiteral("-_./=:,@%+").contains(c);
              });
        words += plain ? argument
                       : QLatin1Char('\'')
                + QString(argument).replace(QLatin1Char('\''), QStringLiteral("'\\''"))
                + QLatin1Char('\'');
    }
    return words.join(QLatin1Char(' ')).toStdString();
}

quint16 startListeningServer(QProcess &process, const QString &program,
    const QStringList &arguments, const QByteArray &input, const QString &portFile,
    const QString &errorFile, const char *what)
{
    guardChild(process);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(errorFile);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << "cannot start " << what << ": " << process.errorString().toStdString();
        return 0;
    }
    if (!input.isEmpty()) {
        process.write(input);
        // QProcess writes from its event loop, which nothing here runs: flush it now.
        process.waitForBytesWritten(5000);
    }
    process.closeWriteChannel();
    const bool up = waitUntil(
        [&] {
            return process.state() == QProcess::NotRunning
                || !readWholeFile(portFile).trimmed().isEmpty();
        },
        15000);
    const quint16 port = readWholeFile(portFile).trimmed().toUShort();
    if (!up || port == 0 || process.state() == QProcess::NotRunning) {
        ADD_FAILURE() << what << " did not start:\n" << readWholeFile(errorFile).toStdString();
        return 0;
    }
    return port;
}

quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return 0;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

bool listensOnLoopback(qint64 pid, quint16 port)
{
    if (pid <= 0) {
        return false;
    }
    const QByteArray local
        = "0100007F:" + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    QList<QByteArray> inodes;
    const QList<QByteArray> lines = readWholeFile(QStringLiteral("/proc/net/tcp")).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
        if (fields.size() > 9 && fields.at(1) == local && fields.at(3) == "0A") {
            inodes.append("socket:[" + fields.at(9) + ']');
        }
    }
    if (inodes.isEmpty()) {
        return false;
    }
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList fds = QDir(fdDir).entryList(QDir::System | QDir::NoDotAndDotDot);
    for (const QString &fd : fds) {
        char target[64] = {};
        const QByteArray link = QFile::encodeName(fdDir + QLatin1Char('/') + fd);
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n > 0 && inodes.contains(QByteArray(target, n))) {
            return true;
        }
    }
    return false;
}

} // namespace DceUpgrade::Test
