#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace DceUpgrade {

// `value` as sigs.k8s.io/yaml (yaml.v2 block style) writes it, which is how helm writes
// Chart.yaml (chartutil.Save): keys sorted, sequences not indented under their key, strings
// quoted only where YAML would read them as something else (YamlScalar::encode).
QByteArray goYaml(const QJsonValue &value);

} // namespace DceUpgrade
