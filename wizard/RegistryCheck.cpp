#include "RegistryCheck.h"

#include "registry/RegistryClient.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistryPreflight.h"

#include <QTimer>

#include <exception>

namespace DceUpgrade::Wizard {

// One run of the preflight: the client and the checks that use it.
struct RegistryCheck::Attempt
{
    std::unique_ptr<RegistryClient> client;
    std::unique_ptr<RegistryPreflight> preflight;

    ~Attempt()
    {
        // Aborting hands every pending request's callback (which calls into the preflight) a
        // "canceled" failure, so the preflight must still be alive then; once nothing is in
        // flight, both go without a callback left to reach them.
        if (client) {
            client->abortAll();
        }
        preflight.reset();
        client.reset();
    }
};

namespace {

QString connectingLine(const RegistryTarget &target)
{
    const QString url = RegistryConnection::baseUrl(target).toString();
    if (target.scheme == QLatin1String("http")) {
        return RegistryCheck::tr("Connecting to %1 over plain http, without TLS…").arg(url);
    }
    if (target.insecure) {
        return RegistryCheck::tr("Connecting to %1 without verifying its TLS certificate "
                                 "(insecure)…")
            .arg(url);
    }
    if (!target.caFile.isEmpty()) {
        return RegistryCheck::tr("Connecting to %1, trusting the CA certificate %2…")
            .arg(url, target.caFile);
    }
    return RegistryCheck::tr("Connecting to %1, trusting this machine's CA certificates…").arg(url);
}

} // namespace

RegistryCheck::RegistryCheck(QObject *parent)
    : QObject(parent)
{ }

RegistryCheck::~RegistryCheck()
{
    // The attempt's last callbacks must not reach this half-destroyed object.
    if (m_attempt) {
        disconnect(m_attempt->preflight.get(), nullptr, this, nullptr);
        disconnect(m_attempt->client.get(), nullptr, this, nullptr);
    }
}

void RegistryCheck::start(const UpgradePlan &plan, const QByteArray &password)
{
    discardAttempt();
    m_lines.clear();
    m_failure.reset();
    m_state = State::Running;
    addLine(connectingLine(plan.registry));

    const QString project = plan.registry.repository.section(QLatin1Char('/'), 0, 0);
    const bool createProject = plan.sync.createProject;
    try {
        auto attempt = std::make_unique<Attempt>();
        attempt->client = std::make_unique<RegistryClient>(plan.registry, password);
        // The test creates nothing: a missing project the plan creates is reported below.
        attempt->preflight = std::make_unique<RegistryPreflight>(*attempt->client,
            RegistryPreflight::Settings {plan.registry, password, plan.registry.repository,
                /*createProject=*/false, plan.sync.chartTarget, plan.sync.chartRepoUrl,
                /*provePushRight=*/true});
        connect(attempt->client.get(), &RegistryClient::notice, this, &RegistryCheck::addLine);
        connect(
            attempt->preflight.get(), &RegistryPreflight::message, this, &RegistryCheck::addLine);
        connect(attempt->preflight.get(), &RegistryPreflight::finished, this,
            [this, project, createProject](const std::optional<Error> &failure) {
                if (failure && failure->code() == QLatin1String("harbor.project-missing")
                    && createProject) {
                    addLine(tr("The Harbor project %1 does not exist yet: the upgrade creates it "
                               "(private) before the push, and checks the push right then.")
                                .arg(project));
                    end(State::Passed, std::nullopt);
                    return;
                }
                end(failure ? State::Failed : State::Passed, failure);
            });
        m_attempt = std::move(attempt);
        m_attempt->preflight->start();
    } catch (const Error &error) {
        end(State::Failed, error);
    } catch (const std::exception &error) {
        end(State::Failed,
            Error(QStringLiteral("registry.failed"), QString::fromLocal8Bit(error.what())));
    }
}

void RegistryCheck::cancel()
{
    if (m_state != State::Running) {
        return;
    }
    end(State::Canceled, std::nullopt);
}

void RegistryCheck::addLine(const QString &text)
{
    m_lines.append(text);
    emit line(text);
}

void RegistryCheck::end(State state, const std::optional<Error> &failure)
{
    discardAttempt();
    m_state = state;
    m_failure = failure;
    emit finished();
}

void RegistryCheck::discardAttempt()
{
    if (!m_attempt) {
        return;
    }
    disconnect(m_attempt->preflight.get(), nullptr, this, nullptr);
    disconnect(m_attempt->client.get(), nullptr, this, nullptr);
    // Deleted from the event loop: this may run inside the preflight's own finished().
    QTimer::singleShot(0, this, [attempt = std::shared_ptr<Attempt>(std::move(m_attempt))] {});
}

} // namespace DceUpgrade::Wizard
