#include "RollbackPlanner.h"

#include "RunContext.h"
#include "Session.h"
#include "StepIds.h"

#include "tools/HelmCommands.h"

#include <QJsonObject>

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
    const QString prefix = RunContext::targetKey({});
    const QStringList order = session.upgradeOrder();
    const QJsonObject facts = session.state().value(QLatin1String("facts")).toObject();
    for (auto it = facts.end(); it != facts.begin();) {
        --it;
        const QJsonObject fact = it.value().toObject();
        if (!it.key().startsWith(prefix)
            || !fact.value(QLatin1String("upgradeAttempted")).toBool()) {
            continue;
        }
        Attempt attempt;
        attempt.target.target = it.key().mid(prefix.size());
        attempt.target.release = fact.value(QLatin1String("release")).toString();
        attempt.target.namespaceName = fact.value(QLatin1String("namespace")).toString();
        attempt.target.kubeContext = fact.value(QLatin1String("context")).toString();
        attempt.target.revision = fact.value(QLatin1String("revisionBefore")).toInt();
        attempt.target.chartVersion = fact.value(QLatin1String("chartVersionBefore")).toString();
        attempt.order = int(order.indexOf(it.key()));
        attempt.at = fact.value(QLatin1String("upgradeAttemptedAt")).toString();
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
        step.commands.push_back(
            helm.rollback(target.release, target.namespaceName, QString::number(target.revision),
                plan.upgrade.timeout, {plan.upgrade.kubeconfig, target.kubeContext}));
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
