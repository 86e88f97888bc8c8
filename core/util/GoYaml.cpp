#include "GoYaml.h"

#include "YamlScalar.h"

#include <QJsonArray>
#include <QJsonObject>

namespace DceUpgrade {

namespace {

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

} // namespace

QByteArray goYaml(const QJsonValue &value)
{
    QByteArray out;
    writeYaml(out, value, 0);
    return out;
}

} // namespace DceUpgrade
