#include "Kubeconfig.h"

#include "util/Error.h"
#include "util/SystemError.h"
#include "util/Yaml.h"

#include <QDir>
#include <QFile>

namespace DceUpgrade {

namespace {

// A kubeconfig is a few KiB; anything far larger is not one, and is not read into memory.
constexpr qint64 MaxKubeconfigBytes = 16 * 1024 * 1024;

void merge(Kubeconfig &into, const Kubeconfig &from)
{
    for (const QString &context : from.contexts) {
        if (!into.contexts.contains(context)) {
            into.contexts.append(context);
        }
    }
    if (into.currentContext.isEmpty()) {
        into.currentContext = from.currentContext;
    }
    into.files += from.files;
}

} // namespace

QStringList Kubeconfig::filesFor(const QString &path, const QProcessEnvironment &environment)
{
    if (!path.isEmpty()) {
        return {path};
    }
    const QStringList listed = environment.value(QStringLiteral("KUBECONFIG"))
                                   .split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (!listed.isEmpty()) {
        return listed;
    }
    return {QDir::homePath() + QLatin1String("/.kube/config")};
}

Kubeconfig Kubeconfig::parse(const QByteArray &yaml, const QString &displayName)
{
    const YAML::Node root = Yaml::parse(yaml, displayName);
    Kubeconfig config;
    config.files.append(displayName);
    if (!root || root.IsNull()) {
        return config; // an empty file: kubectl treats it as a kubeconfig without contexts
    }
    if (!root.IsMap()) {
        throw Error(QStringLiteral("kubeconfig.invalid"),
            tr("%1 is not a kubeconfig: it holds no mapping of clusters, users and contexts.")
                .arg(displayName),
            tr("Choose the kubeconfig file of the cluster (usually ~/.kube/config, or the one "
               "downloaded from the container management page)."));
    }
    const YAML::Node contexts = root["contexts"];
    if (contexts && contexts.IsSequence()) {
        for (const YAML::Node &entry : contexts) {
            const YAML::Node name = entry.IsMap() ? entry["name"] : YAML::Node();
            if (name && name.IsScalar() && !name.Scalar().empty()) {
                const QString context = Yaml::toQString(name);
                if (!config.contexts.contains(context)) {
                    config.contexts.append(context);
                }
            }
        }
    }
    const YAML::Node current = root["current-context"];
    if (current && current.IsScalar()) {
        config.currentContext = Yaml::toQString(current);
    }
    return config;
}

Kubeconfig Kubeconfig::read(const QStringList &files)
{
    Kubeconfig merged;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.exists() && files.size() > 1) {
            continue; // kubectl skips missing entries of a KUBECONFIG list
        }
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(QStringLiteral("kubeconfig.missing"),
                tr("Cannot read the kubeconfig %1: %2.").arg(path, SystemError::of(file)),
                tr("Choose the kubeconfig file of the cluster, or copy it to ~/.kube/config."));
        }
        if (file.size() > MaxKubeconfigBytes) {
            throw Error(QStringLiteral("kubeconfig.invalid"),
                tr("%1 is %2 MiB: too large for a kubeconfig.")
                    .arg(path)
                    .arg(file.size() / (1024 * 1024)),
                tr("Choose the kubeconfig file of the cluster."));
        }
        merge(merged, parse(file.readAll(), path));
    }
    if (merged.files.isEmpty()) {
        throw Error(QStringLiteral("kubeconfig.missing"),
            tr("None of the kubeconfig files in KUBECONFIG exists: %1")
                .arg(files.join(QLatin1String(", "))),
            tr("Choose the kubeconfig file of the cluster."));
    }
    return merged;
}

} // namespace DceUpgrade
