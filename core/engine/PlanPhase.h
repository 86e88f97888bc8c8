#pragma once

#include "Planner.h"

#include "registry/Relocator.h"
#include "tools/HelmCommands.h"

#include <QLatin1StringView>

namespace DceUpgrade {

// What the phases of one Planner::plan() call build together: its input, and the steps and
// result they add to, in order.
struct PlanDraft
{
    explicit PlanDraft(const Planner::Input &input);

    const Planner::Input &input;
    Relocator relocator; // the plan's registry rules: where each image of the package goes
    std::vector<PlannedStep> steps;
    PlanResult result;
};

// Base of the planners of one phase (ReleaseResolver, SyncPlanner, HelmPlanner): the plan, the
// package and the draft under short names, and the helpers every phase uses.
class PlanPhase
{
public:
    explicit PlanPhase(PlanDraft &draft);

protected:
    PlannedStep &add(const QString &id, const QString &title, int weight);
    QString session(const QString &relative) const;
    QString registryUrl() const;
    KubeAccess kube(const QString &context) const;
    // Throws plan.invalid: the plan cannot work with this package as written.
    [[noreturn]] static void invalid(const QString &message, const QString &hint = {});
    static QString humanSize(qint64 bytes);

    const Planner::Input &m_in;
    const UpgradePlan &m_plan;
    const Package &m_package;
    const HelmVersion m_helm;
    const Relocator &m_relocator;
    std::vector<PlannedStep> &m_steps;
    PlanResult &m_result;
};

} // namespace DceUpgrade
