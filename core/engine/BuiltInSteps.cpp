#include "BuiltInSteps.h"

#include "Report.h"
#include "RunContext.h"
#include "UpgradeValues.h"
#include "VersionNotes.h"
#include "util/DataSize.h"
#include "util/Error.h"
#include "util/SystemError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace DceUpgrade {

// ---------------------------------------------------------------- bundle.read

struct PackageVerifyStep::Outcome
{
    StepResult result = StepResult::ok();
    QStringList notes;
};

PackageVerifyStep::~PackageVerifyStep()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

QJsonObject PackageVerifyStep::fingerprint() const
{
    const QFileInfo file(m_context.package->path);
    return QJsonObject {{QStringLiteral("path"), file.absoluteFilePath()},
        {QStringLiteral("size"), double(file.size())},
        {QStringLiteral("modified"), double(file.lastModified().toMSecsSinceEpoch())},
        {QStringLiteral("layers"), Planner::verifiesLayers(*m_context.plan)}};
}

void PackageVerifyStep::run()
{
    const QString factKey = QStringLiteral("packageVerified");
    const QJsonObject identity = fingerprint();
    if (m_context.resumable && m_context.session->fact(factKey) == identity) {
        finish(StepResult::skipped(tr("%1 was verified in an earlier run of this session and "
                                      "has not changed since (same size and modification time).")
                                       .arg(m_context.package->path)));
        return;
    }
    m_thread.reset(QThread::create([this, identity, factKey] {
        Outcome outcome;
        try {
            outcome = verify();
        } catch (const Error &error) {
            outcome.result = StepResult::failed(error.code(), error.message(), error.hint());
        } catch (const std::exception &error) {
            outcome.result = StepResult::failed(
                QStringLiteral("engine.internal"), QString::fromLocal8Bit(error.what()));
        }
        // setFact may throw (a full disk): the guard ends the step failed then.
        QMetaObject::invokeMethod(this, guarded([this, outcome, identity, factKey] {
            for (const QString &line : outcome.notes) {
                note(line);
            }
            if (outcome.result.state == StepResult::State::Ok && m_context.resumable) {
                m_context.session->setFact(factKey, identity);
            }
            finish(outcome.result);
        }));
    }));
    m_thread->start();
}

// Runs on the worker thread: reads only the immutable package and emits progress through
// queued calls.
PackageVerifyStep::Outcome PackageVerifyStep::verify() const
{
    const Package &package = *m_context.package;
    const bool layers = Planner::verifiesLayers(*m_context.plan);
    qint64 total = package.checksum ? package.size : 0;
    qsizetype layerCount = 0;
    qint64 layerBytes = 0;
    std::vector<qint64> bundleBytes; // distinct layer bytes of each bundle, in order
    for (const auto &bundle : package.bundles) {
        layerCount += qsizetype(bundle->images.distinctLayers().size());
        bundleBytes.push_back(bundle->images.distinctLayerBytes());
        layerBytes += layers ? bundleBytes.back() : 0;
    }
    total += layerBytes;
    qint64 before = 0;
    auto *self = const_cast<PackageVerifyStep *>(this);
    const auto report = [self, &before, total](qint64 done, qint64) {
        const qint64 at = before + done;
        QMetaObject::invokeMethod(
            self, [self, at, total] { emit self->progress(at, total, QStringLiteral("bytes")); });
    };
    Outcome outcome;
    if (package.checksum) {
        if (!package.checksum->verify(package.path, report, &m_cancel)) {
            outcome.result = StepResult::canceled();
            return outcome;
        }
        before += package.size;
        outcome.notes.append(tr("The checksum file %1 matched (%2 of %3).")
                                 .arg(package.checksum->path, package.checksum->algorithmName(),
                                     dataSize(package.size)));
    } else {
        outcome.notes.append(tr("No checksum file lies beside the package."));
    }
    if (!layers) {
        outcome.notes.append(tr("No image is pushed or imported from the package: its layers "
                                "are not read."));
        return outcome;
    }
    for (std::size_t i = 0; i < package.bundles.size(); ++i) {
        if (!package.bundles[i]->images.verifyLayers(report, &m_cancel)) {
            outcome.result = StepResult::canceled();
            return outcome;
        }
        before += bundleBytes[i];
    }
    outcome.notes.append(tr("%n layer(s) (%1) match their digests.", nullptr, int(layerCount))
                             .arg(dataSize(layerBytes)));
    return outcome;
}

// ---------------------------------------------------------------- chart.extract

void ChartExtractStep::run()
{
    const ResolvedRelease *release = m_context.release(planned().release);
    const QString dir = planned().paths.chartDir;
    if (!release || !release->bundle || dir.isEmpty()) {
        finish(StepResult::failed(QStringLiteral("engine.internal"),
            tr("The step %1 has no chart to extract.").arg(planned().id)));
        return;
    }
    const QString root = QStringLiteral("original-chart/");
    const TarIndex &index = release->bundle->index;
    // A rerun starts from a clean copy: a half-written chart from a killed run is replaced.
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir)) {
        throw Error(QStringLiteral("session.io"), tr("Cannot create %1.").arg(dir),
            tr("Check the disk where the session is kept."));
    }
    int files = 0;
    for (const TarMember &member : index.members()) {
        if (!member.name.startsWith(root) || member.type == TarMember::Type::Directory) {
            continue;
        }
        // Names were normalised and checked when the index was built ("..", absolute and
        // escaping links refused); links are resolved to the file they name inside the chart.
        const QString relative = member.name.mid(root.size());
        const QString target = dir + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(target).absolutePath());
        const QByteArray content = index.readFile(member.name);
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(content) < 0) {
            throw Error(QStringLiteral("session.io"),
                tr("Cannot write %1: %2").arg(target, SystemError::of(out)),
                tr("Check the disk where the session is kept."));
        }
        ++files;
    }
    note(tr("%n file(s) of %1 written to %2.", nullptr, files)
             .arg(release->bundle->displayName, dir));
    finish(StepResult::ok());
}

// ---------------------------------------------------------------- values.prepare

void ValuesPrepareStep::run()
{
    const ResolvedRelease *release = m_context.release(planned().release);
    const QString backupPath = planned().paths.valuesBackup;
    const QString valuesPath = planned().paths.upgradeValues;
    QFile backupFile(backupPath);
    if (!release || !backupFile.open(QIODevice::ReadOnly)) {
        finish(StepResult::failed(QStringLiteral("values.no-backup"),
            tr("The values backup %1 cannot be read.").arg(backupPath),
            tr("Run again: the backup step runs before this one.")));
        return;
    }
    // helm.check recorded what was installed before this session touched the release: the
    // version notes that apply to that upgrade say which keys to rename.
    ReleaseFacts facts = m_context.session->releaseFacts(planned().target);
    UpgradeValues::KeyRenames renames;
    for (const VersionNotes::Entry &entry :
        VersionNotes::of(*release, facts.kubeContext, facts.installedBefore())) {
        if (entry.certain() && entry.renamesApplied) {
            renames.insert(
                renames.end(), entry.note.renameKeys.begin(), entry.note.renameKeys.end());
        }
    }
    const UpgradeValues values = UpgradeValues::fromBackup(backupFile.readAll(), backupPath,
        release->imageRegistryKeys, release->imageRegistry, renames);

    for (const QString &renamed : values.renamed) {
        note(tr("Renamed %1 (a version note of this upgrade).").arg(renamed));
    }
    for (const QString &key : values.renameConflicts) {
        emit logLine(QStringLiteral("warning"),
            tr("%1 is not renamed: the values have the new name too. Check which one the new "
               "chart should get.")
                .arg(key));
    }

    for (const UpgradeValues::Change &change : values.changes) {
        note(change.from.isEmpty() ? tr("%1: (not set) -> %2").arg(change.key, change.to)
                                   : tr("%1: %2 -> %3").arg(change.key, change.from, change.to));
    }
    for (const QString &entry : values.pinnedImages) {
        emit logLine(QStringLiteral("warning"),
            tr("Your values pin %1: that image stays as it is after the upgrade. Remove the "
               "value if the new chart's image is wanted.")
                .arg(entry));
    }
    Session::writePrivateFile(valuesPath, values.yaml, true);
    note(tr("Values for the upgrade: %1 (every other value of the backup kept).").arg(valuesPath));

    facts.values = ReleaseFacts::PreparedValues {
        valuesPath, values.changes, values.pinnedImages, values.renamed};
    m_context.session->setReleaseFacts(planned().target, facts);
    finish(StepResult::ok());
}

// ---------------------------------------------------------------- helm.repo.cleanup

void RepoCleanupStep::run()
{
    const QString file = planned().paths.helmRepositories;
    if (QFile::exists(file) && !QFile::remove(file)) {
        finish(StepResult::failed(QStringLiteral("session.io"),
            tr("Cannot delete %1, which holds the repository password.").arg(file),
            tr("Delete it by hand.")));
        return;
    }
    note(tr("Deleted %1.").arg(file));
    finish(StepResult::ok());
}

// ---------------------------------------------------------------- report

void ReportStep::run()
{
    const Report::Files files = Report::write(m_context);
    note(tr("Report: %1").arg(files.html));
    finish(StepResult::ok());
}

// ---------------------------------------------------------------- internal error

void UnimplementedStep::run()
{
    finish(StepResult::failed(QStringLiteral("engine.unsupported"),
        tr("This engine has no implementation of the step \"%1\" (%2).")
            .arg(planned().title, planned().id),
        tr("This is a bug in dce-upgrade: report it with the session directory. The exported "
           "script does the same work by hand.")));
}

} // namespace DceUpgrade
