#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace DceUpgrade {

// The values file `helm upgrade -f` gets: the release's own values as backed up, with the
// profile's image-registry keys pointing at the target registry and every other value kept.
struct UpgradeValues
{
    struct Change
    {
        QString key;
        QString from; // empty when the key was not set
        QString to;
    };

    QByteArray yaml;
    std::vector<Change> changes;
    // "path = value" of image tags pinned in the values: they keep the release on old images.
    QStringList pinnedImages;
    // Keys renamed by a version note: "global.keycloak → global.keycloakx".
    QStringList renamed;
    // Keys left as they were because the new name is there too: "global.keycloak".
    QStringList renameConflicts;

    using KeyRenames = std::vector<std::pair<QString, QString>>;

    // `backup` is `helm get values -o yaml` output ("null" when the release has none).
    // Throws Error (yaml.invalid).
    // `renames` (old -> new) apply to every mapping key of that name at any depth, before the
    // registry keys are set.
    static UpgradeValues fromBackup(const QByteArray &backup, const QString &displayName,
        const QStringList &registryKeys, const QString &registry, const KeyRenames &renames = {});
};

} // namespace DceUpgrade
