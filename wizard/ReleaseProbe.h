#pragma once

#include "engine/ProcessRunner.h"
#include "tools/HelmVersion.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace DceUpgrade::Wizard {

class HelmHome;

// What the clusters run now, for the Review page: for each release on each cluster of a plan,
// `helm status` (is it there, can the cluster be reached), `helm history -o json` (revision,
// state and chart version now) and `helm get values -o yaml` (image tags pinned in the values
// the upgrade keeps). Read-only; every target in parallel, in the background (ProcessRunner with
// a private helm configuration); GUI thread object.
//
// changed() follows every finding as it comes in; finished() ends each start() exactly once,
// after the last finding. start() abandons a probe still running; cancel() ends it silently.
// Nothing here decides: the engine checks the releases again before it changes anything.
class ReleaseProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseProbe)

public:
    struct Target
    {
        QString name; // "skoala", "skoala-init@worker-1"
        QString release;
        QString namespaceName;
        QString context; // empty: the kubeconfig's current context
        QString targetVersion; // the chart version the plan installs
    };

    struct Finding
    {
        enum class State { Probing, Deployed, NotInstalled, Unreachable, Failed };

        Target target;
        State state = State::Probing;
        int revision = 0;
        QString status; // deployed, failed, pending-upgrade, ...
        QString chartVersion;
        QStringList pinnedImages; // "hive.image.tag = v0.27.0"
        QString message; // helm's words when not Deployed

        // The plan installs an older chart version than the one running.
        bool isDowngrade() const;
    };

    struct Settings
    {
        QString helmProgram = QStringLiteral("helm");
        HelmVersion helm;
        QString kubeconfig; // empty: helm's own default
    };

    explicit ReleaseProbe(QObject *parent = nullptr);
    ~ReleaseProbe() override;

    void start(const Settings &settings, const std::vector<Target> &targets);
    void cancel();
    bool isBusy() const { return m_pending > 0; }
    const std::vector<Finding> &findings() const { return m_findings; }

    static constexpr int CommandTimeoutMs = 30000;

signals:
    void changed();
    void finished();

private:
    enum class Stage { Status, History, Values };

    void run(std::size_t index, Stage stage);
    void onResult(std::size_t index, Stage stage, const ProcessRunner::Result &result);
    // Why a command did not answer, or an empty string when it ran to its end.
    static QString notAnswered(const ProcessRunner::Result &result);
    void done(std::size_t index);

    Settings m_settings;
    std::unique_ptr<HelmHome> m_home;
    std::vector<Finding> m_findings;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace DceUpgrade::Wizard
