#include "Engine.h"

#include "RunContext.h"
#include "StepFactory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <utility>

namespace DceUpgrade {

Engine::Engine(RunContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

Engine::~Engine() = default;

void Engine::start()
{
    m_context.started = QDateTime::currentDateTime();
    m_index = -1;
    m_ok = true;
    m_canceled = false;
    runNext();
}

void Engine::cancel()
{
    m_canceled = true;
    if (m_current && !m_current->isFinished()) {
        m_current->cancel();
    }
}

void Engine::runNext()
{
    const auto &steps = m_context.planned.steps;
    while (++m_index < int(steps.size())) {
        const PlannedStep &planned = steps[std::size_t(m_index)];
        const bool stopped = !m_ok || m_canceled;
        if (stopped && !planned.alwaysRun) {
            m_context.records.append(QJsonObject {{QStringLiteral("id"), planned.id},
                {QStringLiteral("title"), planned.title},
                {QStringLiteral("state"), QStringLiteral("not-run")}});
            continue;
        }
        if (!planned.alwaysRun && planned.resumable && m_context.resumable
            && m_context.session->isDone(planned.id)) {
            const StepResult earlier
                = StepResult::skipped(tr("Done in an earlier run of this session."));
            emit stepStarted(planned, m_index, int(steps.size()));
            record(planned, earlier, 0, {});
            emit stepFinished(planned, earlier, 0);
            continue;
        }

        QString logName = planned.id;
        logName.replace(
            QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]")), QStringLiteral("_"));
        m_log.close();
        m_log.setFileName(m_context.session->path(QStringLiteral("logs/%1.log").arg(logName)));
        if (m_log.open(QIODevice::Append | QIODevice::Text)) {
            m_log.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            m_log.write(QStringLiteral("== %1 %2\n")
                            .arg(QDateTime::currentDateTime().toString(Qt::ISODate), planned.title)
                            .toUtf8());
        }

        m_units = QJsonArray();
        m_current = StepFactory::create(planned, m_context);
        const QString id = planned.id;
        connect(m_current.get(), &Step::logLine, this,
            [this, id](const QString &stream, const QString &text) {
                if (m_log.isOpen()) {
                    m_log.write(
                        (QLatin1Char('[') + stream + QLatin1String("] ") + text + QLatin1Char('\n'))
                            .toUtf8());
                    m_log.flush();
                }
                emit stepLog(id, stream, text);
            });
        connect(m_current.get(), &Step::progress, this,
            [this, id](qint64 done, qint64 total, const QString &unit) {
                emit stepProgress(id, done, total, unit);
            });
        connect(m_current.get(), &Step::unitUpdated, this, [this, id](const UnitUpdate &update) {
            if (update.isEnd()) {
                m_units.append(QJsonObject {{QStringLiteral("unit"), update.unit},
                    {QStringLiteral("state"), update.state}, {QStringLiteral("code"), update.code},
                    {QStringLiteral("message"), update.message},
                    {QStringLiteral("hint"), update.hint}});
            }
            if (update.isEnd() && m_log.isOpen()) {
                // One line per unit's end, so the step's log tells each node's result.
                QString line = QStringLiteral("== %1 %2 %3 %4")
                                   .arg(update.unit, update.state, update.code, update.message);
                if (!update.hint.isEmpty()) {
                    line += QLatin1String(" | ") + update.hint;
                }
                m_log.write(line.toUtf8() + '\n');
                m_log.flush();
            }
            emit stepUnit(id, update);
        });
        connect(
            m_current.get(), &Step::finished, this, &Engine::onStepFinished, Qt::QueuedConnection);
        emit stepStarted(planned, m_index, int(steps.size()));
        m_clock.start();
        m_current->start();
        return;
    }
    m_log.close();
    emit finished(m_ok && !m_canceled);
}

void Engine::onStepFinished(const StepResult &stepResult)
{
    const PlannedStep planned = m_current->planned();
    const qint64 elapsed = m_clock.elapsed();
    StepResult result = stepResult;
    if (result.succeeded() && !planned.alwaysRun && planned.resumable && m_context.resumable) {
        // A step whose end cannot be recorded (the session's disk is full) did its work, but a
        // rerun would not know: it fails, under the same guard as the steps' own continuations.
        const std::optional<StepResult> unrecorded = failureOf([&] {
            m_context.session->markFinished(
                planned.id, StepResult::toString(result.state), elapsed);
        });
        result = unrecorded.value_or(result);
    }
    if (m_log.isOpen()) {
        m_log.write(QStringLiteral("== %1 %2 %3\n")
                        .arg(StepResult::toString(result.state), result.code, result.message)
                        .toUtf8());
    }
    if (result.state == StepResult::State::Failed) {
        m_ok = false;
    } else if (result.state == StepResult::State::Canceled) {
        m_canceled = true;
    }
    record(planned, result, elapsed, m_current->commandsRun());
    emit stepFinished(planned, result, elapsed);
    m_current.release()->deleteLater();
    runNext();
}

void Engine::record(const PlannedStep &step, const StepResult &result, qint64 durationMs,
    const QJsonArray &commands)
{
    QJsonObject entry {{QStringLiteral("id"), step.id}, {QStringLiteral("title"), step.title},
        {QStringLiteral("state"), StepResult::toString(result.state)},
        {QStringLiteral("code"), result.code}, {QStringLiteral("message"), result.message},
        {QStringLiteral("hint"), result.hint}, {QStringLiteral("commands"), commands},
        {QStringLiteral("durationMs"), durationMs}};
    if (!m_units.isEmpty()) {
        // Each node's own result, for the report.
        entry.insert(QStringLiteral("units"), std::exchange(m_units, QJsonArray()));
    }
    m_context.records.append(entry);
}

} // namespace DceUpgrade
