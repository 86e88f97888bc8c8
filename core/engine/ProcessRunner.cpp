#include "ProcessRunner.h"

#include "util/Error.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace DceUpgrade {

namespace {

constexpr qsizetype StderrTail = 64 * 1024;
// stdinRange: read this much at a time, and keep at most InputBuffered bytes waiting in
// QProcess for the child (back-pressure: a slow ssh link never makes us read the whole member
// into memory).
constexpr qint64 InputChunk = 1024 * 1024;
constexpr qint64 InputBuffered = 4 * InputChunk;

QString resolveProgram(const QString &program, const QProcessEnvironment &environment)
{
    if (program.contains(QLatin1Char('/'))) {
        return program;
    }
    const QStringList path
        = environment.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(program, path);
}

} // namespace

QString ProcessRunner::findProgram(const QString &program, const QProcessEnvironment &environment)
{
    const QString found = resolveProgram(program, environment);
    return QFileInfo(found).isExecutable() && !QFileInfo(found).isDir() ? found : QString();
}

ProcessRunner::ProcessRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DceUpgrade::ProcessRunner::Result>();
    m_overallTimer.setSingleShot(true);
    m_silenceTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_overallTimer, &QTimer::timeout, this, [this] { terminate(Outcome::TimedOut); });
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] { terminate(Outcome::Silent); });
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
}

ProcessRunner::~ProcessRunner()
{
    // Never leave a child behind, even when the owner goes away mid-run.
    if (isRunning()) {
        signalGroup(SIGKILL);
        m_process->waitForFinished(2000);
    }
}

bool ProcessRunner::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ProcessRunner::processId() const
{
    return m_pid;
}

void ProcessRunner::start(const CommandLine &command, const Options &options)
{
    Q_ASSERT(m_done);
    m_options = options;
    m_result = Result();
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_stopping = false;
    m_stopReason = Outcome::Finished;
    m_done = false;
    m_pid = 0;
    m_inputRead = 0;

    QProcessEnvironment environment = options.environment;
    for (auto it = command.environment().cbegin(); it != command.environment().cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    const QString program = resolveProgram(command.program(), environment);
    if (program.isEmpty()) {
        m_result.errorString = tr("%1 is not installed or not on PATH.").arg(command.program());
        // Queued, so that finished() never arrives before start() returns.
        QMetaObject::invokeMethod(
            this, [this] { finish(Outcome::FailedToStart, -1); }, Qt::QueuedConnection);
        return;
    }

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment);
    if (!command.workingDirectory().isEmpty()) {
        m_process->setWorkingDirectory(command.workingDirectory());
    }
    // Its own process group: cancel reaches grandchildren too (ssh, shells, plugins).
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
        [this] { onReadyRead(QProcess::StandardOutput); });
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
        [this] { onReadyRead(QProcess::StandardError); });
    connect(m_process.get(), &QProcess::finished, this, &ProcessRunner::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, &ProcessRunner::onErrorOccurred);
    connect(m_process.get(), &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        if (m_options.stdinRange.isValid()) {
            feedInput();
            return;
        }
        if (!m_options.secretInput.isEmpty()) {
            m_process->write(m_options.secretInput);
        }
        m_process->closeWriteChannel();
    });
    if (options.stdinRange.isValid()) {
        connect(m_process.get(), &QProcess::bytesWritten, this, &ProcessRunner::onInputWritten);
    }

    if (options.timeoutMs > 0) {
        m_overallTimer.start(options.timeoutMs);
    }
    if (options.silenceTimeoutMs > 0) {
        m_silenceTimer.start(options.silenceTimeoutMs);
    }
    m_process->start(program, command.arguments());
}

void ProcessRunner::cancel()
{
    terminate(Outcome::Canceled);
}

void ProcessRunner::terminate(Outcome reason)
{
    if (m_done || m_stopping) {
        return;
    }
    m_stopping = true;
    m_stopReason = reason;
    m_overallTimer.stop();
    m_silenceTimer.stop();
    if (!isRunning()) {
        return; // not started yet: errorOccurred/finished will end it
    }
    if (m_options.gracefulStop) {
        // Only helm itself, so it can mark the release failed instead of leaving it pending.
        ::kill(pid_t(m_pid), SIGTERM);
    } else {
        signalGroup(SIGTERM);
    }
    m_killTimer.start(m_options.graceMs);
}

void ProcessRunner::signalGroup(int signal)
{
    if (m_pid > 0) {
        ::kill(-pid_t(m_pid), signal);
    }
}

void ProcessRunner::onReadyRead(QProcess::ProcessChannel channel)
{
    if (m_options.silenceTimeoutMs > 0 && !m_stopping) {
        m_silenceTimer.start(m_options.silenceTimeoutMs);
    }
    m_process->setReadChannel(channel);
    const QByteArray data = m_process->readAll();
    if (channel == QProcess::StandardOutput) {
        if (m_result.standardOutput.size() < m_options.stdoutLimit) {
            m_result.standardOutput += data;
        }
        m_stdoutBuffer += data;
        flushLines(m_stdoutBuffer, QStringLiteral("stdout"), false);
    } else {
        m_result.standardError += data;
        if (m_result.standardError.size() > StderrTail) {
            m_result.standardError = m_result.standardError.right(StderrTail);
        }
        m_stderrBuffer += data;
        flushLines(m_stderrBuffer, QStringLiteral("stderr"), false);
    }
}

void ProcessRunner::flushLines(QByteArray &buffer, const QString &stream, bool atEnd)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = buffer.indexOf('\n', start);
        if (newline < 0) {
            break;
        }
        QByteArray line = buffer.mid(start, newline - start);
        // A progress bar redraws with "\r": only its last state is a line worth showing.
        if (const qsizetype cr = line.lastIndexOf('\r', line.endsWith('\r') ? line.size() - 2 : -1);
            cr >= 0) {
            line = line.mid(cr + 1);
        }
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        emit outputLine(stream, QString::fromUtf8(line));
        start = newline + 1;
    }
    buffer.remove(0, start);
    if (atEnd && !buffer.isEmpty()) {
        emit outputLine(stream, QString::fromUtf8(buffer.mid(buffer.lastIndexOf('\r') + 1)));
        buffer.clear();
    }
}

void ProcessRunner::feedInput()
{
    const FileRange &range = m_options.stdinRange;
    if (m_stopping || !isRunning()) {
        return;
    }
    try {
        QByteArray chunk;
        while (m_inputRead < range.size() && m_process->bytesToWrite() < InputBuffered) {
            chunk.resize(qsizetype(std::min(InputChunk, range.size() - m_inputRead)));
            const qint64 n = range.read(m_inputRead, chunk.data(), chunk.size());
            if (n <= 0) {
                throw Error(QStringLiteral("file.read"),
                    tr("%1 ended before the expected %2 bytes.")
                        .arg(range.filePath())
                        .arg(range.size()),
                    tr("The package changed or shrank while it was being read. Copy it again."));
            }
            m_process->write(chunk.constData(), n);
            m_inputRead += n;
        }
    } catch (const Error &error) {
        m_result.errorString = error.message();
        terminate(Outcome::InputFailed);
        return;
    }
    if (m_inputRead >= range.size() && m_process->bytesToWrite() == 0) {
        m_process->closeWriteChannel();
    }
}

void ProcessRunner::onInputWritten(qint64 bytes)
{
    m_result.inputWritten += bytes;
    // The child is taking its input: it is working, even when it prints nothing.
    if (m_options.silenceTimeoutMs > 0 && !m_stopping) {
        m_silenceTimer.start(m_options.silenceTimeoutMs);
    }
    emit inputProgress(m_result.inputWritten, m_options.stdinRange.size());
    feedInput();
}

void ProcessRunner::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        m_result.errorString = m_process->errorString();
        finish(m_stopping ? m_stopReason : Outcome::FailedToStart, -1);
    }
}

void ProcessRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    // Drain what is left, then close the group: grandchildren that kept running are ended too.
    onReadyRead(QProcess::StandardOutput);
    onReadyRead(QProcess::StandardError);
    flushLines(m_stdoutBuffer, QStringLiteral("stdout"), true);
    flushLines(m_stderrBuffer, QStringLiteral("stderr"), true);
    signalGroup(SIGKILL);
    if (m_stopping) {
        finish(m_stopReason, exitCode);
    } else {
        finish(status == QProcess::NormalExit ? Outcome::Finished : Outcome::Crashed, exitCode);
    }
}

void ProcessRunner::finish(Outcome outcome, int exitCode)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_overallTimer.stop();
    m_silenceTimer.stop();
    m_killTimer.stop();
    m_result.outcome = outcome;
    m_result.exitCode = exitCode;
    emit finished(m_result);
}

ProcessRunner::Probe ProcessRunner::probe(const CommandLine &command, int timeoutMs)
{
    Probe result;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = command.environment().cbegin(); it != command.environment().cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    const QString program = resolveProgram(command.program(), environment);
    if (program.isEmpty()) {
        return result;
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, command.arguments());
    result.started = process.waitForStarted(timeoutMs);
    if (!result.started) {
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

} // namespace DceUpgrade
