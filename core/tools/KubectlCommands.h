#pragma once

#include "CommandLine.h"
#include "HelmCommands.h"

namespace DceUpgrade {

// kubectl command lines for the module-specific steps of a profile (jobs to delete, CRDs).
struct KubectlCommands
{
    static CommandLine deleteJobs(
        const QStringList &jobs, const QString &ns, const KubeAccess &kube);
    static CommandLine applyCrds(const QString &directory, const KubeAccess &kube);
};

} // namespace DceUpgrade
