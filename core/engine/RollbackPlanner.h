#pragma once

#include "Planner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace DceUpgrade {

class HelmCommands;
class Session;

// What `dce-upgrade rollback` and the wizard's last page do with a session: return every release
// the session tried to upgrade to the revision it had before, the last upgraded first. Reads only
// the facts in the session's state.json (written by helm.check and helm.upgrade); runs nothing.
class RollbackPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::RollbackPlanner)

public:
    struct Target
    {
        QString target; // "skoala", "skoala-init@worker-1": as steps and reports name it
        QString release;
        QString namespaceName;
        QString kubeContext; // "" is the current context
        int revision = 0; // before the session first upgraded it: the rollback returns there
        QString chartVersion; // the chart of that revision; empty when it was not read
    };

    // The releases whose upgrade the session started (successful or not), the last one first.
    // Empty: nothing to roll back.
    static QList<Target> targets(const Session &session);

    // One helm.rollback:<target> step per targets() entry, then the always-run report step.
    // `steps` is empty when there is nothing to roll back.
    static PlanResult plan(
        const Session &session, const UpgradePlan &plan, const HelmCommands &helm);
};

} // namespace DceUpgrade
