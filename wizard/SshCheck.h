#pragma once

#include "model/UpgradePlan.h"
#include "tools/SshReachability.h"

#include <QObject>
#include <QStringList>

#include <vector>

namespace DceUpgrade {
class ProcessRunner;
}

namespace DceUpgrade::Wizard {

// "Test ssh" on the Sync page's containerd tab: a harmless remote `true` on every node at once
// (SshReachability::command: BatchMode, so no password or host-key question can appear, and a
// connect timeout), through ProcessRunner in the background, and per node what ssh said:
// ok, host key unknown or changed, permission denied, refused, timed out, with the fix.
//
// nodeFinished(i) comes once per node as its answer arrives; finished() exactly once per
// start(), after the last nodeFinished(), also when canceled (the nodes without an answer then
// have none). start() while a check runs drops that check (its answers never arrive).
// GUI thread only.
class SshCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshCheck)

public:
    struct NodeResult
    {
        SshNode node;
        bool answered = false;
        SshReachability::Diagnosis diagnosis;
    };

    explicit SshCheck(QObject *parent = nullptr);
    ~SshCheck() override;

    // ssh options put before the others, e.g. "-o UserKnownHostsFile=FILE" (tests keep their
    // own known_hosts; ssh takes ~/.ssh from the password database, not from $HOME).
    void setExtraOptions(const QStringList &options) { m_extraOptions = options; }

    // `settings`: the plan's known_hosts file and host-key policy, as the run will use them.
    void start(const std::vector<SshNode> &nodes, const SshSettings &settings = {});
    void cancel();

    bool isRunning() const { return m_running > 0; }
    bool wasCanceled() const { return m_canceled; }
    const std::vector<NodeResult> &results() const { return m_results; }

signals:
    void nodeFinished(int index);
    void finished();

private:
    void stopRunners();

    QStringList m_extraOptions;
    std::vector<NodeResult> m_results;
    std::vector<ProcessRunner *> m_runners;
    int m_running = 0;
    bool m_canceled = false;
};

} // namespace DceUpgrade::Wizard
