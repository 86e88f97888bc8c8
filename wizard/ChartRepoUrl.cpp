#include "ChartRepoUrl.h"

#include "WizardSession.h"

#include <QRegularExpression>

namespace DceUpgrade::Wizard {

QString ChartRepoUrl::suggested(const UpgradePlan &plan, ChartTarget target)
{
    const QString address = plan.registry.address;
    const QString project = plan.registry.repository.section(QLatin1Char('/'), 0, 0);
    // Nothing is suggested from an address the plan refuses (a pasted URL half typed).
    static const QRegularExpression hostAndPort(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[^/\\s:\\[\\]]+)(:[0-9]+)?$"));
    if (!hostAndPort.match(address).hasMatch() || project.isEmpty()) {
        return {};
    }
    switch (target) {
    case ChartTarget::Harbor: {
        const QString scheme
            = plan.registry.scheme.isEmpty() ? QStringLiteral("https") : plan.registry.scheme;
        return QStringLiteral("%1://%2/chartrepo/%3").arg(scheme, address, project);
    }
    case ChartTarget::Oci:
        return QStringLiteral("oci://%1/%2").arg(address, project);
    case ChartTarget::Local:
    case ChartTarget::None:
        break;
    }
    return {};
}

void ChartRepoUrl::editFollowing(
    WizardSession &session, const std::function<void(UpgradePlan &)> &change)
{
    session.editDraft([&change](UpgradePlan &plan) {
        const QString url = plan.sync.chartRepoUrl;
        const bool wasSuggested = url.isEmpty() || url == suggested(plan, ChartTarget::Harbor)
            || url == suggested(plan, ChartTarget::Oci);
        change(plan);
        if (wasSuggested) {
            plan.sync.chartRepoUrl = suggested(plan, plan.sync.chartTarget);
        }
    });
}

} // namespace DceUpgrade::Wizard
