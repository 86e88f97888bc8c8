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
    // Files and directories the step reads or writes, by role ("backup", "values", "chart").
    QMap<QString, QString> paths;

    QStringList details; // translated lines: what a built-in step does, targets, notes
    std::vector<PlannedFile> files;
    std::vector<CommandLine> commands;
    // bash for the exported script when the step is built in (checksum, chart extraction...);
    // empty for command steps, whose commands are exported as they are. They may call the
    // helpers ScriptWriter defines (ScriptWriter::CheckImages).
    QStringList scriptLines;
};

} // namespace DceUpgrade
