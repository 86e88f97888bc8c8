#pragma once

#include "engine/EngineEvent.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace DceUpgrade {
class ProcessRunner;
}

namespace DceUpgrade::Wizard {

// Runs the engine as a worker process (`dce-upgrade run ... --events - --secrets-stdin`, or
// `rollback`) and turns its JSON lines into EngineEvents. Built on ProcessRunner: the worker has
// its own process group, nothing here ever waits (no waitFor*), and the secrets reach it as one
// JSON line on its stdin, never in its arguments or environment.
//
// Contract: start() returns at once; event() comes for each line the worker writes (lines of an
// unknown type or version are dropped, as docs/events.md asks); finished() comes exactly once,
// after the last event(). cancel() asks the worker to stop (SIGTERM: it lets a running
// `helm upgrade` end safely, then writes its report) and kills it only if it is still there
// after a long grace; it may be called any number of times. Destroying a running client kills
// the worker's group.
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    enum class Ending { Exited, FailedToStart, Crashed, Canceled };
    Q_ENUM(Ending)

    explicit EngineClient(QObject *parent = nullptr);
    ~EngineClient() override;

    // The engine next to this program (build tree or installed package), else $DCE_UPGRADE_ENGINE,
    // else dce-upgrade on PATH.
    static QString engineProgram();

    // `arguments` after the program, e.g. {"run", "--plan", p, "--events", "-", "--secrets-stdin"};
    // `--lang` is added from the running translation.
    void start(const QStringList &arguments, const QHash<QString, QByteArray> &secrets);
    void cancel();
    bool isRunning() const { return m_running; }
    // The worker's process id while it runs (0 before it started).
    qint64 processId() const;
    bool cancelRequested() const { return m_cancelRequested; }
    // How long the worker may take to stop after cancel() before it is killed: a running
    // helm upgrade gets its own 60 s to roll back, plus the report.
    void setCancelGraceMs(int ms) { m_graceMs = ms; }
    // The worker's environment (default: this process's).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setProgram(const QString &program) { m_program = program; }

signals:
    void event(const DceUpgrade::EngineEvent &event);
    // A line the worker wrote to stderr (warnings, errors before the first event).
    void diagnostic(const QString &line);
    // `lastLines`: the worker's last stderr lines, for a worker that was lost or failed early.
    void finished(DceUpgrade::Wizard::EngineClient::Ending ending, int exitCode,
        const QStringList &lastLines);

private:
    std::unique_ptr<ProcessRunner> m_runner;
    QProcessEnvironment m_environment;
    QString m_program;
    QStringList m_lastLines;
    int m_graceMs = 120000;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_sawRunFinished = false;
};

} // namespace DceUpgrade::Wizard

Q_DECLARE_METATYPE(DceUpgrade::EngineEvent)
