#pragma once

#include "EngineClient.h"
#include "WizardSession.h"

#include "engine/EngineEvent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace DceUpgrade::Wizard {

// What one engine run (upgrade, resumed upgrade or rollback) has told so far, as the Run and
// Finish pages show it: the steps with their states, the overall progress by step weights, the
// running transfer (bytes, speed, time left), the session directory and report, and at the end
// the RunOutcome. A step that fans out (images.import: one unit per node) keeps its units, each
// with its own state, bytes and result, in the order the engine first named them. It only
// consumes EngineEvents and the worker's ending; no widgets, no process.
// GUI thread only.
//
// Signals come once per event that changed something; a view that must not redraw that often
// (progress can be frequent) coalesces them itself. ended() comes exactly once per reset(),
// after workerEnded().
class RunModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunModel)

public:
    enum class StepState { Pending, Running, Ok, Failed, Canceled, Skipped };
    Q_ENUM(StepState)

    // One node of a step that fans out ("root@10.0.0.11:22", or "local" for this machine).
    struct Unit
    {
        QString id;
        StepState state = StepState::Running; // never Pending: a unit appears when it starts
        qint64 done = 0, total = 0; // bytes of this unit
        qint64 durationMs = -1; // measured here (the events carry none); -1: it never ran
        QString code, message, hint; // when it ended (code and hint when it failed)
        QElapsedTimer running; // since its first "running", for its elapsed time
    };

    struct Step
    {
        QString id;
        QString title; // translated by the engine
        int weight = 1;
        StepState state = StepState::Pending;
        qint64 durationMs = -1; // when the engine said it ended
        QString code, message, hint; // when it did not end ok (or was skipped: why)
        qint64 done = 0, total = 0; // its last progress
        QElapsedTimer running; // since it started, for the elapsed time of a running step
        std::vector<Unit> units; // in the order they first appeared
    };

    // The last progress of the running step, for "1.2 of 2.0 GiB, 45 MiB/s, about 3 min left".
    struct Transfer
    {
        QString step;
        QString unit; // "bytes" or "items"; empty: no progress yet
        qint64 done = 0, total = 0;
        double bytesPerSecond = -1; // -1: not known (yet)
        qint64 secondsLeft = -1;
    };

    explicit RunModel(QObject *parent = nullptr);
    ~RunModel() override;

    // Forgets everything and expects a new run of `kind`.
    void reset(RunOutcome::Kind kind);
    void consume(const DceUpgrade::EngineEvent &event);
    // The worker is gone: computes outcome() and emits ended(). `cancelRequested`: the user
    // asked it to stop.
    void workerEnded(EngineClient::Ending ending, int exitCode, const QStringList &lastLines,
        bool cancelRequested);

    RunOutcome::Kind kind() const { return m_kind; }
    const std::vector<Step> &steps() const { return m_steps; }
    int indexOf(const QString &stepId) const;
    // The running step, or -1.
    int runningIndex() const { return m_running; }
    // 0..1: finished steps count their whole weight, the running one its share of done/total.
    double progress() const;
    const Transfer &transfer() const { return m_transfer; }
    QString sessionDir() const { return m_sessionDir; }
    QString reportPath() const { return m_report; }
    bool hasStarted() const { return m_started; } // the engine's first event came
    bool sawRunFinished() const { return m_sawRunFinished; }
    bool hasEnded() const { return m_ended; } // the worker is gone
    const RunOutcome &outcome() const { return m_outcome; }

signals:
    void cleared(); // reset(): a new run begins
    void stepsReset(); // a new list of steps (reset() or the engine's first event)
    void stepChanged(int index);
    // A unit of the step at `stepIndex` appeared (unitIndex is then the last one) or changed.
    void unitChanged(int stepIndex, int unitIndex);
    void progressChanged();
    void logLine(const QString &step, const QString &stream, const QString &text);
    void ended(const DceUpgrade::Wizard::RunOutcome &outcome);

private:
    void runStarted(const EngineEvent &event);
    void stepRunning(const EngineEvent &event);
    void stepFinished(const EngineEvent &event);
    void progressed(const EngineEvent &event);
    void unitUpdated(const EngineEvent &event);
    // Units the worker left running when it went away end as `state`, like their step.
    void interruptUnits(StepState state);
    int ensureStep(const QString &stepId);
    int firstStepIn(StepState state) const;

    RunOutcome::Kind m_kind = RunOutcome::Kind::None;
    std::vector<Step> m_steps;
    int m_running = -1;
    Transfer m_transfer;
    QString m_sessionDir;
    QString m_report;
    bool m_started = false;
    bool m_sawRunFinished = false;
    bool m_runOk = false;
    bool m_ended = false;
    RunOutcome m_outcome;
};

} // namespace DceUpgrade::Wizard
