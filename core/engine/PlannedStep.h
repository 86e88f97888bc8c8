#pragma once

#include "tools/CommandLine.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace DceUpgrade {

// A file a step writes before its commands run (charts-syncer's config). `content` holds
// `secretPlaceholder` where the secret goes: the real file gets the secret, every display and
// the exported script get the placeholder, so the plan output never carries it.
struct PlannedFile
{
    QString path;
    QByteArray content;
    QString secretId; // empty when the file holds no secret
    QByteArray secretPlaceholder;
    bool yamlDoubleQuoted = false; // the secret sits inside "..." and needs YAML escaping
};

// The files and directories a step reads or writes, by name; empty when not the step's.
struct StepPaths
{
    QString chartDir; // chart.extract: where original-chart/ goes; chart.pull: helm's --untardir
    QString valuesBackup; // values.backup writes it, values.prepare copies it
    QString upgradeValues; // values.prepare: the values file the upgrade reads
    QString helmRepositories; // helm.repo.cleanup: helm's repositories.yaml (holds the password)
    QString helmRegistryConfig; // helm.registry.logout: the registry login helm kept
    QString dockerConfig; // docker.*: Docker's configuration directory for the run
    QString chartsSyncerDir; // chartsyncer.*, images.sync: everything charts-syncer uses
    QString chartsSyncerBundles; // chartsyncer.prepare: the bundles under their expected names
    QString chartsSyncerTmp; // chartsyncer.prepare: its TMPDIR
    QString chartsSyncerCaDir; // chartsyncer.prepare: its SSL_CERT_DIR, when the plan has a CA
    QString registryCaFile; // chartsyncer.prepare: the plan's CA file, copied into that dir
};

// What one planned command is about, for the step that interprets its result: the step reads
// this instead of parsing its own command line back (argument positions differ per tool).
struct CommandPurpose
{
    enum class Action {
        Other,
        HelmVersion, // helm version
        ReleaseStatus, // helm status: release and kubeContext
        ReleaseHistory, // helm history before a rollback: is the release still as it was?
        RepoList, // helm repo list
        RepoAdd, // helm repo add: subject is the repository alias
        SearchVersions, // helm search repo: subject "alias/chart", chart is the chart's name
        ShowChart, // helm show chart: subject "oci://host/project/chart", chart, version
        DockerLogin, // subject is the registry
        DockerTag, // subject is the relocated image
        DockerPush, // subject is the relocated image
    };
    Action action = Action::Other;
    QString subject;
    QString chart;
    QString version;
    int release = -1; // of PlanResult::releases
    QString kubeContext;

    static CommandPurpose of(Action action, QString subject = {}, QString chart = {},
        QString version = {}, int release = -1, QString kubeContext = {})
    {
        CommandPurpose purpose;
        purpose.action = action;
        purpose.subject = std::move(subject);
        purpose.chart = std::move(chart);
        purpose.version = std::move(version);
        purpose.release = release;
        purpose.kubeContext = std::move(kubeContext);
        return purpose;
    }
};

// One step of the upgrade as planned: what runs, in order, before anything runs. The same
// object is shown by `dce-upgrade plan`, exported by `dce-upgrade script` and (issue 3) run by
// the engine, so the three can never disagree.
struct PlannedStep
{
    QString id; // stable: "images.push", "values.backup:skoala-init@worker-1"
    QString title; // translated, one line
    int weight = 1; // share of the whole job's progress
    bool alwaysRun = false; // cleanup: runs even after a failure
    bool builtIn = false; // done inside the engine, not by an external command
    // Recorded as done so a rerun skips it. Not for steps whose effect the end of every run
    // undoes (the repository credentials helm keeps are removed by the cleanup).
    bool resumable = true;

    // Steps about one release on one cluster: which release of PlanResult::releases (or -1),
    // the kube context ("" is the current one) and the "release@context" name reports use.
    int release = -1;
    QString kubeContext;
    QString target;
    StepPaths paths;

    QStringList details; // translated lines: what a built-in step does, targets, notes
    std::vector<PlannedFile> files;
    std::vector<CommandLine> commands;
    // What each command is about, by index, when its step interprets the result; may be shorter
    // than `commands` (then the rest are Action::Other). Use addCommand() and purposeOf().
    std::vector<CommandPurpose> purposes;
    // bash for the exported script when the step is built in (checksum, chart extraction...);
    // empty for command steps, whose commands are exported as they are. They may call the
    // helpers ScriptWriter defines (ScriptWriter::CheckImages).
    QStringList scriptLines;

    void addCommand(const CommandLine &command, const CommandPurpose &purpose)
    {
        purposes.resize(commands.size());
        commands.push_back(command);
        purposes.push_back(purpose);
    }

    const CommandPurpose &purposeOf(int index) const
    {
        static const CommandPurpose none;
        return index >= 0 && std::size_t(index) < purposes.size() ? purposes[std::size_t(index)]
                                                                  : none;
    }
};

} // namespace DceUpgrade
