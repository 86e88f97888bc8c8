#include "UpgradeValues.h"

#include "util/Yaml.h"

namespace DceUpgrade {

namespace {

// "global.imageRegistry" -> sets values.global.imageRegistry, creating maps on the way.
// yaml-cpp's Node::operator= writes into the node it refers to; walking down must rebind with
// reset(), or the walk overwrites the document's root with a subtree.
void setPath(YAML::Node root, const QStringList &keys, const QString &value)
{
    YAML::Node node;
    node.reset(root);
    for (int i = 0; i < keys.size() - 1; ++i) {
        const std::string key = keys[i].toStdString();
        if (!node[key] || !node[key].IsMap()) {
            node[key] = YAML::Node(YAML::NodeType::Map);
        }
        YAML::Node child = node[key];
        node.reset(child);
    }
    node[keys.last().toStdString()] = value.toStdString();
}

QString valueAt(const YAML::Node &root, const QStringList &keys)
{
    YAML::Node node;
    node.reset(root);
    for (const QString &key : keys) {
        if (!node.IsMap() || !node[key.toStdString()]) {
            return {};
        }
        const YAML::Node child = node[key.toStdString()];
        node.reset(child);
    }
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// Image tags pinned in the user's values: they would keep the release on the old images.
void findPinnedTags(const YAML::Node &node, const QString &path, QStringList &found)
{
    if (!node.IsMap()) {
        return;
    }
    for (const auto &entry : node) {
        const QString key = QString::fromStdString(entry.first.Scalar());
        const QString here = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (entry.second.IsScalar()
            && (key == QLatin1String("tag") || key == QLatin1String("image"))
            && !entry.second.Scalar().empty()) {
            found.append(
                here + QLatin1String(" = ") + QString::fromStdString(entry.second.Scalar()));
        } else {
            findPinnedTags(entry.second, here, found);
        }
    }
}

// yaml-cpp forgets that a scalar was quoted ("yes", "1.10", "0755") and emits it plain, which
// helm then reads as a bool or a number (an image tag "1.10" would become 1.1). A quoted
// scalar keeps the non-specific tag "!": emit those quoted again.
void emitKeepingStrings(YAML::Emitter &out, const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        out << YAML::BeginMap;
        for (const auto &entry : node) {
            out << YAML::Key;
            emitKeepingStrings(out, entry.first);
            out << YAML::Value;
            emitKeepingStrings(out, entry.second);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        out << YAML::BeginSeq;
        for (const YAML::Node &item : node) {
            emitKeepingStrings(out, item);
        }
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        if (node.Tag() == "!") {
            out << YAML::DoubleQuoted << node.Scalar();
        } else {
            out << node;
        }
        break;
    default:
        out << node;
        break;
    }
}

} // namespace

UpgradeValues UpgradeValues::fromBackup(const QByteArray &backup, const QString &displayName,
    const QStringList &registryKeys, const QString &registry)
{
    YAML::Node values = Yaml::parse(backup, displayName);
    if (!values.IsMap()) {
        values = YAML::Node(YAML::NodeType::Map); // "null": the release has no values of its own
    }
    UpgradeValues result;
    if (!registry.isEmpty()) {
        for (const QString &key : registryKeys) {
            const QStringList keys = key.split(QLatin1Char('.'));
            const QString before = valueAt(values, keys);
            if (before != registry) {
                setPath(values, keys, registry);
                result.changes.push_back({key, before, registry});
            }
        }
    }
    findPinnedTags(values, {}, result.pinnedImages);
    YAML::Emitter out;
    emitKeepingStrings(out, values);
    result.yaml = QByteArray(out.c_str()) + '\n';
    return result;
}

} // namespace DceUpgrade
