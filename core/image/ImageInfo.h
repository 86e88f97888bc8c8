#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace DceUpgrade {

// Image-format types: what one image is made of (config, layers, manifest), as an image archive
// stores it (bundle/ImageArchive reads it) and a registry push sends it (registry/ImagePusher).
enum class Compression { None, Gzip, Zstd };

struct LayerInfo
{
    QString member; // the images.tar member holding the blob as stored
    qint64 size = 0; // stored size
    QString digest; // sha256 of the stored bytes ("sha256:<hex>"), as the archive claims it
    QString diffId; // sha256 of the uncompressed tar, from the image config
    QString mediaType; // what a registry push declares for this blob
    Compression compression = Compression::None;
};

struct ImageInfo
{
    QStringList references; // as stored in the archive (RepoTags or OCI names), un-normalised
    QString configMember;
    QString configDigest;
    qint64 configSize = 0;
    QString configMediaType;
    QString os;
    QString architecture;
    std::vector<LayerInfo> layers;

    // The manifest a push sends, byte for byte, and its digest. For Docker-format archives with
    // compressed layers this is the 3-space schema 2 manifest charts-syncer builds; for OCI
    // layouts it is the stored manifest blob. Empty when the layers are stored uncompressed:
    // they must be compressed before a push, and then no tool reproduces charts-syncer's digests.
    QByteArray manifest;
    QString manifestDigest;
    QString manifestMediaType;

    // For a multi-platform OCI index: the index bytes above, and one entry per platform here.
    std::vector<ImageInfo> platforms;

    bool layersCompressed() const;
    // Config plus layers, as stored (what a push sends at most).
    qint64 storedSize() const;
};

} // namespace DceUpgrade
