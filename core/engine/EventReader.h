#pragma once

#include "EngineEvent.h"

#include <QByteArray>

#include <optional>

namespace DceUpgrade {

// Reads the event lines EventWriter writes (docs/events.md), for a program that runs the engine
// as a child process. Pure: no state, safe from any thread.
class EventReader final
{
public:
    // One line of `dce-upgrade run --events -`. nullopt for a line that is not a JSON object or
    // whose "v" is not EventWriter::Version; an object of a type it does not know comes back as
    // Type::Unknown (callers ignore it); unknown keys are ignored.
    static std::optional<EngineEvent> parseLine(const QByteArray &line);
};

} // namespace DceUpgrade
