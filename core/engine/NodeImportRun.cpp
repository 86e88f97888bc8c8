#include "NodeImportRun.h"

#include "RunContext.h"
#include "Step.h"
#include "tools/NodeFailure.h"
#include "util/Error.h"

#include <QElapsedTimer>

namespace DceUpgrade {

NodeImportRun::NodeImportRun(const NodeImport &work, SshNode node, RunContext &context)
    : m_work(work)
    , m_node(std::move(node))
    , m_context(context)
{ }

NodeImportRun::~NodeImportRun() = default;

void NodeImportRun::start()
{
    m_batch = 0;
    endOnError([this] { runBatch(); });
}

void NodeImportRun::endOnError(const std::function<void()> &body)
{
    // The step's guard, per node: what one node's continuation throws ends that node only.
    if (const std::optional<StepResult> failed = failureOf(body)) {
        end(QStringLiteral("failed"), failed->code, failed->message, failed->hint);
    }
}

void NodeImportRun::cancel()
{
    m_canceled = true;
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel(); // ends in onBatchFinished with Canceled
    } else {
        end(QStringLiteral("canceled"));
    }
}

void NodeImportRun::runBatch()
{
    if (m_batch >= m_work.batches.size()) {
        int images = 0;
        for (const NodeImport::Batch &batch : m_work.batches) {
            images += int(batch.expected.size());
        }
        end(QStringLiteral("ok"), {},
            tr("%n image(s) in place under their relocated names.", nullptr, images));
        return;
    }
    const NodeImport::Batch &batch = m_work.batches[m_batch];
    const CommandLine command = m_work.command(m_node, batch);
    ProcessRunner::Options options;
    options.environment = m_context.toolEnvironment();
    // Accepted input counts as activity: a `ctr import` that prints nothing while it reads a
    // 2 GiB stream is working, not silent.
    options.silenceTimeoutMs = m_context.silenceTimeoutMs;
    options.stdinRange = m_context.package->member(batch.member); // throws: see endOnError

    emit logLine(QStringLiteral("engine"), tag() + QStringLiteral("$ ") + command.display());

    m_runner = std::make_unique<ProcessRunner>();
    m_bytesNow = 0;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(m_runner.get(), &ProcessRunner::outputLine, this,
        [this](const QString &stream, const QString &line) {
            // stdout is the node's image listing, checked below, not worth a log line each.
            if (stream != QLatin1String("stdout")) {
                emit logLine(stream, tag() + line);
            }
        });
    connect(m_runner.get(), &ProcessRunner::inputProgress, this, [this](qint64 written, qint64) {
        m_bytesNow = written;
        emit progressed();
    });
    connect(m_runner.get(), &ProcessRunner::finished, this,
        [this, clock, shown = command.display()](const ProcessRunner::Result &result) {
            m_runner.release()->deleteLater();
            emit commandRan(tag() + shown, result.exitCode, clock->elapsed());
            endOnError([&] { onBatchFinished(result); });
        });
    m_runner->start(command, options);
}

void NodeImportRun::onBatchFinished(const ProcessRunner::Result &result)
{
    const QString who = NodeFailure::nodeName(m_node);
    const QString tool = NodeImportScript::tool(m_work.runtime);
    switch (result.outcome) {
    case ProcessRunner::Outcome::Canceled:
        end(QStringLiteral("canceled"));
        return;
    case ProcessRunner::Outcome::FailedToStart: {
        const QString program = m_node.local ? QStringLiteral("sh") : QStringLiteral("ssh");
        end(QStringLiteral("failed"), QStringLiteral("tool.missing"),
            result.errorString.isEmpty() ? tr("%1 could not be started.").arg(program)
                                         : result.errorString,
            tr("Install %1 on this machine.").arg(program));
        return;
    }
    case ProcessRunner::Outcome::TimedOut:
    case ProcessRunner::Outcome::Silent:
        end(QStringLiteral("failed"), QStringLiteral("node.timeout"),
            tr("%1 on %2 took no input and printed nothing for too long, and was stopped.")
                .arg(tool, who),
            tr("Check that the node is up and its disk not full, then run again: nodes that "
               "finished are not done again."));
        return;
    case ProcessRunner::Outcome::Crashed:
        end(QStringLiteral("failed"), QStringLiteral("tool.crashed"),
            tr("The connection to %1 ended abnormally.").arg(who),
            tr("See the node's lines in the step's log, then run again."));
        return;
    case ProcessRunner::Outcome::InputFailed:
        end(QStringLiteral("failed"), QStringLiteral("file.read"), result.errorString,
            tr("Check the disk or the network share the package is on, then run again."));
        return;
    case ProcessRunner::Outcome::Finished:
        break;
    }
    if (result.exitCode != 0) {
        const NodeFailure::Diagnosis failure = NodeFailure::diagnose(
            m_node, m_work.runtime, m_work.ssh, result.exitCode, result.standardError);
        end(QStringLiteral("failed"), failure.code, failure.message, failure.hint);
        return;
    }
    const NodeImport::Batch &batch = m_work.batches[m_batch];
    const QStringList missing = NodeImportScript::missing(result.standardOutput, batch.expected);
    if (!missing.isEmpty()) {
        end(QStringLiteral("failed"), QStringLiteral("node.images-missing"),
            tr("After the import from %1, %2 does not list %3.")
                .arg(batch.bundle, who, missing.join(QLatin1String(", "))),
            tr("See the node's lines in the step's log for what %1 said, then run again.")
                .arg(tool));
        return;
    }
    m_bytesBefore += batch.bytes;
    m_bytesNow = 0;
    ++m_batch;
    if (m_canceled) {
        end(QStringLiteral("canceled"));
        return;
    }
    runBatch();
}

void NodeImportRun::end(
    const QString &state, const QString &code, const QString &message, const QString &hint)
{
    if (m_done) {
        return;
    }
    m_done = true;
    UnitUpdate result;
    result.unit = m_node.id();
    result.state = state;
    result.done = bytesDone();
    result.total = bytesTotal();
    result.code = code;
    result.message = message;
    result.hint = hint;
    emit finished(result);
}

} // namespace DceUpgrade
