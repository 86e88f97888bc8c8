#pragma once

#include "Planner.h"
#include "model/ModuleProfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace DceUpgrade {

struct Package;

// The profile's version notes (ModuleProfile's VersionNote) that concern one upgrade, said the
// same way by `plan`, the Review page, the run and the report. Before the installed version is
// known (a plan is made without the cluster) a note whose target range matches "may apply";
// once helm.check has read the installed version, only the notes that apply are kept. Pure.
class VersionNotes final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::VersionNotes)

public:
    struct Entry
    {
        QString target; // the release as steps name it ("ghippo", "x@worker-1")
        QString installed; // the chart version installed; empty while not known
        QString version; // the chart version the upgrade installs
        VersionNote note;
        bool renamesApplied = false; // the engine renames the note's keys (upgrade.renameKeys)

        bool certain() const { return !installed.isEmpty(); }
    };

    // The notes of `release` on the cluster `context`, given what is installed there ("" when
    // not known). An installed version that cannot be read counts as not known.
    static std::vector<Entry> of(
        const ResolvedRelease &release, const QString &context, const QString &installed);
    // Every release's notes; `installedOf(target)` says what is installed ("" when not known).
    static std::vector<Entry> of(
        const PlanResult &plan, const std::function<QString(const QString &)> &installedOf = {});

    // One line in the language of the application: which release, which versions, the text,
    // and what happens to a rename.
    static QString line(const Entry &entry);
    // "keycloak → keycloakx, ..."
    static QString renames(const VersionNote &note);
    // renames() of every note of `profile` that renames keys and may apply to the chart version
    // `package` holds (every such note without a package, or for a chart it lacks), once each.
    static QStringList possibleRenames(const ModuleProfile &profile, const Package *package);

    // For report.json: both languages, so the report reads the same whatever language it is
    // shown in later.
    static QJsonObject toJson(const Entry &entry);
    static Entry fromJson(const QJsonObject &json);

private:
    static QString followedBy(const QString &sentence, const QString &next);
};

} // namespace DceUpgrade
