#include "GoJson.h"

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

} // namespace DceUpgrade
