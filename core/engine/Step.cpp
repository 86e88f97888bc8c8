#include "Step.h"

#include "RunContext.h"
#include "util/Error.h"

#include <QJsonObject>

namespace DceUpgrade {

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
    try {
        run();
    } catch (const Error &error) {
        finish(StepResult::failed(error.code(), error.message(), error.hint()));
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
