#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

namespace DceUpgrade::Test {

// Every process the integration fixtures start goes through guardChild(), so that no test can
// leave one behind: the child leads its own process group (killChild() kills the group), and
// the kernel sends it SIGKILL when the test process dies for any reason (a crash, a ctest
// timeout, kill -9), through PR_SET_PDEATHSIG. Linux only, like the rest of the suite. The
// kernel ties that signal to the thread that started the child: start them from the test's
// own thread, never from a short-lived worker thread.
void guardChild(QProcess &process);

// SIGKILLs the process group of a process started with guardChild() and reaps it.
void killChild(QProcess &process);

struct ProcessResult
{
    bool started = false;
    bool timedOut = false;
    bool crashed = false; // ended by a signal
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    bool ok() const { return started && !timedOut && !crashed && exitCode == 0; }
    // "exit 1 after 5012 ms; stderr: ..." for failure messages.
    std::string describe() const;
};

// Runs `program` to its end with `input` on stdin (then closed). Never throws, never fails the
// test itself: the caller decides what a nonzero exit means.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, const QByteArray &input = {}, int timeoutMs = 120000);

// Starts a test server that writes its listening port to `portFile` (the python servers of the
// fixtures): guarded as above, stderr to `errorFile`, `input` (secrets) on stdin, then waits
// for the port. Returns it, or 0 after ADD_FAILURE naming `what` and showing the server's stderr.
quint16 startListeningServer(QProcess &process, const QString &program,
    const QStringList &arguments, const QByteArray &input, const QString &portFile,
    const QString &errorFile, const char *what);

// Polls `condition` every 20 ms until it holds (true) or `timeoutMs` passes (false).
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

// Whole-file helpers; writeTextFile() fails the test (ADD_FAILURE) when it cannot write.
QByteArray readWholeFile(const QString &path);
bool writeTextFile(const QString &path, const QByteArray &text);

// A port nobody listens on right now on 127.0.0.1. A server binds it a moment later; if another
// process took it in between, the caller sees its server exit and picks another one.
quint16 freeLoopbackPort();
// True when process `pid` itself holds a socket listening on 127.0.0.1:`port` (/proc/net/tcp
// and /proc/PID/fd): a stranger that grabbed the port does not pass for our server.
bool listensOnLoopback(qint64 pid, quint16 port);

// `program args...` with each word quoted when needed, for failure messages.
std::string commandLine(const QString &program, const QStringList &arguments);

} // namespace DceUpgrade::Test
