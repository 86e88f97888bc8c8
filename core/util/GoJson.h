#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace DceUpgrade {

// `text` as Go's encoding/json writes a string (quotes included): <, > and & as \u003c..., the
// line and paragraph separators U+2028/U+2029 escaped, other control characters as \u00XX. The
// manifests charts-syncer pushes and the chart metadata helm pushes are hashed, so their bytes
// must be Go's exactly.
QByteArray goJsonString(const QString &text);

// `value` as Go's json.Marshal writes a map[string]interface{} tree: no spaces, object keys
// sorted (QJsonObject keeps them sorted, as Go sorts map keys), numbers in their shortest form.
QByteArray goJson(const QJsonValue &value);

} // namespace DceUpgrade
