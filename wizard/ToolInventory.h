#pragma once

#include "tools/HelmVersion.h"

#include <QObject>
#include <QString>

#include <array>
#include <optional>

namespace DceUpgrade {
class ProcessRunner;
}

namespace DceUpgrade::Wizard {

// The tools of each sync and upgrade method, as found on this machine: path and the version the
// tool reports about itself. probe() asks every tool at once, in the background (ProcessRunner,
// no waitFor*), and changed() follows each answer. helm is the one the engine worker will run:
// $DCE_UPGRADE_HELM when set, else `helm` on PATH. GUI thread only.
class ToolInventory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolInventory)

public:
    enum class Tool { Helm, Kubectl, ChartsSyncer, Docker, Ctr, Ssh };
    static constexpr int ToolCount = 6;

    struct Found
    {
        bool probed = false; // an answer (or a failure to start) came back
        bool found = false; // the program is installed
        QString path;
        QString version; // first line of the tool's own version output
    };

    explicit ToolInventory(QObject *parent = nullptr);
    ~ToolInventory() override;

    void probe();
    bool isProbing() const { return m_running > 0; }
    const Found &found(Tool tool) const { return m_found[size_t(tool)]; }
    // helm's version when helm answered with one.
    std::optional<HelmVersion> helmVersion() const { return m_helmVersion; }

    // The program the tool is run as ("helm" or $DCE_UPGRADE_HELM, "charts-syncer", ...).
    static QString program(Tool tool);
    // What to tell someone who lacks it; translated.
    static QString howToGet(Tool tool);

signals:
    void changed();

private:
    void probeOne(Tool tool);

    std::array<Found, ToolCount> m_found;
    std::optional<HelmVersion> m_helmVersion;
    int m_running = 0;
};

} // namespace DceUpgrade::Wizard
