#pragma once

#include <QByteArray>
#include <QString>

namespace DceUpgrade {

// Byte-level facts about single YAML scalars, for edits that must leave every other byte of a
// document alone (relok8s' values.yaml rewrite, bundle-format.md §3.6). yaml-cpp reports where a
// node starts (Mark::pos, a byte offset); this finds where its token ends. Pure functions over
// a document that yaml-cpp has already accepted: they do not validate YAML, they only measure.
struct YamlScalar
{
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

    // [begin, end) of one scalar token in the document, quotes and block header included; a
    // plain scalar ends at its last non-blank character (a trailing comment is not part of it);
    // a block scalar ends at the end of its last non-empty content line (the line break after
    // it stays in the document).
    struct Span
    {
        qsizetype begin = -1;
        qsizetype end = -1;
        Style style = Style::Plain;

        bool isValid() const { return begin >= 0 && end >= begin; }
        qsizetype length() const { return end - begin; }
    };

    // Measures the scalar whose first character is at `begin` (not at a tag or anchor: see
    // skipProperties). `parentIndent` is the column of the keys of the block mapping (or items of
    // the block sequence) holding the scalar: continuation lines of a plain scalar and the
    // content of a block scalar must be indented more. `inFlow`: inside [...] or {...}. Returns
    // an invalid span when `begin` holds no scalar.
    static Span measure(const QByteArray &text, qsizetype begin, int parentIndent, bool inFlow);

    // From a node's start, past any tag (`!!str`, `!x`, `!<...>`) and anchor (`&a`) and the
    // blanks, comments and line breaks after them, to the first character of the content.
    static qsizetype skipProperties(const QByteArray &text, qsizetype begin);

    // The scalar as gopkg.in/yaml.v3 Marshal writes a Go string (then trimmed), which is what
    // relok8s puts in place of the old value: plain when the text reads back as the same string,
    // single-quoted when only the plain form is impossible, double-quoted when the plain text
    // would resolve to another type ("1.25", "true", "null", "yes", "") or has control
    // characters. Line breaks force double quotes here (yaml.v3 would write a literal block).
    static QByteArray encode(const QString &value);

    // True when the plain (unquoted, untagged) scalar `text` resolves to a string under yaml.v3's
    // rules, i.e. carries the tag !!str: not null, bool, int, float or timestamp.
    static bool plainIsString(const QByteArray &text);
};

} // namespace DceUpgrade
