#include "DockerManifest.h"

namespace DceUpgrade {

namespace {

// Go's encoding/json escapes these in strings; media types and digests never contain them, but
// the writer stays correct if a caller passes something unusual.
QByteArray goJsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
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
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += QByteArray("\\u00")
                    + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

void writeDescriptor(QByteArray &out, const BlobDescriptor &d, const QByteArray &indent)
{
    const QByteArray inner = indent + "   ";
    out += "{\n";
    out += inner + "\"mediaType\": " + goJsonString(d.mediaType) + ",\n";
    out += inner + "\"size\": " + QByteArray::number(d.size) + ",\n";
    out += inner + "\"digest\": " + goJsonString(d.digest) + "\n";
    out += indent + "}";
}

} // namespace

QByteArray DockerManifest::serialize(
    const BlobDescriptor &config, const std::vector<BlobDescriptor> &layers)
{
    QByteArray out = "{\n";
    out += "   \"schemaVersion\": 2,\n";
    out += "   \"mediaType\": " + goJsonString(QString(MediaType)) + ",\n";
    out += "   \"config\": ";
    writeDescriptor(out, config, "   ");
    out += ",\n   \"layers\": ";
    if (layers.empty()) {
        out += "[]";
    } else {
        out += "[\n";
        for (size_t i = 0; i < layers.size(); ++i) {
            out += "      ";
            writeDescriptor(out, layers[i], "      ");
            out += i + 1 < layers.size() ? ",\n" : "\n";
        }
        out += "   ]";
    }
    out += "\n}";
    return out;
}

} // namespace DceUpgrade
