#pragma once

#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace DceUpgrade {

struct ChartDependency
{
    QString name;
    QString version;
    QString repository;
    QString alias;
};

// What a Helm chart says about itself (Chart.yaml), its own values.yaml, and its subcharts,
// loaded recursively from charts/<dir>/ or charts/<name>-<version>.tgz.
struct ChartInfo
{
    QString apiVersion;
    QString name;
    QString version;
    QString appVersion;
    QString description;
    std::vector<ChartDependency> dependencies;
    bool hasCrds = false;
    QStringList files; // relative to the chart root, sorted
    YAML::Node values; // always a map (empty when values.yaml is empty)
    std::vector<ChartInfo> subcharts;

    // The values relok8s renders image hints against: this chart's values with every subchart's
    // merged values under the subchart's name, the parent's values winning (relok8s
    // buildValuesMap, which follows Helm's precedence). A deep copy: callers may modify it.
    YAML::Node mergedValues() const;
};

} // namespace DceUpgrade
