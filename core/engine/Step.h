#pragma once

#include "PlannedStep.h"
#include "StepResult.h"
#include "UnitUpdate.h"

#include <QJsonArray>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

namespace DceUpgrade {

struct RunContext;

// Runs `body`; an exception it throws (an Error: a full disk under a session write, an odd image
// reference; or anything else) comes back as the failed result it stands for, nullopt when none.
// The one guard of the engine: Step::start, every step continuation (Step::guarded) and the
// Engine's own bookkeeping go through it, so no exception ever crosses the Qt event loop, where
// it would lose the step's result and the run's end.
std::optional<StepResult> failureOf(const std::function<void()> &body);

// One step of a run, performing what its PlannedStep describes. Asynchronous: start() returns
// at once; the step reports log lines and progress, then finished() exactly once. cancel() may
// come at any time, any number of times; a step that cannot stop at once (helm upgrade) ends
// when it safely can.
class Step : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Step)

public:
    Step(PlannedStep planned, RunContext &context, QObject *parent = nullptr);
    ~Step() override;

    const PlannedStep &planned() const { return m_planned; }
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    // The commands this step ran, in order, as shown (no secret is ever in them), each with
    // its exit code and duration: {"command", "exitCode", "durationMs"}.
    const QJsonArray &commandsRun() const { return m_commandsRun; }

signals:
    void logLine(const QString &stream, const QString &text);
    void progress(qint64 done, qint64 total, const QString &unit);
    // Steps that fan out (one import per node): how each unit is doing.
    void unitUpdated(const DceUpgrade::UnitUpdate &update);
    void finished(const DceUpgrade::StepResult &result);

protected:
    virtual void run() = 0;
    // What cancel() does once the request is recorded; by default the step ends at once.
    virtual void onCancel() { finish(StepResult::canceled()); }
    // Ends the step; later calls are ignored, so every path may call it safely.
    void finish(const StepResult &result);
    void note(const QString &text) { emit logLine(QStringLiteral("engine"), text); }
    bool cancelRequested() const { return m_cancelRequested; }
    void recordCommand(const QString &display, int exitCode, qint64 durationMs);

    // Every continuation of a step (a slot or callback that the event loop runs later: a
    // process ended, a registry answered) is connected through guarded(): what it throws ends
    // the step failed with the error's message, instead of escaping into the event loop.
    template<typename Callable>
    auto guarded(Callable callable)
    {
        return [this, callable = std::move(callable)](auto &&...arguments) mutable {
            runGuarded([&] { callable(std::forward<decltype(arguments)>(arguments)...); });
        };
    }
    void runGuarded(const std::function<void()> &body);

    RunContext &m_context;

private:
    PlannedStep m_planned;
    QJsonArray m_commandsRun;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace DceUpgrade

Q_DECLARE_METATYPE(DceUpgrade::StepResult)
