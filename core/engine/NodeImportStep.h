#pragma once

#include "NodeImport.h"
#include "Step.h"

#include <deque>
#include <memory>
#include <vector>

namespace DceUpgrade {

class NodeImportRun;

// images.import: the package's images onto every node of the plan (NodeImport), at most
// sync.parallelNodes nodes at once, each its own unit: its own log lines (tagged with the
// node), progress and result (Step::unitUpdated). A node that fails never stops or hides the
// others; the step fails naming every failed node with its own reason. Each node that finishes
// is recorded in the session, so a rerun (--resume) imports only on the nodes that did not.
// Progress: the bytes streamed to all nodes together.
class NodeImportStep final : public Step
{
    Q_OBJECT

public:
    NodeImportStep(const PlannedStep &planned, RunContext &context);
    ~NodeImportStep() override;

protected:
    void run() override;
    void onCancel() override;

private:
    void startMore();
    void onNodeFinished(NodeImportRun *run, const UnitUpdate &result);
    void reportProgress();
    void finishWhenIdle();

    NodeImport m_work;
    std::deque<SshNode> m_waiting;
    std::vector<std::unique_ptr<NodeImportRun>> m_running;
    std::vector<UnitUpdate> m_failed;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesFinished = 0; // of the nodes that ended
    int m_ok = 0;
    int m_skipped = 0;
    bool m_canceled = false;
};

} // namespace DceUpgrade
