#pragma once

#include "PlanPhase.h"

namespace DceUpgrade {

// The sync's steps, per method: the cheap checks of its target (registry or Docker daemon), then
// the built-in push, charts-syncer, Docker from this host, or the import on every node.
class SyncPlanner final : public PlanPhase
{
public:
    using PlanPhase::PlanPhase;

    // The cheap checks of the sync's target, before the cluster checks and long before the
    // sync itself: the registry's login and project, or the Docker daemon.
    void addSyncChecks();
    void addSyncSteps();

private:
    // The member chain from the package file down to a bundle's images.tar.
    static QStringList imagesMemberChain(const Bundle &bundle);
    void addPushList(PlannedStep &step) const;
    // The registry answers, the password is right, the account may push: seconds, before any
    // heavy work of a sync that pushes.
    void addRegistryCheck();
    void addBuiltInSync();
    QString chartPublishLine(const Bundle &bundle) const;
    void addChartsSyncer();
    // Docker from this host: its own configuration directory in the session, which
    // docker.logout removes.
    QString dockerConfigDir() const;
    // The daemon, checked with the registry check (addSyncChecks), before the cluster checks.
    void addDockerCheck();
    // Docker from this host (sync.docker: registry): the daemon checked first (addDockerCheck),
    // then login, load, tag and push, and the login removed whatever happened. DockerSteps.h
    // runs them.
    void addDocker();
    // What Docker's own settings must say for this registry: Docker ignores the plan's scheme,
    // insecure flag and CA file.
    QStringList dockerRegistryNotes(const QString &registry) const;
    // containerd, or Docker with sync.docker: nodes: the images straight into every node's
    // runtime, over ssh (NodeImport says how), one unit per node.
    void addNodeImport();
};

} // namespace DceUpgrade
