#include "WizardSettings.h"

#include "model/UpgradePlan.h"
#include "util/Error.h"

#include <QSettings>

namespace DceUpgrade::Wizard {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString RecentKey = QStringLiteral("packages/recent");
const QString PlanKey = QStringLiteral("plan/last");
// A placeholder for the package the saved plan leaves out: the loader needs a value.
const QString NoPackage = QStringLiteral("-");

} // namespace

QByteArray WizardSettings::geometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void WizardSettings::setGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QStringList WizardSettings::recentPackages()
{
    return QSettings().value(RecentKey).toStringList();
}

void WizardSettings::addRecentPackage(const QString &path)
{
    if (path.isEmpty()) {
        return;
    }
    QStringList recent = recentPackages();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentPackages) {
        recent.removeLast();
    }
    QSettings().setValue(RecentKey, recent);
}

std::optional<UpgradePlan> WizardSettings::lastPlan()
{
    const QByteArray yaml = QSettings().value(PlanKey).toByteArray();
    if (yaml.isEmpty()) {
        return std::nullopt;
    }
    try {
        UpgradePlan plan = UpgradePlan::fromYaml(
            yaml, QStringLiteral("settings"), QString(), UpgradePlan::Rules::StructureOnly);
        plan.package.clear();
        return plan;
    } catch (const Error &) {
        // Written by another version, or edited by hand: start from the defaults instead.
        return std::nullopt;
    }
}

void WizardSettings::setLastPlan(const UpgradePlan &plan)
{
    UpgradePlan saved = plan;
    saved.package = NoPackage;
    QSettings().setValue(PlanKey, saved.toYaml());
}

} // namespace DceUpgrade::Wizard
