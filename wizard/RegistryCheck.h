#pragma once

#include "model/UpgradePlan.h"
#include "util/Error.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace DceUpgrade::Wizard {

// "Test connection" on the Registry page: the engine's own registry preflight
// (RegistryPreflight, the checks of the registry.check step) with the password typed in,
// asynchronous on Qt Network, on the GUI thread without blocking it.
//
// It checks what the run will need and changes nothing: a missing Harbor project that the plan
// asks to create is reported as "will be created", not created. line() follows each finding
// as it comes (translated); finished() comes exactly once per start(), after the last line,
// with state() Passed, Failed (failure() says why) or Canceled. start() while a check runs
// drops that check (its result never arrives) and begins again; cancel() may be called any
// number of times. GUI thread only.
class RegistryCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryCheck)

public:
    enum class State { NotRun, Running, Passed, Failed, Canceled };

    explicit RegistryCheck(QObject *parent = nullptr);
    ~RegistryCheck() override;

    void start(const UpgradePlan &plan, const QByteArray &password);
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // Every line of the current (or last) check, in order.
    const QStringList &lines() const { return m_lines; }
    // Why the last check failed (Failed only).
    const std::optional<Error> &failure() const { return m_failure; }

signals:
    void line(const QString &text);
    void finished();

private:
    struct Attempt;

    void addLine(const QString &text);
    void end(State state, const std::optional<Error> &failure);
    void discardAttempt();

    std::unique_ptr<Attempt> m_attempt;
    State m_state = State::NotRun;
    QStringList m_lines;
    std::optional<Error> m_failure;
};

} // namespace DceUpgrade::Wizard
