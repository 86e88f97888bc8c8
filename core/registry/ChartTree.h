#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <utility>
#include <vector>

namespace DceUpgrade {

struct Bundle;
class TgzWriter;

// A chart and its subcharts as helm's loader sees them, held in memory for relocation: the
// bundle's original-chart/ (subcharts as directories or .tgz under charts/, lock files dropped
// as relok8s stripDependencyRefs does), bounded by the bundle reader's chart size limits.
struct ChartTree
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ChartTree)

public:
    // Throws Error (chart.invalid, bundle.missing-chart, yaml.invalid, bundle.*).
    static ChartTree fromBundle(const Bundle &bundle);

    // relok8s FindChartDestination: a first key that this chart's values do not have, naming
    // one of its subcharts, moves the rewrite into that subchart (recursively). The keys that
    // lead there are taken off `keys`.
    ChartTree &destination(QStringList &keys);

    // Writes the chart under `base` in helm v3 chartutil.Save order: Chart.yaml (as helm writes
    // it, repositories emptied), values.yaml, values.schema.json, templates, the other files,
    // then each subchart as a directory named after it.
    void save(TgzWriter &writer, const QString &base) const;

    // Every values file an edit touched, with its path relative to this chart ("values.yaml",
    // "charts/sesame/values.yaml").
    void collectEdited(
        const QString &prefix, std::vector<std::pair<QString, QByteArray>> &out) const;

    QString displayName;
    QString name;
    QString version;
    QByteArray chartYaml;
    std::optional<QByteArray> values;
    YAML::Node valuesTree; // as read, for FindChartDestination
    QMap<QString, QByteArray> files; // everything else but charts/, by relative path
    std::vector<ChartTree> subcharts;
    bool edited = false;

private:
    static ChartTree build(
        const QMap<QString, QByteArray> &all, const QString &displayName, int depth);
};

} // namespace DceUpgrade
