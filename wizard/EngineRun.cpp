#include "EngineRun.h"

#include "RunModel.h"

#include "engine/Session.h"
#include "model/UpgradePlan.h"
#include "util/Error.h"
#include "util/SystemError.h"

#include <QFile>
#include <QTemporaryDir>

namespace DceUpgrade::Wizard {

namespace {

QStringList eventArguments()
{
    return {QStringLiteral("--events"), QStringLiteral("-")};
}

} // namespace

EngineRun::EngineRun(QObject *parent)
    : QObject(parent)
    , m_client(new EngineClient(this))
    , m_model(new RunModel(this))
{
    m_client->setObjectName(QStringLiteral("engineClient"));
    m_model->setObjectName(QStringLiteral("runModel"));
    connect(m_client, &EngineClient::event, m_model, &RunModel::consume);
    connect(m_client, &EngineClient::finished, this,
        [this](EngineClient::Ending ending, int exitCode, const QStringList &lastLines) {
            m_lastEnding = ending;
            // The engine has copied the plan into its session by now (or never will).
            m_planDir.reset();
            m_model->workerEnded(ending, exitCode, lastLines, m_client->cancelRequested());
        });
    connect(m_model, &RunModel::ended, this, &EngineRun::ended);
}

EngineRun::~EngineRun() = default;

void EngineRun::startUpgrade(
    const UpgradePlan &plan, bool allowDowngrade, const QHash<QString, QByteArray> &secrets)
{
    if (isRunning()) {
        return;
    }
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        failBeforeStart(RunOutcome::Kind::Upgrade,
            tr("Cannot create a private temporary folder for the plan: %1")
                .arg(SystemError::translated(dir->errorString())));
        return;
    }
    // mkdtemp makes it 0700 already; said again so it does not depend on that.
    QFile::setPermissions(dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString planPath = dir->filePath(QStringLiteral("plan.yaml"));
    try {
        Session::writePrivateFile(planPath, plan.toYaml(), true);
    } catch (const Error &error) {
        failBeforeStart(RunOutcome::Kind::Upgrade, error.message());
        return;
    } catch (const std::exception &error) {
        failBeforeStart(RunOutcome::Kind::Upgrade, QString::fromLocal8Bit(error.what()));
        return;
    }
    m_planDir = std::move(dir);

    QStringList arguments {QStringLiteral("run"), QStringLiteral("--plan"), planPath};
    arguments << eventArguments() << QStringLiteral("--secrets-stdin");
    if (allowDowngrade) {
        arguments << QStringLiteral("--allow-downgrade");
    }
    start(RunOutcome::Kind::Upgrade, arguments, secrets);
}

void EngineRun::startResume(
    const QString &sessionDir, bool allowDowngrade, const QHash<QString, QByteArray> &secrets)
{
    if (isRunning()) {
        return;
    }
    QStringList arguments {QStringLiteral("run"), QStringLiteral("--resume"), sessionDir};
    arguments << eventArguments() << QStringLiteral("--secrets-stdin");
    if (allowDowngrade) {
        arguments << QStringLiteral("--allow-downgrade");
    }
    start(RunOutcome::Kind::Upgrade, arguments, secrets);
}

void EngineRun::startRollback(const QString &sessionDir)
{
    if (isRunning()) {
        return;
    }
    QStringList arguments {QStringLiteral("rollback"), QStringLiteral("--session"), sessionDir};
    arguments << eventArguments();
    start(RunOutcome::Kind::Rollback, arguments, {});
}

void EngineRun::start(
    RunOutcome::Kind kind, const QStringList &arguments, const QHash<QString, QByteArray> &secrets)
{
    m_lastArguments = arguments;
    m_model->reset(kind);
    emit started();
    m_client->start(arguments, secrets);
}

void EngineRun::failBeforeStart(RunOutcome::Kind kind, const QString &reason)
{
    m_lastArguments.clear();
    m_lastEnding = EngineClient::Ending::FailedToStart;
    m_model->reset(kind);
    emit started();
    m_model->workerEnded(EngineClient::Ending::FailedToStart, -1, {reason}, false);
}

void EngineRun::cancel()
{
    m_client->cancel();
}

} // namespace DceUpgrade::Wizard
