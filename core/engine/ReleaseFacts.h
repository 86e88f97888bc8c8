#pragma once

#include "UpgradeValues.h"
#include "tools/HelmOutput.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace DceUpgrade {

// What the run learned about one release on one cluster, kept in the session's state.json
// ("facts": {"target:<target>": {...}}) so that later steps, a `--resume`, `rollback` and the
// report can use it. The JSON keys are an on-disk format: sessions written by an older build
// must still resume and roll back, so toJson() writes exactly the keys it always wrote and
// fromJson() reads what older builds wrote. Nothing outside ReleaseFacts.cpp names those keys.
struct ReleaseFacts
{
    // One revision of the release as helm reported it.
    struct Revision
    {
        int revision = 0;
        QString status; // deployed, failed, pending-upgrade, ...
        QString chartVersion; // empty when it could not be read
    };

    // values.prepare: the values file the upgrade uses and how it differs from the backup.
    struct PreparedValues
    {
        QString path;
        std::vector<UpgradeValues::Change> changes;
        QStringList pinnedImages; // "hive.image.tag = v0.27.0": values that keep an old image
        QStringList renamed; // "global.keycloak → global.keycloakx": a version note's renames
    };

    // helm.check, on every run: which release this is.
    QString target; // "skoala", "skoala-init@worker-1": as steps and reports name it
    QString release;
    QString namespaceName;
    QString kubeContext; // "" is the current context
    QString chartVersionTarget; // what the plan installs
    // helm.check, on every run: the release as it is now.
    std::optional<Revision> now;
    // helm.check, the first run only: what a rollback returns to (for a pending release, the
    // last deployed revision).
    std::optional<Revision> before;
    // helm.check --recover-pending: the pending status it rolled back from.
    QString recoveredFrom;
    // values.save: the backup of the release's values.
    QString backup;
    std::optional<PreparedValues> values;
    // helm.upgrade, before helm starts: the release may have changed, `rollback` returns it.
    bool upgradeAttempted = false;
    // Written by older builds instead of the session's upgrade order; read for their sessions.
    QString upgradeAttemptedAt;
    // release.verify: the release after the upgrade, and its helm history then.
    std::optional<Revision> after;
    std::vector<HelmRevision> history; // revision, status, chart and description are kept

    // The chart version installed before this session first touched the release (what decides
    // which version notes apply); empty while helm.check has not read it.
    QString installedBefore() const { return before ? before->chartVersion : QString(); }

    QJsonObject toJson() const;
    static ReleaseFacts fromJson(const QJsonObject &json);

    // The key the facts of `target` are kept under in state.json's "facts".
    static QString stateKey(const QString &target);
    // The target of a "facts" key, or nothing when the key holds no release's facts.
    static std::optional<QString> targetOfStateKey(const QString &key);
};

} // namespace DceUpgrade
