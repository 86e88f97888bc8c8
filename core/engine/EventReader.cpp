#include "EventReader.h"

#include "EventWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DceUpgrade {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &object, const char *key, qint64 fallback = 0)
{
    // EventWriter sends counts as JSON numbers (doubles): exact up to 2^53.
    return object.value(QLatin1String(key)).toInteger(fallback);
}

// "step" events carry the step's end state; a state this reader does not know is a newer
// writer's business, not an end.
bool isEndState(const QString &state)
{
    return state == QLatin1String("ok") || state == QLatin1String("failed")
        || state == QLatin1String("canceled") || state == QLatin1String("skipped");
}

void readRun(const QJsonObject &object, EngineEvent &event)
{
    const QString state = text(object, "state");
    if (state == QLatin1String("started")) {
        event.type = EngineEvent::Type::RunStarted;
        event.session = text(object, "session");
        for (const QJsonValue &value : object.value(QLatin1String("steps")).toArray()) {
            const QJsonObject step = value.toObject();
            event.steps.push_back({text(step, "id"), text(step, "title"),
                step.value(QLatin1String("weight")).toInt(1)});
        }
    } else if (state == QLatin1String("finished")) {
        event.type = EngineEvent::Type::RunFinished;
        event.ok = object.value(QLatin1String("ok")).toBool();
        event.report = text(object, "report");
    }
}

void readStep(const QJsonObject &object, EngineEvent &event)
{
    const QString state = text(object, "state");
    event.step = text(object, "id");
    if (state == QLatin1String("running")) {
        event.type = EngineEvent::Type::StepRunning;
    } else if (isEndState(state)) {
        event.type = EngineEvent::Type::StepFinished;
        event.state = state;
        event.durationMs = integer(object, "durationMs");
        event.code = text(object, "code");
        event.message = text(object, "message");
        event.hint = text(object, "hint");
    }
}

void readProgress(const QJsonObject &object, EngineEvent &event)
{
    event.type = EngineEvent::Type::Progress;
    event.step = text(object, "step");
    event.done = integer(object, "done");
    event.total = integer(object, "total");
    event.unit = text(object, "unit");
    event.bytesPerSecond = object.value(QLatin1String("bytesPerSecond")).toDouble(-1);
    event.secondsLeft = integer(object, "secondsLeft", -1);
}

void readUnit(const QJsonObject &object, EngineEvent &event)
{
    const QString state = text(object, "state");
    if (state != QLatin1String("running") && !isEndState(state)) {
        return;
    }
    event.type = EngineEvent::Type::Unit;
    event.step = text(object, "step");
    event.unitId = text(object, "unit");
    event.state = state;
    event.done = integer(object, "done");
    event.total = integer(object, "total");
    event.code = text(object, "code");
    event.message = text(object, "message");
    event.hint = text(object, "hint");
}

} // namespace

std::optional<EngineEvent> EventReader::parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const int version = object.value(QLatin1String("v")).toInt(-1);
    if (version != EventWriter::Version) {
        return std::nullopt;
    }

    EngineEvent event;
    event.version = version;
    event.time = text(object, "time");
    const QString type = text(object, "type");
    if (type == QLatin1String("run")) {
        readRun(object, event);
    } else if (type == QLatin1String("step")) {
        readStep(object, event);
    } else if (type == QLatin1String("log")) {
        event.type = EngineEvent::Type::Log;
        event.step = text(object, "step");
        event.stream = text(object, "stream");
        event.text = text(object, "text");
    } else if (type == QLatin1String("progress")) {
        readProgress(object, event);
    } else if (type == QLatin1String("unit")) {
        readUnit(object, event);
    }
    if (event.type == EngineEvent::Type::Unknown) {
        // Nothing half-read leaks out of a type or state this reader does not know.
        EngineEvent unknown;
        unknown.version = event.version;
        unknown.time = event.time;
        return unknown;
    }
    return event;
}

} // namespace DceUpgrade
