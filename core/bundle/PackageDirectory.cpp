#include "PackageDirectory.h"

#include "util/Error.h"

#include <QDir>
#include <QFileInfo>

namespace DceUpgrade {

QStringList PackageDirectory::bundleEntries()
{
    return {QStringLiteral("hints.yaml"), QStringLiteral("original-chart"),
        QStringLiteral("images.tar")};
}

bool PackageDirectory::isUnpackedBundle(const QString &directory)
{
    // Any one of them: a directory with some but not all is reported by what it lacks.
    const QDir dir(directory);
    return QFileInfo(dir.filePath(QStringLiteral("hints.yaml"))).exists()
        || QFileInfo(dir.filePath(QStringLiteral("images.tar"))).exists()
        || QFileInfo(dir.filePath(QStringLiteral("original-chart/Chart.yaml"))).exists();
}

PackageDirectory::Found PackageDirectory::locate(const QString &directory)
{
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    if (isUnpackedBundle(absolute)) {
        return {absolute, true};
    }
    std::vector<Found> candidates;
    const QFileInfoList entries = QDir(absolute).entryInfoList(
        QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() && !entry.isSymLink() && isUnpackedBundle(entry.absoluteFilePath())) {
            candidates.push_back({entry.absoluteFilePath(), true});
        } else if (entry.isFile() && entry.fileName().endsWith(QLatin1String(".tar"))) {
            candidates.push_back({entry.absoluteFilePath(), false});
        }
    }
    if (candidates.size() == 1) {
        return candidates.front();
    }
    if (candidates.empty()) {
        throw Error(QStringLiteral("bundle.not-found"),
            tr("%1 holds no offline package: neither what `tar xvf` of a bundle leaves "
               "(hints.yaml, images.tar and original-chart/), here or one directory below, nor "
               "a package file (*.tar).")
                .arg(absolute),
            tr("Choose the module's offline package (for example skoala_v0.28.0_amd64.tar), a "
               "*.bundle.tar inside it, or the directory where you unpacked a bundle."));
    }
    QStringList names;
    for (const Found &candidate : candidates) {
        names.append(QDir(absolute).relativeFilePath(candidate.path)
            + (candidate.unpackedBundle ? QStringLiteral("/") : QString()));
    }
    throw Error(QStringLiteral("bundle.ambiguous"),
        tr("%1 holds %n offline packages: %2.", nullptr, int(candidates.size()))
            .arg(absolute, names.join(QLatin1String(", "))),
        tr("Choose one of them instead of the directory."));
}

} // namespace DceUpgrade
