#include "ChartTree.h"

#include "ChartRelocator.h"
#include "bundle/Bundle.h"
#include "bundle/ChartLoader.h"
#include "util/Error.h"
#include "util/TgzWriter.h"
#include "util/Yaml.h"
#include "util/YamlSpan.h"

namespace DceUpgrade {

namespace {

// The bounds of the bundle reader (ChartLoader): charts are small, these only stop a hostile
// archive from exhausting memory.
constexpr qint64 MaxChartFile = ChartLoader::MaxChartFile;
constexpr qint64 MaxChartArchive = ChartLoader::MaxChartArchive;
constexpr int MaxSubchartDepth = 8;

} // namespace

ChartTree ChartTree::build(
    const QMap<QString, QByteArray> &all, const QString &displayName, int depth)
{
    if (depth > MaxSubchartDepth) {
        throw Error(QStringLiteral("chart.invalid"),
            tr("%1: subcharts are nested more than %2 levels deep.")
                .arg(displayName)
                .arg(MaxSubchartDepth),
            tr("The package is damaged. Download it again."));
    }
    ChartTree chart;
    chart.displayName = displayName;
    if (!all.contains(QStringLiteral("Chart.yaml"))) {
        throw Error(QStringLiteral("bundle.missing-chart"),
            tr("%1/Chart.yaml is missing: the package holds no Helm chart "
               "description.")
                .arg(displayName),
            tr("The package is incomplete or was not made by charts-syncer. "
               "Download it again."));
    }
    QMap<QString, QMap<QString, QByteArray>> subDirs;
    QStringList subArchives;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const QString &path = it.key();
        if (path == QLatin1String("Chart.yaml")) {
            chart.chartYaml = it.value();
        } else if (path == QLatin1String("values.yaml")) {
            chart.values = it.value();
        } else if (path == QLatin1String("Chart.lock")
            || path == QLatin1String("requirements.lock")) {
            continue; // relok8s stripDependencyRefs drops the lock
        } else if (path.startsWith(QLatin1String("charts/"))) {
            const QStringList parts = path.split(QLatin1Char('/'));
            if (parts.size() == 2 && parts[1].endsWith(QLatin1String(".tgz"))) {
                subArchives.append(path);
            } else if (parts.size() > 2) {
                subDirs[parts[1]].insert(parts.mid(2).join(QLatin1Char('/')), it.value());
            }
            // anything else under charts/ is no chart; helm's loader would not keep it either
        } else {
            chart.files.insert(path, it.value());
        }
    }
    const QString chartYamlName = displayName + QLatin1String("/Chart.yaml");
    const YAML::Node meta = Yaml::parse(chart.chartYaml, chartYamlName);
    if (meta.IsMap()) {
        if (const YAML::Node name = meta["name"]; name && name.IsScalar()) {
            chart.name = Yaml::toQString(name);
        }
        if (const YAML::Node version = meta["version"]; version && version.IsScalar()) {
            chart.version = Yaml::toQString(version);
        }
    }
    if (chart.name.isEmpty() || chart.version.isEmpty()) {
        throw Error(QStringLiteral("chart.invalid"),
            tr("%1: the chart has no name or no version.").arg(chartYamlName),
            tr("The package is damaged or was not made by charts-syncer."));
    }
    if (chart.values) {
        chart.valuesTree = Yaml::parse(*chart.values, displayName + QLatin1String("/values.yaml"));
    }
    for (const QString &archive : std::as_const(subArchives)) {
        const QString name = displayName + QLatin1Char('/') + archive;
        chart.subcharts.push_back(
            build(ChartLoader::readTgz(all.value(archive), name), name, depth + 1));
    }
    for (auto it = subDirs.cbegin(); it != subDirs.cend(); ++it) {
        if (it.value().contains(QStringLiteral("Chart.yaml"))) {
            chart.subcharts.push_back(
                build(it.value(), displayName + QLatin1String("/charts/") + it.key(), depth + 1));
        }
    }
    return chart;
}

ChartTree ChartTree::fromBundle(const Bundle &bundle)
{
    const QString prefix = QStringLiteral("original-chart/");
    QMap<QString, QByteArray> files;
    qint64 total = 0;
    for (const TarMember &member : bundle.index.members()) {
        if (member.type == TarMember::Type::Directory || !member.name.startsWith(prefix)) {
            continue;
        }
        const QByteArray data = bundle.index.readFile(member.name, MaxChartFile);
        total += data.size();
        if (total > MaxChartArchive) {
            throw Error(QStringLiteral("chart.invalid"),
                tr("%1: original-chart/ holds more data than any chart should "
                   "have.")
                    .arg(bundle.displayName),
                tr("The package is damaged. Download it again."));
        }
        files.insert(member.name.mid(prefix.size()), data);
    }
    return build(files, bundle.displayName + QLatin1String("/original-chart"), 0);
}

ChartTree &ChartTree::destination(QStringList &keys)
{
    if (keys.size() < 2
        || (valuesTree.IsMap() && YamlSpan::childOf(valuesTree, keys.first()).IsDefined())) {
        return *this;
    }
    for (ChartTree &sub : subcharts) {
        if (sub.name == keys.first()) {
            keys.removeFirst();
            return sub.destination(keys);
        }
    }
    return *this;
}

void ChartTree::save(TgzWriter &writer, const QString &base) const
{
    writer.add(base + QLatin1String("/Chart.yaml"),
        ChartRelocator::strippedChartYaml(chartYaml, displayName + QLatin1String("/Chart.yaml")));
    if (values) {
        writer.add(base + QLatin1String("/values.yaml"), *values);
    }
    const QString schema = QStringLiteral("values.schema.json");
    if (files.contains(schema)) {
        writer.add(base + QLatin1Char('/') + schema, files.value(schema));
    }
    for (const bool templates : {true, false}) {
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key() != schema
                && it.key().startsWith(QLatin1String("templates/")) == templates) {
                writer.add(base + QLatin1Char('/') + it.key(), it.value());
            }
        }
    }
    for (const ChartTree &sub : subcharts) {
        sub.save(writer, base + QLatin1String("/charts/") + sub.name);
    }
}

void ChartTree::collectEdited(
    const QString &prefix, std::vector<std::pair<QString, QByteArray>> &out) const
{
    if (edited && values) {
        out.emplace_back(prefix + QLatin1String("values.yaml"), *values);
    }
    for (const ChartTree &sub : subcharts) {
        sub.collectEdited(prefix + QLatin1String("charts/") + sub.name + QLatin1Char('/'), out);
    }
}

} // namespace DceUpgrade
