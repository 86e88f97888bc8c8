#pragma once

#include "CommandStep.h"

#include "tools/ChartsSyncerOutput.h"
#include "util/FileRange.h"

#include <memory>
#include <vector>

namespace DceUpgrade {

class FileRangeCopier;
class RegistryImageCheck;

// The charts-syncer sync method (bundle-format.md §3) as three steps around DaoCloud's tool. They
// share one private directory of the session (PlannedStep::paths "charts-syncer"): the bundles
// directory, load-image.yaml with the password, charts-syncer's --workdir and TMPDIR. The
// cleanup removes all of it whatever happened, so the password lives on disk only while
// charts-syncer runs.

// chartsyncer.prepare: checks that charts-syncer is installed, makes the directory (0700) and
// bundles/ with nothing but <chart>_<version>.bundle.tar entries (any other .tar there makes
// charts-syncer panic): a symlink to the user's package when the package is the bundle, else the
// bundle's bytes streamed out of the package (never the whole package). Then writes
// load-image.yaml (0600) from the planned file with the real password. Skipped when the sync is
// done already (a rerun after a later step failed).
class ChartsSyncerPrepareStep final : public Step
{
    Q_OBJECT
public:
    ChartsSyncerPrepareStep(const PlannedStep &planned, RunContext &context);
    ~ChartsSyncerPrepareStep() override;

protected:
    void run() override;
    void onCancel() override;

private:
    struct Copy
    {
        FileRange range;
        QString target;
        QString member;
    };
    void makeDirectories();
    void copyNext();
    void writeConfig();

    std::vector<Copy> m_copies;
    std::unique_ptr<FileRangeCopier> m_copier;
    qint64 m_copied = 0; // bytes of the copies already finished
    qint64 m_total = 0;
};

// images.sync: `charts-syncer sync --config load-image.yaml` in that directory, its output in the
// log as it comes. What it said is reported plainly ("There are no charts out of sync!" means it
// pushed no image either). Then the engine's own registry client looks up every image the
// relocation puts in the plan's registry, so a silent partial sync fails the step, naming the
// missing images.
class ChartsSyncerSyncStep final : public CommandStep
{
    Q_OBJECT
public:
    ChartsSyncerSyncStep(const PlannedStep &planned, RunContext &context);
    ~ChartsSyncerSyncStep() override;

protected:
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
    void onCancel() override;
    ProcessRunner::Options optionsFor(const CommandLine &command) const override;

private:
    StepResult failure(const CommandLine &command, const ProcessRunner::Result &result) const;
    void checkRegistry();
    StepResult verdict(int found, const QStringList &missing) const;
    // Where charts-syncer looks for a chart version it would skip (chart repository or directory).
    QString chartTarget() const;

    ChartsSyncerOutput m_output;
    std::unique_ptr<RegistryImageCheck> m_check;
};

// chartsyncer.cleanup (always runs): removes the whole directory: load-image.yaml with the
// password, the bundle links and copies, charts-syncer's workdir and temporary files.
class ChartsSyncerCleanupStep final : public Step
{
    Q_OBJECT
public:
    using Step::Step;

protected:
    void run() override;
};

} // namespace DceUpgrade
