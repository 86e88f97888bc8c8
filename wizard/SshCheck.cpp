#include "SshCheck.h"

#include "engine/ProcessRunner.h"

#include <algorithm>

namespace DceUpgrade::Wizard {

namespace {

// The connect timeout ends a silent node; this ends one that accepts and then hangs.
constexpr int OverallTimeoutMs = (SshReachability::ConnectTimeoutSeconds + 20) * 1000;

} // namespace

SshCheck::SshCheck(QObject *parent)
    : QObject(parent)
{ }

SshCheck::~SshCheck()
{
    stopRunners();
}

void SshCheck::start(const std::vector<SshNode> &nodes, const SshSettings &settings)
{
    stopRunners();
    m_canceled = false;
    m_results.clear();
    for (const SshNode &node : nodes) {
        m_results.push_back({node, false, {}});
    }
    if (nodes.empty()) {
        emit finished();
        return;
    }

    ProcessRunner::Options options;
    options.timeoutMs = OverallTimeoutMs;
    options.graceMs = 1000;
    // ssh's messages are parsed.
    options.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const CommandLine probe = SshReachability::command(nodes[i], settings);
        const CommandLine command(probe.program(), m_extraOptions + probe.arguments());
        auto *runner = new ProcessRunner(this);
        m_runners.push_back(runner);
        ++m_running;
        connect(runner, &ProcessRunner::finished, this,
            [this, runner, i, settings](const ProcessRunner::Result &result) {
                runner->deleteLater();
                m_runners.erase(
                    std::remove(m_runners.begin(), m_runners.end(), runner), m_runners.end());
                NodeResult &done = m_results[i];
                done.answered = true;
                switch (result.outcome) {
                case ProcessRunner::Outcome::Finished:
                    done.diagnosis = SshReachability::diagnose(
                        done.node, result.exitCode, result.standardError, settings);
                    break;
                case ProcessRunner::Outcome::TimedOut:
                case ProcessRunner::Outcome::Silent:
                    done.diagnosis = SshReachability::timedOut(done.node);
                    break;
                case ProcessRunner::Outcome::FailedToStart:
                    done.diagnosis = {SshReachability::Verdict::Failed,
                        tr("ssh could not be started: %1").arg(result.errorString),
                        tr("Install the OpenSSH client (package openssh-client).")};
                    break;
                case ProcessRunner::Outcome::Crashed:
                case ProcessRunner::Outcome::InputFailed: // no input is fed here
                case ProcessRunner::Outcome::Canceled:
                    done.diagnosis = {
                        SshReachability::Verdict::Failed, tr("ssh ended without an answer."), {}};
                    break;
                }
                emit nodeFinished(int(i));
                if (--m_running == 0) {
                    emit finished();
                }
            });
        runner->start(command, options);
    }
}

void SshCheck::cancel()
{
    if (m_running == 0) {
        return;
    }
    stopRunners();
    m_canceled = true;
    emit finished();
}

void SshCheck::stopRunners()
{
    // A dropped runner still ends its process group; it deletes itself once it has.
    for (ProcessRunner *runner : m_runners) {
        disconnect(runner, nullptr, this, nullptr);
        connect(runner, &ProcessRunner::finished, runner, &QObject::deleteLater);
        runner->cancel();
    }
    m_runners.clear();
    m_running = 0;
}

} // namespace DceUpgrade::Wizard
