#pragma once

#include "Relocator.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace DceUpgrade {

struct Bundle;
struct ImageInfo;
class ImageHint;

// One image of a bundle and where the sync puts it.
struct RelocatedImage
{
    QString source; // as rendered from the hint (and stored in RepoTags)
    const ImageHint *hint = nullptr;
    const ImageInfo *image = nullptr;
    Relocation relocation;

    // Every distinct image of the bundle relocated by `relocator`, in hint order; images whose
    // hint repeats an earlier target are listed once (relok8s pushes duplicates once).
    static std::vector<RelocatedImage> forBundle(const Bundle &bundle, const Relocator &relocator);
};

// The value of an image-registry key (global.imageRegistry) that makes every image of a chart
// resolve to where the sync pushed it (bundle-format.md §6.6). For a chart already relocated by
// charts-syncer (helm repo path) it is the target registry; for original-chart/ (chart package
// path) it is whatever prefix turns each original repository value into the pushed name.
struct ImageRegistryValue
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ImageRegistryValue)

public:
    QString value;
    QStringList conflicts; // translated: images that no single value can reach

    static ImageRegistryValue compute(const Bundle &bundle, const Relocator &relocator,
        const QString &key, bool chartIsRelocated);
};

} // namespace DceUpgrade
