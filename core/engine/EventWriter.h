#pragma once

#include "PlannedStep.h"
#include "StepResult.h"
#include "UnitUpdate.h"

#include "util/ProgressLine.h"
#include "util/TransferRate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <optional>
#include <vector>

namespace DceUpgrade {

class Engine;

// The engine's events as JSON lines (docs/events.md), one object per line, each with "v":1 and
// a "type". A reader must ignore types and keys it does not know (EventReader reads them back).
// Progress is thinned out per step, at the source: a step's first and final (done == total)
// update are always written, the others at most once every ProgressIntervalMs; the latest one
// held back follows when the interval is over (from the event loop), unless the step ended first.
// A unit's running updates (one node of images.import) are thinned out the same way, per unit;
// its end is always written.
// Lives on the engine's thread.
class EventWriter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int Version = 1;
    static constexpr qint64 ProgressIntervalMs = 250; // at most about 4 per second per step

    EventWriter(Engine &engine, QTextStream &out, QObject *parent = nullptr);

    void runStarted(const QString &session, const std::vector<PlannedStep> &steps);
    // `report` empty and `reportError` set: the report could not be written, and why.
    void runFinished(bool ok, const QString &report, const QString &reportError = {});
    void write(QJsonObject event);

private:
    struct Throttle
    {
        qint64 writtenAtMs = -1; // on m_clock; -1: nothing written for the step yet
        std::optional<QJsonObject> held; // the latest update not written yet
    };

    void progress(const QString &stepId, qint64 done, qint64 total, const QString &unit);
    void unit(const QString &stepId, const UnitUpdate &update);
    // Writes at once when `final` or the key's interval is over, else holds the event back.
    void writeThrottled(const QString &key, QJsonObject event, bool final);
    void writeHeldProgress();

    QTextStream &m_out;
    TransferRate m_rate; // of the running step's byte progress
    QElapsedTimer m_clock;
    QHash<QString, Throttle> m_progress; // by step id, and by "step id\nunit" for units
    QTimer m_heldTimer;
};

// The same events for a person at a terminal: one line per step start and end, the tools'
// output indented under it, progress as a percentage at most once a second, and for steps that
// fan out one line per node as it starts and ends (and its share every few seconds).
class TerminalProgress final : public QObject
{
    Q_OBJECT

public:
    TerminalProgress(Engine &engine, QTextStream &out, bool verbose, QObject *parent = nullptr);

private:
    void unit(const QString &stepId, const UnitUpdate &update);

    QTextStream &m_out;
    TransferRate m_rate;
    bool m_bytesProgress = false; // the running step counts bytes (its line says size and speed)
    ProgressLine m_progress; // a line of its own at most once a second, terminal or not
    QHash<QString, qint64> m_unitPrintedAt; // unit -> when its last running line was printed
};

} // namespace DceUpgrade
