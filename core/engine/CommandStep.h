#pragma once

#include "ProcessRunner.h"
#include "Step.h"

#include <memory>
#include <optional>

namespace DceUpgrade {

// A step that runs its planned commands one after another through ProcessRunner. Subclasses
// decide what an output means (afterCommand), may leave a command out (shouldRun) and may add
// commands of their own at run time (runExtra).
class CommandStep : public Step
{
    Q_OBJECT

public:
    CommandStep(PlannedStep planned, RunContext &context, QObject *parent = nullptr);

protected:
    void run() override;
    void onCancel() override;

    virtual bool shouldRun(int index, const CommandLine &command);
    // Called after each command; a result ends the step, nullopt goes on to the next command.
    // The default fails on a non-zero exit with what the tool said.
    virtual std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result);
    // After the last command.
    virtual StepResult whenAllDone() { return StepResult::ok(); }
    virtual ProcessRunner::Options optionsFor(const CommandLine &command) const;
    // While a command's stdin is fed from the package: the bytes it took so far, of `total`.
    // By default the step's progress; a step that feeds several members reports them as one.
    virtual void inputProgress(qint64 written, qint64 total);

    // Runs one command outside the planned list (a rollback, a history query); `then` gets the
    // result. Used by subclasses that must decide at run time.
    void runCommand(
        const CommandLine &command, std::function<void(const ProcessRunner::Result &)> then);

    // From afterCommand: do not go on to the next command; the subclass finishes the step
    // itself (after a command of its own).
    void hold() { m_holding = true; }
    // After hold(): go on with the next planned command.
    void resume()
    {
        m_holding = false;
        next();
    }

    StepResult toolFailed(const CommandLine &command, const ProcessRunner::Result &result) const;

private:
    void next();
    // stdout of commands whose output is parsed (-o json) or saved is not echoed to the log:
    // it can be large and may hold the release's values.
    static bool echoesStdout(const CommandLine &command);

    std::unique_ptr<ProcessRunner> m_runner;
    int m_index = -1;
    bool m_holding = false;
};

} // namespace DceUpgrade
