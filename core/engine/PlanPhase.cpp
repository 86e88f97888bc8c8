#include "PlanPhase.h"

#include "util/Error.h"

#include <QLocale>

namespace DceUpgrade {

PlanDraft::PlanDraft(const Planner::Input &in)
    : input(in)
    , relocator(RelocationRules::forTarget(in.plan->registry))
{ }

PlanPhase::PlanPhase(PlanDraft &draft)
    : m_in(draft.input)
    , m_plan(*draft.input.plan)
    , m_package(*draft.input.package)
    , m_helm(draft.input.helm)
    , m_relocator(draft.relocator)
    , m_steps(draft.steps)
    , m_result(draft.result)
{ }

PlannedStep &PlanPhase::add(const QString &id, const QString &title, int weight)
{
    PlannedStep step;
    step.id = id;
    step.title = title;
    step.weight = weight;
    m_steps.push_back(std::move(step));
    return m_steps.back();
}

QString PlanPhase::session(const QString &relative) const
{
    return m_in.sessionDir + QLatin1Char('/') + relative;
}

QString PlanPhase::registryUrl() const
{
    return m_plan.registry.scheme + QLatin1String("://") + m_plan.registry.address;
}

KubeAccess PlanPhase::kube(const QString &context) const
{
    return {m_plan.upgrade.kubeconfig, context};
}

void PlanPhase::invalid(const QString &message, const QString &hint)
{
    throw Error(QStringLiteral("plan.invalid"), message,
        hint.isEmpty() ? Planner::tr("Correct the plan and try again.") : hint);
}

QString PlanPhase::humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace DceUpgrade
