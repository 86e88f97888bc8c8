#pragma once

#include "PlannedStep.h"
#include "StepResult.h"

#include "util/TransferRate.h"

#include <QObject>
#include <QTextStream>

#include <vector>

namespace DceUpgrade {

class Engine;

// The engine's events as JSON lines (docs/events.md), one object per line, each with "v":1 and
// a "type". A reader must ignore types and keys it does not know.
class EventWriter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int Version = 1;

    EventWriter(Engine &engine, QTextStream &out, QObject *parent = nullptr);

    void runStarted(const QString &session, const std::vector<PlannedStep> &steps);
    void runFinished(bool ok, const QString &report);
    void write(QJsonObject event);

private:
    QTextStream &m_out;
    TransferRate m_rate; // of the running step's byte progress
};

// The same events for a person at a terminal: one line per step start and end, the tools'
// output indented under it, progress as a percentage at most once a second.
class TerminalProgress final : public QObject
{
    Q_OBJECT

public:
    TerminalProgress(Engine &engine, QTextStream &out, bool verbose, QObject *parent = nullptr);

private:
    QTextStream &m_out;
    qint64 m_lastProgress = 0;
    TransferRate m_rate;
};

} // namespace DceUpgrade
