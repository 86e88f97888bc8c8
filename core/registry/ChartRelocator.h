#pragma once

#include "RelocatedImage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace DceUpgrade {

struct Bundle;

// A chart as charts-syncer leaves it after "load" (bundle-format.md §3.6-§3.7), in memory: the
// gzip tar `<name>-<version>.tgz` and what a registry push needs to describe it.
struct RelocatedChart
{
    QString name;
    QString version;
    QByteArray tgz;
    // Chart.yaml's metadata as helm's json.Marshal(chart.Metadata) writes it (field order of
    // helm's Metadata struct, empty fields left out): the config blob of `helm push`.
    QByteArray metadataJson;
    // helm push's manifest annotations (org.opencontainers.image.*, then the chart's own).
    QJsonObject annotations;
    // "values.yaml", "charts/sesame/values.yaml": the rewritten bytes of every values file that
    // a rewrite touched, relative to the chart root inside the archive.
    std::vector<std::pair<QString, QByteArray>> editedValues;

    QString fileName() const { return name + QLatin1Char('-') + version + QLatin1String(".tgz"); }
};

// Rewrites and repackages a bundle's original-chart/ the way charts-syncer's relok8s does, read
// straight from the bundle (nothing is extracted): each ValueRewrites entry edits the values.yaml
// of the chart it belongs to (a first key naming a subchart that the parent's values do not
// have goes to that subchart, recursively: relok8s FindChartDestination) by replacing only the
// bytes of the old scalar, or by appending the key to its mapping when it is missing (relok8s
// InsertMap); every Chart.yaml is written again from its metadata as helm does, with each
// dependencies[].repository emptied; Chart.lock is dropped; subcharts (directories or .tgz) are
// stored as directories under charts/. Stateless; all work happens in memory, bounded by the
// chart size limits of the bundle reader.
class ChartRelocator final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ChartRelocator)

public:
    // Throws Error: chart.values-rewrite (a field that is not a string, a path that is not a
    // mapping, a key without a parent), chart.invalid, yaml.invalid, bundle.*.
    static RelocatedChart relocate(const Bundle &bundle, const ValueRewrites &rewrites);

    // One relok8s rewrite on the bytes of one values file: `path` is ".a.b.c", the last key is
    // the field to set. Only the old scalar's bytes change (or one line is added for a missing
    // field); the result is checked by parsing it again. Throws Error (chart.values-rewrite,
    // yaml.invalid) naming `displayName`.
    static QByteArray rewriteValue(const QByteArray &values, const QString &path,
        const QString &value, const QString &displayName);

    // Chart.yaml as helm's chartutil.Save writes it: the known metadata fields only, keys in
    // alphabetical order, dependencies[].repository emptied. Throws Error (chart.invalid,
    // yaml.invalid).
    static QByteArray strippedChartYaml(const QByteArray &chartYaml, const QString &displayName);
};

} // namespace DceUpgrade
