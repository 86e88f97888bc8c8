#include "NodeImportScript.h"

#include "CommandLine.h"

#include "bundle/ImageReference.h"

#include <QSet>

namespace DceUpgrade {

QString NodeImportScript::tool(NodeRuntime runtime)
{
    return runtime == NodeRuntime::Docker ? QStringLiteral("docker") : QStringLiteral("ctr");
}

QString NodeImportScript::build(NodeRuntime runtime, bool sudo, const std::vector<Tag> &tags)
{
    const QString program = (sudo ? QStringLiteral("sudo -n ") : QString()) + tool(runtime);
    const bool docker = runtime == NodeRuntime::Docker;
    const QString prefix = docker
        ? program
        : program + QStringLiteral(" -n ") + QString(Namespace) + QStringLiteral(" images");
    QStringList lines {QStringLiteral("set -e")};
    lines.append(docker ? prefix + QStringLiteral(" load >&2")
                        : prefix + QStringLiteral(" import --digests - >&2"));
    for (const Tag &tag : tags) {
        lines.append(prefix + (docker ? QStringLiteral(" tag ") : QStringLiteral(" tag --force "))
            + CommandLine::shellQuote(tag.source) + QLatin1Char(' ')
            + CommandLine::shellQuote(tag.target) + QStringLiteral(" >&2"));
    }
    lines.append(docker ? prefix + QStringLiteral(" images --format '{{.Repository}}:{{.Tag}}'")
                        : prefix + QStringLiteral(" ls -q"));
    return lines.join(QLatin1String("; "));
}

QString NodeImportScript::listedName(NodeRuntime runtime, const QString &reference)
{
    if (!ImageReference::isValid(reference)) {
        return reference;
    }
    const ImageReference ref = ImageReference::parse(reference);
    QString name;
    if (ref.registry() != ImageReference::DockerHub) {
        name = ref.registry() + QLatin1Char('/') + ref.repository();
    } else if (runtime == NodeRuntime::Containerd) {
        // containerd's import and the kubelet name Docker Hub images in full.
        name = QStringLiteral("docker.io/") + ref.repository();
    } else {
        // Docker shows the short ("familiar") form.
        name = ref.repository().startsWith(QLatin1String("library/")) ? ref.repository().mid(8)
                                                                      : ref.repository();
    }
    return ref.digest().isEmpty() ? name + QLatin1Char(':') + ref.tag()
                                  : name + QLatin1Char('@') + ref.digest();
}

QStringList NodeImportScript::missing(const QByteArray &listing, const QStringList &expected)
{
    QSet<QString> present;
    for (const QByteArray &line : listing.split('\n')) {
        present.insert(QString::fromUtf8(line.trimmed()));
    }
    QStringList absent;
    for (const QString &name : expected) {
        if (!present.contains(name)) {
            absent.append(name);
        }
    }
    return absent;
}

} // namespace DceUpgrade
