#pragma once

#include "tools/CommandLine.h"

#include <QByteArray>
#include <QString>

namespace DceUpgrade {

// The only user of QProcess in the program. For now it offers the short blocking probe the
// command line needs before planning (which helm is installed?); the asynchronous runner that
// executes steps (timeouts, process groups, cancel) grows here with the engine.
class ProcessRunner final
{
public:
    struct Result
    {
        bool started = false;
        int exitCode = -1;
        QByteArray standardOutput;
        QByteArray standardError;
    };

    // Runs a command that reads no stdin and finishes fast; never call it on a GUI thread.
    static Result probe(const CommandLine &command, int timeoutMs = 10000);
};

} // namespace DceUpgrade
