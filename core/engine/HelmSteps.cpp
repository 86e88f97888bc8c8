#include "HelmSteps.h"

#include "model/ChartVersion.h"

#include "RunContext.h"
#include "Session.h"
#include "VersionNotes.h"
#include "registry/ChartPublisher.h"
#include "tools/HelmCommands.h"
#include "tools/HelmOutput.h"
#include "util/DataSize.h"
#include "util/Error.h"
#include "util/SystemError.h"

#include <QDateTime>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStorageInfo>
#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace DceUpgrade {

namespace {

// Below this the session cannot hold logs, backups and an extracted chart safely.
constexpr qint64 MinimumFreeBytes = 64 * 1024 * 1024;

struct ReleaseState
{
    bool valid = false;
    QString status;
    int revision = 0;
    QString chartVersion;
};

// `helm status -o json`: info.status, version (the revision), chart.metadata.version.
ReleaseState parseStatus(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    ReleaseState state;
    state.status
        = root.value(QLatin1String("info")).toObject().value(QLatin1String("status")).toString();
    state.revision = root.value(QLatin1String("version")).toInt();
    state.chartVersion = root.value(QLatin1String("chart"))
                             .toObject()
                             .value(QLatin1String("metadata"))
                             .toObject()
                             .value(QLatin1String("version"))
                             .toString();
    state.valid = !state.status.isEmpty() && state.revision > 0;
    return state;
}

// A registry or chart repository that refused the account: the same advice for helm's
// `repo add` and `registry login`.
std::optional<StepResult> refusedAccount(const QString &said)
{
    if (!(said.contains(QLatin1String("401")) || said.contains(QLatin1String("Unauthorized"))
            || said.contains(QLatin1String("unauthorized"))
            || said.contains(QLatin1String("403")))) {
        return std::nullopt;
    }
    return StepResult::failed(QStringLiteral("repo.unauthorized"),
        HelmRepoStep::tr("The chart repository refused the user name or password: %1").arg(said),
        HelmRepoStep::tr("Check the user (robot accounts look like robot$name) and the password, "
                         "and that the account may read the project."));
}

StepResult unreadable(const QString &what)
{
    return StepResult::failed(QStringLiteral("helm.output"),
        HelmCheckStep::tr("helm printed %1 in a form this version does not understand.").arg(what),
        HelmCheckStep::tr("See the step's log; report it together with `helm version`."));
}

} // namespace

// ---------------------------------------------------------------- helm.check

std::optional<StepResult> HelmCheckStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    const CommandPurpose &purpose = planned().purposeOf(index);
    if (purpose.action == CommandPurpose::Action::ReleaseStatus) {
        return checkRelease(purpose, command, result);
    }
    if (purpose.action != CommandPurpose::Action::HelmVersion) {
        return std::nullopt;
    }
    if (!result.ok()) {
        return toolFailed(command, result);
    }
    bool ok = false;
    const HelmVersion found = HelmVersion::parse(QString::fromUtf8(result.standardOutput), &ok);
    if (!ok) {
        return unreadable(tr("its version"));
    }
    note(tr("helm %1").arg(found.toString()));
    if (found.major != m_context.helmVersion.major) {
        return StepResult::failed(QStringLiteral("helm.changed"),
            tr("The plan was made for helm %1, but helm %2 answers now.")
                .arg(m_context.helmVersion.toString(), found.toString()),
            tr("Start a new run so the commands are made for the helm that is installed."));
    }
    if (m_context.plan->upgradesFromOci() && !found.hasOci()) {
        return StepResult::failed(QStringLiteral("helm.too-old"),
            tr("helm %1 cannot install charts from an OCI registry (oci://): that needs helm "
               "3.8 or later.")
                .arg(found.toString()),
            tr("Install helm 3.8 or later (3.18 or 4 recommended), or upgrade from a helm "
               "repository (https://) or from the chart in the package (upgrade.method: "
               "chart-package)."));
    }
    return std::nullopt;
}

std::optional<StepResult> HelmCheckStep::checkRelease(
    const CommandPurpose &purpose, const CommandLine &command, const ProcessRunner::Result &result)
{
    const ResolvedRelease *found = m_context.release(purpose.release);
    if (!found) {
        return std::nullopt;
    }
    const ResolvedRelease &release = *found;
    const QString &kube = purpose.kubeContext;
    const QString name = release.target(kube);

    if (!result.ok()) {
        const HelmFailure failure = HelmOutput::parseFailure(result.standardError);
        if (failure.kind == HelmFailure::Kind::ReleaseNotFound) {
            return StepResult::failed(QStringLiteral("release.not-found"),
                tr("Release %1 is not installed in namespace %2 of %3.")
                    .arg(release.release, release.namespaceName, Planner::clusterName(kube)),
                tr("Check the release name, the namespace and the kube context in the plan "
                   "(`helm list -A` shows what is installed). This tool upgrades; it does not "
                   "install."));
        }
        if (failure.kind == HelmFailure::Kind::ClusterUnreachable) {
            return StepResult::failed(QStringLiteral("cluster.unreachable"),
                tr("The cluster of %1 cannot be reached: %2").arg(name, failure.message),
                tr("Check the kubeconfig and context in the plan and that this host can reach the "
                   "API server."));
        }
        return toolFailed(command, result);
    }

    const ReleaseState state = parseStatus(result.standardOutput);
    if (!state.valid) {
        return unreadable(tr("the status of %1").arg(name));
    }
    // A rerun of the session checks again (the cluster may have moved on), but what the release
    // was before this session first touched it stays as first recorded.
    ReleaseFacts facts = m_context.session->releaseFacts(name);
    facts.target = name;
    facts.release = release.release;
    facts.namespaceName = release.namespaceName;
    facts.kubeContext = kube;
    facts.chartVersionTarget = release.version;
    facts.now = ReleaseFacts::Revision {state.revision, state.status, {}};
    hold();
    const HelmCommands helm(m_context.helmVersion);
    runCommand(helm.history(release.release, release.namespaceName,
                   {m_context.plan->upgrade.kubeconfig, kube}),
        [this, facts, found](const ProcessRunner::Result &history) {
            const auto revisions = HelmOutput::parseHistory(history.standardOutput);
            if (!history.ok() || !revisions) {
                finish(unreadable(tr("the history of %1").arg(facts.target)));
                return;
            }
            const StepResult verdict = judge(facts, *revisions);
            if (verdict.code == QLatin1String("release.pending") && m_context.recoverPending
                && m_lastGood > 0) {
                recover(facts);
                return;
            }
            if (verdict.state != StepResult::State::Ok) {
                finish(verdict);
                return;
            }
            showVersionNotes(*found, facts.target);
            resume();
        });
    return std::nullopt;
}

StepResult HelmCheckStep::judge(ReleaseFacts facts, const std::vector<HelmRevision> &history)
{
    const QString name = facts.target;
    const QString release = facts.release;
    const QString ns = facts.namespaceName;
    const QString status = facts.now->status;
    const int revision = facts.now->revision;
    QString chartVersion;
    int lastGood = 0;
    for (const HelmRevision &entry : history) {
        if (entry.revision == revision) {
            chartVersion = entry.chartVersion;
        }
        if (entry.revision < revision
            && (entry.status == QLatin1String("deployed")
                || entry.status == QLatin1String("superseded"))) {
            lastGood = std::max(lastGood, entry.revision);
        }
    }
    m_lastGood = lastGood;
    facts.now->chartVersion = chartVersion;
    if (!facts.before) {
        // A pending revision is no state to return to: the last deployed one is.
        const bool pending = status.startsWith(QLatin1String("pending-")) && lastGood > 0;
        facts.before = ReleaseFacts::Revision {pending ? lastGood : revision, status, chartVersion};
    }
    m_context.session->setReleaseFacts(name, facts);
    note(tr("%1: revision %2, chart %3, %4").arg(name).arg(revision).arg(chartVersion, status));

    if (status.startsWith(QLatin1String("pending-"))) {
        const QString way = lastGood > 0
            ? tr("Run again with --recover-pending to roll it back to revision %1, the last one "
                 "that was deployed (helm allows this while an operation is pending), or do it "
                 "yourself: helm rollback %2 %1 -n %3.")
                  .arg(lastGood)
                  .arg(release, ns)
            : tr("No earlier deployed revision exists: ask the cluster administrator to remove "
                 "the pending release secret of %1 in %2.")
                  .arg(release, ns);
        return StepResult::failed(QStringLiteral("release.pending"),
            tr("Release %1 is %2 at revision %3: an earlier helm operation was interrupted and "
               "holds the release.")
                .arg(name, status)
                .arg(revision),
            way);
    }
    const QString wantedText = facts.chartVersionTarget;
    if (ChartVersion::isDowngrade(chartVersion, wantedText) && !m_context.allowDowngrade) {
        return StepResult::failed(QStringLiteral("release.downgrade"),
            tr("%1 runs chart version %2; the plan installs the older %3.")
                .arg(name, chartVersion, wantedText),
            tr("Check the version in the plan. To downgrade on purpose, run again with "
               "--allow-downgrade."));
    }
    if (status != QLatin1String("deployed")) {
        note(tr("%1 is %2, not deployed: the upgrade will replace that revision.")
                 .arg(name, status));
    }
    return StepResult::ok();
}

void HelmCheckStep::showVersionNotes(const ResolvedRelease &release, const QString &target)
{
    const ReleaseFacts facts = m_context.session->releaseFacts(target);
    for (const VersionNotes::Entry &entry :
        VersionNotes::of(release, facts.kubeContext, facts.installedBefore())) {
        if (!entry.certain()) {
            continue;
        }
        // A rename the engine makes needs nothing from the engineer; anything else does.
        const QString text = tr("Version note: %1").arg(VersionNotes::line(entry));
        if (entry.renamesApplied) {
            note(text);
        } else {
            emit logLine(QStringLiteral("warning"), text);
        }
    }
}

void HelmCheckStep::recover(const ReleaseFacts &facts)
{
    const QString name = facts.target;
    note(tr("Rolling %1 back to revision %2 to end the interrupted operation (--recover-pending).")
             .arg(name)
             .arg(m_lastGood));
    const HelmCommands helm(m_context.helmVersion);
    const CommandLine rollback = helm.rollback(facts.release, facts.namespaceName,
        QString::number(m_lastGood), m_context.plan->upgrade.timeout,
        {m_context.plan->upgrade.kubeconfig, facts.kubeContext});
    runCommand(rollback, [this, facts, rollback](const ProcessRunner::Result &result) {
        if (!result.ok()) {
            finish(toolFailed(rollback, result));
            return;
        }
        // Recorded for the report; the revision to return to stays the one from before.
        ReleaseFacts updated = m_context.session->releaseFacts(facts.target);
        updated.recoveredFrom = facts.now->status;
        m_context.session->setReleaseFacts(facts.target, updated);
        resume();
    });
}

StepResult HelmCheckStep::whenAllDone()
{
    const QStorageInfo storage(m_context.session->dir());
    if (storage.isValid() && storage.bytesAvailable() < MinimumFreeBytes) {
        return StepResult::failed(QStringLiteral("disk.full"),
            tr("Only %1 are free where the session is kept (%2).")
                .arg(dataSize(storage.bytesAvailable()), m_context.session->dir()),
            tr("Free at least %1 there, or set XDG_STATE_HOME to a disk with room.")
                .arg(dataSize(MinimumFreeBytes)));
    }
    return StepResult::ok();
}

// ---------------------------------------------------------------- helm.repo

bool HelmRepoStep::shouldRun(int index, const CommandLine &)
{
    return !(
        planned().purposeOf(index).action == CommandPurpose::Action::RepoAdd && m_alreadyAdded);
}

std::optional<StepResult> HelmRepoStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    const CommandPurpose &purpose = planned().purposeOf(index);
    if (purpose.action == CommandPurpose::Action::RepoList) {
        // An empty list is an error for some helm versions; either way nothing is configured.
        if (result.ok()) {
            const auto repos = HelmOutput::parseRepoList(result.standardOutput);
            if (repos) {
                for (const auto &[name, url] : *repos) {
                    m_alreadyAdded = m_alreadyAdded || name == purpose.subject;
                }
            }
        }
        return std::nullopt;
    }
    if (result.ok()) {
        return std::nullopt;
    }
    if (purpose.action == CommandPurpose::Action::RepoAdd) {
        if (auto refused = refusedAccount(HelmOutput::parseFailure(result.standardError).message)) {
            return refused;
        }
    }
    return toolFailed(command, result);
}

// ---------------------------------------------------------------- helm.versions

std::optional<StepResult> HelmVersionsStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    const CommandPurpose &lookup = planned().purposeOf(index);
    if (lookup.action == CommandPurpose::Action::ShowChart) {
        return afterShowChart(lookup, command, result);
    }
    if (!result.ok()) {
        return toolFailed(command, result);
    }
    // helm search repo <alias>/<chart>: only entries named exactly so count.
    const QString &exact = lookup.subject;
    const auto versions = HelmOutput::parseSearch(result.standardOutput, exact);
    if (!versions) {
        return unreadable(tr("the search result"));
    }
    for (const ResolvedRelease &release : m_context.planned.releases) {
        if (release.profile.chart != lookup.chart) {
            continue;
        }
        if (!versions->contains(release.version)) {
            return StepResult::failed(QStringLiteral("chart.version-missing"),
                versions->isEmpty()
                    ? tr("The repository offers no chart named %1.").arg(exact)
                    : tr("The repository offers %1 in versions %2, but not %3.")
                          .arg(exact, versions->join(QLatin1String(", ")), release.version),
                tr("Publish the chart of the package first (the sync step does), or choose one "
                   "of the versions offered."));
        }
        note(tr("%1 %2 is in the repository.").arg(exact, release.version));
    }
    return std::nullopt;
}

// helm show chart oci://HOST/PROJECT/CHART --version V
std::optional<StepResult> HelmVersionsStep::afterShowChart(
    const CommandPurpose &lookup, const CommandLine &command, const ProcessRunner::Result &result)
{
    const QString &chart = lookup.subject;
    const QString &version = lookup.version;
    if (result.ok()) {
        note(tr("%1 %2 is in the registry.").arg(chart, version));
        return std::nullopt;
    }
    const QString said = HelmOutput::parseFailure(result.standardError).message;
    if (auto refused = refusedAccount(said)) {
        return refused;
    }
    // helm 3: "failed to resolve HOST/P/C:V: ...: not found"; helm 4: "failed to perform
    // "FetchReference" on source: HOST/P/C:V: not found". A missing chart and a missing version
    // look alike: the registry knows only tags.
    if (said.contains(QLatin1String("not found"))) {
        return StepResult::failed(QStringLiteral("chart.version-missing"),
            tr("The registry holds no version %2 of %1 (helm looked for the tag %3).")
                .arg(chart, version, ChartPublisher::ociTag(version)),
            tr("Publish the chart of the package first (the built-in sync does, with "
               "sync.chartTarget: oci), check the project in the address, or choose a version "
               "the registry holds."));
    }
    return toolFailed(command, result);
}

// ---------------------------------------------------------------- helm.registry.login

std::optional<StepResult> HelmRegistryLoginStep::afterCommand(
    int, const CommandLine &command, const ProcessRunner::Result &result)
{
    if (result.ok()) {
        return std::nullopt;
    }
    if (auto refused = refusedAccount(HelmOutput::parseFailure(result.standardError).message)) {
        return refused;
    }
    return toolFailed(command, result);
}

// ---------------------------------------------------------------- helm.registry.logout

QString HelmRegistryLogoutStep::loginPath() const
{
    return planned().paths.helmRegistryConfig;
}

LoginCleanupStep::Texts HelmRegistryLogoutStep::texts() const
{
    return {tr("No registry login was made in this run."),
        tr("helm registry logout did not succeed (%1); deleting the file removes the login."),
        tr("%1, which holds the registry login, could not be deleted."),
        tr("Delete it yourself: rm -f %1"), tr("Deleted %1: no registry login is left.")};
}

QString HelmRegistryLogoutStep::toolError(const ProcessRunner::Result &result) const
{
    return HelmOutput::parseFailure(result.standardError).message;
}

// ---------------------------------------------------------------- chart.pull

bool ChartPullStep::shouldRun(int, const CommandLine &)
{
    const QString dir = planned().paths.chartDir;
    if (!dir.isEmpty() && QFileInfo::exists(dir)) {
        QDir(dir).removeRecursively();
    }
    return true;
}

// ---------------------------------------------------------------- values.backup

bool ValuesBackupStep::shouldRun(int, const CommandLine &command)
{
    // A backup made by an earlier try of this session is complete (it is linked into place
    // only after it was written and flushed), and it is the one taken before any change.
    if (QFile::exists(command.stdoutFile())) {
        note(tr("Kept the backup made earlier: %1").arg(command.stdoutFile()));
        return false;
    }
    return true;
}

std::optional<StepResult> ValuesBackupStep::afterCommand(
    int, const CommandLine &command, const ProcessRunner::Result &result)
{
    if (!result.ok()) {
        return toolFailed(command, result);
    }
    const QString path = command.stdoutFile();
    const QString partial = path + QLatin1String(".partial");
    Session::writePrivateFile(partial, result.standardOutput, true);
    // link(2) fails when the name exists: the backup is never overwritten, and it appears
    // under its final name only complete.
    const QByteArray from = QFile::encodeName(partial);
    const QByteArray to = QFile::encodeName(path);
    if (::link(from.constData(), to.constData()) != 0) {
        const int saved = errno;
        ::unlink(from.constData());
        return StepResult::failed(QStringLiteral("session.io"),
            tr("Cannot save the values backup %1: %2").arg(path, SystemError::text(saved)),
            tr("Check the disk where the session is kept, then run again."));
    }
    ::unlink(from.constData());
    const bool empty = HelmOutput::valuesAreEmpty(result.standardOutput);
    note(empty ? tr("The release has no values of its own; saved the empty backup to %1.").arg(path)
               : tr("Saved the values to %1.").arg(path));
    ReleaseFacts facts = m_context.session->releaseFacts(planned().target);
    facts.backup = path;
    m_context.session->setReleaseFacts(planned().target, facts);
    return std::nullopt;
}

// ---------------------------------------------------------------- helm.upgrade

ProcessRunner::Options HelmUpgradeStep::optionsFor(const CommandLine &command) const
{
    ProcessRunner::Options options = CommandStep::optionsFor(command);
    // --wait prints nothing while it waits; helm's own --timeout bounds it.
    options.silenceTimeoutMs = 0;
    // A killed helm leaves the release pending-upgrade: it is asked to stop and given time.
    options.gracefulStop = true;
    options.graceMs = 60 * 1000;
    return options;
}

void HelmUpgradeStep::run()
{
    // On disk before helm starts: after a kill -9 during the upgrade, `rollback` still knows the
    // release was touched (helm.check recorded the revision to return to) and in which order.
    m_context.session->recordUpgradeStart(planned().target);
    CommandStep::run();
}

std::optional<StepResult> HelmUpgradeStep::afterCommand(
    int, const CommandLine &command, const ProcessRunner::Result &result)
{
    const ReleaseFacts facts = m_context.session->releaseFacts(planned().target);
    if (result.ok()) {
        return std::nullopt;
    }
    if (result.outcome != ProcessRunner::Outcome::Finished) {
        return toolFailed(command, result);
    }
    const HelmFailure failure = HelmOutput::parseFailure(result.standardError);
    const QString backup = facts.backup;
    const QString rollback = tr("Your values backup is %1. To return to revision %2, run: "
                                "dce-upgrade rollback --session %3")
                                 .arg(backup)
                                 .arg(facts.before ? facts.before->revision : 0)
                                 .arg(m_context.session->name());
    if (failure.kind == HelmFailure::Kind::RolledBack) {
        return StepResult::failed(QStringLiteral("upgrade.rolled-back"),
            tr("The upgrade of %1 failed and helm rolled it back: %2")
                .arg(planned().target, failure.message),
            tr("The release runs its previous revision again. Fix the cause shown above (see the "
               "step log), then run again; your values backup is %1.")
                .arg(backup));
    }
    return StepResult::failed(QStringLiteral("upgrade.failed"),
        tr("The upgrade of %1 failed: %2").arg(planned().target, failure.message), rollback);
}

// ---------------------------------------------------------------- release.verify

std::optional<StepResult> ReleaseVerifyStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    if (!result.ok()) {
        return toolFailed(command, result);
    }
    if (index == 0) {
        const ReleaseState state = parseStatus(result.standardOutput);
        m_status = state.status;
        m_revision = state.revision;
        return std::nullopt;
    }
    ReleaseFacts facts = m_context.session->releaseFacts(planned().target);
    QString chartVersion;
    facts.history
        = HelmOutput::parseHistory(result.standardOutput).value_or(std::vector<HelmRevision> {});
    for (const HelmRevision &entry : facts.history) {
        if (entry.revision == m_revision) {
            chartVersion = entry.chartVersion;
        }
    }
    const int before = facts.before ? facts.before->revision : 0;
    const QString wanted = facts.chartVersionTarget;
    facts.after = ReleaseFacts::Revision {m_revision, m_status, chartVersion};
    m_context.session->setReleaseFacts(planned().target, facts);
    if (m_status != QLatin1String("deployed") || m_revision <= before
        || (!wanted.isEmpty() && chartVersion != wanted)) {
        return StepResult::failed(QStringLiteral("release.unverified"),
            tr("%1 is %2 at revision %3 with chart %4; expected deployed, a revision after %5, "
               "chart %6.")
                .arg(planned().target, m_status)
                .arg(m_revision)
                .arg(chartVersion)
                .arg(before)
                .arg(wanted),
            tr("Look at `helm history` of the release; roll back with dce-upgrade rollback "
               "--session %1 if needed.")
                .arg(m_context.session->name()));
    }
    note(tr("%1: deployed, revision %2 (was %3), chart %4.")
             .arg(planned().target)
             .arg(m_revision)
             .arg(before)
             .arg(chartVersion));
    return std::nullopt;
}

std::optional<StepResult> HelmRollbackStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    if (planned().purposeOf(index).action != CommandPurpose::Action::ReleaseHistory) {
        return CommandStep::afterCommand(index, command, result);
    }
    // Without a readable history the rollback itself says what is wrong.
    const std::optional<std::vector<HelmRevision>> history
        = result.ok() ? HelmOutput::parseHistory(result.standardOutput) : std::nullopt;
    const ReleaseFacts facts = m_context.session->releaseFacts(planned().target);
    if (!history || history->empty() || !facts.before) {
        return std::nullopt;
    }
    const HelmRevision &current = *std::max_element(history->begin(), history->end(),
        [](const HelmRevision &a, const HelmRevision &b) { return a.revision < b.revision; });
    if (current.revision != facts.before->revision || current.status != QLatin1String("deployed")) {
        return std::nullopt;
    }
    note(tr("%1 is still at revision %2 (%3): its upgrade never changed it, so there is nothing "
            "to roll back.")
             .arg(planned().target)
             .arg(current.revision)
             .arg(current.chartVersion));
    return StepResult::ok();
}

} // namespace DceUpgrade
