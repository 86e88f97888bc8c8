#pragma once

#include "TarIndex.h"
#include "image/ImageInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace DceUpgrade {

class ImageReference;

// The images inside a bundle's images.tar, read from the tar's table of contents, manifest.json
// or index.json, and the (small) image configs. Layer data is never read here except the first
// bytes of each layer, to tell compressed from uncompressed. Accepts the formats of
// bundle-format.md §2.4. Immutable after read().
class ImageArchive final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ImageArchive)

public:
    enum class Format { Ggcr, DockerSave, DockerOci, OciLayout };

    // Throws Error: images.invalid, images.missing-member, images.bad-digest, yaml/json errors.
    static ImageArchive read(TarIndex index);

    Format format() const { return m_format; }
    static QString formatName(Format format);
    const TarIndex &index() const { return m_index; }
    const std::vector<ImageInfo> &images() const { return m_images; }
    // Things a person should know that do not stop reading (mixed compression, ...).
    const QStringList &warnings() const { return m_warnings; }

    // Bytes of all distinct blobs (shared layers counted once).
    qint64 uniqueBlobBytes() const;

    // The image whose references include `reference` once both are normalised, or nullptr.
    const ImageInfo *find(const ImageReference &reference) const;

    // Every layer once (images share layers), in the order of the images: what verifyLayers()
    // hashes and a push sends at most.
    std::vector<const LayerInfo *> distinctLayers() const;
    qint64 distinctLayerBytes() const;

    // Hashes every distinct layer and compares it with the digest the archive claims. Progress
    // gets (bytes done, total). Returns false when canceled; throws Error (images.bad-digest).
    using Progress = std::function<void(qint64, qint64)>;
    bool verifyLayers(
        const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) const;

private:
    void readDockerManifest();
    void readOciLayout();
    ImageInfo readOciManifest(const QString &digest, qint64 size, const QString &mediaType,
        const QStringList &references, int depth);
    QByteArray readVerifiedBlob(
        const QString &member, const QString &digest, qint64 size, const QString &what) const;
    void readConfig(ImageInfo &image, const QString &member, const QString &claimedDigest) const;
    Compression peekCompression(const QString &member) const;
    QString describe(const QString &member) const;
    // A descriptor's "size": a whole number of bytes JSON can hold exactly (0..2^53), else
    // images.invalid naming `member`, the file that holds the descriptor.
    qint64 descriptorSize(const QJsonObject &descriptor, const QString &member) const;

    TarIndex m_index;
    Format m_format = Format::Ggcr;
    std::vector<ImageInfo> m_images;
    QStringList m_warnings;
};

} // namespace DceUpgrade
