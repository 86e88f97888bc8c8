#pragma once

#include "Planner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace DceUpgrade {

// The readable text of a plan: what `dce-upgrade plan` prints and the wizard's Review page
// shows, from one function so the two never differ. A title, notes, the module's version notes
// for this upgrade, every step with its details, the files it writes and its exact commands,
// then the warnings. A PlanResult holds no secret
// (the planner writes placeholders and stdin references), so neither does the text. Pure.
class PlanText final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::PlanText)

public:
    struct Heading
    {
        QString moduleName; // the profile's display name
        QString planName; // the plan file, or what the plan was made from
        QStringList notes; // lines under the title (which helm the commands are for)
        // The chart version installed for a release target, when the caller knows it (the
        // wizard read it from the cluster): the version notes then say what applies, not what
        // may apply.
        std::function<QString(const QString &target)> installedOf;
    };

    // The whole text, every line ending in '\n'.
    static QString render(const PlanResult &result, const Heading &heading);
};

} // namespace DceUpgrade
