#include "Step.h"

#include "RunContext.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace DceUpgrade {

std::optional<StepResult> failureOf(const std::function<void()> &body)
{
    try {
        body();
    } catch (const Error &error) {
        return StepResult::failed(error.code(), error.message(), error.hint());
    } catch (const std::exception &error) {
        return StepResult::failed(QStringLiteral("engine.internal"),
            QCoreApplication::translate("DceUpgrade::Step", "Internal error: %1")
                .arg(QString::fromLocal8Bit(error.what())),
            QCoreApplication::translate("DceUpgrade::Step",
                "This is a bug in dce-upgrade: report it with the session directory."));
    }
    return std::nullopt;
}

Step::Step(PlannedStep planned, RunContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_planned(std::move(planned))
{
    qRegisterMetaType<DceUpgrade::StepResult>();
}

Step::~Step() = default;

void Step::start()
{
    runGuarded([this] { run(); });
}

void Step::runGuarded(const std::function<void()> &body)
{
    if (std::optional<StepResult> failed = failureOf(body)) {
        finish(*failed);
    }
}

void Step::cancel()
{
    m_cancelRequested = true;
    if (!m_finished) {
        onCancel();
    }
}

void Step::recordCommand(const QString &display, int exitCode, qint64 durationMs)
{
    m_commandsRun.append(
        QJsonObject {{QStringLiteral("command"), display}, {QStringLiteral("exitCode"), exitCode},
            {QStringLiteral("durationMs"), double(durationMs)}});
}

void Step::finish(const StepResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(result);
}

} // namespace DceUpgrade
