#pragma once

#include "Planner.h"
#include "Session.h"

#include "bundle/PackageReader.h"
#include "model/ModuleProfile.h"
#include "model/PlanSource.h"
#include "model/UpgradePlan.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QString>

namespace DceUpgrade {

// Everything the steps of one run share: the frozen plan and what was planned from it, the
// session on disk, the secrets in memory, and how external tools are started. Owned by the
// command that runs the engine; steps hold a reference.
struct RunContext
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::RunContext)

public:
    const UpgradePlan *plan = nullptr;
    // The bytes `plan` was parsed from, and where they came from: quoted in the report.
    PlanSource planSource;
    const ModuleProfile *profile = nullptr;
    const Package *package = nullptr;
    PlanResult planned;
    HelmVersion helmVersion;
    Session *session = nullptr;

    // The programs the planned commands call by name ("helm", "kubectl"), as found on this host.
    QHash<QString, QString> programs;
    // Secrets by id ("registry.password"): only ever written to a child's stdin or a 0600 file.
    QHash<QString, QByteArray> secrets;
    // <name>.json and <name>.html in the session: a rollback keeps the run's report.
    QString reportName = QStringLiteral("report");
    // Finished steps are recorded so a rerun skips them; a rollback is never "already done".
    bool resumable = true;
    // The user asked to roll a release left pending-* back to its last deployed revision.
    bool recoverPending = false;
    // The user agreed to install an older chart version than the one deployed.
    bool allowDowngrade = false;
    // What each finished step did, in order (id, title, state, code, message, commands,
    // durationMs): kept by the Engine, read by the report.
    QJsonArray records;
    // When the engine started this run (Engine::start): the report's start time.
    QDateTime started;
    // No-output timeout for tools that talk to a cluster or registry.
    int silenceTimeoutMs = 10 * 60 * 1000;

    // The environment every tool runs with: the few variables ToolEnvironment allows of the
    // user's shell (PATH, proxies, ...; never HELM_*, DOCKER_CONFIG, XDG_*), LC_ALL=C (outputs
    // are parsed), HOME and helm's config/cache/data homes inside the session (the user's
    // repositories, registry logins and caches are never touched) and KUBECONFIG: the plan's,
    // else the user's (ToolEnvironment::userKubeconfig), pinned so moving HOME does not lose it.
    QProcessEnvironment toolEnvironment() const;

    const ResolvedRelease *release(int index) const;
};

} // namespace DceUpgrade
