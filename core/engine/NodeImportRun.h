#pragma once

#include "NodeImport.h"
#include "ProcessRunner.h"
#include "UnitUpdate.h"

#include <QObject>

#include <functional>
#include <memory>

namespace DceUpgrade {

struct RunContext;

// The import on one node: the sessions of NodeImport (one per images.tar) one after another,
// each fed from the package, its listing checked. Asynchronous on the engine's thread; emits
// `finished` exactly once (ok, failed with the node's own diagnosis, or canceled). cancel()
// stops the local ssh's whole process group: the node's shell then sees its stdin end, so a
// half-fed import fails and `set -e` keeps the tags from running.
class NodeImportRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeImportRun)

public:
    NodeImportRun(const NodeImport &work, SshNode node, RunContext &context);
    ~NodeImportRun() override;

    const SshNode &node() const { return m_node; }
    void start();
    void cancel();
    qint64 bytesDone() const { return m_bytesBefore + m_bytesNow; }
    qint64 bytesTotal() const { return m_work.bytesPerNode(); }

signals:
    void logLine(const QString &stream, const QString &text);
    void progressed();
    // A command this node ran, for the step's report.
    void commandRan(const QString &display, int exitCode, qint64 durationMs);
    // state ok, failed or canceled; code, message and hint when failed.
    void finished(const DceUpgrade::UnitUpdate &result);

private:
    void runBatch();
    // Runs `body` under the engine's guard (failureOf); what it throws ends this node failed.
    void endOnError(const std::function<void()> &body);
    void onBatchFinished(const ProcessRunner::Result &result);
    void end(const QString &state, const QString &code = {}, const QString &message = {},
        const QString &hint = {});
    QString tag() const { return QLatin1Char('[') + m_node.id() + QLatin1String("] "); }

    const NodeImport &m_work;
    SshNode m_node;
    RunContext &m_context;
    std::unique_ptr<ProcessRunner> m_runner;
    std::size_t m_batch = 0;
    qint64 m_bytesBefore = 0; // of the batches already done
    qint64 m_bytesNow = 0; // of the running batch
    bool m_canceled = false;
    bool m_done = false;
};

} // namespace DceUpgrade
