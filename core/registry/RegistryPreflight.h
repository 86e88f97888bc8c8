#pragma once

#include "model/UpgradePlan.h"
#include "util/Error.h"

#include <QObject>

#include <memory>
#include <optional>

namespace DceUpgrade {

class HarborApi;
class RegistryClient;

// What is checked before anything long starts, for the engine's registry.check step and for
// `dce-upgrade push`: the registry answers and accepts the account (the ping also learns how
// it authenticates), and on Harbor the chart target fits the version (2.8 and later have no
// chart repository) and the project exists (created, private, on request); then that the
// account may push to the target repository. Nothing is written but a project asked for.
// finished() comes once.
class RegistryPreflight final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryPreflight)

public:
    struct Settings
    {
        RegistryTarget registry;
        QByteArray password;
        QString repository; // where the first image goes ("PROJECT/..."); empty: no images
        bool createProject = false;
        ChartTarget chartTarget = ChartTarget::None;
        QString chartRepoUrl; // for the message when Harbor has no chart repository
        // Open and cancel an upload session to prove the push right before a long run starts.
        // `push` leaves it out: its own first upload fails as early, and a rerun that finds
        // everything in place then sends no write at all.
        bool provePushRight = true;
    };

    // `client` is the one the push then uses: it keeps what the ping learnt.
    RegistryPreflight(RegistryClient &client, Settings settings, QObject *parent = nullptr);
    ~RegistryPreflight() override;

    void start();

signals:
    void message(const QString &text);
    void finished(const std::optional<DceUpgrade::Error> &failure);

private:
    void checkHarbor();
    void checkProject(const QString &project);
    void checkPushRight();
    void finish(const std::optional<Error> &failure);

    RegistryClient &m_client;
    Settings m_settings;
    std::unique_ptr<HarborApi> m_harbor;
    bool m_done = false;
};

} // namespace DceUpgrade
