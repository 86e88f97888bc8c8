#include "ToolInventory.h"

#include "engine/ProcessRunner.h"
#include "tools/HelmCommands.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace DceUpgrade::Wizard {

namespace {

CommandLine versionCommand(ToolInventory::Tool tool)
{
    const QString program = ToolInventory::program(tool);
    switch (tool) {
    case ToolInventory::Tool::Helm:
        return HelmCommands(HelmVersion {}, program).versionQuery();
    case ToolInventory::Tool::Kubectl:
        return CommandLine(program, {QStringLiteral("version"), QStringLiteral("--client")});
    case ToolInventory::Tool::ChartsSyncer:
        return CommandLine(program, {QStringLiteral("--version")});
    case ToolInventory::Tool::Docker:
    case ToolInventory::Tool::Ctr:
        return CommandLine(program, {QStringLiteral("--version")});
    case ToolInventory::Tool::Ssh:
        return CommandLine(program, {QStringLiteral("-V")}); // answers on stderr
    }
    return CommandLine(program);
}

} // namespace

ToolInventory::ToolInventory(QObject *parent)
    : QObject(parent)
{ }

ToolInventory::~ToolInventory() = default;

QString ToolInventory::program(Tool tool)
{
    switch (tool) {
    case Tool::Helm:
        return HelmCommands::defaultProgram();
    case Tool::Kubectl:
        return QStringLiteral("kubectl");
    case Tool::ChartsSyncer:
        return QStringLiteral("charts-syncer");
    case Tool::Docker:
        return QStringLiteral("docker");
    case Tool::Ctr:
        return QStringLiteral("ctr");
    case Tool::Ssh:
        return QStringLiteral("ssh");
    }
    return {};
}

QString ToolInventory::howToGet(Tool tool)
{
    switch (tool) {
    case Tool::Helm:
        return tr("Copy the helm binary (3.7 or later) from the DCE offline package or the "
                  "cluster's master node to /usr/local/bin.");
    case Tool::Kubectl:
        return tr("Copy kubectl from the cluster's master node to /usr/local/bin.");
    case Tool::ChartsSyncer:
        return tr("Copy charts-syncer from the DCE installer's offline package to "
                  "/usr/local/bin, or use the built-in sync, which needs no extra tool.");
    case Tool::Docker:
        return tr("Install Docker, or use the built-in sync, which needs no daemon.");
    case Tool::Ctr:
        return tr("ctr comes with containerd on the cluster's nodes; this machine only needs "
                  "ssh to reach them.");
    case Tool::Ssh:
        return tr("Install the OpenSSH client (package openssh-client).");
    }
    return {};
}

void ToolInventory::probe()
{
    if (m_running > 0) {
        return;
    }
    for (int i = 0; i < ToolCount; ++i) {
        probeOne(Tool(i));
    }
    // The tools that are not installed are known at once.
    emit changed();
}

void ToolInventory::probeOne(Tool tool)
{
    Found &found = m_found[size_t(tool)];
    found = Found();
    const QString program = ToolInventory::program(tool);
    // A path (from $DCE_UPGRADE_HELM) counts only when it is a program one may run.
    const QFileInfo named(program);
    found.path = !program.contains(QLatin1Char('/')) ? QStandardPaths::findExecutable(program)
        : named.isFile() && named.isExecutable()     ? program
                                                     : QString();
    if (found.path.isEmpty()) {
        found.probed = true;
        if (tool == Tool::Helm) {
            m_helmVersion.reset();
        }
        return;
    }
    found.found = true;
    ++m_running;
    auto *runner = new ProcessRunner(this);
    auto firstLine = std::make_shared<QString>();
    connect(runner, &ProcessRunner::outputLine, this,
        [firstLine](const QString &, const QString &line) {
            if (firstLine->isEmpty() && !line.trimmed().isEmpty()) {
                *firstLine = line.trimmed();
            }
        });
    connect(runner, &ProcessRunner::finished, this,
        [this, runner, tool, firstLine](const ProcessRunner::Result &result) {
            Found &done = m_found[size_t(tool)];
            done.probed = true;
            done.version = *firstLine;
            if (tool == Tool::Helm) {
                bool ok = false;
                const HelmVersion version = HelmVersion::parse(*firstLine, &ok);
                if (ok && result.ok()) {
                    m_helmVersion = version;
                } else {
                    m_helmVersion.reset();
                }
            }
            --m_running;
            runner->deleteLater();
            emit changed();
        });
    ProcessRunner::Options options;
    options.timeoutMs = 10000;
    options.graceMs = 1000;
    options.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    runner->start(versionCommand(tool), options);
}

} // namespace DceUpgrade::Wizard
