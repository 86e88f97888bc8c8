#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace DceUpgrade {
struct UpgradePlan;
}

namespace DceUpgrade::Wizard {

// What the wizard remembers between runs, in QSettings: the window geometry, the recent
// packages and the last draft plan (registry address, user, repository, methods, nodes...).
// Never a secret: an UpgradePlan cannot hold one, and nothing else is stored here.
class WizardSettings final
{
public:
    static constexpr int MaxRecentPackages = 8;

    static QByteArray geometry();
    static void setGeometry(const QByteArray &geometry);

    static QStringList recentPackages();
    // Moves `path` to the front of the list.
    static void addRecentPackage(const QString &path);

    // The last draft, without its package (the package is chosen anew each time); nullopt when
    // none was saved or it no longer loads.
    static std::optional<UpgradePlan> lastPlan();
    static void setLastPlan(const UpgradePlan &plan);
};

} // namespace DceUpgrade::Wizard
