#pragma once

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace DceUpgrade {

// Where the bytes of a mapping's values lie in a YAML document that yaml-cpp has parsed, for
// edits that change one value and leave every other byte alone (relok8s' values.yaml rewrite,
// bundle-format.md §3.6). Builds on YamlScalar, which measures single scalars. Like YamlScalar
// these only measure: -1 means "the bytes do not read as expected", never a YAML error.
struct YamlSpan
{
    // The value of `key` in `map` (compared as text), or an undefined node; `keyNode`, when
    // given, is set to the key itself (whose Mark points at the key's bytes).
    static YAML::Node childOf(
        const YAML::Node &map, const QString &key, YAML::Node *keyNode = nullptr);

    // The column of the keys of a block mapping, or the items of a block sequence.
    static int indentOf(const YAML::Node &collection) { return collection.Mark().column; }
    static bool isFlow(const YAML::Node &collection)
    {
        return collection.Style() == YAML::EmitterStyle::Flow;
    }

    // Where the value of `key` starts (its properties included), found from the key's own bytes
    // so that an alias (whose yaml-cpp mark is its anchor's) shows as '*'; `colon`, when given,
    // is set to the offset of the ':' after the key.
    static qsizetype valueStart(const QByteArray &text, const YAML::Node &key, int parentIndent,
        bool inFlow, qsizetype *colon);

    // The end of the bytes of `value` (the value of `key` in a mapping with keys at
    // `parentIndent`): after its last scalar, or after the closing bracket of a flow collection.
    static qsizetype nodeEnd(const QByteArray &text, const YAML::Node &key, const YAML::Node &value,
        int parentIndent, bool inFlow);

    // The same document tree: types, scalars and order (tags and styles aside).
    static bool sameTree(const YAML::Node &a, const YAML::Node &b);

    // A scalar YAML reads as a string: quoted, tagged !!str, or plain text that no other type
    // claims (YamlScalar::plainIsString).
    static bool isStringNode(const YAML::Node &node);
};

} // namespace DceUpgrade
