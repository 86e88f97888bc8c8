#include "ImageInfo.h"

namespace DceUpgrade {

bool ImageInfo::layersCompressed() const
{
    // go-containerregistry decides by the first layer alone (tarball.areLayersCompressed).
    return layers.empty() || layers.front().compression != Compression::None;
}

qint64 ImageInfo::storedSize() const
{
    qint64 total = configSize;
    for (const LayerInfo &layer : layers) {
        total += layer.size;
    }
    for (const ImageInfo &platform : platforms) {
        total += platform.storedSize();
    }
    return total;
}

} // namespace DceUpgrade
