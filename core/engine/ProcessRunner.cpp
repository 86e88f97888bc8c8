#include "ProcessRunner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace DceUpgrade {

ProcessRunner::Result ProcessRunner::probe(const CommandLine &command, int timeoutMs)
{
    Result result;
    const QString program = QStandardPaths::findExecutable(command.program());
    if (program.isEmpty()) {
        return result;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = command.environment().cbegin(); it != command.environment().cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, command.arguments());
    result.started = process.waitForStarted(timeoutMs);
    if (!result.started) {
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

} // namespace DceUpgrade
