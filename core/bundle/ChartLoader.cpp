#include "ChartLoader.h"

#include "TarIndex.h"
#include "util/Error.h"
#include "util/Yaml.h"

#include <archive.h>
#include <archive_entry.h>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

namespace DceUpgrade {

namespace {

// Chart files are small; these bounds only stop a hostile archive from exhausting memory.
constexpr int MaxSubchartDepth = 8;

QString scalar(const YAML::Node &node, const char *key)
{
    // Indexing a missing or non-map node throws in yaml-cpp: check first.
    if (!node || !node.IsMap()) {
        return {};
    }
    const YAML::Node value = node[key];
    return value && value.IsScalar() ? Yaml::toQString(value) : QString();
}

} // namespace

bool ChartLoader::isHelmChartVersion(const QString &version)
{
    // Prerelease identifiers: letters, digits and '-', not empty; a numeric one without leading
    // zeros. Build metadata: the same characters, leading zeros allowed.
    static const QRegularExpression pattern(
        QStringLiteral("^v?[0-9]+(?:\\.[0-9]+){0,2}"
                       "(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)"
                       "(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?"
                       "(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$"));
    return pattern.match(version).hasMatch();
}

ChartInfo ChartLoader::loadFromTar(
    const TarIndex &index, const QString &root, const QString &displayName)
{
    Files files;
    const QString prefix = root + QLatin1Char('/');
    for (const TarMember &member : index.members()) {
        if (member.type != TarMember::Type::Directory && member.name.startsWith(prefix)) {
            files.names.append(member.name.mid(prefix.size()));
        }
    }
    files.read = [&index, prefix](const QString &name) {
        return index.readFile(prefix + name, MaxChartFile);
    };
    return load(files, displayName + QLatin1Char('/') + root);
}

ChartInfo ChartLoader::loadFromTgz(const QByteArray &tgz, const QString &displayName)
{
    const QMap<QString, QByteArray> contents = readTgz(tgz, displayName);
    Files files;
    files.names = contents.keys();
    files.read = [contents](const QString &name) {
        return contents.value(name);
    };
    return load(files, displayName);
}

QMap<QString, QByteArray> ChartLoader::readTgz(const QByteArray &tgz, const QString &displayName)
{
    if (tgz.size() > MaxChartArchive) {
        throw Error(QStringLiteral("chart.invalid"),
            tr("%1 is larger than any chart archive should be.").arg(displayName),
            tr("The package is damaged. Download it again."));
    }
    std::unique_ptr<struct archive, decltype(&archive_read_free)> reader(
        archive_read_new(), archive_read_free);
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_gnutar(reader.get());
    if (archive_read_open_memory(reader.get(), tgz.constData(), size_t(tgz.size())) != ARCHIVE_OK) {
        throw Error(QStringLiteral("chart.invalid"),
            tr("%1 is not a gzip-compressed chart archive (%2).")
                .arg(displayName, QString::fromUtf8(archive_error_string(reader.get()))),
            tr("The package is damaged. Download it again."));
    }

    // A packaged chart has one top directory, "<name>/"; strip it.
    QMap<QString, QByteArray> contents;
    qint64 total = 0;
    struct archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
        const QString path = QString::fromUtf8(archive_entry_pathname(entry));
        if (archive_entry_filetype(entry) == AE_IFDIR) {
            continue;
        }
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry) != nullptr) {
            // `helm package` follows links and never writes devices, and helm does not follow a
            // link inside a packaged chart: the template it stands for would be lost.
            throw Error(QStringLiteral("bundle.special-file"),
                tr("%1 contains \"%2\", which is a link or a special file rather than a "
                   "regular file; helm does not follow links inside a packaged chart. The "
                   "package was refused.")
                    .arg(displayName, path),
                tr("The package was altered or was not made by DaoCloud's tools. Download it "
                   "again from DaoCloud and compare its checksum."));
        }
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        const QString relative = slash >= 0 ? path.mid(slash + 1) : path;
        if (relative.isEmpty() || relative.startsWith(QLatin1Char('/'))
            || relative.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
            throw Error(QStringLiteral("bundle.unsafe-path"),
                tr("%1 contains the member \"%2\", which points outside the chart. The "
                   "package was refused.")
                    .arg(displayName, path),
                tr("Such a package may be an attack. Use only packages downloaded from "
                   "DaoCloud and verify their checksums."));
        }
        const qint64 size = archive_entry_size(entry);
        total += size;
        if (size > MaxChartFile || total > MaxChartArchive * 4) {
            throw Error(QStringLiteral("chart.invalid"),
                tr("%1 unpacks to more data than any chart should have.").arg(displayName),
                tr("The package is damaged. Download it again."));
        }
        QByteArray data(size, Qt::Uninitialized);
        if (archive_read_data(reader.get(), data.data(), size_t(size)) != size) {
            status = ARCHIVE_FATAL;
            break;
        }
        contents.insert(relative, data);
    }
    if (status != ARCHIVE_EOF) {
        throw Error(QStringLiteral("chart.invalid"),
            tr("%1 is damaged (%2).")
                .arg(displayName, QString::fromUtf8(archive_error_string(reader.get()))),
            tr("The package is damaged. Download it again."));
    }

    return contents;
}

ChartInfo ChartLoader::load(const Files &files, const QString &displayName)
{
    static thread_local int depth = 0;
    if (depth > MaxSubchartDepth) {
        throw Error(QStringLiteral("chart.invalid"),
            tr("%1: subcharts are nested more than %2 levels deep.")
                .arg(displayName)
                .arg(MaxSubchartDepth),
            tr("The package is damaged. Download it again."));
    }
    struct DepthGuard
    {
        DepthGuard() { ++depth; }
        ~DepthGuard() { --depth; }
    } guard;

    const QString chartYamlName = displayName + QLatin1String("/Chart.yaml");
    if (!files.names.contains(QLatin1String("Chart.yaml"))) {
        throw Error(QStringLiteral("bundle.missing-chart"),
            tr("%1 is missing: the package holds no Helm chart description.").arg(chartYamlName),
            tr("The package is incomplete or was not made by charts-syncer. Download it "
               "again."));
    }

    ChartInfo chart;
    const YAML::Node meta = Yaml::parse(files.read(QStringLiteral("Chart.yaml")), chartYamlName);
    if (!meta.IsMap()) {
        Yaml::fail(QStringLiteral("chart.invalid"), chartYamlName, meta,
            tr("Chart.yaml must be a mapping with name and version."),
            tr("The package is damaged or was not made by charts-syncer."));
    }
    chart.apiVersion = scalar(meta, "apiVersion");
    chart.name = scalar(meta, "name");
    chart.version = scalar(meta, "version");
    chart.appVersion = scalar(meta, "appVersion");
    chart.description = scalar(meta, "description");
    if (chart.name.isEmpty() || chart.version.isEmpty()) {
        Yaml::fail(QStringLiteral("chart.invalid"), chartYamlName, meta,
            tr("the chart has no name or no version."),
            tr("The package is damaged or was not made by charts-syncer."));
    }
    if (!isHelmChartVersion(chart.version)) {
        Yaml::fail(QStringLiteral("chart.invalid"), chartYamlName, meta["version"],
            tr("the chart version \"%1\" is not a semantic version; helm would refuse the "
               "chart when upgrading.")
                .arg(chart.version),
            tr("The package is damaged or was not made for a helm upgrade. Download it again "
               "from DaoCloud."));
    }
    if (const YAML::Node deps = meta["dependencies"]; deps && deps.IsSequence()) {
        for (const YAML::Node &dep : deps) {
            chart.dependencies.push_back({scalar(dep, "name"), scalar(dep, "version"),
                scalar(dep, "repository"), scalar(dep, "alias")});
        }
    }

    chart.files = files.names;
    chart.files.sort();
    chart.hasCrds = std::any_of(chart.files.cbegin(), chart.files.cend(),
        [](const QString &f) { return f.startsWith(QLatin1String("crds/")); });

    if (files.names.contains(QLatin1String("values.yaml"))) {
        chart.values = Yaml::parse(
            files.read(QStringLiteral("values.yaml")), displayName + QLatin1String("/values.yaml"));
    }
    if (!chart.values || chart.values.IsNull()) {
        chart.values = YAML::Node(YAML::NodeType::Map);
    } else if (!chart.values.IsMap()) {
        Yaml::fail(QStringLiteral("chart.invalid"), displayName + QLatin1String("/values.yaml"),
            chart.values, tr("values.yaml must be a mapping."),
            tr("The package is damaged or was not made by charts-syncer."));
    }

    // Subcharts: charts/<dir>/Chart.yaml or charts/<file>.tgz, each loaded recursively.
    QSet<QString> subDirs;
    for (const QString &name : std::as_const(chart.files)) {
        if (!name.startsWith(QLatin1String("charts/"))) {
            continue;
        }
        const QStringList parts = name.split(QLatin1Char('/'));
        if (parts.size() == 2 && parts[1].endsWith(QLatin1String(".tgz"))) {
            chart.subcharts.push_back(
                loadFromTgz(files.read(name), displayName + QLatin1Char('/') + name));
        } else if (parts.size() == 3 && parts[2] == QLatin1String("Chart.yaml")) {
            subDirs.insert(parts[1]);
        }
    }
    QStringList sortedDirs(subDirs.cbegin(), subDirs.cend());
    sortedDirs.sort();
    for (const QString &dir : std::as_const(sortedDirs)) {
        const QString prefix = QStringLiteral("charts/") + dir + QLatin1Char('/');
        Files sub;
        for (const QString &name : std::as_const(chart.files)) {
            if (name.startsWith(prefix)) {
                sub.names.append(name.mid(prefix.size()));
            }
        }
        sub.read = [read = files.read, prefix](const QString &name) {
            return read(prefix + name);
        };
        chart.subcharts.push_back(load(sub, displayName + QLatin1Char('/') + prefix.chopped(1)));
    }
    return chart;
}

} // namespace DceUpgrade
