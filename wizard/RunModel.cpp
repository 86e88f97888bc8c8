#include "RunModel.h"

#include <algorithm>

namespace DceUpgrade::Wizard {

namespace {

RunModel::StepState endState(const QString &state)
{
    if (state == QLatin1String("ok")) {
        return RunModel::StepState::Ok;
    }
    if (state == QLatin1String("skipped")) {
        return RunModel::StepState::Skipped;
    }
    if (state == QLatin1String("canceled")) {
        return RunModel::StepState::Canceled;
    }
    return RunModel::StepState::Failed;
}

bool isFinished(RunModel::StepState state)
{
    return state != RunModel::StepState::Pending && state != RunModel::StepState::Running;
}

} // namespace

RunModel::RunModel(QObject *parent)
    : QObject(parent)
{ }

RunModel::~RunModel() = default;

void RunModel::reset(RunOutcome::Kind kind)
{
    m_kind = kind;
    m_steps.clear();
    m_running = -1;
    m_transfer = Transfer();
    m_sessionDir.clear();
    m_report.clear();
    m_started = false;
    m_sawRunFinished = false;
    m_runOk = false;
    m_ended = false;
    m_outcome = RunOutcome();
    m_outcome.kind = kind;
    emit cleared();
    emit stepsReset();
    emit progressChanged();
}

void RunModel::consume(const EngineEvent &event)
{
    if (m_ended) {
        return; // a late line of a worker already counted as gone
    }
    switch (event.type) {
    case EngineEvent::Type::RunStarted:
        runStarted(event);
        break;
    case EngineEvent::Type::StepRunning:
        stepRunning(event);
        break;
    case EngineEvent::Type::StepFinished:
        stepFinished(event);
        break;
    case EngineEvent::Type::Progress:
        progressed(event);
        break;
    case EngineEvent::Type::Log:
        emit logLine(event.step, event.stream, event.text);
        break;
    case EngineEvent::Type::RunFinished:
        m_sawRunFinished = true;
        m_runOk = event.ok;
        if (!event.report.isEmpty()) {
            m_report = event.report;
        }
        emit progressChanged();
        break;
    case EngineEvent::Type::Unit:
        unitUpdated(event);
        break;
    case EngineEvent::Type::Unknown:
        break; // a newer engine's event: docs/events.md says to ignore it
    }
}

void RunModel::runStarted(const EngineEvent &event)
{
    m_started = true;
    m_sessionDir = event.session;
    m_steps.clear();
    m_running = -1;
    for (const EngineEvent::StepInfo &info : event.steps) {
        Step step;
        step.id = info.id;
        step.title = info.title.isEmpty() ? info.id : info.title;
        step.weight = std::max(0, info.weight);
        m_steps.push_back(std::move(step));
    }
    emit stepsReset();
    emit progressChanged();
}

int RunModel::ensureStep(const QString &stepId)
{
    if (const int index = indexOf(stepId); index >= 0) {
        return index;
    }
    // A step the first event did not list: shown, so nothing the engine does is hidden.
    Step step;
    step.id = stepId;
    step.title = stepId;
    m_steps.push_back(std::move(step));
    emit stepsReset();
    return int(m_steps.size()) - 1;
}

void RunModel::stepRunning(const EngineEvent &event)
{
    if (event.step.isEmpty()) {
        return;
    }
    const int index = ensureStep(event.step);
    Step &step = m_steps[size_t(index)];
    step.state = StepState::Running;
    step.done = 0;
    step.total = 0;
    step.running.start();
    m_running = index;
    m_transfer = Transfer();
    m_transfer.step = step.id;
    emit stepChanged(index);
    emit progressChanged();
}

void RunModel::stepFinished(const EngineEvent &event)
{
    if (event.step.isEmpty()) {
        return;
    }
    const int index = ensureStep(event.step);
    Step &step = m_steps[size_t(index)];
    step.state = endState(event.state);
    step.durationMs = event.durationMs;
    step.code = event.code;
    step.message = event.message;
    step.hint = event.hint;
    if (m_running == index) {
        m_running = -1;
        m_transfer = Transfer();
    }
    emit stepChanged(index);
    emit progressChanged();
}

void RunModel::progressed(const EngineEvent &event)
{
    const int index = indexOf(event.step);
    if (index < 0) {
        return; // progress of a step nobody announced: nothing to weigh it by
    }
    Step &step = m_steps[size_t(index)];
    step.done = std::max<qint64>(0, event.done);
    step.total = std::max<qint64>(0, event.total);
    if (index == m_running || m_running < 0) {
        m_transfer.step = step.id;
        m_transfer.unit = event.unit;
        m_transfer.done = step.done;
        m_transfer.total = step.total;
        m_transfer.bytesPerSecond = event.bytesPerSecond;
        m_transfer.secondsLeft = event.secondsLeft;
    }
    emit progressChanged();
}

void RunModel::unitUpdated(const EngineEvent &event)
{
    if (event.step.isEmpty() || event.unitId.isEmpty()) {
        return;
    }
    const int stepIndex = ensureStep(event.step);
    std::vector<Unit> &units = m_steps[size_t(stepIndex)].units;
    auto it = std::find_if(
        units.begin(), units.end(), [&](const Unit &unit) { return unit.id == event.unitId; });
    if (it == units.end()) {
        Unit unit;
        unit.id = event.unitId;
        units.push_back(std::move(unit));
        it = units.end() - 1;
    }
    Unit &unit = *it;
    const bool running = event.state == QLatin1String("running");
    if (running && isFinished(unit.state)) {
        return; // each unit ends once: nothing after its end revives it
    }
    unit.done = std::max<qint64>(0, event.done);
    unit.total = std::max<qint64>(0, event.total);
    if (running) {
        if (!unit.running.isValid()) {
            unit.running.start();
        }
    } else {
        unit.state = endState(event.state);
        // A unit skipped as done in an earlier run never ran here: no time to show.
        unit.durationMs = unit.running.isValid() ? unit.running.elapsed() : -1;
        unit.code = event.code;
        unit.message = event.message;
        unit.hint = event.hint;
    }
    emit unitChanged(stepIndex, int(it - units.begin()));
}

void RunModel::interruptUnits(StepState state)
{
    for (int s = 0; s < int(m_steps.size()); ++s) {
        std::vector<Unit> &units = m_steps[size_t(s)].units;
        for (int u = 0; u < int(units.size()); ++u) {
            Unit &unit = units[size_t(u)];
            if (unit.state == StepState::Running) {
                unit.state = state;
                unit.durationMs = unit.running.isValid() ? unit.running.elapsed() : -1;
                emit unitChanged(s, u);
            }
        }
    }
}

int RunModel::indexOf(const QString &stepId) const
{
    const auto it = std::find_if(
        m_steps.cbegin(), m_steps.cend(), [&](const Step &step) { return step.id == stepId; });
    return it == m_steps.cend() ? -1 : int(it - m_steps.cbegin());
}

int RunModel::firstStepIn(StepState state) const
{
    const auto it = std::find_if(
        m_steps.cbegin(), m_steps.cend(), [&](const Step &step) { return step.state == state; });
    return it == m_steps.cend() ? -1 : int(it - m_steps.cbegin());
}

double RunModel::progress() const
{
    if (m_sawRunFinished && m_runOk) {
        return 1.0;
    }
    qint64 totalWeight = 0;
    double doneWeight = 0;
    for (const Step &step : m_steps) {
        totalWeight += step.weight;
        if (isFinished(step.state) && step.state != StepState::Failed
            && step.state != StepState::Canceled) {
            doneWeight += step.weight;
        } else if (step.total > 0) {
            // A running (or interrupted) step counts the share it reported; progress past its
            // total or below zero is the engine's rounding, not more work done.
            doneWeight
                += step.weight * std::clamp(double(step.done) / double(step.total), 0.0, 1.0);
        }
    }
    if (totalWeight <= 0) {
        return 0;
    }
    return std::clamp(doneWeight / double(totalWeight), 0.0, 1.0);
}

void RunModel::workerEnded(
    EngineClient::Ending ending, int exitCode, const QStringList &lastLines, bool cancelRequested)
{
    if (m_ended) {
        return;
    }
    m_ended = true;

    RunOutcome outcome;
    outcome.kind = m_kind;
    outcome.sessionDir = m_sessionDir;
    outcome.report = m_report;
    outcome.exitCode = exitCode;

    const bool lost
        = ending == EngineClient::Ending::FailedToStart || ending == EngineClient::Ending::Crashed;
    if (lost) {
        outcome.result = RunOutcome::Result::WorkerLost;
    } else if (m_sawRunFinished && m_runOk) {
        outcome.result = RunOutcome::Result::Succeeded;
    } else if (firstStepIn(StepState::Failed) >= 0) {
        outcome.result = RunOutcome::Result::Failed;
    } else if (cancelRequested || ending == EngineClient::Ending::Canceled
        || firstStepIn(StepState::Canceled) >= 0) {
        outcome.result = RunOutcome::Result::Canceled;
    } else {
        // The worker exited without a failed step and without "finished ok": it refused the
        // plan or stopped before the first step; its stderr says why.
        outcome.result = RunOutcome::Result::Failed;
    }

    // A step the worker was in when it went away did not end: it is interrupted, not running;
    // so are the units it was running.
    const StepState interrupted
        = outcome.result == RunOutcome::Result::Canceled ? StepState::Canceled : StepState::Failed;
    interruptUnits(interrupted);
    if (m_running >= 0) {
        Step &step = m_steps[size_t(m_running)];
        step.state = interrupted;
        step.durationMs = step.running.isValid() ? step.running.elapsed() : -1;
        const int index = m_running;
        m_running = -1;
        emit stepChanged(index);
    }
    if (const int failed = firstStepIn(StepState::Failed); failed >= 0) {
        const Step &step = m_steps[size_t(failed)];
        outcome.failedStep = step.id;
        outcome.failedStepTitle = step.title;
        outcome.code = step.code;
        outcome.message = step.message;
        outcome.hint = step.hint;
    }
    if (outcome.result != RunOutcome::Result::Succeeded) {
        outcome.lastLines = lastLines;
    }
    m_transfer = Transfer();
    m_outcome = outcome;
    emit progressChanged();
    emit ended(m_outcome);
}

} // namespace DceUpgrade::Wizard
