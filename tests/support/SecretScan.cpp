#include "SecretScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace DceUpgrade::Test {

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QStringList processesHolding(const QByteArray &needle)
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric) {
            continue;
        }
        for (const char *file : {"cmdline", "environ"}) {
            const QByteArray content
                = contentOf(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(file)));
            if (content.contains(needle)) {
                found.append(pid + QLatin1Char(' ') + QLatin1String(file) + QLatin1Char(' ')
                    + QString::fromUtf8(contentOf(QStringLiteral("/proc/%1/cmdline").arg(pid)))
                          .replace(QChar(0), QLatin1Char(' ')));
            }
        }
    }
    return found;
}

QStringList filesHolding(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (contentOf(path).contains(needle)) {
            found.append(path);
        }
    }
    return found;
}

} // namespace DceUpgrade::Test
