#include "BuiltInSteps.h"

#include "Report.h"
#include "RunContext.h"
#include "UpgradeValues.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace DceUpgrade {

// ---------------------------------------------------------------- bundle.verify

ChecksumStep::~ChecksumStep()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ChecksumStep::run()
{
    const Package &package = *m_context.package;
    if (!package.checksum) {
        finish(StepResult::skipped(tr("No checksum file lies beside the package.")));
        return;
    }
    const ChecksumFile sum = *package.checksum;
    const QString path = package.path;
    m_thread.reset(QThread::create([this, sum, path] {
        StepResult result = StepResult::ok();
        try {
            const bool done = sum.verify(
                path,
                [this](qint64 bytesDone, qint64 total) {
                    QMetaObject::invokeMethod(this, [this, bytesDone, total] {
                        emit progress(bytesDone, total, QStringLiteral("bytes"));
                    });
                },
                &m_cancel);
            result = done ? StepResult::ok(tr("%1 matches %2.").arg(sum.algorithmName(), sum.path))
                          : StepResult::canceled();
        } catch (const Error &error) {
            result = StepResult::failed(error.code(), error.message(), error.hint());
        }
        QMetaObject::invokeMethod(this, guarded([this, result] {
            if (result.state == StepResult::State::Ok) {
                note(result.message);
            }
            finish(result);
        }));
    }));
    m_thread->start();
}

// ---------------------------------------------------------------- bundle.read

void BundleReadStep::run()
{
    for (const QString &line : planned().details) {
        note(line);
    }
    finish(StepResult::ok());
}

// ---------------------------------------------------------------- chart.extract

void ChartExtractStep::run()
{
    const ResolvedRelease *release = m_context.release(planned().release);
    const QString dir = planned().paths.value(QStringLiteral("chart"));
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
                tr("Cannot write %1: %2").arg(target, out.errorString()),
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
    const QString backupPath = planned().paths.value(QStringLiteral("backup"));
    const QString valuesPath = planned().paths.value(QStringLiteral("values"));
    QFile backupFile(backupPath);
    if (!release || !backupFile.open(QIODevice::ReadOnly)) {
        finish(StepResult::failed(QStringLiteral("values.no-backup"),
            tr("The values backup %1 cannot be read.").arg(backupPath),
            tr("Run again: the backup step runs before this one.")));
        return;
    }
    const UpgradeValues values = UpgradeValues::fromBackup(backupFile.readAll(), backupPath,
        release->profile.imageRegistryKeys, release->imageRegistry);

    QJsonArray changes;
    for (const UpgradeValues::Change &change : values.changes) {
        changes.append(QJsonObject {{QStringLiteral("key"), change.key},
            {QStringLiteral("from"), change.from}, {QStringLiteral("to"), change.to}});
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

    QJsonObject fact = m_context.session->fact(RunContext::targetKey(planned().target));
    fact.insert(QStringLiteral("valuesChanged"), changes);
    fact.insert(QStringLiteral("pinnedImages"), QJsonArray::fromStringList(values.pinnedImages));
    fact.insert(QStringLiteral("values"), valuesPath);
    m_context.session->setFact(RunContext::targetKey(planned().target), fact);
    finish(StepResult::ok());
}

// ---------------------------------------------------------------- helm.repo.cleanup

void RepoCleanupStep::run()
{
    const QString file = planned().paths.value(QStringLiteral("repositories"));
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
