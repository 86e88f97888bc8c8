#include "EventWriter.h"

#include "Engine.h"

#include "util/DataSize.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <utility>

namespace DceUpgrade {

EventWriter::EventWriter(Engine &engine, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_out(out)
{
    m_clock.start();
    m_heldTimer.setSingleShot(true);
    connect(&m_heldTimer, &QTimer::timeout, this, &EventWriter::writeHeldProgress);
    connect(&engine, &Engine::stepStarted, this, [this](const PlannedStep &step, int, int) {
        m_rate = TransferRate();
        m_progress.remove(step.id);
        write({{QStringLiteral("type"), QStringLiteral("step")}, {QStringLiteral("id"), step.id},
            {QStringLiteral("state"), QStringLiteral("running")}});
    });
    connect(&engine, &Engine::stepLog, this,
        [this](const QString &id, const QString &stream, const QString &text) {
            write({{QStringLiteral("type"), QStringLiteral("log")}, {QStringLiteral("step"), id},
                {QStringLiteral("stream"), stream}, {QStringLiteral("text"), text}});
        });
    connect(&engine, &Engine::stepProgress, this, &EventWriter::progress);
    connect(&engine, &Engine::stepUnit, this, &EventWriter::unit);
    connect(&engine, &Engine::stepFinished, this,
        [this](const PlannedStep &step, const StepResult &result, qint64 ms) {
            // The step's end says more than a progress update held back for it or its units.
            m_progress.remove(step.id);
            for (auto it = m_progress.begin(); it != m_progress.end();) {
                it = it.key().startsWith(step.id + QLatin1Char('\n')) ? m_progress.erase(it)
                                                                      : std::next(it);
            }
            QJsonObject event {{QStringLiteral("type"), QStringLiteral("step")},
                {QStringLiteral("id"), step.id},
                {QStringLiteral("state"), StepResult::toString(result.state)},
                {QStringLiteral("durationMs"), double(ms)}};
            if (!result.code.isEmpty()) {
                event.insert(QStringLiteral("code"), result.code);
            }
            if (!result.message.isEmpty()) {
                event.insert(QStringLiteral("message"), result.message);
            }
            if (!result.hint.isEmpty()) {
                event.insert(QStringLiteral("hint"), result.hint);
            }
            write(event);
        });
}

void EventWriter::progress(const QString &stepId, qint64 done, qint64 total, const QString &unit)
{
    QJsonObject event {{QStringLiteral("type"), QStringLiteral("progress")},
        {QStringLiteral("step"), stepId}, {QStringLiteral("done"), double(done)},
        {QStringLiteral("total"), double(total)}, {QStringLiteral("unit"), unit}};
    if (unit == QLatin1String("bytes")) {
        // Speed over the last seconds, and time left at that speed, once known: fed with every
        // update, written or not.
        m_rate.update(done);
        if (const double speed = m_rate.bytesPerSecond(); speed > 0) {
            event.insert(QStringLiteral("bytesPerSecond"), std::round(speed));
            event.insert(QStringLiteral("secondsLeft"), double(m_rate.secondsLeft(total)));
        }
    }

    writeThrottled(stepId, std::move(event), done == total);
}

void EventWriter::unit(const QString &stepId, const UnitUpdate &update)
{
    QJsonObject event {{QStringLiteral("type"), QStringLiteral("unit")},
        {QStringLiteral("step"), stepId}, {QStringLiteral("unit"), update.unit},
        {QStringLiteral("state"), update.state}, {QStringLiteral("done"), double(update.done)},
        {QStringLiteral("total"), double(update.total)}};
    for (const auto &[key, value] : {std::pair {"code", &update.code},
             std::pair {"message", &update.message}, std::pair {"hint", &update.hint}}) {
        if (!value->isEmpty()) {
            event.insert(QLatin1String(key), *value);
        }
    }
    // A unit's start and end always go out; its byte updates are thinned out like a step's.
    const QString key = stepId + QLatin1Char('\n') + update.unit;
    if (update.isEnd()) {
        m_progress.remove(key);
        write(std::move(event));
        return;
    }
    writeThrottled(key, std::move(event), update.done == update.total);
}

void EventWriter::writeThrottled(const QString &key, QJsonObject event, bool final)
{
    Throttle &throttle = m_progress[key];
    const qint64 now = m_clock.elapsed();
    const qint64 wait
        = throttle.writtenAtMs < 0 || final ? 0 : throttle.writtenAtMs + ProgressIntervalMs - now;
    if (wait > 0) {
        throttle.held = std::move(event);
        if (!m_heldTimer.isActive()) {
            m_heldTimer.start(int(wait));
        }
        return;
    }
    throttle.writtenAtMs = now;
    throttle.held.reset();
    write(std::move(event));
}

void EventWriter::writeHeldProgress()
{
    const qint64 now = m_clock.elapsed();
    qint64 nextWait = -1;
    for (auto it = m_progress.begin(); it != m_progress.end(); ++it) {
        Throttle &throttle = it.value();
        if (!throttle.held) {
            continue;
        }
        const qint64 wait = throttle.writtenAtMs + ProgressIntervalMs - now;
        if (wait > 0) {
            nextWait = nextWait < 0 ? wait : std::min(nextWait, wait);
            continue;
        }
        throttle.writtenAtMs = now;
        write(*std::exchange(throttle.held, std::nullopt));
    }
    if (nextWait > 0) {
        m_heldTimer.start(int(nextWait));
    }
}

void EventWriter::runStarted(const QString &session, const std::vector<PlannedStep> &steps)
{
    QJsonArray list;
    for (const PlannedStep &step : steps) {
        list.append(QJsonObject {{QStringLiteral("id"), step.id},
            {QStringLiteral("title"), step.title}, {QStringLiteral("weight"), step.weight}});
    }
    write({{QStringLiteral("type"), QStringLiteral("run")},
        {QStringLiteral("state"), QStringLiteral("started")}, {QStringLiteral("session"), session},
        {QStringLiteral("steps"), list}});
}

void EventWriter::runFinished(bool ok, const QString &report, const QString &reportError)
{
    m_progress.clear();
    m_heldTimer.stop();
    QJsonObject event {{QStringLiteral("type"), QStringLiteral("run")},
        {QStringLiteral("state"), QStringLiteral("finished")}, {QStringLiteral("ok"), ok},
        {QStringLiteral("report"), report}};
    if (!reportError.isEmpty()) {
        event.insert(QStringLiteral("reportError"), reportError);
    }
    write(event);
}

void EventWriter::write(QJsonObject event)
{
    event.insert(QStringLiteral("v"), Version);
    event.insert(
        QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_out << QJsonDocument(event).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

TerminalProgress::TerminalProgress(Engine &engine, QTextStream &out, bool verbose, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_progress(
          out, {/*terminal=*/false, 0, /*logIntervalMs=*/1000}, [this](qint64 done, qint64 total) {
              if (total <= 0) {
                  return QString();
              }
              QString line = QStringLiteral("      %1%").arg(done * 100 / total);
              if (m_bytesProgress) {
                  line += QStringLiteral(": ") + m_rate.describe(total); // size, speed, time left
              }
              return line;
          })
{
    connect(
        &engine, &Engine::stepStarted, this, [this](const PlannedStep &step, int index, int count) {
            m_rate = TransferRate();
            m_progress.finish();
            m_out << QStringLiteral("[%1/%2] %3").arg(index + 1).arg(count).arg(step.title) << '\n';
            m_out.flush();
        });
    connect(&engine, &Engine::stepLog, this,
        [this, verbose](const QString &, const QString &stream, const QString &text) {
            if (verbose || stream != QLatin1String("stdout")) {
                m_out << "      " << text << '\n';
                m_out.flush();
            }
        });
    connect(&engine, &Engine::stepProgress, this,
        [this](const QString &, qint64 done, qint64 total, const QString &unit) {
            m_bytesProgress = unit == QLatin1String("bytes");
            if (m_bytesProgress) {
                m_rate.update(done);
            }
            m_progress.update(done, total);
        });
    connect(&engine, &Engine::stepUnit, this, &TerminalProgress::unit);
    connect(&engine, &Engine::stepFinished, this,
        [this](const PlannedStep &, const StepResult &result, qint64 ms) {
            m_unitPrintedAt.clear();
            QString line;
            switch (result.state) {
            case StepResult::State::Ok:
                line = tr("done (%1 s)").arg(double(ms) / 1000.0, 0, 'f', 1);
                break;
            case StepResult::State::Skipped:
                line = tr("skipped: %1").arg(result.message);
                break;
            case StepResult::State::Canceled:
                line = tr("canceled");
                break;
            case StepResult::State::Failed:
                line = tr("FAILED: %1\n      What to do: %2 (%3)")
                           .arg(result.message, result.hint, result.code);
                break;
            }
            m_out << "      " << line << '\n';
            m_out.flush();
        });
}

void TerminalProgress::unit(const QString &, const UnitUpdate &update)
{
    // One line per node as it starts and ends, and its share of bytes at most every 5 s.
    QString line;
    if (update.state == QLatin1String("running")) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto printed = m_unitPrintedAt.constFind(update.unit);
        if (printed == m_unitPrintedAt.cend()) {
            line = tr("started");
        } else if (now - *printed >= 5000 && update.total > 0) {
            line = QStringLiteral("%1% (%2 / %3)")
                       .arg(update.done * 100 / update.total)
                       .arg(dataSize(update.done), dataSize(update.total));
        } else {
            return;
        }
        m_unitPrintedAt.insert(update.unit, now);
    } else if (update.state == QLatin1String("ok")) {
        line = tr("done: %1").arg(update.message);
    } else if (update.state == QLatin1String("failed")) {
        line = tr("FAILED: %1\n        What to do: %2 (%3)")
                   .arg(update.message, update.hint, update.code);
    } else if (update.state == QLatin1String("skipped")) {
        line = tr("skipped: %1").arg(update.message);
    } else {
        line = tr("canceled");
    }
    m_out << "      " << update.unit << ": " << line << '\n';
    m_out.flush();
}

} // namespace DceUpgrade
