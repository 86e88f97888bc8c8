#include "ImageArchive.h"

#include "ImageReference.h"
#include "image/DockerManifest.h"
#include "util/Error.h"
#include "util/Hasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace DceUpgrade {

namespace {

constexpr qint64 MaxJson = 8 * 1024 * 1024;
constexpr QLatin1StringView OciIndex {"application/vnd.oci.image.index.v1+json"};
constexpr QLatin1StringView DockerManifestList {
    "application/vnd.docker.distribution.manifest.list.v2+json"};

// "sha256:<hex>", "<hex>.tar.gz", "<hex>.json", "blobs/sha256/<hex>", "<hex>/layer.tar"...:
// the digest a member name claims, or empty when the name claims none.
QString digestFromName(const QString &member)
{
    static const QRegularExpression hex(
        QStringLiteral("(?:^|[/:])([0-9a-f]{64})(?:\\.tar\\.gz|\\.json|\\.tar)?$"));
    const QRegularExpressionMatch match = hex.match(member);
    if (!match.hasMatch() || member.endsWith(QLatin1String("/layer.tar"))) {
        return {};
    }
    return QStringLiteral("sha256:") + match.captured(1);
}

QString blobMember(const QString &digest)
{
    return QStringLiteral("blobs/") + QString(digest).replace(QLatin1Char(':'), QLatin1Char('/'));
}

bool isValidDigest(const QString &digest)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return pattern.match(digest).hasMatch();
}

} // namespace

QString ImageArchive::formatName(Format format)
{
    switch (format) {
    case Format::Ggcr:
        return QStringLiteral("ggcr");
    case Format::DockerSave:
        return QStringLiteral("docker-save");
    case Format::DockerOci:
        return QStringLiteral("docker-oci");
    case Format::OciLayout:
        return QStringLiteral("oci-layout");
    }
    return {};
}

QString ImageArchive::describe(const QString &member) const
{
    return tr("%1: %2").arg(m_index.displayName(), member);
}

qint64 ImageArchive::descriptorSize(const QJsonObject &descriptor, const QString &member) const
{
    // Converting an arbitrary double to an integer is undefined beyond qint64's range, and a
    // size beyond 2^53 cannot be a real blob anyway.
    constexpr double MaxExactInteger = 9007199254740992.0;
    const QJsonValue value = descriptor.value(QLatin1String("size"));
    const double size = value.toDouble(-1);
    if (!value.isDouble() || !(size >= 0 && size <= MaxExactInteger) || size != std::floor(size)) {
        throw Error(QStringLiteral("images.invalid"),
            tr("%1 gives a blob size that is not a whole number of bytes.").arg(describe(member)),
            tr("The package is damaged. Download it again."));
    }
    return qint64(size);
}

ImageArchive ImageArchive::read(TarIndex index)
{
    ImageArchive archive;
    archive.m_index = std::move(index);
    const TarIndex &tar = archive.m_index;

    // Docker >= 25 writes an OCI layout *and* a manifest.json plus "repositories"; its OCI
    // manifests are not always complete, so its manifest.json is the one to trust. ctr export
    // writes no "repositories" and its OCI manifests are the real ones (bundle-format.md §2.4).
    const bool oci = tar.contains(QStringLiteral("oci-layout"));
    const bool dockerManifest = tar.contains(QStringLiteral("manifest.json"));
    if (oci && !(dockerManifest && tar.contains(QStringLiteral("repositories")))) {
        archive.m_format = Format::OciLayout;
        archive.readOciLayout();
    } else if (dockerManifest) {
        archive.m_format = oci ? Format::DockerOci : Format::Ggcr;
        archive.readDockerManifest();
    } else {
        throw Error(QStringLiteral("images.invalid"),
            tr("%1 has neither manifest.json nor oci-layout, so it is not an image "
               "archive.")
                .arg(tar.displayName()),
            tr("The package is damaged or was not made by charts-syncer. Download it "
               "again."));
    }
    return archive;
}

QByteArray ImageArchive::readVerifiedBlob(
    const QString &member, const QString &digest, qint64 size, const QString &what) const
{
    const QByteArray data = m_index.readFile(member, MaxJson);
    const QString actual = Hasher::sha256Digest(data);
    if ((!digest.isEmpty() && actual != digest) || (size >= 0 && data.size() != size)) {
        throw Error(QStringLiteral("images.bad-digest"),
            tr("%1 (%2) does not match its digest: expected %3 (%4 bytes), found %5 (%6 "
               "bytes).")
                .arg(describe(member), what, digest)
                .arg(size)
                .arg(actual)
                .arg(data.size()),
            tr("The package is damaged. Download it again and compare its checksum."));
    }
    return data;
}

void ImageArchive::readConfig(
    ImageInfo &image, const QString &member, const QString &claimedDigest) const
{
    const QByteArray config = readVerifiedBlob(member, claimedDigest, -1, tr("image config"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(config, &parseError);
    if (!doc.isObject()) {
        throw Error(QStringLiteral("images.invalid"),
            tr("%1 is not a valid image config (%2).")
                .arg(describe(member), parseError.errorString()),
            tr("The package is damaged. Download it again."));
    }
    const QJsonObject object = doc.object();
    image.configMember = member;
    image.configDigest = Hasher::sha256Digest(config);
    image.configSize = config.size();
    image.os = object.value(QLatin1String("os")).toString();
    image.architecture = object.value(QLatin1String("architecture")).toString();

    const QJsonArray diffIds = object.value(QLatin1String("rootfs"))
                                   .toObject()
                                   .value(QLatin1String("diff_ids"))
                                   .toArray();
    if (!image.layers.empty() && qsizetype(image.layers.size()) != diffIds.size()) {
        throw Error(QStringLiteral("images.invalid"),
            tr("%1 lists %2 layers but the image has %3.")
                .arg(describe(member))
                .arg(diffIds.size())
                .arg(image.layers.size()),
            tr("The package is damaged. Download it again."));
    }
    for (size_t i = 0; i < image.layers.size(); ++i) {
        image.layers[i].diffId = diffIds.at(qsizetype(i)).toString();
    }
}

Compression ImageArchive::peekCompression(const QString &member) const
{
    unsigned char magic[4] = {};
    const FileRange range = m_index.open(member);
    const qint64 n = range.read(0, reinterpret_cast<char *>(magic), 4);
    if (n >= 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
        return Compression::Gzip;
    }
    if (n >= 4 && magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f && magic[3] == 0xfd) {
        return Compression::Zstd;
    }
    return Compression::None;
}

void ImageArchive::readDockerManifest()
{
    const QString manifestName = QStringLiteral("manifest.json");
    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(m_index.readFile(manifestName, MaxJson), &parseError);
    if (!doc.isArray()) {
        throw Error(QStringLiteral("images.invalid"),
            tr("%1 is not a JSON list of images (%2).")
                .arg(describe(manifestName), parseError.errorString()),
            tr("The package is damaged. Download it again."));
    }

    bool ggcrNames = true;
    bool legacyLayout = false;
    for (const QJsonValue &entryValue : doc.array()) {
        const QJsonObject entry = entryValue.toObject();
        ImageInfo image;
        for (const QJsonValue &tag : entry.value(QLatin1String("RepoTags")).toArray()) {
            image.references.append(tag.toString());
        }
        if (!entry.value(QLatin1String("LayerSources")).toObject().isEmpty()) {
            throw Error(QStringLiteral("images.unsupported"),
                tr("%1: the image %2 has foreign (non-distributable) layers, which "
                   "offline upgrades do not support.")
                    .arg(m_index.displayName(), image.references.join(QLatin1String(", "))),
                tr("Ask DaoCloud for a package without Windows or foreign layers."));
        }

        const QString configMember = entry.value(QLatin1String("Config")).toString();
        ggcrNames = ggcrNames && configMember.startsWith(QLatin1String("sha256:"));
        for (const QJsonValue &layerValue : entry.value(QLatin1String("Layers")).toArray()) {
            LayerInfo layer;
            layer.member = layerValue.toString();
            const TarMember &stored = m_index.resolveFile(layer.member);
            layer.size = stored.size;
            layer.compression = peekCompression(layer.member);
            layer.digest = digestFromName(layer.member);
            legacyLayout = legacyLayout || layer.member.endsWith(QLatin1String("/layer.tar"));
            image.layers.push_back(layer);
        }
        readConfig(image, configMember, digestFromName(configMember));
        image.configMediaType = DockerManifest::ConfigMediaType;

        const bool compressed = image.layersCompressed();
        for (LayerInfo &layer : image.layers) {
            if (layer.compression == Compression::None) {
                // Stored uncompressed: the stored bytes are the diff, so their digest is the
                // diff_id the config already states.
                layer.digest = layer.diffId;
                layer.mediaType = QStringLiteral("application/vnd.docker.image.rootfs.diff.tar");
                if (compressed) {
                    m_warnings.append(
                        tr("%1: the first layer is compressed but %2 is not; "
                           "charts-syncer would push it with a wrong media type.")
                            .arg(image.references.join(QLatin1String(", ")), layer.member));
                }
            } else {
                // go-containerregistry declares gzip for every compressed layer, zstd included.
                layer.mediaType = DockerManifest::LayerMediaType;
                if (layer.digest.isEmpty()) {
                    layer.digest = QStringLiteral("sha256:")
                        + Hasher::hashRange(m_index.open(layer.member), Hasher::Algorithm::Sha256);
                }
            }
        }
        if (compressed) {
            std::vector<BlobDescriptor> layers;
            for (const LayerInfo &layer : image.layers) {
                layers.push_back({DockerManifest::LayerMediaType, layer.size, layer.digest});
            }
            image.manifest = DockerManifest::serialize(
                {image.configMediaType, image.configSize, image.configDigest}, layers);
            image.manifestDigest = Hasher::sha256Digest(image.manifest);
            image.manifestMediaType = DockerManifest::MediaType;
        }
        m_images.push_back(std::move(image));
    }

    if (m_format != Format::DockerOci) {
        m_format = ggcrNames && !legacyLayout ? Format::Ggcr : Format::DockerSave;
    }
}

void ImageArchive::readOciLayout()
{
    const QString indexName = QStringLiteral("index.json");
    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(m_index.readFile(indexName, MaxJson), &parseError);
    if (!doc.isObject()) {
        throw Error(QStringLiteral("images.invalid"),
            tr("%1 is not a valid OCI index (%2).")
                .arg(describe(indexName), parseError.errorString()),
            tr("The package is damaged. Download it again."));
    }
    for (const QJsonValue &value : doc.object().value(QLatin1String("manifests")).toArray()) {
        const QJsonObject descriptor = value.toObject();
        const QJsonObject annotations = descriptor.value(QLatin1String("annotations")).toObject();
        QStringList references;
        // containerd names the image in full; the OCI annotation is often only the tag.
        const QString containerdName
            = annotations.value(QLatin1String("io.containerd.image.name")).toString();
        const QString ociName
            = annotations.value(QLatin1String("org.opencontainers.image.ref.name")).toString();
        if (!containerdName.isEmpty()) {
            references.append(containerdName);
        } else if (ociName.contains(QLatin1Char('/')) && ImageReference::isValid(ociName)) {
            references.append(ociName);
        }
        // One manifest under several names is one image with several references.
        const QString digest = descriptor.value(QLatin1String("digest")).toString();
        const auto same = std::find_if(m_images.begin(), m_images.end(),
            [&](const ImageInfo &image) { return image.manifestDigest == digest; });
        if (same != m_images.end()) {
            for (const QString &reference : std::as_const(references)) {
                if (!same->references.contains(reference)) {
                    same->references.append(reference);
                }
            }
            continue;
        }
        m_images.push_back(readOciManifest(descriptor.value(QLatin1String("digest")).toString(),
            descriptorSize(descriptor, QStringLiteral("index.json")),
            descriptor.value(QLatin1String("mediaType")).toString(), references, 0));
    }
}

ImageInfo ImageArchive::readOciManifest(const QString &digest, qint64 size,
    const QString &mediaType, const QStringList &references, int depth)
{
    if (!isValidDigest(digest) || depth > 2) {
        throw Error(QStringLiteral("images.invalid"),
            tr("%1 refers to \"%2\", which is not a sha256 digest.")
                .arg(describe(QStringLiteral("index.json")), digest),
            tr("The package is damaged. Download it again."));
    }
    const QString member = blobMember(digest);
    const QByteArray bytes = readVerifiedBlob(member, digest, size, tr("manifest"));
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();

    ImageInfo image;
    image.references = references;
    image.manifest = bytes;
    image.manifestDigest = digest;
    image.manifestMediaType
        = mediaType.isEmpty() ? object.value(QLatin1String("mediaType")).toString() : mediaType;

    if (image.manifestMediaType == OciIndex || image.manifestMediaType == DockerManifestList) {
        for (const QJsonValue &child : object.value(QLatin1String("manifests")).toArray()) {
            const QJsonObject d = child.toObject();
            ImageInfo platform = readOciManifest(d.value(QLatin1String("digest")).toString(),
                descriptorSize(d, member), d.value(QLatin1String("mediaType")).toString(),
                references, depth + 1);
            image.platforms.push_back(std::move(platform));
        }
        return image;
    }

    const QJsonObject config = object.value(QLatin1String("config")).toObject();
    for (const QJsonValue &layerValue : object.value(QLatin1String("layers")).toArray()) {
        const QJsonObject d = layerValue.toObject();
        LayerInfo layer;
        layer.digest = d.value(QLatin1String("digest")).toString();
        layer.mediaType = d.value(QLatin1String("mediaType")).toString();
        layer.size = descriptorSize(d, member);
        if (!isValidDigest(layer.digest)) {
            throw Error(QStringLiteral("images.invalid"),
                tr("%1 lists a layer with the invalid digest \"%2\".")
                    .arg(describe(member), layer.digest),
                tr("The package is damaged. Download it again."));
        }
        layer.member = blobMember(layer.digest);
        const TarMember &stored = m_index.resolveFile(layer.member);
        if (stored.size != layer.size) {
            throw Error(QStringLiteral("images.bad-digest"),
                tr("%1 is %2 bytes but its manifest says %3.")
                    .arg(describe(layer.member))
                    .arg(stored.size)
                    .arg(layer.size),
                tr("The package is damaged. Download it again."));
        }
        layer.compression = peekCompression(layer.member);
        image.layers.push_back(layer);
    }
    const QString configDigest = config.value(QLatin1String("digest")).toString();
    if (!isValidDigest(configDigest)) {
        throw Error(QStringLiteral("images.invalid"),
            tr("%1 has no valid config digest.").arg(describe(member)),
            tr("The package is damaged. Download it again."));
    }
    readConfig(image, blobMember(configDigest), configDigest);
    image.configMediaType = config.value(QLatin1String("mediaType")).toString();
    return image;
}

qint64 ImageArchive::uniqueBlobBytes() const
{
    QSet<QString> seen;
    qint64 total = 0;
    const std::function<void(const ImageInfo &)> add = [&](const ImageInfo &image) {
        if (!image.configDigest.isEmpty() && !seen.contains(image.configDigest)) {
            seen.insert(image.configDigest);
            total += image.configSize;
        }
        for (const LayerInfo &layer : image.layers) {
            if (!seen.contains(layer.digest)) {
                seen.insert(layer.digest);
                total += layer.size;
            }
        }
        for (const ImageInfo &platform : image.platforms) {
            add(platform);
        }
    };
    for (const ImageInfo &image : m_images) {
        add(image);
    }
    return total;
}

const ImageInfo *ImageArchive::find(const ImageReference &reference) const
{
    for (const ImageInfo &image : m_images) {
        if (!reference.digest().isEmpty() && image.manifestDigest == reference.digest()) {
            return &image;
        }
        for (const QString &text : image.references) {
            if (ImageReference::isValid(text) && ImageReference::parse(text) == reference) {
                return &image;
            }
        }
    }
    return nullptr;
}

std::vector<const LayerInfo *> ImageArchive::distinctLayers() const
{
    std::vector<const LayerInfo *> layers;
    QSet<QString> seen;
    const std::function<void(const ImageInfo &)> collect = [&](const ImageInfo &image) {
        for (const LayerInfo &layer : image.layers) {
            if (!seen.contains(layer.member)) {
                seen.insert(layer.member);
                layers.push_back(&layer);
            }
        }
        for (const ImageInfo &platform : image.platforms) {
            collect(platform);
        }
    };
    for (const ImageInfo &image : m_images) {
        collect(image);
    }
    return layers;
}

qint64 ImageArchive::distinctLayerBytes() const
{
    qint64 bytes = 0;
    for (const LayerInfo *layer : distinctLayers()) {
        bytes += layer->size;
    }
    return bytes;
}

bool ImageArchive::verifyLayers(const Progress &progress, const std::atomic_bool *cancel) const
{
    const std::vector<const LayerInfo *> layers = distinctLayers();
    qint64 total = 0;
    for (const LayerInfo *layer : layers) {
        total += layer->size;
    }
    qint64 before = 0;
    for (const LayerInfo *layer : layers) {
        const QString hex = Hasher::hashRange(
            m_index.open(layer->member), Hasher::Algorithm::Sha256,
            [&](qint64 done, qint64) {
                if (progress) {
                    progress(before + done, total);
                }
            },
            cancel);
        if (hex.isEmpty()) {
            return false;
        }
        const QString actual = QStringLiteral("sha256:") + hex;
        if (actual != layer->digest) {
            throw Error(QStringLiteral("images.bad-digest"),
                tr("%1 does not match its digest: expected %2, found %3.")
                    .arg(describe(layer->member), layer->digest, actual),
                tr("The package is damaged. Download it again and compare its "
                   "checksum."));
        }
        before += layer->size;
    }
    return true;
}

} // namespace DceUpgrade
