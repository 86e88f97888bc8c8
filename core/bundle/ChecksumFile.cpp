#include "ChecksumFile.h"

#include "util/Error.h"
#include "util/FileRange.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace DceUpgrade {

namespace {

struct Line
{
    QString hex;
    QString name;
};

std::vector<Line> parseLines(const QByteArray &text)
{
    // "<hex>  <name>" (text mode) or "<hex> *<name>" (binary mode), as coreutils writes them.
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9a-fA-F]{64}|[0-9a-fA-F]{128})\\s+\\*?(.*)$"));
    std::vector<Line> lines;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const QRegularExpressionMatch match = pattern.match(line);
        if (match.hasMatch()) {
            lines.push_back({match.captured(1).toLower(), match.captured(2).trimmed()});
        }
    }
    return lines;
}

} // namespace

QString ChecksumFile::algorithmName() const
{
    return algorithm == Hasher::Algorithm::Sha512 ? QStringLiteral("SHA-512")
                                                  : QStringLiteral("SHA-256");
}

std::optional<ChecksumFile> ChecksumFile::findFor(const QString &packagePath)
{
    const QFileInfo package(packagePath);
    QStringList candidates {
        packagePath + QLatin1String(".sha512sum"), packagePath + QLatin1String(".sha256sum")};
    const QStringList others = package.dir().entryList(
        {QStringLiteral("*.sha512sum"), QStringLiteral("*.sha256sum")}, QDir::Files, QDir::Name);
    for (const QString &other : others) {
        const QString path = package.dir().filePath(other);
        if (!candidates.contains(path)) {
            candidates.append(path);
        }
    }

    for (const QString &path : std::as_const(candidates)) {
        QFile file(path);
        if (!file.exists()) {
            continue;
        }
        if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
            throw Error(QStringLiteral("checksum.invalid"),
                tr("The checksum file %1 cannot be read.").arg(path),
                tr("Check its permissions, or remove it to skip the check."));
        }
        const std::vector<Line> lines = parseLines(file.readAll());
        const bool namedForPackage = path.startsWith(packagePath + QLatin1Char('.'));
        for (const Line &line : lines) {
            const bool matches = QFileInfo(line.name).fileName() == package.fileName();
            // A "<package>.sha512sum" with a single nameless or differently named line still
            // belongs to the package: people rename downloads.
            if (matches || (namedForPackage && lines.size() == 1)) {
                ChecksumFile checksum;
                checksum.path = path;
                checksum.expectedHex = line.hex;
                checksum.algorithm = line.hex.size() == 128 ? Hasher::Algorithm::Sha512
                                                            : Hasher::Algorithm::Sha256;
                return checksum;
            }
        }
        if (namedForPackage) {
            throw Error(QStringLiteral("checksum.invalid"),
                tr("The checksum file %1 does not contain a checksum for %2.")
                    .arg(path, package.fileName()),
                tr("Download the checksum file again from the same page as the "
                   "package."));
        }
    }
    return std::nullopt;
}

bool ChecksumFile::verify(const QString &packagePath, const Hasher::Progress &progress,
    const std::atomic_bool *cancel) const
{
    const QString actual
        = Hasher::hashRange(FileRange::openFile(packagePath), algorithm, progress, cancel);
    if (actual.isEmpty()) {
        return false;
    }
    if (actual != expectedHex) {
        throw Error(QStringLiteral("checksum.mismatch"),
            tr("The %1 checksum of %2 does not match %3: the package is damaged or "
               "incomplete.")
                .arg(algorithmName(), packagePath, path),
            tr("Download the package again; do not use this copy."));
    }
    return true;
}

} // namespace DceUpgrade
