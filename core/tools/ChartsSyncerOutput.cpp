#include "ChartsSyncerOutput.h"

#include <QRegularExpression>

namespace DceUpgrade {

QString ChartsSyncerOutput::klogMessage(const QString &line)
{
    // klog's header: severity letter, mmdd hh:mm:ss.uuuuuu, thread id, file:line, "] ".
    static const QRegularExpression header(
        QStringLiteral("^[IWEF]\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\s+\\d+ [^ \\]]+:\\d+\\] "));
    const QRegularExpressionMatch match = header.match(line);
    return match.hasMatch() ? line.mid(match.capturedLength()) : line;
}

ChartsSyncerOutput ChartsSyncerOutput::parse(
    const QByteArray &standardOutput, const QByteArray &standardError)
{
    static const QRegularExpression pushing(QStringLiteral("^Pushing (\\S+)\\.\\.\\.$"));
    static const QRegularExpression existing(
        QStringLiteral("^Image (\\S+) already exists, skip pushing\\.\\.\\.$"));
    ChartsSyncerOutput output;
    const QString text
        = QString::fromUtf8(standardOutput) + QLatin1Char('\n') + QString::fromUtf8(standardError);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = klogMessage(raw.trimmed());
        if (line == QLatin1String("There are no charts out of sync!")) {
            output.nothingToSync = true;
        } else if (const QRegularExpressionMatch push = pushing.match(line); push.hasMatch()) {
            output.pushed.append(push.captured(1));
        } else if (const QRegularExpressionMatch skip = existing.match(line); skip.hasMatch()) {
            output.alreadyThere.append(skip.captured(1));
        } else if (line.startsWith(QLatin1String("Error: "))) {
            output.error = line.mid(7);
        } else if (line.startsWith(QLatin1String("panic: "))) {
            output.panicked = true;
            output.error = line;
        }
        // GGCR's transport error names the status code; Harbor and distribution say UNAUTHORIZED.
        if (line.contains(QLatin1String("UNAUTHORIZED"))
            || line.contains(QLatin1String("401 Unauthorized"))) {
            output.unauthorized = true;
        }
    }
    output.pushed.removeDuplicates();
    output.alreadyThere.removeDuplicates();
    return output;
}

} // namespace DceUpgrade
