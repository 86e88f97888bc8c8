#include "DockerCommands.h"

#include "model/RegistryTarget.h"

namespace DceUpgrade {

DockerCommands::DockerCommands(QString configDir)
    : m_configDir(std::move(configDir))
{ }

QString DockerCommands::registryOf(const RegistryTarget &target)
{
    // With only a prefix registry (insight-style rules) the images go there.
    return target.address.isEmpty() ? target.prefixRegistry : target.address;
}

QString DockerCommands::certsDir(const QString &registry)
{
    return QStringLiteral("/etc/docker/certs.d/") + registry;
}

CommandLine DockerCommands::docker(const QStringList &arguments) const
{
    return CommandLine(QStringLiteral("docker"), arguments)
        .env(QStringLiteral("DOCKER_CONFIG"), m_configDir);
}

CommandLine DockerCommands::serverVersion() const
{
    return docker({QStringLiteral("version"), QStringLiteral("--format"),
        QStringLiteral("{{.Server.Version}}")});
}

CommandLine DockerCommands::registryConfig() const
{
    return docker({QStringLiteral("info"), QStringLiteral("--format"),
        QStringLiteral("{{json .RegistryConfig}}")});
}

CommandLine DockerCommands::logout(const QString &registry) const
{
    return docker({QStringLiteral("logout"), registry});
}

CommandLine DockerCommands::login(const QString &registry, const QString &username) const
{
    return docker({QStringLiteral("login"), registry, QStringLiteral("--username"), username,
                      QStringLiteral("--password-stdin")})
        .stdinSecret(RegistryPasswordId);
}

CommandLine DockerCommands::load(const QString &packagePath, const QStringList &memberPath) const
{
    return docker({QStringLiteral("load")}).stdinMember(packagePath, memberPath);
}

CommandLine DockerCommands::tag(const QString &source, const QString &target) const
{
    return docker({QStringLiteral("tag"), source, target});
}

CommandLine DockerCommands::push(const QString &target) const
{
    return docker({QStringLiteral("push"), target});
}

} // namespace DceUpgrade
