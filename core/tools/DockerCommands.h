#pragma once

#include "CommandLine.h"

namespace DceUpgrade {

// docker command lines for the "Docker" sync method. Every command runs with DOCKER_CONFIG in
// the session's private directory, so `docker login` never writes the password into the user's
// ~/.docker/config.json, and logging out is deleting that directory.
class DockerCommands final
{
public:
    explicit DockerCommands(QString configDir);

    CommandLine login(const QString &registry, const QString &username) const;
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
