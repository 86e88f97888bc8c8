#include "ChartRelocator.h"

#include "bundle/Bundle.h"
#include "bundle/ChartLoader.h"
#include "util/Error.h"
#include "util/GoJson.h"
#include "util/Yaml.h"
#include "util/YamlScalar.h"

#include <archive.h>
#include <archive_entry.h>

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

#include <memory>
#include <optional>

namespace DceUpgrade {

namespace {

// The bounds of the bundle reader (ChartLoader): charts are small, these only stop a hostile
// archive from exhausting memory.
constexpr qint64 MaxChartFile = ChartLoader::MaxChartFile;
constexpr qint64 MaxChartArchive = ChartLoader::MaxChartArchive;
constexpr int MaxSubchartDepth = 8;

const QString RewriteError = QStringLiteral("chart.values-rewrite");

// ---------------------------------------------------------------- the chart, as helm loads it

struct ChartNode
{
    QString displayName;
    QString name;
    QString version;
    QByteArray chartYaml;
    std::optional<QByteArray> values;
    YAML::Node valuesTree; // as read, for FindChartDestination
    QMap<QString, QByteArray> files; // everything else but charts/, by relative path
    std::vector<ChartNode> subcharts;
    bool edited = false;
};

ChartNode buildChart(const QMap<QString, QByteArray> &all, const QString &displayName, int depth)
{
    if (depth > MaxSubchartDepth) {
        throw Error(QStringLiteral("chart.invalid"),
            ChartRelocator::tr("%1: subcharts are nested more than %2 levels deep.")
                .arg(displayName)
                .arg(MaxSubchartDepth),
            ChartRelocator::tr("The package is damaged. Download it again."));
    }
    ChartNode chart;
    chart.displayName = displayName;
    if (!all.contains(QStringLiteral("Chart.yaml"))) {
        throw Error(QStringLiteral("bundle.missing-chart"),
            ChartRelocator::tr("%1/Chart.yaml is missing: the package holds no Helm chart "
                               "description.")
                .arg(displayName),
            ChartRelocator::tr("The package is incomplete or was not made by charts-syncer. "
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
            ChartRelocator::tr("%1: the chart has no name or no version.").arg(chartYamlName),
            ChartRelocator::tr("The package is damaged or was not made by charts-syncer."));
    }
    if (chart.values) {
        chart.valuesTree = Yaml::parse(*chart.values, displayName + QLatin1String("/values.yaml"));
    }
    for (const QString &archive : std::as_const(subArchives)) {
        const QString name = displayName + QLatin1Char('/') + archive;
        chart.subcharts.push_back(
            buildChart(ChartLoader::readTgz(all.value(archive), name), name, depth + 1));
    }
    for (auto it = subDirs.cbegin(); it != subDirs.cend(); ++it) {
        if (it.value().contains(QStringLiteral("Chart.yaml"))) {
            chart.subcharts.push_back(buildChart(
                it.value(), displayName + QLatin1String("/charts/") + it.key(), depth + 1));
        }
    }
    return chart;
}

ChartNode loadFromBundle(const Bundle &bundle)
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
                ChartRelocator::tr("%1: original-chart/ holds more data than any chart should "
                                   "have.")
                    .arg(bundle.displayName),
                ChartRelocator::tr("The package is damaged. Download it again."));
        }
        files.insert(member.name.mid(prefix.size()), data);
    }
    return buildChart(files, bundle.displayName + QLatin1String("/original-chart"), 0);
}

// ---------------------------------------------------------------- helm's Metadata

QByteArray goJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject(); // keys sorted, as Go sorts map keys
        QByteArray out("{");
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (out.size() > 1) {
                out += ',';
            }
            out += goJsonString(it.key()) + ':' + goJson(it.value());
        }
        return out + '}';
    }
    case QJsonValue::Array: {
        QByteArray out("[");
        for (const QJsonValue &item : value.toArray()) {
            if (out.size() > 1) {
                out += ',';
            }
            out += goJson(item);
        }
        return out + ']';
    }
    case QJsonValue::String:
        return goJsonString(value.toString());
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    default:
        return "null";
    }
}

// helm's sanitizeString: whitespace becomes a space, non-printable characters go.
QString sanitize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (ch.isSpace()) {
            out += QLatin1Char(' ');
        } else if (ch.isPrint() || ch.isSurrogate()) {
            out += ch;
        }
    }
    return out;
}

QJsonValue toJson(const YAML::Node &node)
{
    if (node.IsMap()) {
        QJsonObject object;
        for (const auto &entry : node) {
            object.insert(Yaml::toQString(entry.first), toJson(entry.second));
        }
        return object;
    }
    if (node.IsSequence()) {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            array.append(toJson(item));
        }
        return array;
    }
    if (node.IsScalar()) {
        const QString text = Yaml::toQString(node);
        if (node.Tag() == "?") {
            const QByteArray plain = text.toUtf8();
            if (plain == "true" || plain == "True" || plain == "TRUE") {
                return true;
            }
            if (plain == "false" || plain == "False" || plain == "FALSE") {
                return false;
            }
            bool isNumber = false;
            const double number = text.toDouble(&isNumber);
            if (isNumber && !YamlScalar::plainIsString(plain)) {
                return number;
            }
        }
        return text;
    }
    return QJsonValue::Null;
}

// The fields of helm's chart.Metadata (v3), in struct order, with their JSON names.
struct Metadata
{
    // (json name, value): values already omitted when empty (omitempty).
    std::vector<std::pair<QString, QJsonValue>> fields;

    QJsonValue value(const QString &key) const
    {
        for (const auto &[name, value] : fields) {
            if (name == key) {
                return value;
            }
        }
        return {};
    }
    QString text(const QString &key) const { return value(key).toString(); }

    QJsonObject toObject() const
    {
        QJsonObject object;
        for (const auto &[name, value] : fields) {
            object.insert(name, value);
        }
        return object;
    }
    QByteArray toGoJson() const
    {
        QByteArray out("{");
        for (const auto &[name, value] : fields) {
            if (out.size() > 1) {
                out += ',';
            }
            out += goJsonString(name) + ':' + goJson(value);
        }
        return out + '}';
    }
};

QString scalarOf(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map.IsMap() ? map[key] : YAML::Node();
    return value && value.IsScalar() ? sanitize(Yaml::toQString(value)) : QString();
}

QJsonArray stringsOf(const YAML::Node &map, const char *key)
{
    QJsonArray array;
    const YAML::Node list = map.IsMap() ? map[key] : YAML::Node();
    if (list && list.IsSequence()) {
        for (const YAML::Node &item : list) {
            array.append(item.IsScalar() ? sanitize(Yaml::toQString(item)) : QString());
        }
    }
    return array;
}

bool boolOf(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map.IsMap() ? map[key] : YAML::Node();
    return value && value.IsScalar() && toJson(value) == QJsonValue(true);
}

// `stripRepositories`: relok8s stripDependencyRefs.
Metadata parseMetadata(const YAML::Node &meta, bool stripRepositories)
{
    Metadata result;
    const auto addText = [&result, &meta](const char *key) {
        const QString value = scalarOf(meta, key);
        if (!value.isEmpty()) {
            result.fields.emplace_back(QString::fromLatin1(key), value);
        }
    };
    const auto addList = [&result, &meta](const char *key) {
        const QJsonArray value = stringsOf(meta, key);
        if (!value.isEmpty()) {
            result.fields.emplace_back(QString::fromLatin1(key), value);
        }
    };
    addText("name");
    addText("home");
    addList("sources");
    addText("version");
    addText("description");
    addList("keywords");
    if (const YAML::Node list = meta["maintainers"]; list && list.IsSequence() && list.size() > 0) {
        QJsonArray maintainers;
        for (const YAML::Node &item : list) {
            QJsonObject maintainer;
            for (const char *key : {"name", "email", "url"}) {
                if (const QString value = scalarOf(item, key); !value.isEmpty()) {
                    maintainer.insert(QString::fromLatin1(key), value);
                }
            }
            maintainers.append(maintainer);
        }
        result.fields.emplace_back(QStringLiteral("maintainers"), maintainers);
    }
    addText("icon");
    addText("apiVersion");
    addText("condition");
    addText("tags");
    addText("appVersion");
    if (boolOf(meta, "deprecated")) {
        result.fields.emplace_back(QStringLiteral("deprecated"), true);
    }
    if (const YAML::Node map = meta["annotations"]; map && map.IsMap() && map.size() > 0) {
        QJsonObject annotations;
        for (const auto &entry : map) {
            annotations.insert(Yaml::toQString(entry.first),
                entry.second.IsScalar() ? Yaml::toQString(entry.second) : QString());
        }
        result.fields.emplace_back(QStringLiteral("annotations"), annotations);
    }
    addText("kubeVersion");
    if (const YAML::Node list = meta["dependencies"];
        list && list.IsSequence() && list.size() > 0) {
        QJsonArray dependencies;
        for (const YAML::Node &item : list) {
            // Go writes struct fields in order; QJsonObject sorts them, which is what the YAML
            // output wants. The JSON config keeps the sorted order too (a descriptor detail).
            QJsonObject dependency;
            dependency.insert(QStringLiteral("name"), scalarOf(item, "name"));
            if (const QString version = scalarOf(item, "version"); !version.isEmpty()) {
                dependency.insert(QStringLiteral("version"), version);
            }
            dependency.insert(QStringLiteral("repository"),
                stripRepositories ? QString() : scalarOf(item, "repository"));
            if (const QString condition = scalarOf(item, "condition"); !condition.isEmpty()) {
                dependency.insert(QStringLiteral("condition"), condition);
            }
            if (const QJsonArray tags = stringsOf(item, "tags"); !tags.isEmpty()) {
                dependency.insert(QStringLiteral("tags"), tags);
            }
            if (boolOf(item, "enabled")) {
                dependency.insert(QStringLiteral("enabled"), true);
            }
            if (const YAML::Node values = item.IsMap() ? item["import-values"] : YAML::Node();
                values && values.IsSequence() && values.size() > 0) {
                dependency.insert(QStringLiteral("import-values"), toJson(values));
            }
            if (const QString alias = scalarOf(item, "alias"); !alias.isEmpty()) {
                dependency.insert(QStringLiteral("alias"), alias);
            }
            dependencies.append(dependency);
        }
        result.fields.emplace_back(QStringLiteral("dependencies"), dependencies);
    }
    addText("type");
    return result;
}

// sigs.k8s.io/yaml (yaml.v2) block style: sorted keys, sequences not indented under their key.
void writeYaml(QByteArray &out, const QJsonValue &value, int indent);

void writeYamlEntry(QByteArray &out, const QByteArray &prefix, const QJsonValue &value, int indent)
{
    const bool nonEmptyObject = value.isObject() && !value.toObject().isEmpty();
    const bool nonEmptyArray = value.isArray() && !value.toArray().isEmpty();
    if (nonEmptyObject) {
        out += prefix + ":\n";
        writeYaml(out, value, indent + 2);
    } else if (nonEmptyArray) {
        out += prefix + ":\n";
        writeYaml(out, value, indent);
    } else {
        out += prefix + ": ";
        writeYaml(out, value, indent);
    }
}

void writeYaml(QByteArray &out, const QJsonValue &value, int indent)
{
    const QByteArray pad(indent, ' ');
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}\n";
            return;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            writeYamlEntry(out, pad + YamlScalar::encode(it.key()), it.value(), indent);
        }
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]\n";
            return;
        }
        for (const QJsonValue &item : array) {
            if (item.isObject() && !item.toObject().isEmpty()) {
                // "- first: x" then the other keys aligned under it.
                QByteArray nested;
                writeYaml(nested, item, indent + 2);
                out += pad + "- " + nested.mid(indent + 2);
            } else if (item.isArray() && !item.toArray().isEmpty()) {
                QByteArray nested;
                writeYaml(nested, item, indent + 2);
                out += pad + "- " + nested.mid(indent + 2);
            } else {
                out += pad + "- ";
                writeYaml(out, item, indent + 2);
            }
        }
        return;
    }
    case QJsonValue::String:
        out += YamlScalar::encode(value.toString()) + '\n';
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true\n" : "false\n";
        return;
    case QJsonValue::Double:
        out += QByteArray::number(value.toDouble(), 'g', 17) + '\n';
        return;
    default:
        out += "null\n";
        return;
    }
}

// ---------------------------------------------------------------- values.yaml edits

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

YAML::Node childOf(const YAML::Node &map, const QString &key, YAML::Node *keyNode = nullptr)
{
    for (const auto &entry : map) {
        if (entry.first.IsScalar() && Yaml::toQString(entry.first) == key) {
            if (keyNode) {
                keyNode->reset(entry.first); // never operator=: it writes through
            }
            return entry.second;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

bool isBlankOrBreak(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The column of the keys of a block mapping, or the items of a block sequence.
int indentOf(const YAML::Node &collection)
{
    return collection.Mark().column;
}

bool isFlow(const YAML::Node &collection)
{
    return collection.Style() == YAML::EmitterStyle::Flow;
}

// Where the value of `key` starts (its properties included), found from the key's own bytes so
// that an alias (whose yaml-cpp mark is its anchor's) shows as '*'. -1 when the bytes do not
// read as expected.
qsizetype valueStart(
    const QByteArray &text, const YAML::Node &key, int parentIndent, bool inFlow, qsizetype *colon)
{
    const YamlScalar::Span keySpan = YamlScalar::measure(
        text, YamlScalar::skipProperties(text, key.Mark().pos), parentIndent, inFlow);
    if (!keySpan.isValid()) {
        return -1;
    }
    qsizetype pos = keySpan.end;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) {
        ++pos;
    }
    if (pos >= text.size() || text[pos] != ':') {
        return -1;
    }
    if (colon) {
        *colon = pos;
    }
    ++pos;
    while (pos < text.size()) {
        if (isBlankOrBreak(text[pos])) {
            ++pos;
        } else if (text[pos] == '#') {
            while (pos < text.size() && text[pos] != '\n') {
                ++pos;
            }
        } else {
            break;
        }
    }
    return pos;
}

// The end of the bytes of `value` (the value of `key` in a mapping with keys at `parentIndent`):
// after its last scalar, or after the closing bracket of a flow collection. -1 when unknown.
qsizetype nodeEnd(const QByteArray &text, const YAML::Node &key, const YAML::Node &value,
    int parentIndent, bool inFlow);

qsizetype collectionEnd(const QByteArray &text, const YAML::Node &node, bool inFlow)
{
    qsizetype end = -1;
    if (node.IsMap()) {
        if (node.size() == 0) {
            end = node.Mark().pos + 1; // "{"
        }
        for (const auto &entry : node) {
            end = nodeEnd(text, entry.first, entry.second, indentOf(node), inFlow || isFlow(node));
        }
    } else {
        if (node.size() == 0) {
            end = node.Mark().pos + 1; // "["
        }
        for (const YAML::Node &item : node) {
            if (item.IsScalar()) {
                end = YamlScalar::measure(text, YamlScalar::skipProperties(text, item.Mark().pos),
                    indentOf(node), inFlow || isFlow(node))
                          .end;
            } else if (item.IsMap() || item.IsSequence()) {
                end = collectionEnd(text, item, inFlow || isFlow(node));
            } else {
                end = -1; // an empty item: no bytes to point at
            }
        }
    }
    if (end < 0 || !isFlow(node)) {
        return end;
    }
    const char close = node.IsMap() ? '}' : ']';
    while (end < text.size() && text[end] != close) {
        if (text[end] == '#') {
            while (end < text.size() && text[end] != '\n') {
                ++end;
            }
        } else {
            ++end;
        }
    }
    return end < text.size() ? end + 1 : -1;
}

qsizetype nodeEnd(const QByteArray &text, const YAML::Node &key, const YAML::Node &value,
    int parentIndent, bool inFlow)
{
    qsizetype colon = -1;
    const qsizetype start = valueStart(text, key, parentIndent, inFlow, &colon);
    if (start < 0) {
        return -1;
    }
    if (start < text.size() && text[start] == '*') {
        qsizetype end = start; // an alias: its name is all its bytes
        while (end < text.size() && !isBlankOrBreak(text[end])
            && !(inFlow && (text[end] == ',' || text[end] == '}' || text[end] == ']'))) {
            ++end;
        }
        return end;
    }
    if (value.IsNull()) {
        // "key: ~" or "key: null" have bytes; "key:" alone ends at its colon. (yaml-cpp marks an
        // empty value at whatever token follows, so look at the line instead.)
        const bool sameLine = !text.mid(colon, start - colon).contains('\n');
        const YamlScalar::Span span = sameLine && start < text.size()
            ? YamlScalar::measure(
                text, YamlScalar::skipProperties(text, start), parentIndent, inFlow)
            : YamlScalar::Span {};
        return span.isValid() && span.length() > 0 ? span.end : colon + 1;
    }
    if (value.IsScalar()) {
        return YamlScalar::measure(
            text, YamlScalar::skipProperties(text, start), parentIndent, inFlow)
            .end;
    }
    return collectionEnd(text, value, inFlow);
}

bool sameTree(const YAML::Node &a, const YAML::Node &b)
{
    if (a.Type() != b.Type()) {
        return false;
    }
    switch (a.Type()) {
    case YAML::NodeType::Scalar:
        return a.Scalar() == b.Scalar();
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map: {
        if (a.size() != b.size()) {
            return false;
        }
        auto left = a.begin();
        auto right = b.begin();
        for (; left != a.end(); ++left, ++right) {
            if (a.IsMap()) {
                if (!sameTree(left->first, right->first)
                    || !sameTree(left->second, right->second)) {
                    return false;
                }
            } else if (!sameTree(*left, *right)) {
                return false;
            }
        }
        return true;
    }
    default:
        return true;
    }
}

bool isStringNode(const YAML::Node &node)
{
    if (!node.IsScalar()) {
        return false;
    }
    const std::string &tag = node.Tag();
    if (tag == "?") {
        return YamlScalar::plainIsString(QByteArray::fromStdString(node.Scalar()));
    }
    return tag == "!" || tag == "tag:yaml.org,2002:str";
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

// ---------------------------------------------------------------- packaging

class TgzWriter
{
public:
    explicit TgzWriter(const QString &displayName)
        : m_archive(archive_write_new(), archive_write_free)
        , m_displayName(displayName)
    {
        archive_write_add_filter_gzip(m_archive.get());
        archive_write_set_format_pax_restricted(m_archive.get());
        archive_write_set_bytes_in_last_block(m_archive.get(), 1);
        if (archive_write_open(m_archive.get(), this, nullptr, &TgzWriter::write, nullptr)
            != ARCHIVE_OK) {
            fail();
        }
        m_mtime = QDateTime::currentSecsSinceEpoch();
    }

    void add(const QString &path, const QByteArray &data)
    {
        std::unique_ptr<struct archive_entry, decltype(&archive_entry_free)> entry(
            archive_entry_new(), archive_entry_free);
        const QByteArray name = path.toUtf8();
        archive_entry_set_pathname(entry.get(), name.constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), data.size());
        archive_entry_set_mtime(entry.get(), m_mtime, 0);
        if (archive_write_header(m_archive.get(), entry.get()) != ARCHIVE_OK
            || (data.size() > 0
                && archive_write_data(m_archive.get(), data.constData(), size_t(data.size()))
                    != data.size())) {
            fail();
        }
    }

    QByteArray finish()
    {
        if (archive_write_close(m_archive.get()) != ARCHIVE_OK) {
            fail();
        }
        return m_out;
    }

private:
    static la_ssize_t write(struct archive *, void *self, const void *buffer, size_t length)
    {
        auto *writer = static_cast<TgzWriter *>(self);
        writer->m_out.append(static_cast<const char *>(buffer), qsizetype(length));
        return la_ssize_t(length);
    }

    [[noreturn]] void fail()
    {
        throw Error(QStringLiteral("chart.package"),
            ChartRelocator::tr("Could not package the relocated chart %1: %2.")
                .arg(m_displayName, QString::fromUtf8(archive_error_string(m_archive.get()))),
            ChartRelocator::tr("This is a bug in dce-upgrade; report it with the log."));
    }

    std::unique_ptr<struct archive, decltype(&archive_write_free)> m_archive;
    QString m_displayName;
    QByteArray m_out;
    qint64 m_mtime = 0;
};

// helm v3 chartutil.Save order: Chart.yaml, values.yaml, values.schema.json, templates, the
// other files, then each dependency as a directory named after it.
void writeChart(TgzWriter &writer, const ChartNode &chart, const QString &base)
{
    writer.add(base + QLatin1String("/Chart.yaml"),
        ChartRelocator::strippedChartYaml(
            chart.chartYaml, chart.displayName + QLatin1String("/Chart.yaml")));
    if (chart.values) {
        writer.add(base + QLatin1String("/values.yaml"), *chart.values);
    }
    const QString schema = QStringLiteral("values.schema.json");
    if (chart.files.contains(schema)) {
        writer.add(base + QLatin1Char('/') + schema, chart.files.value(schema));
    }
    for (const bool templates : {true, false}) {
        for (auto it = chart.files.cbegin(); it != chart.files.cend(); ++it) {
            if (it.key() != schema
                && it.key().startsWith(QLatin1String("templates/")) == templates) {
                writer.add(base + QLatin1Char('/') + it.key(), it.value());
            }
        }
    }
    for (const ChartNode &sub : chart.subcharts) {
        writeChart(writer, sub, base + QLatin1String("/charts/") + sub.name);
    }
}

void collectEdited(
    const ChartNode &chart, const QString &prefix, std::vector<std::pair<QString, QByteArray>> &out)
{
    if (chart.edited && chart.values) {
        out.emplace_back(prefix + QLatin1String("values.yaml"), *chart.values);
    }
    for (const ChartNode &sub : chart.subcharts) {
        collectEdited(sub, prefix + QLatin1String("charts/") + sub.name + QLatin1Char('/'), out);
    }
}

// relok8s FindChartDestination: a first key the chart's values do not have, naming one of its
// subcharts, moves the rewrite into that subchart.
ChartNode &destination(ChartNode &chart, QStringList &keys)
{
    if (keys.size() < 2
        || (chart.valuesTree.IsMap() && childOf(chart.valuesTree, keys.first()).IsDefined())) {
        return chart;
    }
    for (ChartNode &sub : chart.subcharts) {
        if (sub.name == keys.first()) {
            keys.removeFirst();
            return destination(sub, keys);
        }
    }
    return chart;
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
        const YAML::Node child = childOf(map, key);
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
    const int indent = indentOf(map);
    const bool inFlow = isFlow(map);
    const std::string fieldName = field.toStdString();

    QByteArray result;
    YAML::Node keyNode;
    const YAML::Node current = childOf(map, field, &keyNode);
    const QString fullPath = mapPath + QLatin1Char('.') + field;
    if (current && current.IsDefined()) {
        if (!isStringNode(current)) {
            rewriteFailed(tr("%1: %2 is %3 (line %4); charts-syncer only rewrites text values "
                             "(\"expected !!str\").")
                              .arg(displayName, fullPath, describeType(current))
                              .arg(Yaml::lineOf(keyNode)),
                tr("Put the value in quotes in the chart's values.yaml, or ask DaoCloud for a "
                   "corrected package; charts-syncer stops at this chart too."));
        }
        const qsizetype start = valueStart(values, keyNode, indent, inFlow, nullptr);
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
            end = nodeEnd(values, lastKey, lastValue, indent, inFlow);
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
        target.reset(childOf(target, key));
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
        written.reset(written.IsMap() ? childOf(written, key) : YAML::Node());
    }
    if (!sameTree(reread, expected) || !written.IsMap() || !isStringNode(childOf(written, field))) {
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
    QByteArray out;
    writeYaml(out, parseMetadata(meta, true).toObject(), 0);
    return out;
}

RelocatedChart ChartRelocator::relocate(const Bundle &bundle, const ValueRewrites &rewrites)
{
    ChartNode root = loadFromBundle(bundle);
    for (const ValueRewrites::Rewrite &rewrite : rewrites.rewrites) {
        QStringList keys = rewrite.key.split(QLatin1Char('.'));
        ChartNode &chart = destination(root, keys);
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
    writeChart(writer, root, root.name);
    result.tgz = writer.finish();
    collectEdited(root, QString(), result.editedValues);

    const Metadata meta = parseMetadata(
        Yaml::parse(root.chartYaml, root.displayName + QLatin1String("/Chart.yaml")), true);
    result.metadataJson = meta.toGoJson();

    // helm push (v3 pkg/registry/util.go generateOCIAnnotations).
    QJsonObject annotations;
    const auto add = [&annotations](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            annotations.insert(QString::fromLatin1(key), value);
        }
    };
    add("org.opencontainers.image.description", meta.text(QStringLiteral("description")));
    add("org.opencontainers.image.title", meta.text(QStringLiteral("name")));
    add("org.opencontainers.image.version", meta.text(QStringLiteral("version")));
    add("org.opencontainers.image.url", meta.text(QStringLiteral("home")));
    add("org.opencontainers.image.created", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QJsonArray sources = meta.value(QStringLiteral("sources")).toArray();
    if (!sources.isEmpty()) {
        add("org.opencontainers.image.source", sources.first().toString());
    }
    QStringList authors;
    for (const QJsonValue &item : meta.value(QStringLiteral("maintainers")).toArray()) {
        const QJsonObject maintainer = item.toObject();
        QString author = maintainer.value(QStringLiteral("name")).toString();
        if (const QString email = maintainer.value(QStringLiteral("email")).toString();
            !email.isEmpty()) {
            author += QLatin1String(" (") + email + QLatin1Char(')');
        }
        authors.append(author);
    }
    add("org.opencontainers.image.authors", authors.join(QLatin1String(", ")));
    const QJsonObject own = meta.value(QStringLiteral("annotations")).toObject();
    for (auto it = own.begin(); it != own.end(); ++it) {
        if (it.key() != QLatin1String("org.opencontainers.image.title")
            && it.key() != QLatin1String("org.opencontainers.image.version")) {
            annotations.insert(it.key(), it.value());
        }
    }
    result.annotations = annotations;
    return result;
}

} // namespace DceUpgrade
