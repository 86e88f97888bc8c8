#pragma once

#include <QString>
#include <QVersionNumber>

namespace DceUpgrade {

// A chart version as DaoCloud's packages write it: SemVer, with or without a leading "v"
// (mspider and hydra publish "v0.20.1"), possibly with a pre-release or build suffix.
// QVersionNumber alone reads "v0.20.1" as nothing, so every comparison goes through here.
class ChartVersion final
{
public:
    ChartVersion() = default;
    static ChartVersion parse(const QString &text);

    bool isValid() const { return m_valid; }
    const QString &text() const { return m_text; }
    const QVersionNumber &numbers() const { return m_numbers; }

    // SemVer precedence: numbers first, then a pre-release sorts before its release.
    static int compare(const ChartVersion &a, const ChartVersion &b);
    friend bool operator<(const ChartVersion &a, const ChartVersion &b)
    {
        return compare(a, b) < 0;
    }
    friend bool operator==(const ChartVersion &a, const ChartVersion &b)
    {
        return compare(a, b) == 0;
    }

    // `range` is one or more comparisons joined by commas, each an operator (<, <=, >, >=, =)
    // and a version: "<=0.11.99", ">=0.12.0, <0.16.0". An unparsable range matches nothing.
    bool satisfies(const QString &range) const;

    // The engine's rule for helm.check and the wizard's warning: installing `target` over
    // `installed` goes back to an older chart. False when either is unknown.
    static bool isDowngrade(const QString &installed, const QString &target);

private:
    QString m_text;
    QVersionNumber m_numbers;
    QString m_preRelease;
    bool m_valid = false;
};

} // namespace DceUpgrade
