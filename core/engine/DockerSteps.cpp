#include "DockerSteps.h"

#include "RunContext.h"

#include "bundle/ImageReference.h"
#include "registry/RelocatedImage.h"
#include "registry/Relocator.h"
#include "tools/DockerCommands.h"
#include "tools/DockerOutput.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace DceUpgrade {

namespace {

using Problem = DockerOutput::Problem;

constexpr QFileDevice::Permissions OwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// "index.docker.io/library/nginx:1.25" for "nginx:1.25" and "docker.io/library/nginx:1.25":
// docker load prints Docker Hub images by their short name.
QString normalized(const QString &reference)
{
    return ImageReference::isValid(reference) ? ImageReference::parse(reference).toString()
                                              : reference;
}

QString userName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("$USER") : user;
}

} // namespace

// ---------------------------------------------------------------- shared

QString DockerStep::configDir() const
{
    return planned().paths.dockerConfig;
}

QString DockerStep::registry() const
{
    return DockerCommands::registryOf(m_context.plan->registry);
}

void DockerStep::run()
{
    // Private before docker writes the login into it; a directory left by a killed run is
    // made private again rather than trusted.
    const QString dir = configDir();
    if (dir.isEmpty() || !QDir().mkpath(dir) || !QFile::setPermissions(dir, OwnerOnly)) {
        finish(StepResult::failed(QStringLiteral("file.write"),
            tr("The Docker configuration directory %1 cannot be made private.").arg(dir),
            tr("Check that the session directory is on a writable disk that keeps Unix "
               "permissions.")));
        return;
    }
    CommandStep::run();
}

std::optional<StepResult> DockerStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    if (result.ok()) {
        return std::nullopt;
    }
    return dockerFailed(index, command, result);
}

StepResult DockerStep::dockerFailed(
    int index, const CommandLine &command, const ProcessRunner::Result &result) const
{
    if (result.outcome == ProcessRunner::Outcome::FailedToStart) {
        return StepResult::failed(QStringLiteral("tool.missing"),
            tr("Docker is not installed on this host: the docker command was not found."),
            tr("Install Docker (docker-ce, or the distribution's docker.io package) and start "
               "it, or choose the built-in sync (sync.method: builtin), which needs no Docker."));
    }
    if (result.outcome != ProcessRunner::Outcome::Finished) {
        return toolFailed(command, result);
    }
    const QString said = DockerOutput::errorLine(result.standardError);
    const QString registry = this->registry();
    const QString user = m_context.plan->registry.username;
    // The image a tag or push was about, for the messages that name one.
    const QString about = planned().purposeOf(index).subject;
    const QString image = about.isEmpty() ? registry : about;
    const QString restart
        = tr("then run again: images already pushed are not pushed again (--resume).");
    switch (DockerOutput::classify(result.standardError)) {
    case Problem::DaemonDown:
        return StepResult::failed(QStringLiteral("tool.docker-not-running"),
            tr("Docker is not running on this host: %1").arg(said),
            tr("Start it with \"sudo systemctl start docker\" (and \"sudo systemctl enable "
               "docker\" so that it starts at boot), then run again."));
    case Problem::SocketDenied:
        return StepResult::failed(QStringLiteral("tool.docker-permission"),
            tr("The user %1 may not use Docker on this host: %2").arg(userName(), said),
            tr("Add the user to the docker group (\"sudo usermod -aG docker %1\"), log out and "
               "in again (or run \"newgrp docker\"), then run again.")
                .arg(userName()));
    case Problem::Unauthorized:
        return StepResult::failed(QStringLiteral("registry.unauthorized"),
            tr("The registry %1 refused the login of %2: %3").arg(registry, user, said),
            tr("Check the user name and password (robot accounts are written robot$name), then "
               "run again."));
    case Problem::Denied:
        return StepResult::failed(QStringLiteral("registry.denied"),
            tr("%1 may not push %2: %3")
                .arg(user.isEmpty() ? tr("Anonymous access") : user, image, said),
            tr("Give the account push rights on the project %1 (a Harbor robot account needs "
               "\"push repository\"), or use another account.")
                .arg(ImageReference::isValid(image)
                        ? ImageReference::parse(image).repository().section(QLatin1Char('/'), 0, 0)
                        : m_context.plan->registry.repository.section(QLatin1Char('/'), 0, 0)));
    case Problem::NotLoggedIn:
        return StepResult::failed(QStringLiteral("registry.unauthorized"),
            tr("Docker sent no credentials to %1: %2").arg(registry, said),
            tr("The registry needs a login: set registry.username in the plan (the password is "
               "asked for when the run starts)."));
    case Problem::Unreachable:
        return StepResult::failed(QStringLiteral("registry.unreachable"),
            tr("Docker cannot reach the registry %1: %2").arg(registry, said),
            tr("Check the address and port, that the registry runs, and the proxy settings of "
               "the Docker service (HTTP_PROXY, NO_PROXY)."));
    case Problem::UnknownAuthority: {
        const QString caFile = m_context.plan->registry.caFile;
        const QString target = DockerCommands::certsDir(registry) + QLatin1String("/ca.crt");
        return StepResult::failed(QStringLiteral("registry.tls"),
            tr("Docker does not trust the TLS certificate of %1: %2").arg(registry, said),
            caFile.isEmpty()
                ? tr("Docker reads the CA of a registry from %1 on this host: copy the "
                     "registry's CA certificate there, then run again.")
                      .arg(target)
                : tr("Docker does not read registry.caFile: copy it to %3 (\"sudo mkdir -p %1 && "
                     "sudo cp %2 %3\"), then run again.")
                      .arg(DockerCommands::certsDir(registry), caFile, target));
    }
    case Problem::HttpRegistry:
        return StepResult::failed(QStringLiteral("registry.insecure"),
            tr("Docker spoke HTTPS to %1, which answers plain HTTP: %2").arg(registry, said),
            tr("Add \"%1\" to \"insecure-registries\" in /etc/docker/daemon.json, restart "
               "Docker (\"sudo systemctl restart docker\"), then run again.")
                .arg(registry));
    case Problem::UploadLost:
        return StepResult::failed(QStringLiteral("registry.upload-lost"),
            tr("The registry %1 lost an upload of %2 (it restarted, or its storage is full): %3")
                .arg(registry, image, said),
            tr("Check the free space of the registry's storage, %1").arg(restart));
    case Problem::ServerError:
        return StepResult::failed(QStringLiteral("registry.failed"),
            tr("The registry %1 failed to store %2: %3").arg(registry, image, said),
            tr("See the registry's log; a full disk is the usual cause. Free space, %1")
                .arg(restart));
    case Problem::NoSuchImage:
        return StepResult::failed(QStringLiteral("docker.image-missing"),
            tr("The image is not in Docker: %1").arg(said),
            tr("The images loaded earlier are gone from Docker (docker image prune, a restart "
               "with another data directory). Start a new run (not --resume) so that they are "
               "loaded again."));
    case Problem::None:
    case Problem::Other:
        break;
    }
    return StepResult::failed(QStringLiteral("tool.failed"),
        tr("docker %1 failed (exit code %2): %3")
            .arg(DockerCommands::subcommandOf(command))
            .arg(result.exitCode)
            .arg(said),
        tr("See the step's log in the session directory; fix the cause and run again."));
}

// ---------------------------------------------------------------- docker.check

std::optional<StepResult> DockerCheckStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    if (index == 0) {
        if (!result.ok()) {
            return dockerFailed(index, command, result);
        }
        note(tr("Docker %1 is running and usable by %2.")
                 .arg(QString::fromUtf8(result.standardOutput).trimmed(), userName()));
        return std::nullopt;
    }
    if (!result.ok()) {
        // Older daemons; the login tells the rest.
        note(tr("Docker did not say how it treats registries: %1")
                 .arg(DockerOutput::errorLine(result.standardError)));
        return std::nullopt;
    }
    return checkRegistrySettings(result.standardOutput);
}

std::optional<StepResult> DockerCheckStep::checkRegistrySettings(const QByteArray &registryConfig)
{
    const RegistryTarget &target = m_context.plan->registry;
    const QString registry = this->registry();
    const std::optional<bool> insecure = DockerOutput::treatsAsInsecure(registryConfig, registry);
    const bool needsInsecure = target.scheme == QLatin1String("http") || target.insecure;
    const QString daemonJson
        = tr("Add \"%1\" to \"insecure-registries\" in /etc/docker/daemon.json (for example "
             "{\"insecure-registries\": [\"%1\"]}), restart Docker (\"sudo systemctl restart "
             "docker\"), then run again.")
              .arg(registry);
    if (needsInsecure && insecure == false) {
        return StepResult::failed(QStringLiteral("registry.insecure"),
            target.scheme == QLatin1String("http")
                ? tr("The registry %1 speaks plain http, but Docker on this host does not treat "
                     "it as an insecure registry, so it would refuse to log in and push.")
                      .arg(registry)
                : tr("The plan skips TLS verification for %1, but Docker on this host verifies "
                     "it: it does not treat %1 as an insecure registry.")
                      .arg(registry),
            daemonJson);
    }
    if (insecure == true) {
        note(tr("Docker treats %1 as an insecure registry (plain http allowed, TLS not verified).")
                 .arg(registry));
        return std::nullopt;
    }
    if (needsInsecure) {
        note(tr("Docker may refuse %1 unless it is an insecure registry for Docker: if the login "
                "fails, %2")
                 .arg(registry, daemonJson));
    }
    if (!target.caFile.isEmpty()) {
        const QDir certs(DockerCommands::certsDir(registry));
        if (!certs.entryList({QStringLiteral("*.crt")}, QDir::Files).isEmpty()) {
            note(tr("Docker trusts %1 with the CA certificate in %2.").arg(registry, certs.path()));
        } else {
            note(tr("Docker does not read registry.caFile: it trusts %1 only with a CA "
                    "certificate in %2, which has none. If the login fails with \"certificate "
                    "signed by unknown authority\": sudo mkdir -p %2 && sudo cp %3 %2/ca.crt")
                     .arg(registry, certs.path(), target.caFile));
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- docker.login

std::optional<StepResult> DockerLoginStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    if (!result.ok()) {
        return dockerFailed(index, command, result);
    }
    note(tr("Logged in to %1 as %2. The login is kept in %3, readable only by you, and removed "
            "at the end of the run.")
             .arg(registry(), m_context.plan->registry.username, configDir()));
    QFile config(configDir() + QLatin1String("/config.json"));
    if (config.open(QIODevice::ReadOnly)) {
        const QString helper = QJsonDocument::fromJson(config.readAll())
                                   .object()
                                   .value(QLatin1String("credsStore"))
                                   .toString();
        if (!helper.isEmpty()) {
            note(tr("Docker keeps the password in its credential helper docker-credential-%1; "
                    "docker logout removes it at the end of the run.")
                     .arg(helper));
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- docker.load

void DockerLoadStep::run()
{
    m_bytesDone = 0;
    m_bytesTotal = 0;
    for (const CommandLine &command : planned().commands) {
        m_bytesTotal += m_context.package->member(command.inputMemberPath()).size();
    }
    DockerStep::run();
}

void DockerLoadStep::inputProgress(qint64 written, qint64)
{
    emit progress(m_bytesDone + written, m_bytesTotal, QStringLiteral("bytes"));
}

std::optional<StepResult> DockerLoadStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    m_bytesDone += result.inputWritten;
    m_loaded += DockerOutput::loadedImages(result.standardOutput);
    if (!result.ok()) {
        return dockerFailed(index, command, result);
    }
    return std::nullopt;
}

StepResult DockerLoadStep::whenAllDone()
{
    QSet<QString> loaded;
    for (const QString &name : std::as_const(m_loaded)) {
        loaded.insert(normalized(name));
    }
    const Relocator relocator(RelocationRules::forTarget(m_context.plan->registry));
    QStringList missing;
    int expected = 0;
    for (const auto &bundle : m_context.package->bundles) {
        for (const RelocatedImage &image : RelocatedImage::forBundle(*bundle, relocator)) {
            ++expected;
            if (!loaded.contains(normalized(image.source)) && !missing.contains(image.source)) {
                missing.append(image.source);
            }
        }
    }
    if (!missing.isEmpty()) {
        return StepResult::failed(QStringLiteral("docker.load-incomplete"),
            tr("docker load ended without an error, but %n image(s) of the package are not in "
               "Docker under their names: %1",
                nullptr, int(missing.size()))
                .arg(missing.join(QLatin1String(", "))),
            tr("Check the package (dce-upgrade inspect --verify) and Docker's free disk space "
               "(docker system df). An image the chart names by digest only cannot be loaded "
               "by name: use the built-in sync for such a package."));
    }
    return StepResult::ok(
        tr("All %n image(s) of the package are loaded into Docker.", nullptr, expected));
}

// ---------------------------------------------------------------- docker.push

void DockerPushStep::run()
{
    m_total = int(planned().commands.size() / 2);
    if (m_context.resumable && m_context.session) {
        m_pushedBefore = m_context.session->fact(QString(PushedFact));
    }
    DockerStep::run();
}

bool DockerPushStep::shouldRun(int index, const CommandLine &)
{
    const CommandPurpose &purpose = planned().purposeOf(index);
    const QString &target = purpose.subject;
    if (!m_pushedBefore.contains(target)) {
        return true;
    }
    if (purpose.action == CommandPurpose::Action::DockerPush) {
        ++m_skipped;
        note(tr("%1 was pushed in an earlier run of this session (%2): skipped.")
                 .arg(target, m_pushedBefore.value(target).toString()));
        reportProgress();
    }
    return false;
}

std::optional<StepResult> DockerPushStep::afterCommand(
    int index, const CommandLine &command, const ProcessRunner::Result &result)
{
    const CommandPurpose &purpose = planned().purposeOf(index);
    const QString &target = purpose.subject;
    if (purpose.action != CommandPurpose::Action::DockerPush) {
        return result.ok() ? std::nullopt : std::optional(dockerFailed(index, command, result));
    }
    if (result.ok()) {
        const QString digest = DockerOutput::pushedDigest(result.standardOutput);
        ++m_pushed;
        note(tr("Pushed %1 (%2).").arg(target, digest));
        if (m_context.resumable && m_context.session) {
            QJsonObject pushed = m_context.session->fact(QString(PushedFact));
            pushed.insert(target, digest);
            m_context.session->setFact(QString(PushedFact), pushed);
        }
        reportProgress();
        return std::nullopt;
    }
    const StepResult failure = dockerFailed(index, command, result);
    switch (DockerOutput::classify(result.standardError)) {
    case Problem::UploadLost:
    case Problem::ServerError:
    case Problem::Other:
    case Problem::None:
        // This image's problem: the others may still go.
        note(
            tr("Could not push %1: %2").arg(target, DockerOutput::errorLine(result.standardError)));
        m_failed.append(target);
        if (!m_firstFailure) {
            m_firstFailure = failure;
        }
        reportProgress();
        return std::nullopt;
    default:
        return failure;
    }
}

StepResult DockerPushStep::whenAllDone()
{
    if (m_firstFailure) {
        return StepResult::failed(m_firstFailure->code,
            tr("%n image(s) could not be pushed: %1. The first error: %2", nullptr,
                int(m_failed.size()))
                .arg(m_failed.join(QLatin1String(", ")), m_firstFailure->message),
            m_firstFailure->hint);
    }
    return StepResult::ok(m_skipped == 0
            ? tr("%n image(s) pushed.", nullptr, m_pushed)
            : tr("%1 pushed now, %2 in an earlier run.").arg(m_pushed).arg(m_skipped));
}

ProcessRunner::Options DockerPushStep::optionsFor(const CommandLine &command) const
{
    ProcessRunner::Options options = DockerStep::optionsFor(command);
    // docker push prints a line per layer state, nothing while one large layer uploads.
    options.silenceTimeoutMs = std::max(options.silenceTimeoutMs, 30 * 60 * 1000);
    return options;
}

void DockerPushStep::reportProgress()
{
    emit progress(m_pushed + m_skipped + m_failed.size(), m_total, QStringLiteral("items"));
}

// ---------------------------------------------------------------- docker.logout

QString DockerLogoutStep::loginPath() const
{
    return planned().paths.dockerConfig;
}

bool DockerLogoutStep::shouldRun(int, const CommandLine &)
{
    return QFileInfo::exists(loginPath() + QLatin1String("/config.json"));
}

LoginCleanupStep::Texts DockerLogoutStep::texts() const
{
    return {tr("No Docker login was made in this run."),
        tr("docker logout did not succeed (%1); deleting the directory removes the login."),
        tr("%1, which holds the Docker login, could not be deleted."),
        tr("Delete it yourself: rm -rf %1"), tr("Deleted %1: no Docker login is left.")};
}

QString DockerLogoutStep::toolError(const ProcessRunner::Result &result) const
{
    return DockerOutput::errorLine(result.standardError);
}

} // namespace DceUpgrade
