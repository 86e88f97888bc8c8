#pragma once

#include "ChartPublisher.h"

#include "model/UpgradePlan.h"
#include "util/Error.h"

#include <QObject>

#include <memory>
#include <optional>

namespace DceUpgrade {

class HarborApi;
class RegistryClient;
struct Package;

// The chart half of the built-in sync, for the engine's chart.publish step and `dce-upgrade
// push --chart-target`: every chart of the package relocated as charts-syncer does
// (ChartRelocator, the plan's relocation rules) and published to the chart target:
//   harbor  https://HARBOR/chartrepo/PROJECT: Harbor <= 2.7's chart repository (HarborApi),
//   local   a directory (<name>-<version>.tgz),
//   oci     oci://REGISTRY/PROJECT (Harbor >= 2.8, any OCI registry), as `helm push` does.
// A chart version that is already in the target is left alone and reported: charts-syncer then
// skips that chart entirely, images included, which is why the images are pushed first here.
// `force` replaces it. Charts are published one after another; finished() comes once.
class ChartSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartSync)

public:
    struct Settings
    {
        RegistryTarget registry; // relocation rules, credentials' user, TLS settings
        QByteArray password;
        ChartTarget target = ChartTarget::None;
        QString repository; // the chart repository URL, oci:// reference, or directory
        QString workDirectory; // private scratch space (0700) for packages on their way out
        bool force = false;
    };

    ChartSync(const Package &package, Settings settings, QObject *parent = nullptr);
    ~ChartSync() override;

    void start();
    void cancel();

    int published() const { return m_published; }
    int alreadyThere() const { return m_alreadyThere; }

signals:
    void message(const QString &text); // translated, for the log
    void finished(const std::optional<DceUpgrade::Error> &failure);

private:
    void publishNext();
    void toHarbor(const RelocatedChart &chart);
    void done(const QString &what, const ChartPublishResult &result);
    void fail(const Error &error);
    RegistryTarget targetFor(const QUrl &url) const;

    const Package &m_package;
    Settings m_settings;
    std::size_t m_next = 0;
    std::unique_ptr<RegistryClient> m_client; // oci
    std::unique_ptr<HarborApi> m_harbor; // harbor
    int m_published = 0;
    int m_alreadyThere = 0;
    bool m_finished = false;
};

} // namespace DceUpgrade
