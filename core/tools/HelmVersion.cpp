#include "HelmVersion.h"

#include <QRegularExpression>

namespace DceUpgrade {

HelmVersion HelmVersion::parse(const QString &text, bool *ok)
{
    static const QRegularExpression pattern(QStringLiteral("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch match = pattern.match(text);
    HelmVersion version;
    if (ok) {
        *ok = match.hasMatch();
    }
    if (match.hasMatch()) {
        version.major = match.captured(1).toInt();
        version.minor = match.captured(2).toInt();
        version.patch = match.captured(3).toInt();
    }
    return version;
}

QString HelmVersion::toString() const
{
    return QStringLiteral("v%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace DceUpgrade
