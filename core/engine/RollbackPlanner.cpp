#include "RollbackPlanner.h"

#include "RunContext.h"
#include "Session.h"

#include "tools/HelmCommands.h"

#include <QJsonObject>

#include <algorithm>

namespace DceUpgrade {

QList<RollbackPlanner::Target> RollbackPlanner::targets(const Session &session)
{
    struct Attempt
    {
        Target target;
        QString at; // when helm.upgrade last ran for it; empty in sessions of older versions
    };
    std::vector<Attempt> attempts;
    const QString prefix = RunContext::targetKey({});
    const QJsonObject facts = session.state().value(QLatin1String("facts")).toObject();
    // Older sessions carry no time: the keys in reverse order then, as before.
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
        attempt.at = fact.value(QLatin1String("upgradeAttemptedAt")).toString();
        attempts.push_back(attempt);
    }
    // ISO 8601 UTC times sort as text: the last upgraded first.
    std::stable_sort(attempts.begin(), attempts.end(),
        [](const Attempt &a, const Attempt &b) { return a.at > b.at; });

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
        step.id = QStringLiteral("helm.rollback:") + target.target;
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
    report.id = QStringLiteral("report");
    report.title = Planner::tr("Write the report");
    report.builtIn = true;
    report.alwaysRun = true;
    result.steps.push_back(report);
    return result;
}

} // namespace DceUpgrade
