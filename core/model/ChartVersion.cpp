#include "ChartVersion.h"

#include <QRegularExpression>

namespace DceUpgrade {

ChartVersion ChartVersion::parse(const QString &text)
{
    static const QRegularExpression semver(
        QStringLiteral("^v?(\\d+(?:\\.\\d+){0,2})(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$"));
    ChartVersion version;
    version.m_text = text;
    const QRegularExpressionMatch match = semver.match(text.trimmed());
    if (match.hasMatch()) {
        // Normalised: "0.21" and "0.21.0" are one version (QVersionNumber orders them apart).
        version.m_numbers = QVersionNumber::fromString(match.captured(1)).normalized();
        version.m_preRelease = match.captured(2);
        version.m_valid = true;
    }
    return version;
}

int ChartVersion::compare(const ChartVersion &a, const ChartVersion &b)
{
    if (const int byNumbers = QVersionNumber::compare(a.m_numbers, b.m_numbers); byNumbers != 0) {
        return byNumbers;
    }
    if (a.m_preRelease.isEmpty() != b.m_preRelease.isEmpty()) {
        return a.m_preRelease.isEmpty() ? 1 : -1;
    }
    return a.m_preRelease.compare(b.m_preRelease);
}

bool ChartVersion::satisfies(const QString &range) const
{
    static const QRegularExpression comparison(QStringLiteral("^(<=|>=|<|>|=)?\\s*(\\S+)$"));
    if (!isValid() || range.trimmed().isEmpty()) {
        return false;
    }
    const QStringList parts = range.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QRegularExpressionMatch match = comparison.match(part.trimmed());
        const ChartVersion bound = parse(match.captured(2));
        if (!match.hasMatch() || !bound.isValid()) {
            return false;
        }
        const QString op = match.captured(1);
        const int order = compare(*this, bound);
        const bool holds = op == QLatin1String("<") ? order < 0
            : op == QLatin1String("<=")             ? order <= 0
            : op == QLatin1String(">")              ? order > 0
            : op == QLatin1String(">=")             ? order >= 0
                                                    : order == 0;
        if (!holds) {
            return false;
        }
    }
    return true;
}

bool ChartVersion::isDowngrade(const QString &installed, const QString &target)
{
    const ChartVersion from = parse(installed);
    const ChartVersion to = parse(target);
    return from.isValid() && to.isValid() && to < from;
}

} // namespace DceUpgrade
