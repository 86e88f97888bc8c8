#include "ModuleProfile.h"

#include "util/Error.h"
#include "util/Yaml.h"

#include <QDir>
#include <QFile>
#include <QLocale>

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

QString profileHint()
{
    return ModuleProfile::tr(
        "Correct the module profile; the built-in ones come with the program.");
}

} // namespace

QString ModuleProfile::displayName() const
{
    return QLocale().language() == QLocale::Chinese && !nameZh.isEmpty() ? nameZh : nameEn;
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

ModuleProfile ModuleProfile::builtIn(const QString &id)
{
    QFile file(ProfileDir + QLatin1Char('/') + id + QLatin1String(".yaml"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QStringLiteral("profile.unknown"),
            tr("There is no module \"%1\". Known modules: %2.")
                .arg(id, builtInIds().join(QLatin1String(", "))),
            tr("Check the module name in the plan."));
    }
    return parse(file.readAll(), file.fileName());
}

} // namespace DceUpgrade
