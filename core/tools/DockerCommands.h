#pragma once

#include "CommandLine.h"

namespace DceUpgrade {

struct RegistryTarget;

// docker command lines for the "Docker" sync method. Every command runs with DOCKER_CONFIG in
// the session's private directory, so `docker login` never writes the password into the user's
// ~/.docker/config.json, and logging out is `docker logout` (which also empties a credential
// helper Docker may have chosen) plus deleting that directory.
class DockerCommands final
{
public:
    explicit DockerCommands(QString configDir);

    const QString &configDir() const { return m_configDir; }
    // The registry as Docker names it (host[:port]): where it logs in and pushes to.
    static QString registryOf(const RegistryTarget &target);
    // /etc/docker/certs.d/HOST[:PORT]: where Docker looks for the CA of a registry.
    static QString certsDir(const QString &registry);
    // The docker subcommand of a command made here ("load" of `docker load`): what a message
    // about its failure names.
    static QString subcommandOf(const CommandLine &command) { return command.arguments().value(0); }

    // The daemon's version: fails with the daemon's own words when Docker is not running or the
    // socket refuses this user.
    CommandLine serverVersion() const;
    // How the daemon treats registries (insecure-registries, CIDRs), as JSON.
    CommandLine registryConfig() const;
    CommandLine login(const QString &registry, const QString &username) const;
    CommandLine logout(const QString &registry) const;
    // `docker load` reads the archive from stdin: images.tar is streamed out of the package, never
    // written to disk.
    CommandLine load(const QString &packagePath, const QStringList &memberPath) const;
    CommandLine tag(const QString &source, const QString &target) const;
    CommandLine push(const QString &target) const;

private:
    CommandLine docker(const QStringList &arguments) const;
    QString m_configDir;
};

} // namespace DceUpgrade
