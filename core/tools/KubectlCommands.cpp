#include "KubectlCommands.h"

namespace DceUpgrade {

namespace {

// The environment every tool runs with has LC_ALL=C already (RunContext::toolEnvironment());
// kubectl's command lines carry it too, as helm's do, so the plan shows what runs.
CommandLine kubectl(const QStringList &arguments)
{
    return CommandLine(QStringLiteral("kubectl"), arguments)
        .env(QStringLiteral("LC_ALL"), QStringLiteral("C"));
}

void addKube(CommandLine &command, const KubeAccess &kube)
{
    command.option(QStringLiteral("--kubeconfig"), kube.kubeconfig);
    command.option(QStringLiteral("--context"), kube.context);
}

} // namespace

CommandLine KubectlCommands::deleteJobs(
    const QStringList &jobs, const QString &ns, const KubeAccess &kube)
{
    // --ignore-not-found: the jobs are gone after a successful first run, and a rerun must pass.
    CommandLine command = kubectl({QStringLiteral("delete"), QStringLiteral("job")});
    command.args(jobs);
    command.args({QStringLiteral("-n"), ns, QStringLiteral("--ignore-not-found")});
    addKube(command, kube);
    return command;
}

CommandLine KubectlCommands::applyCrds(const QString &directory, const KubeAccess &kube)
{
    // Server-side apply: large CRDs exceed the annotation size limit of client-side apply.
    CommandLine command = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"),
        QStringLiteral("--force-conflicts"), QStringLiteral("-f"), directory});
    addKube(command, kube);
    return command;
}

} // namespace DceUpgrade
