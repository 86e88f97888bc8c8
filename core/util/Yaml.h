#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace DceUpgrade {

// yaml-cpp with our error type: every parse error names the file and its 1-based line and column.
struct Yaml
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Yaml)

public:
    // Throws Error (yaml.invalid) on a syntax error.
    static YAML::Node parse(const QByteArray &text, const QString &displayName);

    static QString toQString(const YAML::Node &node)
    {
        return QString::fromStdString(node.Scalar());
    }
    // 1-based line of a node, for messages about values that parsed but make no sense.
    static int lineOf(const YAML::Node &node) { return node.Mark().line + 1; }

    // Throws Error (`code`) naming the file and the node's line.
    [[noreturn]] static void fail(const QString &code, const QString &displayName,
        const YAML::Node &node, const QString &message, const QString &hint = {});
};

} // namespace DceUpgrade
