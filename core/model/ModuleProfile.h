#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace DceUpgrade {

class Error;

// A text a profile carries in both languages.
struct ProfileText
{
    QString en;
    QString zhCN;
    // In the language of the running application (English when there is no Chinese).
    QString text() const;
};

// A manual change some upgrades need, depending on the version upgraded from and to (ghippo
// <= 0.11 -> 0.12 renames keycloak to keycloakx in the values). Shown before anything runs.
struct VersionNote
{
    QString installedRange; // ChartVersion::satisfies range of the installed chart
    QString targetRange; // ... of the chart version upgraded to
    ProfileText text;
    // A pure rename of values keys (old -> new: every mapping key of that name, at any depth)
    // the engine can apply to the values it passes to helm; the backup itself is never edited.
    std::vector<std::pair<QString, QString>> renameKeys;

    // Unknown versions (nothing installed, a plan without the cluster) never match.
    bool appliesTo(const QString &installed, const QString &target) const;
    // Whether the target alone could match: shown as "if you upgrade from ..." before the
    // installed version is known.
    bool mayApplyTo(const QString &target) const;
};

// How one Helm release of a module is upgraded: data from a profile, never code.
struct ReleaseProfile
{
    enum class Scope { Management, Worker };

    QString chart;
    QString release;
    QString namespaceName;
    QString repoAlias;
    QStringList imageRegistryKeys; // values keys that carry the image registry
    Scope scope = Scope::Management;
    QStringList deleteJobs; // jobs deleted before the upgrade (immutable hook jobs)
    bool applyCrds = false; // kubectl apply -f <chart>/crds before the upgrade
    // Keys set only when the upgrade installs the package's own chart (the middleware pages add
    // console_image.registry and operator_image.registry on that path).
    QStringList chartPackageImageRegistryKeys;
    std::vector<VersionNote> notes;
};

// A DCE module's upgrade recipe, loaded from core/profiles/<id>.yaml (a Qt resource).
struct ModuleProfile
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ModuleProfile)

public:
    QString id;
    QString nameEn;
    QString nameZh;
    QString packageGlob; // the file dialog's filter
    QStringList packageNames; // every file name form the download pages show (globs)
    std::vector<ReleaseProfile> releases;
    QString docsPage; // the DaoCloud docs page the profile follows (DaoCloud-docs path)
    QStringList unverified; // facts the docs leave open, said where they are used
    // A module this version recognises but does not upgrade yet, and why.
    bool supported = true;
    ProfileText unsupportedReason;

    // The name in the language of the running application.
    QString displayName() const;
    const ReleaseProfile *releaseForChart(const QString &chart) const;

    // Throws Error (profile.invalid / yaml.invalid) with the line.
    static ModuleProfile parse(const QByteArray &yaml, const QString &displayName);
    // The built-in profile `id`; throws Error (profile.unknown) listing the known ones.
    static ModuleProfile builtIn(const QString &id);
    static QStringList builtInIds();
    // The built-in profile `id` of a module this version upgrades; throws Error
    // (profile.unknown, or profile.unsupported with the reason and the docs page).
    static ModuleProfile forUpgrade(const QString &id);
    // Why this version does not upgrade the module (profile.unsupported).
    Error unsupportedError() const;
    // The ids of the built-in profiles this version upgrades.
    static QStringList supportedIds();
    // Every built-in profile, supported or not, in id order.
    static const std::vector<ModuleProfile> &allBuiltIn();
    // The built-in profile that knows a chart of `charts` (a package's), or nullopt.
    static std::optional<ModuleProfile> forCharts(const QStringList &charts);
    // Whether `fileName` has one of the forms of this module's package names.
    bool matchesPackageName(const QString &fileName) const;
};

} // namespace DceUpgrade
