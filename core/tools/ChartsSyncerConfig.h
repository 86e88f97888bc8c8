#pragma once

#include "model/UpgradePlan.h"

#include <QByteArray>
#include <QString>

namespace DceUpgrade {

// DaoCloud charts-syncer's load-image.yaml for an intermediate-bundle load (bundle-format.md §3.1).
// Written by an emitter, not by pasting text, so `auth` is always nested under `repo` and
// `containers` (the DCE page's mis-indented `auth:` silently drops the credentials, §6.7) and a
// password with YAML-special characters stays one string.
class ChartsSyncerConfig final
{
public:
    static constexpr QLatin1StringView Masked {"******"};

    // For a plan whose sync.method is charts-syncer. Throws Error (plan.invalid) with the first
    // problem of plan.validate(), which holds what charts-syncer needs (a registry address, a
    // Harbor chart repository or a local directory for the chart).
    ChartsSyncerConfig(const UpgradePlan &plan, QString bundlesDir);

    // With `password` empty the password is written as ****** (for showing the file).
    QByteArray render(const QString &password) const;

    // charts-syncer must skip TLS verification (and allow plain http) for this target.
    bool needsInsecureFlag() const;

    // The name charts-syncer needs for a bundle in intermediateBundlesPath: it reads the chart
    // name and version from "<chart>_<version>.bundle.tar" (bundle-format.md §3.2).
    static QString bundleFileName(const QString &chart, const QString &version);
    // Whether that name can carry this chart: charts-syncer's file-name pattern allows letters,
    // digits, '+' and '-' in a name (so no '_') and adds '.' in a version.
    static bool canNameBundle(const QString &chart, const QString &version);

private:
    UpgradePlan m_plan;
    QString m_bundlesDir;
};

} // namespace DceUpgrade
