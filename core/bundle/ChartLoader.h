#pragma once

#include "ChartInfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <functional>

namespace DceUpgrade {

class TarIndex;

// Reads a Helm chart out of a bundle without extracting it: Chart.yaml, values.yaml, the file
// list, and subcharts (directories or .tgz archives, recursively). Stateless.
class ChartLoader final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ChartLoader)

public:
    // Loads the chart under `root` (e.g. "original-chart") of an indexed bundle. Throws Error:
    // bundle.missing-chart, yaml.invalid, chart.invalid.
    static ChartInfo loadFromTar(
        const TarIndex &index, const QString &root, const QString &displayName);

    // Loads a packaged chart (.tgz) held in memory, as found under charts/.
    static ChartInfo loadFromTgz(const QByteArray &tgz, const QString &displayName);

    // The files of a packaged chart by their path below its top directory "<name>/", read with
    // the limits below; members that leave the chart are refused. Throws Error (chart.invalid,
    // bundle.unsafe-path).
    static QMap<QString, QByteArray> readTgz(const QByteArray &tgz, const QString &displayName);

    // Whether helm accepts `version` as a chart version (Chart.yaml `version`): a SemVer 2
    // version, with helm's leniency (a leading "v", a missing minor or patch, leading zeros in
    // the core numbers), as helm 3.18 and 4.1 validate it; anything else helm refuses at
    // upgrade time ("chart.metadata.version ... is invalid").
    static bool isHelmChartVersion(const QString &version);

    // What a chart may hold: a hostile package cannot make us allocate more.
    static constexpr qint64 MaxChartFile = 16 * 1024 * 1024;
    static constexpr qint64 MaxChartArchive = 64 * 1024 * 1024;

private:
    // A chart's files, however they are stored: relative path -> reader.
    struct Files
    {
        QStringList names;
        std::function<QByteArray(const QString &)> read;
    };
    static ChartInfo load(const Files &files, const QString &displayName);
};

} // namespace DceUpgrade
