#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace DceUpgrade {

struct BlobDescriptor
{
    QString mediaType;
    qint64 size = 0;
    QString digest; // "sha256:<hex>"
};

// The Docker schema 2 image manifest exactly as charts-syncer pushes it: relok8s' canonical
// wrapper marshals it with Go's json.MarshalIndent(m, "", "   ") (three spaces, fixed key order,
// no trailing newline, bundle-format.md §2.3). Same bytes, same digest; QJsonDocument cannot do
// this (it sorts keys and indents by four), so the text is written by hand.
struct DockerManifest
{
    static constexpr QLatin1StringView MediaType {
        "application/vnd.docker.distribution.manifest.v2+json"};
    static constexpr QLatin1StringView ConfigMediaType {
        "application/vnd.docker.container.image.v1+json"};
    static constexpr QLatin1StringView LayerMediaType {
        "application/vnd.docker.image.rootfs.diff.tar.gzip"};

    static QByteArray serialize(
        const BlobDescriptor &config, const std::vector<BlobDescriptor> &layers);
};

} // namespace DceUpgrade
