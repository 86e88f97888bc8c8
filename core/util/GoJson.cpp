#include "GoJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace DceUpgrade {

QByteArray goJsonString(const QString &text)
{
    QByteArray out("\"");
    for (const uint code : text.toUcs4()) {
        switch (code) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '<':
            out += "\\u003c";
            break;
        case '>':
            out += "\\u003e";
            break;
        case '&':
            out += "\\u0026";
            break;
        case 0x2028:
            out += "\\u2028";
            break;
        case 0x2029:
            out += "\\u2029";
            break;
        default:
            if (code < 0x20) {
                out += "\\u00" + QByteArray::number(code, 16).rightJustified(2, '0');
            } else {
                const char32_t c = code;
                out += QString::fromUcs4(&c, 1).toUtf8();
            }
        }
    }
    out += '"';
    return out;
}

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

} // namespace DceUpgrade
