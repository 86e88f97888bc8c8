#include "DockerManifest.h"

#include "util/GoJson.h"

namespace DceUpgrade {

namespace {

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
