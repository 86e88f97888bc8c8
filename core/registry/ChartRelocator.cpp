#include "ChartRelocator.h"

#include "ChartTree.h"
#include "HelmChartMetadata.h"
#include "util/Error.h"
#include "util/TgzWriter.h"
#include "util/Yaml.h"
#include "util/YamlScalar.h"
#include "util/YamlSpan.h"

#include <QDateTime>

namespace DceUpgrade {

namespace {

const QString RewriteError = QStringLiteral("chart.values-rewrite");

[[noreturn]] void rewriteFailed(const QString &message, const QString &hint)
{
    throw Error(RewriteError, message, hint);
}

QString pathHint()
{
    return ChartRelocator::tr("charts-syncer stops at this chart too. Ask DaoCloud for a "
                              "package whose image hints (.relok8s-images.yaml) match its "
                              "values.yaml, or upgrade with the built-in method, which sets "
                              "the image values on the command line instead.");
}

QString describeType(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
        return ChartRelocator::tr("empty (null)");
    case YAML::NodeType::Map:
        return ChartRelocator::tr("a mapping");
    case YAML::NodeType::Sequence:
        return ChartRelocator::tr("a list");
    default:
        return ChartRelocator::tr("the non-text value %1").arg(Yaml::toQString(node));
    }
}

} // namespace

QByteArray ChartRelocator::rewriteValue(
    const QByteArray &values, const QString &path, const QString &value, const QString &displayName)
{
    QStringList keys = path.split(QLatin1Char('.'));
    if (!keys.isEmpty() && keys.first().isEmpty()) {
        keys.removeFirst();
    }
    if (keys.size() < 2 || keys.contains(QString())) {
        rewriteFailed(tr("%1: the image value %2 is not inside a mapping, so charts-syncer cannot "
                         "rewrite it (\"need path or selectors or both\").")
                          .arg(displayName, path),
            pathHint());
    }
    const YAML::Node root = Yaml::parse(values, displayName);
    const QString field = keys.takeLast();
    const QString mapPath = QLatin1Char('.') + keys.join(QLatin1Char('.'));
    YAML::Node map = root;
    QString walked;
    for (const QString &key : std::as_const(keys)) {
        if (!map.IsMap()) {
            break; // reported below, naming the part of the path that is no mapping
        }
        walked += QLatin1Char('.') + key;
        const YAML::Node child = YamlSpan::childOf(map, key);
        if (!child.IsDefined()) {
            rewriteFailed(tr("%1 has no value %2, so the mapping %3 to write %4 into is missing.")
                              .arg(displayName, walked, mapPath, field),
                pathHint());
        }
        map.reset(child);
    }
    if (!map.IsMap()) {
        rewriteFailed(tr("%1: %2 is %3, not a mapping, so %4 cannot be written into it.")
                          .arg(displayName, walked.isEmpty() ? QStringLiteral(".") : walked,
                              describeType(map), mapPath + QLatin1Char('.') + field),
            pathHint());
    }
    const int indent = YamlSpan::indentOf(map);
    const bool inFlow = YamlSpan::isFlow(map);
    const std::string fieldName = field.toStdString();

    QByteArray result;
    YAML::Node keyNode;
    const YAML::Node current = YamlSpan::childOf(map, field, &keyNode);
    const QString fullPath = mapPath + QLatin1Char('.') + field;
    if (current && current.IsDefined()) {
        if (!YamlSpan::isStringNode(current)) {
            rewriteFailed(tr("%1: %2 is %3 (line %4); charts-syncer only rewrites text values "
                             "(\"expected !!str\").")
                              .arg(displayName, fullPath, describeType(current))
                              .arg(Yaml::lineOf(keyNode)),
                tr("Put the value in quotes in the chart's values.yaml, or ask DaoCloud for a "
                   "corrected package; charts-syncer stops at this chart too."));
        }
        const qsizetype start = YamlSpan::valueStart(values, keyNode, indent, inFlow, nullptr);
        if (start >= 0 && start < values.size() && values[start] == '*') {
            rewriteFailed(tr("%1: %2 (line %3) is a YAML alias of another value; rewriting it "
                             "would change that value too.")
                              .arg(displayName, fullPath)
                              .arg(Yaml::lineOf(keyNode)),
                tr("Replace the alias with the value itself in the chart's values.yaml, or ask "
                   "DaoCloud for a corrected package."));
        }
        const YamlScalar::Span span = start == current.Mark().pos
            ? YamlScalar::measure(values, YamlScalar::skipProperties(values, start), indent, inFlow)
            : YamlScalar::Span {};
        if (!span.isValid()) {
            rewriteFailed(tr("%1: could not find the bytes of %2 (line %3).")
                              .arg(displayName, fullPath)
                              .arg(Yaml::lineOf(keyNode)),
                tr("This is a bug in dce-upgrade; report it with the chart's values.yaml."));
        }
        result = values.left(span.begin) + YamlScalar::encode(value) + values.mid(span.end);
    } else {
        // relok8s InsertMap: "\n" + the mapping's indentation + "key: value" after its last node.
        qsizetype end = -1;
        QByteArray insertion;
        if (map.size() == 0) {
            end = inFlow ? map.Mark().pos + 1 : -1;
            insertion = field.toUtf8() + ": " + YamlScalar::encode(value);
        } else {
            YAML::Node lastKey;
            YAML::Node lastValue;
            for (const auto &entry : map) {
                // reset(), not operator=, which would overwrite the node lastKey refers to.
                lastKey.reset(entry.first);
                lastValue.reset(entry.second);
            }
            end = YamlSpan::nodeEnd(values, lastKey, lastValue, indent, inFlow);
            const QByteArray entry = field.toUtf8() + ": " + YamlScalar::encode(value);
            insertion = inFlow ? QByteArray(", " + entry)
                               : QByteArray('\n' + QByteArray(indent, ' ') + entry);
        }
        if (end < 0) {
            rewriteFailed(tr("%1: could not find where the mapping %2 ends to add %3.")
                              .arg(displayName, mapPath, field),
                tr("This is a bug in dce-upgrade; report it with the chart's values.yaml."));
        }
        result = values.left(end) + insertion + values.mid(end);
    }

    // The edit must mean exactly "this one value changed": parse it again and compare.
    YAML::Node expected = YAML::Clone(root);
    YAML::Node target = expected;
    for (const QString &key : std::as_const(keys)) {
        target.reset(YamlSpan::childOf(target, key));
    }
    bool replaced = false;
    for (auto entry : target) {
        if (entry.first.IsScalar() && entry.first.Scalar() == fieldName) {
            entry.second = value.toStdString();
            replaced = true;
            break;
        }
    }
    if (!replaced) {
        target[fieldName] = value.toStdString();
    }
    const YAML::Node reread = Yaml::parse(result, displayName);
    YAML::Node written = reread;
    for (const QString &key : std::as_const(keys)) {
        written.reset(written.IsMap() ? YamlSpan::childOf(written, key) : YAML::Node());
    }
    if (!YamlSpan::sameTree(reread, expected) || !written.IsMap()
        || !YamlSpan::isStringNode(YamlSpan::childOf(written, field))) {
        rewriteFailed(
            tr("%1: writing %2 would change more than that value.").arg(displayName, fullPath),
            tr("This is a bug in dce-upgrade; report it with the chart's values.yaml."));
    }
    return result;
}

QByteArray ChartRelocator::strippedChartYaml(
    const QByteArray &chartYaml, const QString &displayName)
{
    const YAML::Node meta = Yaml::parse(chartYaml, displayName);
    if (!meta.IsMap()) {
        Yaml::fail(QStringLiteral("chart.invalid"), displayName, meta,
            tr("Chart.yaml must be a mapping with name and version."),
            tr("The package is damaged or was not made by charts-syncer."));
    }
    return HelmChartMetadata::parse(meta, true).chartYaml();
}

RelocatedChart ChartRelocator::relocate(const Bundle &bundle, const ValueRewrites &rewrites)
{
    ChartTree root = ChartTree::fromBundle(bundle);
    for (const ValueRewrites::Rewrite &rewrite : rewrites.rewrites) {
        QStringList keys = rewrite.key.split(QLatin1Char('.'));
        ChartTree &chart = root.destination(keys);
        const QString path = QLatin1Char('.') + keys.join(QLatin1Char('.'));
        const QString valuesName = chart.displayName + QLatin1String("/values.yaml");
        if (!chart.values) {
            rewriteFailed(
                tr("%1 is missing, so the image value %2 cannot be written.").arg(valuesName, path),
                pathHint());
        }
        chart.values = rewriteValue(*chart.values, path, rewrite.value, valuesName);
        chart.edited = true;
    }

    RelocatedChart result;
    result.name = root.name;
    result.version = root.version;
    TgzWriter writer(result.fileName());
    root.save(writer, root.name);
    result.tgz = writer.finish();
    root.collectEdited(QString(), result.editedValues);

    const HelmChartMetadata meta = HelmChartMetadata::parse(
        Yaml::parse(root.chartYaml, root.displayName + QLatin1String("/Chart.yaml")), true);
    result.metadataJson = meta.goJson();
    result.annotations = meta.ociAnnotations(QDateTime::currentDateTimeUtc());
    return result;
}

} // namespace DceUpgrade
