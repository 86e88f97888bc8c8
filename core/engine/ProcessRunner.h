#pragma once

#include "tools/CommandLine.h"
#include "util/FileRange.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <memory>

namespace DceUpgrade {

// The only user of QProcess in the program.
//
// Contract (asynchronous, GUI-thread safe, KJob-like): start() returns at once; outputLine() is
// emitted for each complete line (stdout and stderr kept apart, "\r" redraws replace the line);
// finished() is emitted exactly once, after the last outputLine(). The child runs in its own
// process group with an explicit environment and no shell. Two timeouts: overall and "no output
// for too long". cancel() may be called any number of times: it terminates the whole process
// group and kills it after a grace period, except for commands started with `gracefulStop`
// (helm upgrade/rollback), which alone get SIGTERM and time to end on their own, because a
// killed helm leaves the release pending-upgrade.
//
// stdin is closed at once, or receives a secret, or is fed from a window of a file
// (`stdinRange`: images.tar inside the package, for `docker load` and `ctr import` over ssh)
// in chunks as the child takes them: at most a few MiB are ever held in memory, nothing is
// copied to disk, and each chunk the child accepts counts as activity for the silence timeout
// (a `ctr import` prints nothing until its input ends).
class ProcessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessRunner)

public:
    enum class Outcome {
        Finished,
        FailedToStart,
        Crashed,
        TimedOut,
        Silent,
        Canceled,
        InputFailed, // the file feeding stdin could not be read (errorString says why)
    };
    Q_ENUM(Outcome)

    struct Options
    {
        int timeoutMs = 0; // overall; 0: none
        int silenceTimeoutMs = 0; // without any output; 0: none
        int graceMs = 5000; // after SIGTERM, before SIGKILL
        bool gracefulStop = false;
        QByteArray secretInput; // written to stdin, then stdin is closed (never logged)
        FileRange stdinRange; // streamed to stdin, then stdin is closed (not with secretInput)
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        qint64 stdoutLimit = 64 * 1024 * 1024; // kept in memory for the parser
    };

    struct Result
    {
        Outcome outcome = Outcome::FailedToStart;
        int exitCode = -1;
        QByteArray standardOutput; // all of it (up to stdoutLimit), unless saved to a file
        QByteArray standardError; // the last 64 KiB
        QString errorString; // why it failed to start, or why its input could not be read
        qint64 inputWritten = 0; // bytes of stdinRange the child accepted
        bool ok() const { return outcome == Outcome::Finished && exitCode == 0; }
    };

    struct Probe
    {
        bool started = false;
        int exitCode = -1;
        QByteArray standardOutput;
        QByteArray standardError;
    };

    explicit ProcessRunner(QObject *parent = nullptr);
    ~ProcessRunner() override;

    void start(const CommandLine &command, const Options &options);
    void start(const CommandLine &command) { start(command, Options()); }
    void cancel();
    bool isRunning() const;
    qint64 processId() const;

    // A short blocking run for the command line's probes (which helm is installed?). Never on a
    // GUI thread.
    static Probe probe(const CommandLine &command, int timeoutMs = 10000);

    // The program start() would run: `program` itself when it holds a '/', else where the PATH
    // of `environment` has it; empty when it is nowhere (a missing tool, told before any work).
    static QString findProgram(const QString &program, const QProcessEnvironment &environment);

signals:
    void outputLine(const QString &stream, const QString &line);
    // While stdinRange is fed: bytes the child has accepted so far, of `total`.
    void inputProgress(qint64 written, qint64 total);
    void finished(const DceUpgrade::ProcessRunner::Result &result);

private:
    void onReadyRead(QProcess::ProcessChannel channel);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void finish(Outcome outcome, int exitCode);
    void terminate(Outcome reason);
    void signalGroup(int signal);
    void flushLines(QByteArray &buffer, const QString &stream, bool atEnd);
    void feedInput();
    void onInputWritten(qint64 bytes);

    std::unique_ptr<QProcess> m_process;
    Options m_options;
    QTimer m_overallTimer;
    QTimer m_silenceTimer;
    QTimer m_killTimer;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrBuffer;
    Result m_result;
    Outcome m_stopReason = Outcome::Finished;
    qint64 m_pid = 0;
    qint64 m_inputRead = 0; // of stdinRange, handed to QProcess so far
    bool m_stopping = false;
    bool m_done = true;
};

} // namespace DceUpgrade

Q_DECLARE_METATYPE(DceUpgrade::ProcessRunner::Result)
