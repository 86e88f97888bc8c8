#pragma once

#include "Step.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QObject>

#include <memory>

namespace DceUpgrade {

struct RunContext;

// Runs the planned steps one after another. Each step ends exactly once; the first failure or a
// cancel stops the run, after which only always-run steps (cleanup, the report) still run.
// Every finished step is recorded in the session's state.json, so a rerun skips what is done.
// Everything a step says is written to <session>/logs/<step>.log and re-emitted for the event
// stream or the terminal.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(RunContext &context, QObject *parent = nullptr);
    ~Engine() override;

    // Runs the planned steps; the context's start time is now.
    void start();
    void cancel();
    bool succeeded() const { return m_ok; }
    // A cancel arrived (during a step or between two): the run stopped because of it.
    bool wasCanceled() const { return m_canceled; }

signals:
    void stepStarted(const DceUpgrade::PlannedStep &step, int index, int count);
    void stepLog(const QString &stepId, const QString &stream, const QString &text);
    void stepProgress(const QString &stepId, qint64 done, qint64 total, const QString &unit);
    void stepUnit(const QString &stepId, const DceUpgrade::UnitUpdate &update);
    void stepFinished(const DceUpgrade::PlannedStep &step, const DceUpgrade::StepResult &result,
        qint64 durationMs);
    void finished(bool ok);

private:
    void runNext();
    void onStepFinished(const StepResult &result);
    // Into the run's records, for the report: with the commands the step really ran.
    void record(const PlannedStep &step, const StepResult &result, qint64 durationMs,
        const QJsonArray &commands);

    RunContext &m_context;
    std::unique_ptr<Step> m_current;
    QFile m_log;
    QJsonArray m_units; // the ends of the running step's units, for its record
    QElapsedTimer m_clock;
    int m_index = -1;
    bool m_ok = true;
    bool m_canceled = false;
};

} // namespace DceUpgrade
