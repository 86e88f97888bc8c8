#include "CommandStep.h"

#include "RunContext.h"
#include "tools/HelmOutput.h"
#include "util/Error.h"

#include <QElapsedTimer>

#include <memory>

namespace DceUpgrade {

CommandStep::CommandStep(PlannedStep planned, RunContext &context, QObject *parent)
    : Step(std::move(planned), context, parent)
{ }

void CommandStep::run()
{
    m_index = -1;
    next();
}

bool CommandStep::shouldRun(int, const CommandLine &)
{
    return true;
}

void CommandStep::next()
{
    const auto &commands = planned().commands;
    while (++m_index < int(commands.size())) {
        if (cancelRequested()) {
            finish(StepResult::canceled());
            return;
        }
        const CommandLine &command = commands[std::size_t(m_index)];
        if (!shouldRun(m_index, command)) {
            continue;
        }
        const int index = m_index;
        runCommand(command, [this, index, command](const ProcessRunner::Result &result) {
            if (isFinished()) {
                return;
            }
            if (std::optional<StepResult> end = afterCommand(index, command, result)) {
                finish(*end);
                return;
            }
            if (!m_holding) {
                next();
            }
        });
        return;
    }
    finish(whenAllDone());
}

void CommandStep::runCommand(
    const CommandLine &command, std::function<void(const ProcessRunner::Result &)> then)
{
    ProcessRunner::Options options = optionsFor(command);
    if (command.input() == CommandLine::Input::Secret) {
        const auto secret = m_context.secrets.constFind(command.secretId());
        if (secret == m_context.secrets.cend() || secret->isEmpty()) {
            finish(StepResult::failed(QStringLiteral("secret.missing"),
                tr("No value was given for %1.").arg(command.secretId()),
                tr("Run again with --secrets-stdin, or from a terminal to be asked for it.")));
            return;
        }
        options.secretInput = *secret + '\n';
    } else if (command.input() == CommandLine::Input::BundleMember) {
        // Throws when the package lacks the member: runCommand runs under the step's guard.
        options.stdinRange = m_context.package->member(command.inputMemberPath());
    }
    CommandLine actual = command;
    const QString program = m_context.programs.value(command.program());
    if (!program.isEmpty()) {
        actual = CommandLine(program, command.arguments());
        for (auto it = command.environment().cbegin(); it != command.environment().cend(); ++it) {
            actual.env(it.key(), it.value());
        }
        if (!command.workingDirectory().isEmpty()) {
            actual.workingDirectory(command.workingDirectory());
        }
    }
    note(QStringLiteral("$ ") + command.display());

    m_runner = std::make_unique<ProcessRunner>();
    const bool echo = echoesStdout(command);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(m_runner.get(), &ProcessRunner::outputLine, this,
        [this, echo](const QString &stream, const QString &line) {
            if (echo || stream != QLatin1String("stdout")) {
                emit logLine(stream, line);
            }
        });
    if (options.stdinRange.isValid()) {
        connect(m_runner.get(), &ProcessRunner::inputProgress, this,
            guarded([this](qint64 written, qint64 total) { inputProgress(written, total); }));
    }
    // Every subclass's decision about a command (afterCommand, the `then` of runCommand) runs
    // from here: under the step's guard.
    connect(m_runner.get(), &ProcessRunner::finished, this,
        guarded([this, then = std::move(then), clock, shown = command.display()](
                    const ProcessRunner::Result &result) {
            // The runner is done: release it after this slot returns.
            m_runner.release()->deleteLater();
            recordCommand(shown, result.exitCode, clock->elapsed());
            if (result.outcome == ProcessRunner::Outcome::Canceled) {
                finish(StepResult::canceled());
                return;
            }
            then(result);
        }));
    m_runner->start(actual, options);
}

void CommandStep::inputProgress(qint64 written, qint64 total)
{
    emit progress(written, total, QStringLiteral("bytes"));
}

ProcessRunner::Options CommandStep::optionsFor(const CommandLine &) const
{
    ProcessRunner::Options options;
    options.environment = m_context.toolEnvironment();
    options.silenceTimeoutMs = m_context.silenceTimeoutMs;
    return options;
}

std::optional<StepResult> CommandStep::afterCommand(
    int, const CommandLine &command, const ProcessRunner::Result &result)
{
    if (result.ok()) {
        return std::nullopt;
    }
    return toolFailed(command, result);
}

StepResult CommandStep::toolFailed(
    const CommandLine &command, const ProcessRunner::Result &result) const
{
    const QString tool = command.program();
    switch (result.outcome) {
    case ProcessRunner::Outcome::FailedToStart:
        return StepResult::failed(QStringLiteral("tool.missing"),
            result.errorString.isEmpty() ? tr("%1 could not be started.").arg(tool)
                                         : result.errorString,
            tr("Install %1 on this host, or give its path on the command line.").arg(tool));
    case ProcessRunner::Outcome::TimedOut:
    case ProcessRunner::Outcome::Silent:
        return StepResult::failed(QStringLiteral("tool.timeout"),
            tr("%1 printed nothing for too long and was stopped.").arg(tool),
            tr("Check that the cluster and the registry are reachable from this host, then run "
               "again: finished steps are skipped."));
    case ProcessRunner::Outcome::Crashed:
        return StepResult::failed(QStringLiteral("tool.crashed"), tr("%1 crashed.").arg(tool),
            tr("See the step's log in the session directory."));
    case ProcessRunner::Outcome::InputFailed:
        return StepResult::failed(QStringLiteral("file.read"), result.errorString,
            tr("Check the disk or the network share the package is on, then run again."));
    case ProcessRunner::Outcome::Canceled:
        return StepResult::canceled();
    case ProcessRunner::Outcome::Finished:
        break;
    }
    const HelmFailure failure = HelmOutput::parseFailure(result.standardError);
    QString said = failure.message;
    if (said.isEmpty()) {
        said = QString::fromUtf8(result.standardError).trimmed().split(QLatin1Char('\n')).last();
    }
    return StepResult::failed(QStringLiteral("tool.failed"),
        tr("%1 failed (exit code %2): %3").arg(tool).arg(result.exitCode).arg(said),
        tr("See the step's log in the session directory; fix the cause and run again."));
}

void CommandStep::onCancel()
{
    // The runner stops its process group (helm upgrade gets time to end cleanly) and reports
    // Canceled, which finishes the step; with nothing running the step ends now.
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
    } else {
        finish(StepResult::canceled());
    }
}

bool CommandStep::echoesStdout(const CommandLine &command)
{
    const QStringList &arguments = command.arguments();
    // `helm template` prints whole manifests, Secrets included.
    return command.stdoutFile().isEmpty() && !arguments.contains(QLatin1String("-o"))
        && !arguments.contains(QLatin1String("--output"))
        && arguments.value(0) != QLatin1String("template");
}

} // namespace DceUpgrade
