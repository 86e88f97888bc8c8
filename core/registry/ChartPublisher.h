#pragma once

#include "ChartRelocator.h"
#include "RegistryClient.h"

#include "model/UpgradePlan.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace DceUpgrade {

// Where a relocated chart goes. `kind` is the plan's ChartTarget:
//   Local   <directory>/<name>-<version>.tgz, as charts-syncer's LOCAL repo (bundle-format.md
//   §3.9); Oci     oci://<registry>/<ociNamespace>/<name>:<version>, as `helm push` does (Harbor
//   >= 2.8,
//           which has no chart repository any more, §3.8);
//   Harbor  Harbor <= 2.7's ChartMuseum upload: done by HarborApi, not here.
struct ChartDestination
{
    ChartTarget kind = ChartTarget::Local;
    QString directory; // Local
    QString ociNamespace; // Oci: the Harbor project (or any repository path prefix)
};

struct ChartPublishResult
{
    enum class Outcome {
        Published, // it was not there; now it is
        AlreadyThere, // that version exists and was left alone (charts-syncer skips it)
        Replaced, // it existed and `force` overwrote it
    };
    Outcome outcome = Outcome::Published;
    QString location; // the file, or oci://registry/namespace/name:tag
    QString digest; // Oci: the manifest digest now (or already) behind the tag
};

// Publishes a RelocatedChart. A version that is already there is never overwritten unless
// `force`: charts-syncer skips such charts (and their images), and a chart version is meant to
// be immutable. Stateless: every call is independent.
class ChartPublisher final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ChartPublisher)

public:
    using Done = std::function<void(
        const std::optional<ChartPublishResult> &, const std::optional<DceUpgrade::Error> &)>;

    static constexpr const char *ConfigMediaType = "application/vnd.cncf.helm.config.v1+json";
    static constexpr const char *ChartLayerMediaType
        = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
    static constexpr const char *ManifestMediaType = "application/vnd.oci.image.manifest.v1+json";

    // Writes <directory>/<name>-<version>.tgz (0644; missing directories are made 0755) through
    // a temporary file in the same directory, so a reader never sees half a chart. Synchronous.
    // Throws Error (chart.publish-local) saying what to fix.
    static ChartPublishResult publishLocal(
        const RelocatedChart &chart, const QString &directory, bool force);

    // Pushes the chart as a Helm OCI artifact: config blob = the chart metadata JSON, one layer =
    // the .tgz, an OCI image manifest with helm's annotations, tagged with the chart version ('+'
    // becomes '_', as helm does), in repository <ociNamespace>/<name>. The blobs are written to
    // `workDirectory` (0600 files, removed afterwards) because uploads stream from disk. `done`
    // runs exactly once, on the client's thread, after the last request; the client must
    // outlive it.
    static void publishOci(RegistryClient &client, const RelocatedChart &chart,
        const QString &ociNamespace, const QString &workDirectory, bool force, Done done);

    // Either of the above by `destination.kind`; Harbor and None fail with
    // chart.target-unsupported (the chart repository upload lives in HarborApi). `client` is
    // needed for Oci only. `done` runs once, from the event loop, never inside this call.
    static void publish(RegistryClient *client, const RelocatedChart &chart,
        const ChartDestination &destination, const QString &workDirectory, bool force, Done done);

    // helm's tag for a chart version (OCI tags cannot hold '+').
    static QString ociTag(const QString &version);
    // The manifest helm push writes (oras-go: schemaVersion, mediaType, config, layers,
    // annotations; compact JSON).
    static QByteArray ociManifest(const RelocatedChart &chart, const QString &configDigest,
        qint64 configSize, const QString &chartDigest, qint64 chartSize);
};

} // namespace DceUpgrade
