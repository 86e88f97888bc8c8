#include "Yaml.h"

#include "util/Error.h"

namespace DceUpgrade {

namespace {

// Aliases make a YAML document a graph: `&a [*a]` is a cycle and nine nested aliases of ten make
// a billion nodes from a few hundred bytes. Every reader here walks values recursively, so a
// document is refused unless its expanded tree is shallow and small. Real charts are far inside
// both limits (the largest DCE values.yaml expands to a few thousand nodes, 12 levels deep).
constexpr int MaxDepth = 64;
constexpr qint64 MaxExpandedNodes = 1'000'000;

// Returns false as soon as either limit is passed; `budget` counts nodes as an expansion would.
bool withinLimits(const YAML::Node &node, int depth, qint64 &budget)
{
    if (depth > MaxDepth || --budget < 0) {
        return false;
    }
    if (node.IsMap()) {
        for (const auto &entry : node) {
            if (!withinLimits(entry.first, depth + 1, budget)
                || !withinLimits(entry.second, depth + 1, budget)) {
                return false;
            }
        }
    } else if (node.IsSequence()) {
        for (const auto &item : node) {
            if (!withinLimits(item, depth + 1, budget)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

YAML::Node Yaml::parse(const QByteArray &text, const QString &displayName)
{
    try {
        YAML::Node document = YAML::Load(text.toStdString());
        qint64 budget = MaxExpandedNodes;
        if (!withinLimits(document, 0, budget)) {
            throw Error(QStringLiteral("yaml.invalid"),
                tr("%1: the document nests deeper than %2 levels or its aliases expand to more "
                   "than %3 nodes.")
                    .arg(displayName)
                    .arg(MaxDepth)
                    .arg(MaxExpandedNodes),
                tr("The file is damaged or was built to exhaust memory. Download the package "
                   "again from DaoCloud."));
        }
        return document;
    } catch (const YAML::Exception &exception) {
        throw Error(QStringLiteral("yaml.invalid"),
            tr("%1, line %2, column %3: %4")
                .arg(displayName)
                .arg(exception.mark.line + 1)
                .arg(exception.mark.column + 1)
                .arg(QString::fromStdString(exception.msg)),
            tr("Fix the YAML syntax at that position."));
    }
}

void Yaml::fail(const QString &code, const QString &displayName, const YAML::Node &node,
    const QString &message, const QString &hint)
{
    const int line = node.Mark().is_null() ? 0 : lineOf(node);
    const QString where = line > 0 ? tr("%1, line %2").arg(displayName).arg(line) : displayName;
    throw Error(code, tr("%1: %2").arg(where, message), hint);
}

} // namespace DceUpgrade
