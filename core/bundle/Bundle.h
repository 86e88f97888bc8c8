#pragma once

#include "ChartInfo.h"
#include "ImageArchive.h"
#include "ImageHint.h"
#include "TarIndex.h"

#include <QString>

#include <optional>
#include <vector>

namespace DceUpgrade {

// One hint from hints.yaml and the image it renders to against the chart's merged values.
struct RenderedHint
{
    ImageHint hint;
    QString reference; // the rendered text, as charts-syncer writes it into RepoTags
    const ImageInfo *image = nullptr; // the image in images.tar it names
};

// One charts-syncer intermediate bundle (<chart>_<version>.bundle.tar), read in place.
struct Bundle
{
    // Where it is inside the package: one member name per tar level ("skoala_0.28.1.bundle.tar",
    // or "outer.tar", "x.bundle.tar" for nested packages); empty when the package is the bundle.
    QStringList memberChain;
    QString memberPath() const { return memberChain.join(QLatin1Char('/')); }
    QString displayName;
    FileRange range;
    TarIndex index;
    ChartInfo chart;
    QByteArray hintsYaml;
    std::vector<RenderedHint> hints;
    ImageArchive images;
};

} // namespace DceUpgrade
