#pragma once

#include <QString>

namespace DceUpgrade {

// How a step ended. Every step ends exactly once, with one of these.
struct StepResult
{
    enum class State { Ok, Failed, Canceled, Skipped };

    State state = State::Ok;
    QString code; // stable, never translated ("release.pending"); empty when Ok
    QString message; // translated: what happened
    QString hint; // translated: what to do

    static StepResult ok(const QString &message = {}) { return {State::Ok, {}, message, {}}; }
    static StepResult skipped(const QString &message) { return {State::Skipped, {}, message, {}}; }
    static StepResult canceled() { return {State::Canceled, QStringLiteral("canceled"), {}, {}}; }
    static StepResult failed(const QString &code, const QString &message, const QString &hint = {})
    {
        return {State::Failed, code, message, hint};
    }

    bool succeeded() const { return state == State::Ok || state == State::Skipped; }
    static QString toString(State state);
};

inline QString StepResult::toString(State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Canceled:
        return QStringLiteral("canceled");
    case State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace DceUpgrade
