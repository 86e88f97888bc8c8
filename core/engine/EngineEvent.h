#pragma once

#include <QString>

#include <vector>

namespace DceUpgrade {

// One line of `dce-upgrade run --events -` (docs/events.md), as EventReader reads it back. A
// value type: which fields mean something depends on `type`; the others keep their defaults.
struct EngineEvent
{
    enum class Type {
        Unknown,
        RunStarted,
        RunFinished,
        StepRunning,
        StepFinished,
        Log,
        Progress,
        Unit, // one node of a step that fans out
    };
    struct StepInfo
    {
        QString id;
        QString title;
        int weight = 1;
    };

    Type type = Type::Unknown;
    int version = 0; // "v"
    QString time; // as sent
    QString step; // step id (step, log, progress, unit events)
    QString session; // RunStarted
    std::vector<StepInfo> steps; // RunStarted
    QString state; // StepFinished: ok failed canceled skipped; Unit: running or those
    QString code, message, hint; // StepFinished when not ok; Unit when it ended
    QString unitId; // Unit: "root@10.0.0.11:22", "local"
    qint64 durationMs = 0; // StepFinished
    QString stream, text; // Log
    qint64 done = 0, total = 0; // Progress; Unit (bytes)
    QString unit; // Progress: bytes | items
    double bytesPerSecond = -1; // Progress, -1 when not sent
    qint64 secondsLeft = -1; // Progress, -1 when not sent
    bool ok = false; // RunFinished
    QString report; // RunFinished
};

} // namespace DceUpgrade
