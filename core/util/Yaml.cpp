#include "Yaml.h"

#include "util/Error.h"

namespace DceUpgrade {

YAML::Node Yaml::parse(const QByteArray &text, const QString &displayName)
{
    try {
        return YAML::Load(text.toStdString());
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
