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

// A copy of `node` with the mapping keys `from` named `to`, at any depth and in their place (a
// rebuilt map keeps the order of its keys, so the values file still reads like the backup).
YAML::Node renamedKeys(const YAML::Node &node, const QString &path, const QString &from,
    const QString &to, UpgradeValues &result)
{
    const auto here = [&path](const QString &key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    };
    if (node.IsSequence()) {
        YAML::Node copy(YAML::NodeType::Sequence);
        int index = 0;
        for (const YAML::Node &item : node) {
            copy.push_back(renamedKeys(item,
                path + QLatin1Char('[') + QString::number(index++) + QLatin1Char(']'), from, to,
                result));
        }
        return copy;
    }
    if (!node.IsMap()) {
        return node;
    }
    const bool clash = bool(node[to.toStdString()]);
    YAML::Node copy(YAML::NodeType::Map);
    for (const auto &entry : node) {
        const QString key
            = entry.first.IsScalar() ? QString::fromStdString(entry.first.Scalar()) : QString();
        const YAML::Node value = renamedKeys(entry.second, here(key), from, to, result);
        if (key == from && clash) {
            result.renameConflicts.append(here(key));
        } else if (key == from) {
            copy.force_insert(to.toStdString(), value);
            result.renamed.append(QStringLiteral("%1 → %2").arg(here(from), here(to)));
            continue;
        }
        copy.force_insert(entry.first, value);
    }
    return copy;
}

} // namespace

UpgradeValues UpgradeValues::fromBackup(const QByteArray &backup, const QString &displayName,
    const QStringList &registryKeys, const QString &registry, const KeyRenames &renames)
{
    YAML::Node values = Yaml::parse(backup, displayName);
    if (!values.IsMap()) {
        values = YAML::Node(YAML::NodeType::Map); // "null": the release has no values of its own
    }
    UpgradeValues result;
    for (const auto &[from, to] : renames) {
        // reset(), not operator=: assignment would write the copy into the parsed document.
        const YAML::Node renamed = renamedKeys(values, {}, from, to, result);
        values.reset(renamed);
    }
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
