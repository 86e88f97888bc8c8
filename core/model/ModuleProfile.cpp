#include "ModuleProfile.h"

#include "ChartVersion.h"
#include "util/Error.h"
#include "util/Yaml.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace DceUpgrade {

namespace {

const QString ProfileDir = QStringLiteral(":/profiles");

QString scalarOrEmpty(const YAML::Node &node, const char *key)
{
    // Indexing a missing or non-map node throws in yaml-cpp: check first.
    if (!node || !node.IsMap()) {
        return {};
    }
    const YAML::Node value = node[key];
    return value && value.IsScalar() ? Yaml::toQString(value) : QString();
}

QStringList stringList(const YAML::Node &node, const char *key)
{
    QStringList list;
    if (!node || !node.IsMap()) {
        return list;
    }
    if (const YAML::Node value = node[key]; value && value.IsSequence()) {
        for (const YAML::Node &item : value) {
            list.append(Yaml::toQString(item));
        }
    }
    return list;
}

ProfileText textOf(const YAML::Node &node)
{
    return ProfileText {scalarOrEmpty(node, "en"), scalarOrEmpty(node, "zh_CN")};
}

QString profileHint()
{
    return ModuleProfile::tr(
        "Correct the module profile; the built-in ones come with the program.");
}

std::vector<VersionNote> parseNotes(const YAML::Node &list, const QString &displayName)
{
    std::vector<VersionNote> notes;
    if (!list.IsSequence()) {
        Yaml::fail(QStringLiteral("profile.invalid"), displayName, list,
            ModuleProfile::tr("notes must be a list."), profileHint());
    }
    for (const YAML::Node &node : list) {
        VersionNote note;
        note.installedRange = scalarOrEmpty(node, "from");
        note.targetRange = scalarOrEmpty(node, "to");
        note.text = textOf(node);
        if (const YAML::Node renames = node.IsMap() ? node["renameKeys"] : YAML::Node();
            renames && renames.IsMap()) {
            for (const auto &pair : renames) {
                note.renameKeys.emplace_back(
                    Yaml::toQString(pair.first), Yaml::toQString(pair.second));
            }
        }
        if (note.installedRange.isEmpty() || note.targetRange.isEmpty() || note.text.en.isEmpty()
            || note.text.zhCN.isEmpty()) {
            Yaml::fail(QStringLiteral("profile.invalid"), displayName, node,
                ModuleProfile::tr("every note needs from, to, en and zh_CN."), profileHint());
        }
        notes.push_back(note);
    }
    return notes;
}

} // namespace

QString ProfileText::text() const
{
    return QLocale().language() == QLocale::Chinese && !zhCN.isEmpty() ? zhCN : en;
}

bool VersionNote::appliesTo(const QString &installed, const QString &target) const
{
    return ChartVersion::parse(installed).satisfies(installedRange)
        && ChartVersion::parse(target).satisfies(targetRange);
}

bool VersionNote::mayApplyTo(const QString &target) const
{
    return ChartVersion::parse(target).satisfies(targetRange);
}

QString ModuleProfile::displayName() const
{
    return ProfileText {nameEn, nameZh}.text();
}

bool ModuleProfile::matchesPackageName(const QString &fileName) const
{
    for (const QString &glob : packageNames) {
        const QRegularExpression pattern(QRegularExpression::fromWildcard(glob));
        if (pattern.match(fileName).hasMatch()) {
            return true;
        }
    }
    return false;
}

const ReleaseProfile *ModuleProfile::releaseForChart(const QString &chart) const
{
    for (const ReleaseProfile &release : releases) {
        if (release.chart == chart) {
            return &release;
        }
    }
    return nullptr;
}

ModuleProfile ModuleProfile::parse(const QByteArray &yaml, const QString &displayName)
{
    const YAML::Node root = Yaml::parse(yaml, displayName);
    if (!root.IsMap()) {
        Yaml::fail(QStringLiteral("profile.invalid"), displayName, root,
            tr("a module profile needs an id and a list of releases."), profileHint());
    }
    ModuleProfile profile;
    profile.id = scalarOrEmpty(root, "id");
    profile.nameEn = scalarOrEmpty(root["name"], "en");
    profile.nameZh = scalarOrEmpty(root["name"], "zh_CN");
    profile.packageGlob = scalarOrEmpty(root, "packageGlob");
    profile.packageNames = stringList(root, "packageNames");
    profile.docsPage = scalarOrEmpty(root, "docs");
    profile.unverified = stringList(root, "unverified");
    if (const YAML::Node unsupported = root["unsupported"]; unsupported) {
        profile.supported = false;
        profile.unsupportedReason = textOf(unsupported);
        if (profile.unsupportedReason.en.isEmpty() || profile.unsupportedReason.zhCN.isEmpty()) {
            Yaml::fail(QStringLiteral("profile.invalid"), displayName, unsupported,
                tr("unsupported needs the reason in en and zh_CN."), profileHint());
        }
    }
    if (profile.id.isEmpty() || !root["releases"] || !root["releases"].IsSequence()) {
        Yaml::fail(QStringLiteral("profile.invalid"), displayName, root,
            tr("a module profile needs an id and a list of releases."), profileHint());
    }
    for (const YAML::Node &node : root["releases"]) {
        ReleaseProfile release;
        release.chart = scalarOrEmpty(node, "chart");
        release.release = scalarOrEmpty(node, "release");
        release.namespaceName = scalarOrEmpty(node, "namespace");
        release.repoAlias = scalarOrEmpty(node, "repoAlias");
        release.imageRegistryKeys = stringList(node, "imageRegistryKeys");
        release.deleteJobs = stringList(node, "deleteJobs");
        release.applyCrds = node.IsMap() && node["applyCrds"] && node["applyCrds"].as<bool>(false);
        release.chartPackageImageRegistryKeys = stringList(node, "chartPackageImageRegistryKeys");
        if (node.IsMap() && node["notes"]) {
            release.notes = parseNotes(node["notes"], displayName);
        }
        const QString scope = scalarOrEmpty(node, "scope");
        if (scope == QLatin1String("worker")) {
            release.scope = ReleaseProfile::Scope::Worker;
        } else if (!scope.isEmpty() && scope != QLatin1String("management")) {
            Yaml::fail(QStringLiteral("profile.invalid"), displayName, node["scope"],
                tr("scope must be \"management\" or \"worker\", not \"%1\".").arg(scope),
                profileHint());
        }
        if (release.chart.isEmpty() || release.release.isEmpty()
            || release.namespaceName.isEmpty()) {
            Yaml::fail(QStringLiteral("profile.invalid"), displayName, node,
                tr("every release needs chart, release and namespace."), profileHint());
        }
        profile.releases.push_back(release);
    }
    return profile;
}

QStringList ModuleProfile::builtInIds()
{
    QStringList ids;
    const QStringList files
        = QDir(ProfileDir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        ids.append(file.chopped(5));
    }
    return ids;
}

ModuleProfile ModuleProfile::forUpgrade(const QString &id)
{
    ModuleProfile profile = builtIn(id);
    if (!profile.supported) {
        throw profile.unsupportedError();
    }
    return profile;
}

Error ModuleProfile::unsupportedError() const
{
    return Error(QStringLiteral("profile.unsupported"),
        tr("%1 (%2) is recognised, but this version does not upgrade it yet: %3")
            .arg(displayName(), id, unsupportedReason.text()),
        tr("Follow the module's documented procedure (DaoCloud docs: %1).").arg(docsPage));
}

QStringList ModuleProfile::supportedIds()
{
    QStringList ids;
    for (const ModuleProfile &profile : allBuiltIn()) {
        if (profile.supported) {
            ids.append(profile.id);
        }
    }
    return ids;
}

const std::vector<ModuleProfile> &ModuleProfile::allBuiltIn()
{
    // The profiles are compiled in and never change: parsed once, not on every lookup (plan,
    // run, inspect and the wizard's option help all ask).
    static const std::vector<ModuleProfile> all = [] {
        std::vector<ModuleProfile> profiles;
        for (const QString &id : builtInIds()) {
            QFile file(ProfileDir + QLatin1Char('/') + id + QLatin1String(".yaml"));
            if (file.open(QIODevice::ReadOnly)) {
                profiles.push_back(parse(file.readAll(), file.fileName()));
            }
        }
        return profiles;
    }();
    return all;
}

std::optional<ModuleProfile> ModuleProfile::forCharts(const QStringList &charts)
{
    for (const ModuleProfile &profile : allBuiltIn()) {
        for (const QString &chart : charts) {
            if (profile.releaseForChart(chart)) {
                return profile;
            }
        }
    }
    return std::nullopt;
}

ModuleProfile ModuleProfile::builtIn(const QString &id)
{
    for (const ModuleProfile &profile : allBuiltIn()) {
        if (profile.id == id) {
            return profile;
        }
    }
    throw Error(QStringLiteral("profile.unknown"),
        tr("There is no module \"%1\". Known modules: %2.")
            .arg(id, builtInIds().join(QLatin1String(", "))),
        tr("Check the module name in the plan."));
}

} // namespace DceUpgrade
