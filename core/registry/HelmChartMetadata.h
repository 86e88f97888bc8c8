#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <utility>
#include <vector>

namespace DceUpgrade {

// A chart's Chart.yaml as helm (v3) holds it in chart.Metadata: the known fields only, in the
// struct's order, with their JSON names; empty fields left out (omitempty), text sanitized as
// helm's loader does. From it come the three forms a relocated chart needs: Chart.yaml as
// chartutil.Save writes it, the config blob of `helm push`, and helm push's OCI annotations.
class HelmChartMetadata final
{
public:
    // `meta` is Chart.yaml parsed. `stripRepositories`: empty every dependencies[].repository,
    // as relok8s stripDependencyRefs does.
    static HelmChartMetadata parse(const YAML::Node &meta, bool stripRepositories);

    QJsonValue value(const QString &key) const;
    QString text(const QString &key) const { return value(key).toString(); }

    // Chart.yaml as chartutil.Save writes it (keys in alphabetical order).
    QByteArray chartYaml() const;
    // json.Marshal(chart.Metadata): fields in struct order. The config blob of `helm push`.
    QByteArray goJson() const;
    // helm push's manifest annotations (v3 pkg/registry/util.go generateOCIAnnotations): the
    // org.opencontainers.image.* ones, then the chart's own but title and version.
    QJsonObject ociAnnotations(const QDateTime &created) const;

private:
    QJsonObject toObject() const;

    // (json name, value), already without the empty ones.
    std::vector<std::pair<QString, QJsonValue>> m_fields;
};

} // namespace DceUpgrade
