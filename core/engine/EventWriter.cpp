#include "EventWriter.h"

#include "Engine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace DceUpgrade {

EventWriter::EventWriter(Engine &engine, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_out(out)
{
    connect(&engine, &Engine::stepStarted, this, [this](const PlannedStep &step, int, int) {
        m_rate = TransferRate();
        write({{QStringLiteral("type"), QStringLiteral("step")}, {QStringLiteral("id"), step.id},
            {QStringLiteral("state"), QStringLiteral("running")}});
    });
    connect(&engine, &Engine::stepLog, this,
        [this](const QString &id, const QString &stream, const QString &text) {
            write({{QStringLiteral("type"), QStringLiteral("log")}, {QStringLiteral("step"), id},
                {QStringLiteral("stream"), stream}, {QStringLiteral("text"), text}});
        });
    connect(&engine, &Engine::stepProgress, this,
        [this](const QString &id, qint64 done, qint64 total, const QString &unit) {
            QJsonObject event {{QStringLiteral("type"), QStringLiteral("progress")},
                {QStringLiteral("step"), id}, {QStringLiteral("done"), double(done)},
                {QStringLiteral("total"), double(total)}, {QStringLiteral("unit"), unit}};
            if (unit == QLatin1String("bytes")) {
                // Speed over the last seconds, and time left at that speed, once known.
                m_rate.update(done);
                if (const double speed = m_rate.bytesPerSecond(); speed > 0) {
                    event.insert(QStringLiteral("bytesPerSecond"), std::round(speed));
                    event.insert(QStringLiteral("secondsLeft"), double(m_rate.secondsLeft(total)));
                }
            }
            write(event);
        });
    connect(&engine, &Engine::stepFinished, this,
        [this](const PlannedStep &step, const StepResult &result, qint64 ms) {
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

void EventWriter::runFinished(bool ok, const QString &report)
{
    write({{QStringLiteral("type"), QStringLiteral("run")},
        {QStringLiteral("state"), QStringLiteral("finished")}, {QStringLiteral("ok"), ok},
        {QStringLiteral("report"), report}});
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
{
    connect(
        &engine, &Engine::stepStarted, this, [this](const PlannedStep &step, int index, int count) {
            m_rate = TransferRate();
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
            const bool bytes = unit == QLatin1String("bytes");
            if (bytes) {
                m_rate.update(done);
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (total > 0 && (now - m_lastProgress >= 1000 || done == total)) {
                m_lastProgress = now;
                m_out << "      " << (done * 100 / total) << '%';
                if (bytes) {
                    m_out << ": " << m_rate.describe(total); // size, speed, time left
                }
                m_out << '\n';
                m_out.flush();
            }
        });
    connect(&engine, &Engine::stepFinished, this,
        [this](const PlannedStep &, const StepResult &result, qint64 ms) {
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

} // namespace DceUpgrade
