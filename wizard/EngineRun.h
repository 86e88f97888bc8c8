#pragma once

#include "EngineClient.h"
#include "WizardSession.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace DceUpgrade {
struct UpgradePlan;
}

namespace DceUpgrade::Wizard {

class RunModel;

// One engine worker at a time, as a page drives it: an upgrade from the frozen plan, the resume
// of a session (Retry) or its rollback, each fed into the same RunModel. Owns the EngineClient
// and the private temporary directory the plan is written to for the worker (0700; the plan
// holds no secret, the secrets go to the worker's stdin).
//
// Contract: every start…() ends with exactly one ended(), also when the worker could not be
// started or the plan could not be written (then as RunOutcome::Result::WorkerLost with the
// reason in lastLines). cancel() may be called any number of times. GUI thread only.
class EngineRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineRun)

public:
    explicit EngineRun(QObject *parent = nullptr);
    ~EngineRun() override;

    RunModel *model() const { return m_model; }
    // The worker's program and environment can be set here (tests use a stand-in engine).
    EngineClient *client() const { return m_client; }

    // `run --plan FILE --events - --secrets-stdin [--allow-downgrade]`.
    void startUpgrade(
        const UpgradePlan &plan, bool allowDowngrade, const QHash<QString, QByteArray> &secrets);
    // `run --resume SESSION --events - --secrets-stdin [--allow-downgrade]`: skips what is done.
    void startResume(
        const QString &sessionDir, bool allowDowngrade, const QHash<QString, QByteArray> &secrets);
    // `rollback --session SESSION --events -`.
    void startRollback(const QString &sessionDir);
    void cancel();

    bool isRunning() const { return m_client->isRunning(); }
    bool isStopping() const { return m_client->isRunning() && m_client->cancelRequested(); }
    // How the last worker ended (FailedToStart, Crashed...), for the page's wording.
    EngineClient::Ending lastEnding() const { return m_lastEnding; }
    // The arguments of the last start, for tests and the log.
    const QStringList &lastArguments() const { return m_lastArguments; }

signals:
    void started();
    void ended(const DceUpgrade::Wizard::RunOutcome &outcome);

private:
    void start(RunOutcome::Kind kind, const QStringList &arguments,
        const QHash<QString, QByteArray> &secrets);
    void failBeforeStart(RunOutcome::Kind kind, const QString &reason);

    EngineClient *m_client = nullptr;
    RunModel *m_model = nullptr;
    std::unique_ptr<QTemporaryDir> m_planDir;
    EngineClient::Ending m_lastEnding = EngineClient::Ending::Exited;
    QStringList m_lastArguments;
};

} // namespace DceUpgrade::Wizard
