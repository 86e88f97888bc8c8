#pragma once

#include "PlannedStep.h"

#include "model/ModuleProfile.h"
#include "model/UpgradePlan.h"
#include "tools/HelmVersion.h"

#include <QCoreApplication>

#include <vector>

namespace DceUpgrade {

struct Bundle;
struct Package;

// A release of the plan with every default filled in from the profile and the package.
struct ResolvedRelease
{
    ReleaseProfile profile;
    QString release;
    QString namespaceName;
    QString version;
    QStringList kubeContexts; // at least one entry; an empty string is "the current context"
    const Bundle *bundle = nullptr;
    // The values keys that carry the registry on this upgrade's path: the profile's, plus its
    // chart-package keys when the package's own chart is installed.
    QStringList imageRegistryKeys;
    QString imageRegistry; // value for every key of imageRegistryKeys
    // --set-string key=value pairs the upgrade passes so the chart pulls from the registry.
    QStringList imageValues;
    // upgrade.renameKeys: values.prepare applies the renames of the version notes that apply.
    bool renameKeys = true;

    // "skoala", or "skoala-init@worker-1": how steps, facts and reports name it on a cluster.
    QString target(const QString &context) const
    {
        return context.isEmpty() ? release : release + QLatin1Char('@') + context;
    }
};

struct PlanResult
{
    std::vector<PlannedStep> steps;
    std::vector<ResolvedRelease> releases; // empty when syncOnly
    QStringList warnings; // translated; things the user must read before running
    // upgrade.method none: the steps stage the images and change no release (no helm step).
    bool syncOnly = false;

    // The ids of the secrets the steps will ask RunContext::secrets for (RegistryPasswordId...),
    // each once, in step order: what a run must collect before it starts.
    QStringList secretsNeeded() const;
};

// Turns a plan into the ordered steps of the upgrade, with every command line exactly as it will
// run (bundle-format.md §6 traps avoided in the command builders). Pure: reads nothing but its
// inputs, runs nothing.
class Planner final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Planner)

public:
    struct Input
    {
        const UpgradePlan *plan = nullptr;
        const ModuleProfile *profile = nullptr;
        const Package *package = nullptr;
        HelmVersion helm;
        // Where the run keeps its files. The dry run and the script use "${SESSION}".
        QString sessionDir = QStringLiteral("${SESSION}");
        QString timestamp = QStringLiteral("${STAMP}"); // in values backup names
    };

    // Throws Error (plan.invalid, helm.too-old) when the plan cannot work as written: first
    // UpgradePlan::validate()'s first problem, then what does not fit the package or helm.
    static PlanResult plan(const Input &input);

    // bundle.read hashes the layers of the package only when the sync pushes or imports them.
    static bool verifiesLayers(const UpgradePlan &plan)
    {
        return plan.sync.method != SyncMethod::None;
    }

    // "the current cluster" for the empty context, else "cluster <context>"; translated.
    static QString clusterName(const QString &context);
};

} // namespace DceUpgrade
