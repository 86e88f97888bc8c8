#include "ReleaseProbe.h"

#include "model/ChartVersion.h"

#include "HelmHome.h"

#include "engine/ProcessRunner.h"
#include "engine/UpgradeValues.h"
#include "tools/HelmCommands.h"
#include "tools/HelmOutput.h"
#include "util/Error.h"

#include <algorithm>

namespace DceUpgrade::Wizard {

bool ReleaseProbe::Finding::isDowngrade() const
{
    if (state != State::Deployed || chartVersion.isEmpty() || target.targetVersion.isEmpty()) {
        return false;
    }
    // The engine's rule (helm.check): an older version needs consent.
    return ChartVersion::isDowngrade(chartVersion, target.targetVersion);
}

ReleaseProbe::ReleaseProbe(QObject *parent)
    : QObject(parent)
{ }

ReleaseProbe::~ReleaseProbe()
{
    cancel();
}

void ReleaseProbe::start(const Settings &settings, const std::vector<Target> &targets)
{
    cancel();
    m_settings = settings;
    m_home = std::make_unique<HelmHome>();
    m_findings.clear();
    for (const Target &target : targets) {
        Finding finding;
        finding.target = target;
        m_findings.push_back(finding);
    }
    m_pending = int(m_findings.size());
    emit changed();
    if (m_findings.empty()) {
        QMetaObject::invokeMethod(this, &ReleaseProbe::finished, Qt::QueuedConnection);
        return;
    }
    for (std::size_t index = 0; index < m_findings.size(); ++index) {
        run(index, Stage::Status);
    }
}

void ReleaseProbe::cancel()
{
    // Runners still at work are stopped by their deletion; their answers are dropped by the
    // generation check.
    ++m_generation;
    for (ProcessRunner *runner : findChildren<ProcessRunner *>(Qt::FindDirectChildrenOnly)) {
        runner->disconnect(this);
        runner->cancel();
        runner->deleteLater();
    }
    m_pending = 0;
}

void ReleaseProbe::run(std::size_t index, Stage stage)
{
    const Target &target = m_findings[index].target;
    const HelmCommands helm(m_settings.helm, m_settings.helmProgram);
    const KubeAccess kube {m_settings.kubeconfig, target.context};
    CommandLine command;
    switch (stage) {
    case Stage::Status:
        command = helm.status(target.release, target.namespaceName, kube);
        break;
    case Stage::History:
        command = helm.history(target.release, target.namespaceName, kube);
        break;
    case Stage::Values:
        // Read into memory only: the values may hold the user's secrets, so they are never
        // written anywhere; only the paths of pinned image tags are kept.
        command = helm.getValues(target.release, target.namespaceName, kube, QString());
        break;
    }
    auto *runner = new ProcessRunner(this);
    const int generation = m_generation;
    connect(runner, &ProcessRunner::finished, this,
        [this, runner, index, stage, generation](const ProcessRunner::Result &result) {
            runner->deleteLater();
            if (generation == m_generation && result.outcome != ProcessRunner::Outcome::Canceled) {
                onResult(index, stage, result);
            }
        });
    ProcessRunner::Options options;
    options.environment = m_home->environment();
    options.timeoutMs = CommandTimeoutMs;
    options.graceMs = 1000;
    runner->start(command, options);
}

QString ReleaseProbe::notAnswered(const ProcessRunner::Result &result)
{
    switch (result.outcome) {
    case ProcessRunner::Outcome::FailedToStart:
        return result.errorString.isEmpty() ? tr("helm could not be started.") : result.errorString;
    case ProcessRunner::Outcome::TimedOut:
    case ProcessRunner::Outcome::Silent:
        return tr("helm did not answer within %1 seconds.").arg(CommandTimeoutMs / 1000);
    case ProcessRunner::Outcome::Crashed:
    case ProcessRunner::Outcome::InputFailed: // no input is fed here
        return tr("helm crashed.");
    case ProcessRunner::Outcome::Canceled:
    case ProcessRunner::Outcome::Finished:
        break;
    }
    return {};
}

void ReleaseProbe::onResult(std::size_t index, Stage stage, const ProcessRunner::Result &result)
{
    Finding &finding = m_findings[index];
    const QString silent = notAnswered(result);
    const HelmFailure said = HelmOutput::parseFailure(result.standardError);
    switch (stage) {
    case Stage::Status:
        if (result.ok()) {
            run(index, Stage::History);
            return;
        }
        if (result.outcome == ProcessRunner::Outcome::TimedOut
            || result.outcome == ProcessRunner::Outcome::Silent
            || said.kind == HelmFailure::Kind::ClusterUnreachable
            || said.kind == HelmFailure::Kind::TimedOut) {
            finding.state = Finding::State::Unreachable;
        } else if (said.kind == HelmFailure::Kind::ReleaseNotFound) {
            finding.state = Finding::State::NotInstalled;
        } else {
            finding.state = Finding::State::Failed;
        }
        finding.message = silent.isEmpty() ? said.message : silent;
        done(index);
        return;
    case Stage::History: {
        const auto history
            = result.ok() ? HelmOutput::parseHistory(result.standardOutput) : std::nullopt;
        if (!history || history->empty()) {
            finding.state = Finding::State::Failed;
            finding.message = !silent.isEmpty() ? silent
                : result.ok()
                ? tr("helm printed the history in a form this version does not understand.")
                : said.message;
            done(index);
            return;
        }
        // `helm status` reports the newest revision: the last one of the history.
        const HelmRevision &now = *std::max_element(history->cbegin(), history->cend(),
            [](const HelmRevision &a, const HelmRevision &b) { return a.revision < b.revision; });
        finding.state = Finding::State::Deployed;
        finding.revision = now.revision;
        finding.status = now.status;
        finding.chartVersion = now.chartVersion;
        emit changed();
        run(index, Stage::Values);
        return;
    }
    case Stage::Values:
        if (result.ok()) {
            try {
                finding.pinnedImages
                    = UpgradeValues::fromBackup(result.standardOutput, finding.target.name, {}, {})
                          .pinnedImages;
            } catch (const Error &) {
                // Values that do not parse are the engine's to report; here they pin nothing.
            }
        }
        done(index);
        return;
    }
}

void ReleaseProbe::done(std::size_t)
{
    --m_pending;
    emit changed();
    if (m_pending == 0) {
        m_home.reset();
        emit finished();
    }
}

} // namespace DceUpgrade::Wizard
