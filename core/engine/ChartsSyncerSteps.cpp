#include "ChartsSyncerSteps.h"

#include "FileRangeCopier.h"
#include "PlannedFileWriter.h"
#include "RunContext.h"
#include "StepIds.h"

#include "registry/RegistryImageCheck.h"
#include "registry/RelocatedImage.h"
#include "tools/ChartsSyncerConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace DceUpgrade {

namespace {

const QString Program = QStringLiteral("charts-syncer");
constexpr int SilentUploadMs = 60 * 60 * 1000;

QString directoryOf(const PlannedStep &step)
{
    return step.paths.chartsSyncerDir;
}

QString installHint()
{
    return ChartsSyncerPrepareStep::tr("Install DaoCloud's charts-syncer and put it on PATH, then "
                                       "run again; or choose the built-in sync (sync.method: "
                                       "builtin), which needs no other tool.");
}

StepResult failedWith(const Error &error)
{
    return StepResult::failed(error.code(), error.message(), error.hint());
}

} // namespace

// ---------------------------------------------------------------- chartsyncer.prepare

ChartsSyncerPrepareStep::ChartsSyncerPrepareStep(const PlannedStep &planned, RunContext &context)
    : Step(planned, context)
{ }

ChartsSyncerPrepareStep::~ChartsSyncerPrepareStep() = default;

void ChartsSyncerPrepareStep::run()
{
    // The cleanup at the end of the earlier run removed the directory; the sync itself is done.
    if (m_context.session->isDone(StepIds::ImagesSync)) {
        finish(StepResult::skipped(
            tr("charts-syncer finished in an earlier run of this session: nothing to prepare.")));
        return;
    }
    const QString program = m_context.programs.value(Program, Program);
    if (ProcessRunner::findProgram(program, m_context.toolEnvironment()).isEmpty()) {
        finish(StepResult::failed(QStringLiteral("tool.missing"),
            tr("charts-syncer is not installed on this host (not found on PATH)."), installHint()));
        return;
    }
    makeDirectories();

    const QString bundlesDir = planned().paths.chartsSyncerBundles;
    const Package &package = *m_context.package;
    for (const auto &bundle : package.bundles) {
        const QString target = bundlesDir + QLatin1Char('/')
            + ChartsSyncerConfig::bundleFileName(bundle->chart.name, bundle->chart.version);
        if (bundle->memberChain.isEmpty() && !package.isDirectory) {
            // The package is the bundle: charts-syncer reads it where it is. (An unpacked
            // bundle is copied below as the tar its files make.)
            const QString source = QFileInfo(package.path).absoluteFilePath();
            if (!QFile::link(source, target)) {
                throw Error(QStringLiteral("session.io"),
                    tr("Cannot link %1 to %2.").arg(target, source),
                    tr("Check the disk where the session is kept."));
            }
            note(QStringLiteral("%1 -> %2").arg(target, source));
            continue;
        }
        m_copies.push_back({bundle->range, target,
            bundle->memberChain.isEmpty() ? package.path : bundle->memberPath()});
        m_total += bundle->range.size();
    }
    copyNext();
}

void ChartsSyncerPrepareStep::makeDirectories()
{
    const QString dir = directoryOf(planned());
    // Whatever a run killed before its cleanup left (kill -9, power loss) goes first.
    QDir(dir).removeRecursively();
    const QFileDevice::Permissions owner
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QString caDir = planned().paths.chartsSyncerCaDir;
    for (const QString &path :
        {dir, planned().paths.chartsSyncerBundles, planned().paths.chartsSyncerTmp, caDir}) {
        if (path.isEmpty()) {
            continue;
        }
        if (!QDir().mkpath(path) || !QFile::setPermissions(path, owner)) {
            throw Error(QStringLiteral("session.io"), tr("Cannot create %1.").arg(path),
                tr("Check the disk where the session is kept."));
        }
    }
    if (!caDir.isEmpty()) {
        // The registry's CA, for charts-syncer's SSL_CERT_DIR (it has no --ca-file).
        const QString caFile = planned().paths.registryCaFile;
        if (!QFile::copy(caFile, caDir + QStringLiteral("/registry-ca.crt"))) {
            throw Error(QStringLiteral("registry.ca-file"),
                tr("Cannot read the registry's CA file %1.").arg(caFile),
                tr("Check registry.caFile in the plan: the file must exist and be readable."));
        }
    }
}

void ChartsSyncerPrepareStep::copyNext()
{
    if (m_copies.empty()) {
        m_copier.reset();
        writeConfig();
        return;
    }
    const Copy copy = m_copies.front();
    m_copies.erase(m_copies.begin());
    m_copier = std::make_unique<FileRangeCopier>();
    connect(m_copier.get(), &FileRangeCopier::progress, this, [this](qint64 done, qint64) {
        emit progress(m_copied + done, m_total, QStringLiteral("bytes"));
    });
    connect(m_copier.get(), &FileRangeCopier::finished, this,
        guarded([this, copy](const std::optional<Error> &failure) {
            if (failure && failure->code() == QLatin1String("canceled")) {
                finish(StepResult::canceled());
                return;
            }
            if (failure) {
                finish(failedWith(*failure));
                return;
            }
            m_copied += copy.range.size();
            note(tr("%1 written from %2 in the package (%3).")
                     .arg(copy.target, copy.member,
                         QLocale::c().formattedDataSize(
                             copy.range.size(), 1, QLocale::DataSizeTraditionalFormat)));
            copyNext();
        }));
    if (cancelRequested()) {
        finish(StepResult::canceled());
        return;
    }
    m_copier->start(copy.range, copy.target);
}

void ChartsSyncerPrepareStep::writeConfig()
{
    // Last, so the password is on disk for the shortest time.
    for (const PlannedFile &file : planned().files) {
        PlannedFileWriter::write(file, m_context.secrets);
        note(file.secretId.isEmpty()
                ? tr("Wrote %1.").arg(file.path)
                : tr("Wrote %1, readable only by you; it is deleted at the end of the run.")
                      .arg(file.path));
    }
    finish(StepResult::ok());
}

void ChartsSyncerPrepareStep::onCancel()
{
    // The copier removes its partial file and reports "canceled", which ends the step.
    if (m_copier) {
        m_copier->cancel();
    } else {
        finish(StepResult::canceled());
    }
}

// ---------------------------------------------------------------- images.sync

ChartsSyncerSyncStep::ChartsSyncerSyncStep(const PlannedStep &planned, RunContext &context)
    : CommandStep(planned, context)
{ }

ChartsSyncerSyncStep::~ChartsSyncerSyncStep() = default;

ProcessRunner::Options ChartsSyncerSyncStep::optionsFor(const CommandLine &command) const
{
    ProcessRunner::Options options = CommandStep::optionsFor(command);
    // relok8s prints one line per image and nothing while it uploads one: a large image over a
    // slow link outlasts the usual no-output limit without anything being wrong.
    if (options.silenceTimeoutMs > 0) {
        options.silenceTimeoutMs = std::max(options.silenceTimeoutMs, SilentUploadMs);
    }
    return options;
}

QString ChartsSyncerSyncStep::chartTarget() const
{
    const SyncSettings &sync = m_context.plan->sync;
    return sync.chartTarget == ChartTarget::Local ? sync.localChartPath : sync.chartRepoUrl;
}

std::optional<StepResult> ChartsSyncerSyncStep::afterCommand(
    int, const CommandLine &command, const ProcessRunner::Result &result)
{
    m_output = ChartsSyncerOutput::parse(result.standardOutput, result.standardError);
    if (!result.ok()) {
        return failure(command, result);
    }
    if (m_output.nothingToSync) {
        emit logLine(QStringLiteral("warning"),
            tr("charts-syncer found every chart version already in %1, so it synced nothing: "
               "no chart and no image was pushed.")
                .arg(chartTarget()));
    }
    if (!m_output.alreadyThere.isEmpty()) {
        note(tr("Left as they were, because a tag of that name is already in the registry "
                "(charts-syncer never replaces one): %1")
                 .arg(m_output.alreadyThere.join(QLatin1String(", "))));
    }
    hold();
    checkRegistry();
    return std::nullopt;
}

StepResult ChartsSyncerSyncStep::failure(
    const CommandLine &command, const ProcessRunner::Result &result) const
{
    if (result.outcome == ProcessRunner::Outcome::FailedToStart) {
        return StepResult::failed(QStringLiteral("tool.missing"),
            tr("charts-syncer could not be started: %1").arg(result.errorString), installHint());
    }
    if (result.outcome != ProcessRunner::Outcome::Finished) {
        return toolFailed(command, result);
    }
    const RegistryTarget &registry = m_context.plan->registry;
    if (m_output.unauthorized) {
        return StepResult::failed(QStringLiteral("registry.unauthorized"),
            tr("The registry %1 refused charts-syncer the login as %2: %3")
                .arg(registry.address, registry.username, m_output.error),
            tr("Check registry.username and the password, and that this account may push to "
               "the repository; then run again with --resume."));
    }
    if (m_output.panicked) {
        return StepResult::failed(QStringLiteral("tool.crashed"),
            tr("charts-syncer crashed: %1").arg(m_output.error),
            tr("See the step's log in the session directory."));
    }
    if (!m_output.error.isEmpty()) {
        return StepResult::failed(QStringLiteral("tool.failed"),
            tr("charts-syncer failed (exit code %1): %2").arg(result.exitCode).arg(m_output.error),
            tr("See the step's log in the session directory; fix the cause and run again with "
               "--resume."));
    }
    return toolFailed(command, result);
}

void ChartsSyncerSyncStep::checkRegistry()
{
    const UpgradePlan &plan = *m_context.plan;
    const Relocator relocator(RelocationRules::forTarget(plan.registry));
    QStringList relocated;
    for (const auto &bundle : m_context.package->bundles) {
        for (const RelocatedImage &image : RelocatedImage::forBundle(*bundle, relocator)) {
            // relok8s pushes only images whose name the rules change.
            if (image.relocation.changed) {
                relocated.append(image.relocation.target);
            }
        }
    }
    QStringList elsewhere;
    const QStringList toCheck
        = RegistryImageCheck::inRegistry(relocated, plan.registry.address, &elsewhere);
    if (!elsewhere.isEmpty()) {
        note(tr("Not in %1, so not checked: %2")
                 .arg(plan.registry.address, elsewhere.join(QLatin1String(", "))));
    }
    note(tr("Looking up the %n image(s) charts-syncer should have put in %1...", nullptr,
        int(toCheck.size()))
             .arg(plan.registry.address));
    m_check = std::make_unique<RegistryImageCheck>(
        plan.registry, m_context.secrets.value(RegistryPasswordId));
    m_check->start(toCheck,
        guarded([this](const RegistryImageCheck::Outcome &outcome,
                    const RegistryClient::Failure &failure) {
            if (failure && failure->code() == QLatin1String("canceled")) {
                finish(StepResult::canceled());
            } else if (failure) {
                finish(failedWith(*failure));
            } else {
                finish(verdict(outcome.found, outcome.missing));
            }
        }));
}

StepResult ChartsSyncerSyncStep::verdict(int found, const QStringList &missing) const
{
    const QString list = missing.join(QLatin1String(", "));
    if (missing.isEmpty()) {
        const QString allThere = tr(
            "All %n image(s) are in the registry under their relocated names.", nullptr, found);
        if (m_output.nothingToSync) {
            return StepResult::ok(tr("charts-syncer synced nothing: every chart version is "
                                     "already in %1, so it pushed no image either. %2")
                                      .arg(chartTarget(), allThere));
        }
        return StepResult::ok(allThere);
    }
    if (m_output.nothingToSync) {
        return StepResult::failed(QStringLiteral("images.missing"),
            tr("charts-syncer synced nothing because every chart version is already in %1, and "
               "so it pushed no image either; %n image(s) are not in the registry: %2",
                nullptr, int(missing.size()))
                .arg(chartTarget(), list),
            tr("Remove that chart version from %1 and run again with --resume, or sync the "
               "images with the built-in sync (sync.method: builtin), which pushes the images "
               "whatever the chart repository holds.")
                .arg(chartTarget()));
    }
    return StepResult::failed(QStringLiteral("images.missing"),
        tr("charts-syncer ended without an error, but %n image(s) are not in the registry: %1",
            nullptr, int(missing.size()))
            .arg(list),
        tr("See the step's log for what charts-syncer did; run again with --resume, or use the "
           "built-in sync (sync.method: builtin). Nothing was changed in the cluster."));
}

void ChartsSyncerSyncStep::onCancel()
{
    if (m_check) {
        m_check->abort();
        finish(StepResult::canceled());
        return;
    }
    CommandStep::onCancel();
}

// ---------------------------------------------------------------- chartsyncer.cleanup

void ChartsSyncerCleanupStep::run()
{
    const QString dir = directoryOf(planned());
    if (dir.isEmpty() || !QFileInfo::exists(dir)) {
        finish(StepResult::ok(tr("Nothing to remove.")));
        return;
    }
    // Links are removed, never what they point to (the user's package).
    if (!QDir(dir).removeRecursively()) {
        finish(StepResult::failed(QStringLiteral("session.io"),
            tr("Cannot delete %1, which holds the charts-syncer password file.").arg(dir),
            tr("Delete it by hand: rm -rf %1").arg(CommandLine::shellQuote(dir))));
        return;
    }
    note(
        tr("Deleted %1 (the password file, the bundles and charts-syncer's work files).").arg(dir));
    finish(StepResult::ok());
}

} // namespace DceUpgrade
