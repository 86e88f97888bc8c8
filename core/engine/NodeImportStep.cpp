#include "NodeImportStep.h"

#include "NodeImportRun.h"
#include "RunContext.h"

#include <algorithm>

namespace DceUpgrade {

NodeImportStep::NodeImportStep(const PlannedStep &planned, RunContext &context)
    : Step(planned, context)
{ }

NodeImportStep::~NodeImportStep() = default;

void NodeImportStep::run()
{
    m_work = NodeImport::forPlan(*m_context.plan, *m_context.package);
    for (const SshNode &node : m_work.nodes) {
        if (m_context.resumable && m_context.session
            && m_context.session->isUnitDone(planned().id, node.id())) {
            UnitUpdate skipped;
            skipped.unit = node.id();
            skipped.state = QStringLiteral("skipped");
            skipped.message = tr("Done in an earlier run of this session.");
            emit unitUpdated(skipped);
            ++m_skipped;
            continue;
        }
        m_waiting.push_back(node);
    }
    m_bytesTotal = qint64(m_waiting.size()) * m_work.bytesPerNode();
    if (!m_waiting.empty()) {
        note(tr("Importing on %n node(s), at most %1 at once.", nullptr, int(m_waiting.size()))
                 .arg(m_work.parallel));
    }
    startMore();
    finishWhenIdle();
}

void NodeImportStep::startMore()
{
    while (!m_canceled && !m_waiting.empty() && int(m_running.size()) < m_work.parallel) {
        auto run = std::make_unique<NodeImportRun>(m_work, m_waiting.front(), m_context);
        m_waiting.pop_front();
        NodeImportRun *raw = run.get();
        connect(raw, &NodeImportRun::logLine, this, &Step::logLine);
        connect(raw, &NodeImportRun::progressed, this, [this, raw] {
            emit unitUpdated({raw->node().id(), QStringLiteral("running"), raw->bytesDone(),
                raw->bytesTotal(), {}, {}, {}});
            reportProgress();
        });
        connect(raw, &NodeImportRun::commandRan, this,
            [this](const QString &display, int exitCode, qint64 ms) {
                recordCommand(display, exitCode, ms);
            });
        // Queued: the run is deleted in onNodeFinished, never inside its own signal.
        connect(raw, &NodeImportRun::finished, this,
            guarded([this, raw](const UnitUpdate &result) { onNodeFinished(raw, result); }),
            Qt::QueuedConnection);
        m_running.push_back(std::move(run));
        emit unitUpdated(
            {raw->node().id(), QStringLiteral("running"), 0, raw->bytesTotal(), {}, {}, {}});
        raw->start();
    }
}

void NodeImportStep::onNodeFinished(NodeImportRun *run, const UnitUpdate &result)
{
    const auto found = std::find_if(m_running.begin(), m_running.end(),
        [run](const std::unique_ptr<NodeImportRun> &r) { return r.get() == run; });
    if (found == m_running.end()) {
        return;
    }
    std::unique_ptr<NodeImportRun> ended = std::move(*found);
    m_running.erase(found);
    m_bytesFinished += result.state == QLatin1String("ok") ? ended->bytesTotal() : 0;

    // The unit's end reaches the step's log and the events through unitUpdated (Engine).
    if (result.state == QLatin1String("ok")) {
        ++m_ok;
        if (m_context.resumable && m_context.session) {
            m_context.session->markUnitFinished(planned().id, result.unit, result.state);
        }
    } else if (result.state == QLatin1String("failed")) {
        m_failed.push_back(result);
    }
    emit unitUpdated(result);
    ended.release()->deleteLater();
    reportProgress();
    startMore();
    finishWhenIdle();
}

void NodeImportStep::reportProgress()
{
    if (m_bytesTotal <= 0) {
        return;
    }
    qint64 done = m_bytesFinished;
    for (const auto &run : m_running) {
        done += run->bytesDone();
    }
    emit progress(std::min(done, m_bytesTotal), m_bytesTotal, QStringLiteral("bytes"));
}

void NodeImportStep::onCancel()
{
    m_canceled = true;
    m_waiting.clear();
    for (const auto &run : m_running) {
        run->cancel();
    }
    finishWhenIdle();
}

void NodeImportStep::finishWhenIdle()
{
    if (!m_running.empty() || (!m_canceled && !m_waiting.empty())) {
        return;
    }
    if (m_canceled) {
        finish(StepResult::canceled());
        return;
    }
    if (!m_failed.empty()) {
        QStringList reasons;
        QStringList hints;
        for (const UnitUpdate &failed : m_failed) {
            // Every reason names its node, once.
            reasons.append(failed.message.contains(failed.unit)
                    ? failed.message
                    : failed.unit + QLatin1String(": ") + failed.message);
            hints.append(failed.unit + QLatin1String(": ") + failed.hint);
        }
        const int tried = m_ok + int(m_failed.size());
        finish(StepResult::failed(QStringLiteral("nodes.failed"),
            tr("The images could not be brought onto %1 of %n node(s). %2", nullptr, tried)
                .arg(QString::number(m_failed.size()), reasons.join(QLatin1String("; "))),
            hints.join(QLatin1Char('\n')) + QLatin1Char('\n')
                + tr("Nodes that finished are kept: resume the run (Retry in the wizard, "
                     "dce-upgrade run --resume SESSION on the command line) and only the failed "
                     "ones are done again.")));
        return;
    }
    finish(StepResult::ok(m_skipped > 0
            ? tr("The images are on every node (%1 done in an earlier run).").arg(m_skipped)
            : tr("The images are on all %n node(s).", nullptr, m_ok)));
}

} // namespace DceUpgrade
