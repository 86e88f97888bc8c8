#pragma once

#include <QString>

namespace DceUpgrade {

// One thing UpgradePlan::validate() finds wrong with a plan. `key` is the plan's dotted YAML path
// ("registry.address", "sync.nodes[1].host", "upgrade.releases[0].chart"; never translated), so a
// loader can point at the line and a page at the field; `message` says what is wrong and `hint`
// what to do, both translated.
struct PlanProblem
{
    QString key;
    QString message;
    QString hint;
};

} // namespace DceUpgrade
