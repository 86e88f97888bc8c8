#include "PackageJson.h"

#include "PackageReader.h"

#include <QJsonArray>

namespace DceUpgrade {

namespace {

QString compressionName(Compression compression)
{
    switch (compression) {
    case Compression::Gzip:
        return QStringLiteral("gzip");
    case Compression::Zstd:
        return QStringLiteral("zstd");
    case Compression::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject imageJson(const ImageInfo &image)
{
    QJsonObject object;
    object.insert(QStringLiteral("references"), QJsonArray::fromStringList(image.references));
    object.insert(QStringLiteral("configDigest"), image.configDigest);
    object.insert(QStringLiteral("manifestDigest"),
        image.manifestDigest.isEmpty() ? QJsonValue() : QJsonValue(image.manifestDigest));
    object.insert(QStringLiteral("manifestMediaType"), image.manifestMediaType);
    object.insert(QStringLiteral("platform"),
        image.os.isEmpty() ? QString() : image.os + QLatin1Char('/') + image.architecture);
    object.insert(QStringLiteral("size"), double(image.storedSize()));
    QJsonArray layers;
    for (const LayerInfo &layer : image.layers) {
        layers.append(QJsonObject {{QStringLiteral("digest"), layer.digest},
            {QStringLiteral("diffId"), layer.diffId}, {QStringLiteral("size"), double(layer.size)},
            {QStringLiteral("mediaType"), layer.mediaType},
            {QStringLiteral("compression"), compressionName(layer.compression)}});
    }
    object.insert(QStringLiteral("layers"), layers);
    if (!image.platforms.empty()) {
        QJsonArray platforms;
        for (const ImageInfo &platform : image.platforms) {
            platforms.append(imageJson(platform));
        }
        object.insert(QStringLiteral("platforms"), platforms);
    }
    return object;
}

} // namespace

QJsonObject PackageJson::toJson(const Package &package)
{
    QJsonObject root;
    root.insert(QStringLiteral("package"), package.path);
    root.insert(QStringLiteral("size"), double(package.size));
    root.insert(QStringLiteral("isBundle"), package.isBundle);
    root.insert(QStringLiteral("isDirectory"), package.isDirectory);
    if (package.checksum) {
        root.insert(QStringLiteral("checksum"),
            QJsonObject {{QStringLiteral("file"), package.checksum->path},
                {QStringLiteral("algorithm"), package.checksum->algorithmName()},
                {QStringLiteral("expected"), package.checksum->expectedHex}});
    } else {
        root.insert(QStringLiteral("checksum"), QJsonValue());
    }

    QJsonArray bundles;
    for (const auto &bundle : package.bundles) {
        QJsonObject b;
        b.insert(QStringLiteral("member"), bundle->memberPath());
        b.insert(QStringLiteral("chart"),
            QJsonObject {{QStringLiteral("name"), bundle->chart.name},
                {QStringLiteral("version"), bundle->chart.version},
                {QStringLiteral("appVersion"), bundle->chart.appVersion},
                {QStringLiteral("hasCrds"), bundle->chart.hasCrds}});
        b.insert(QStringLiteral("format"), ImageArchive::formatName(bundle->images.format()));
        b.insert(QStringLiteral("imageBytes"), double(bundle->images.uniqueBlobBytes()));
        QJsonArray images;
        for (const ImageInfo &image : bundle->images.images()) {
            images.append(imageJson(image));
        }
        b.insert(QStringLiteral("images"), images);
        QJsonArray hints;
        for (const RenderedHint &hint : bundle->hints) {
            hints.append(QJsonObject {{QStringLiteral("pattern"), hint.hint.pattern()},
                {QStringLiteral("reference"), hint.reference}});
        }
        b.insert(QStringLiteral("hints"), hints);
        b.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(bundle->images.warnings()));
        bundles.append(b);
    }
    root.insert(QStringLiteral("bundles"), bundles);
    return root;
}

} // namespace DceUpgrade
