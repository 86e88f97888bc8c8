#include "RollbackPlanner.h"

#include "Session.h"
#include "StepIds.h"

#include "tools/HelmCommands.h"

#include <algorithm>

namespace DceUpgrade {

QList<RollbackPlanner::Target> RollbackPlanner::targets(const Session &session)
{
    struct Attempt
    {
        Target target;
        int order = -1; // place in the session's upgradeOrder; -1 in sessions of older versions
        QString at; // older sessions: when helm.upgrade last ran for it, or empty
    };
    std::vector<Attempt> attempts;
    const QStringList order = session.upgradeOrder();
    const QMap<QString, ReleaseFacts> releases = session.allReleaseFacts();
    for (auto it = releases.end(); it != releases.begin();) {
        --it;
        const ReleaseFacts &facts = it.value();
        if (!facts.upgradeAttempted) {
            continue;
        }
        Attempt attempt;
        attempt.target.target = it.key();
        attempt.target.release = facts.release;
        attempt.target.namespaceName = facts.namespaceName;
        attempt.target.kubeContext = facts.kubeContext;
        attempt.target.revision = facts.before ? facts.before->revision : 0;
        attempt.target.chartVersion = facts.before ? facts.before->chartVersion : QString();
        attempt.order = int(order.indexOf(it.key()));
        attempt.at = facts.upgradeAttemptedAt;
        attempts.push_back(attempt);
    }
    // The reverse of the recorded order: the last started first. Sessions of older versions
    // have no order: by time then (ISO 8601 UTC sorts as text), else the keys in reverse.
    std::stable_sort(attempts.begin(), attempts.end(), [](const Attempt &a, const Attempt &b) {
        return a.order != b.order ? a.order > b.order : a.at > b.at;
    });

    QList<Target> result;
    for (const Attempt &attempt : attempts) {
        result.append(attempt.target);
    }
    return result;
}

PlanResult RollbackPlanner::plan(
    const Session &session, const UpgradePlan &plan, const HelmCommands &helm)
{
    PlanResult result;
    for (const Target &target : targets(session)) {
        PlannedStep step;
        step.id = StepIds::about(StepIds::HelmRollback, target.target);
        step.title = tr("Roll %1 back to revision %2").arg(target.target).arg(target.revision);
        step.target = target.target;
        const KubeAccess kube {plan.upgrade.kubeconfig, target.kubeContext};
        // First the history: a release whose upgrade never wrote a revision (the run was killed
        // before helm got that far) is left as it is instead of gaining a rollback revision.
        step.addCommand(helm.history(target.release, target.namespaceName, kube),
            CommandPurpose::of(CommandPurpose::Action::ReleaseHistory, target.target));
        step.commands.push_back(helm.rollback(target.release, target.namespaceName,
            QString::number(target.revision), plan.upgrade.timeout, kube));
        result.steps.push_back(step);
    }
    if (result.steps.empty()) {
        return result;
    }
    PlannedStep report;
    report.id = StepIds::Report;
    report.title = Planner::tr("Write the report");
    report.builtIn = true;
    report.alwaysRun = true;
    result.steps.push_back(report);
    return result;
}

} // namespace DceUpgrade
