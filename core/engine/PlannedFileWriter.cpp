#include "PlannedFileWriter.h"

#include "Session.h"
#include "util/Error.h"

namespace DceUpgrade {

QByteArray PlannedFileWriter::yamlDoubleQuotedEscape(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\\' || c == '"') {
            out.append('\\').append(c);
        } else if (byte < 0x20 || byte == 0x7f) {
            out.append("\\x").append(QByteArray::number(byte, 16).rightJustified(2, '0'));
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray PlannedFileWriter::content(const PlannedFile &file, const QByteArray &secret)
{
    if (file.secretId.isEmpty() || file.secretPlaceholder.isEmpty()) {
        return file.content;
    }
    QByteArray result = file.content;
    return result.replace(
        file.secretPlaceholder, file.yamlDoubleQuoted ? yamlDoubleQuotedEscape(secret) : secret);
}

void PlannedFileWriter::write(const PlannedFile &file, const QHash<QString, QByteArray> &secrets)
{
    QByteArray secret;
    if (!file.secretId.isEmpty()) {
        secret = secrets.value(file.secretId);
        if (secret.isEmpty()) {
            throw Error(QStringLiteral("secret.missing"),
                tr("No value was given for %1.").arg(file.secretId),
                tr("Run again with --secrets-stdin, or from a terminal to be asked for it."));
        }
    }
    Session::writePrivateFile(file.path, content(file, secret), true);
}

} // namespace DceUpgrade
