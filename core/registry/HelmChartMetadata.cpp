#include "HelmChartMetadata.h"

#include "util/GoJson.h"
#include "util/GoYaml.h"
#include "util/Yaml.h"
#include "util/YamlScalar.h"

#include <QJsonArray>
#include <QStringList>

namespace DceUpgrade {

namespace {

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

} // namespace

HelmChartMetadata HelmChartMetadata::parse(const YAML::Node &meta, bool stripRepositories)
{
    HelmChartMetadata result;
    const auto addText = [&result, &meta](const char *key) {
        const QString value = scalarOf(meta, key);
        if (!value.isEmpty()) {
            result.m_fields.emplace_back(QString::fromLatin1(key), value);
        }
    };
    const auto addList = [&result, &meta](const char *key) {
        const QJsonArray value = stringsOf(meta, key);
        if (!value.isEmpty()) {
            result.m_fields.emplace_back(QString::fromLatin1(key), value);
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
        result.m_fields.emplace_back(QStringLiteral("maintainers"), maintainers);
    }
    addText("icon");
    addText("apiVersion");
    addText("condition");
    addText("tags");
    addText("appVersion");
    if (boolOf(meta, "deprecated")) {
        result.m_fields.emplace_back(QStringLiteral("deprecated"), true);
    }
    if (const YAML::Node map = meta["annotations"]; map && map.IsMap() && map.size() > 0) {
        QJsonObject annotations;
        for (const auto &entry : map) {
            annotations.insert(Yaml::toQString(entry.first),
                entry.second.IsScalar() ? Yaml::toQString(entry.second) : QString());
        }
        result.m_fields.emplace_back(QStringLiteral("annotations"), annotations);
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
        result.m_fields.emplace_back(QStringLiteral("dependencies"), dependencies);
    }
    addText("type");
    return result;
}

QJsonValue HelmChartMetadata::value(const QString &key) const
{
    for (const auto &[name, value] : m_fields) {
        if (name == key) {
            return value;
        }
    }
    return {};
}

QJsonObject HelmChartMetadata::toObject() const
{
    QJsonObject object;
    for (const auto &[name, value] : m_fields) {
        object.insert(name, value);
    }
    return object;
}

QByteArray HelmChartMetadata::chartYaml() const
{
    return goYaml(toObject());
}

QByteArray HelmChartMetadata::goJson() const
{
    QByteArray out("{");
    for (const auto &[name, value] : m_fields) {
        if (out.size() > 1) {
            out += ',';
        }
        out += goJsonString(name) + ':' + DceUpgrade::goJson(value);
    }
    return out + '}';
}

QJsonObject HelmChartMetadata::ociAnnotations(const QDateTime &created) const
{
    QJsonObject annotations;
    const auto add = [&annotations](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            annotations.insert(QString::fromLatin1(key), value);
        }
    };
    add("org.opencontainers.image.description", text(QStringLiteral("description")));
    add("org.opencontainers.image.title", text(QStringLiteral("name")));
    add("org.opencontainers.image.version", text(QStringLiteral("version")));
    add("org.opencontainers.image.url", text(QStringLiteral("home")));
    add("org.opencontainers.image.created", created.toUTC().toString(Qt::ISODate));
    const QJsonArray sources = value(QStringLiteral("sources")).toArray();
    if (!sources.isEmpty()) {
        add("org.opencontainers.image.source", sources.first().toString());
    }
    QStringList authors;
    for (const QJsonValue &item : value(QStringLiteral("maintainers")).toArray()) {
        const QJsonObject maintainer = item.toObject();
        QString author = maintainer.value(QStringLiteral("name")).toString();
        if (const QString email = maintainer.value(QStringLiteral("email")).toString();
            !email.isEmpty()) {
            author += QLatin1String(" (") + email + QLatin1Char(')');
        }
        authors.append(author);
    }
    add("org.opencontainers.image.authors", authors.join(QLatin1String(", ")));
    const QJsonObject own = value(QStringLiteral("annotations")).toObject();
    for (auto it = own.begin(); it != own.end(); ++it) {
        if (it.key() != QLatin1String("org.opencontainers.image.title")
            && it.key() != QLatin1String("org.opencontainers.image.version")) {
            annotations.insert(it.key(), it.value());
        }
    }
    return annotations;
}

} // namespace DceUpgrade
