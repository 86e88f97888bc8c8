#pragma once

#include "CommandStep.h"
#include "LoginCleanupStep.h"
#include "ReleaseFacts.h"

#include "tools/HelmOutput.h"

#include <QJsonObject>

namespace DceUpgrade {

struct ResolvedRelease;

// helm.check: nothing changes. helm answers; every release exists and is deployed; a pending
// operation is explained with the way out; a downgrade needs consent; the session has disk.
class HelmCheckStep final : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
    StepResult whenAllDone() override;

private:
    std::optional<StepResult> checkRelease(const CommandPurpose &purpose,
        const CommandLine &command, const ProcessRunner::Result &result);
    // `status -o json` has no chart: the history says which chart each revision runs.
    StepResult judge(ReleaseFacts facts, const std::vector<HelmRevision> &history);
    // The profile's version notes that apply to this upgrade, now that the installed version
    // is known: in the log (and so in the wizard) before anything changes.
    void showVersionNotes(const ResolvedRelease &release, const QString &target);
    // --recover-pending: roll back to the last deployed revision, then go on.
    void recover(const ReleaseFacts &facts);

    int m_lastGood = 0;
};

// helm.repo: add the chart repository to the session's own helm configuration, then update it.
class HelmRepoStep final : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    bool shouldRun(int index, const CommandLine &command) override;
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;

private:
    bool m_alreadyAdded = false;
};

// helm.versions: the chosen version of every chart is offered by the repository (helm search
// of a helm repository, helm show chart of an OCI one).
class HelmVersionsStep final : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;

private:
    std::optional<StepResult> afterShowChart(const CommandPurpose &lookup,
        const CommandLine &command, const ProcessRunner::Result &result);
};

// helm.registry.login: `helm registry login` into the session's own registry configuration,
// for a chart repository in an OCI registry.
class HelmRegistryLoginStep final : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
};

// helm.registry.logout (LoginCleanupStep): `helm registry logout`, then the session's registry
// configuration file deleted.
class HelmRegistryLogoutStep final : public LoginCleanupStep
{
    Q_OBJECT
public:
    using LoginCleanupStep::LoginCleanupStep;

protected:
    QString loginPath() const override;
    Texts texts() const override;
    QString toolError(const ProcessRunner::Result &result) const override;
};

// chart.pull: `helm pull --untar` of the exact chart version the upgrade installs, for its CRDs.
// helm refuses to unpack over an earlier try, so that is removed first.
class ChartPullStep final : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    bool shouldRun(int index, const CommandLine &command) override;
};

// values.backup: `helm get values` saved to a 0600 file that is never overwritten.
class ValuesBackupStep final : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    bool shouldRun(int index, const CommandLine &command) override;
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
};

// helm.upgrade: asked to stop, never killed, on cancel; a failure says where the backup is and
// how to roll back.
class HelmUpgradeStep final : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    // Records the intent to upgrade before helm starts, then runs helm.
    void run() override;
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
    ProcessRunner::Options optionsFor(const CommandLine &command) const override;
};

// release.verify: deployed, a new revision, the chosen chart version; history recorded.
class ReleaseVerifyStep final : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;

private:
    QString m_status;
    int m_revision = 0;
};

// helm.rollback: back to the revision recorded before the upgrade, unless the release is still
// at that revision (its upgrade never started in helm): then nothing changes.
class HelmRollbackStep final : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
};

} // namespace DceUpgrade
