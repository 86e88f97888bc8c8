#pragma once

#include "CommandStep.h"
#include "LoginCleanupStep.h"

#include <QJsonObject>

namespace DceUpgrade {

// The Docker sync method run from this host (sync.docker: registry), as the seed does it but
// without its traps: docker.check, docker.login, docker.load, docker.push, docker.logout. Every
// docker command runs with DOCKER_CONFIG in the session's private directory (the planned path
// "docker-config", 0700), so the login never reaches ~/.docker and dies with the run; the
// password only ever goes to `docker login --password-stdin`. A failure of docker is told by
// what docker said (DockerOutput::classify), with the fix.

// Base of the steps that call the Docker daemon: the configuration directory exists and is
// private before the first command; a failed command ends the step with the fix for what
// docker said.
class DockerStep : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    void run() override;
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;

    // The failure of a docker command, explained (not installed, daemon stopped, socket
    // refused, login refused, no push right, TLS, http registry, registry storage...).
    StepResult dockerFailed(
        int index, const CommandLine &command, const ProcessRunner::Result &result) const;
    QString configDir() const;
    QString registry() const;
};

// docker.check: Docker is installed, running and usable by this user, and treats the registry
// as the plan needs (insecure-registries for plain http, a CA in certs.d for a private CA).
// Seconds, before any heavy work of the sync; checked again on every rerun.
class DockerCheckStep final : public DockerStep
{
    Q_OBJECT
public:
    using DockerStep::DockerStep;

protected:
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;

private:
    std::optional<StepResult> checkRegistrySettings(const QByteArray &registryConfig);
};

// docker.login: `docker login --password-stdin` into the per-run configuration; says where
// Docker keeps the login (the directory, or a credential helper docker.logout empties).
class DockerLoginStep final : public DockerStep
{
    Q_OBJECT
public:
    using DockerStep::DockerStep;

protected:
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
};

// docker.load: each bundle's images.tar streamed out of the package into `docker load`
// (progress in bytes); afterwards every source image of the package must have been reported
// loaded, or the step fails naming the missing ones.
class DockerLoadStep final : public DockerStep
{
    Q_OBJECT
public:
    using DockerStep::DockerStep;

protected:
    void run() override;
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
    StepResult whenAllDone() override;
    // One progress over every bundle's images.tar, not one that starts over for each.
    void inputProgress(qint64 written, qint64 total) override;

private:
    QStringList m_loaded;
    qint64 m_bytesDone = 0; // of the images.tar members fed completely
    qint64 m_bytesTotal = 0;
};

// docker.push: `docker tag` and `docker push` per relocated image, each image's result in the
// log. Each pushed image is recorded in the session (fact "docker.pushed": target -> digest),
// so a rerun with --resume pushes only the images that did not make it. A registry-wide
// problem (login, rights, TLS, unreachable) stops at once; an image the registry fails to store
// is reported and the others still go, then the step fails naming every image left out.
class DockerPushStep final : public DockerStep
{
    Q_OBJECT
public:
    using DockerStep::DockerStep;

    static constexpr QLatin1StringView PushedFact {"docker.pushed"};

protected:
    void run() override;
    bool shouldRun(int index, const CommandLine &command) override;
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
    StepResult whenAllDone() override;
    ProcessRunner::Options optionsFor(const CommandLine &command) const override;

private:
    void reportProgress();

    QJsonObject m_pushedBefore;
    QStringList m_failed;
    std::optional<StepResult> m_firstFailure;
    int m_total = 0;
    int m_pushed = 0;
    int m_skipped = 0;
};

// docker.logout (LoginCleanupStep): `docker logout` (which also empties a credential helper
// Docker may have used), then the session's Docker configuration directory deleted.
class DockerLogoutStep final : public LoginCleanupStep
{
    Q_OBJECT
public:
    using LoginCleanupStep::LoginCleanupStep;

protected:
    // docker logout only after a login: docker writes config.json for every login, also when
    // it keeps the password in a credential helper.
    bool shouldRun(int index, const CommandLine &command) override;
    QString loginPath() const override;
    Texts texts() const override;
    QString toolError(const ProcessRunner::Result &result) const override;
};

} // namespace DceUpgrade
