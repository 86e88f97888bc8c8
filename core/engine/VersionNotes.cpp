#include "VersionNotes.h"

#include "bundle/PackageReader.h"
#include "model/ChartVersion.h"

#include <QJsonArray>

namespace DceUpgrade {

std::vector<VersionNotes::Entry> VersionNotes::of(
    const ResolvedRelease &release, const QString &context, const QString &installed)
{
    const QString known = ChartVersion::parse(installed).isValid() ? installed : QString();
    std::vector<Entry> entries;
    for (const VersionNote &note : release.profile.notes) {
        const bool concerns = known.isEmpty() ? note.mayApplyTo(release.version)
                                              : note.appliesTo(known, release.version);
        if (concerns) {
            entries.push_back({release.target(context), known, release.version, note,
                release.renameKeys && !note.renameKeys.empty()});
        }
    }
    return entries;
}

std::vector<VersionNotes::Entry> VersionNotes::of(
    const PlanResult &plan, const std::function<QString(const QString &)> &installedOf)
{
    std::vector<Entry> entries;
    for (const ResolvedRelease &release : plan.releases) {
        for (const QString &context : release.kubeContexts) {
            const QString installed
                = installedOf ? installedOf(release.target(context)) : QString();
            for (Entry &entry : of(release, context, installed)) {
                entries.push_back(std::move(entry));
            }
        }
    }
    return entries;
}

QString VersionNotes::renames(const VersionNote &note)
{
    QStringList pairs;
    for (const auto &[from, to] : note.renameKeys) {
        pairs.append(tr("%1 → %2", "a values key renamed: old → new").arg(from, to));
    }
    return pairs.join(tr(", ", "separator between renamed keys"));
}

QStringList VersionNotes::possibleRenames(const ModuleProfile &profile, const Package *package)
{
    QStringList found;
    for (const ReleaseProfile &release : profile.releases) {
        const Bundle *bundle = package ? package->bundleForChart(release.chart) : nullptr;
        for (const VersionNote &note : release.notes) {
            // Without the chart's version any version may come: every rename is possible.
            if (!note.renameKeys.empty() && (!bundle || note.mayApplyTo(bundle->chart.version))) {
                found.append(renames(note));
            }
        }
    }
    found.removeDuplicates();
    return found;
}

QString VersionNotes::followedBy(const QString &sentence, const QString &next)
{
    //: One sentence after another (Chinese needs no space after its full stop)
    return tr("%1 %2", "sentence, next sentence").arg(sentence, next);
}

QString VersionNotes::line(const Entry &entry)
{
    QString text;
    const QString note = entry.note.text.text();
    if (entry.certain()) {
        //: %1: a release; %2: the chart version installed; %3: the version upgraded to;
        //: %4: the note
        text = tr("%1 (%2 → %3): %4").arg(entry.target, entry.installed, entry.version, note);
    } else {
        //: %1: a release; %2: a version range such as <0.12.0; %3: the version upgraded to;
        //: %4: the note
        text = tr("%1, if the installed version is %2 (this upgrade installs %3): %4")
                   .arg(entry.target, entry.note.installedRange, entry.version, note);
    }
    if (entry.note.renameKeys.empty()) {
        return text;
    }
    if (entry.renamesApplied) {
        //: %1: values keys renamed, such as keycloak → keycloakx
        return followedBy(text,
            tr("The upgrade renames %1 in the values it passes to helm; the backup stays as it "
               "was.")
                .arg(renames(entry.note)));
    }
    //: %1: values keys to rename, such as keycloak → keycloakx
    return followedBy(text,
        tr("upgrade.renameKeys is false: rename %1 in the values yourself.")
            .arg(renames(entry.note)));
}

QJsonObject VersionNotes::toJson(const Entry &entry)
{
    QJsonObject renamed;
    for (const auto &[from, to] : entry.note.renameKeys) {
        renamed.insert(from, to);
    }
    return {{QStringLiteral("release"), entry.target},
        {QStringLiteral("installed"), entry.installed}, {QStringLiteral("version"), entry.version},
        {QStringLiteral("from"), entry.note.installedRange},
        {QStringLiteral("to"), entry.note.targetRange}, {QStringLiteral("en"), entry.note.text.en},
        {QStringLiteral("zh_CN"), entry.note.text.zhCN}, {QStringLiteral("renameKeys"), renamed},
        {QStringLiteral("renamesApplied"), entry.renamesApplied}};
}

VersionNotes::Entry VersionNotes::fromJson(const QJsonObject &json)
{
    const auto string = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    Entry entry;
    entry.target = string("release");
    entry.installed = string("installed");
    entry.version = string("version");
    entry.note.installedRange = string("from");
    entry.note.targetRange = string("to");
    entry.note.text = {string("en"), string("zh_CN")};
    const QJsonObject renamed = json.value(QLatin1String("renameKeys")).toObject();
    for (auto it = renamed.begin(); it != renamed.end(); ++it) {
        entry.note.renameKeys.emplace_back(it.key(), it.value().toString());
    }
    entry.renamesApplied = json.value(QLatin1String("renamesApplied")).toBool();
    return entry;
}

} // namespace DceUpgrade
