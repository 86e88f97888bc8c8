#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace DceUpgrade {

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
};

// A DCE module's upgrade recipe, loaded from core/profiles/<id>.yaml (a Qt resource).
struct ModuleProfile
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::ModuleProfile)

public:
    QString id;
    QString nameEn;
    QString nameZh;
    QString packageGlob;
    std::vector<ReleaseProfile> releases;

    // The name in the language of the running application.
    QString displayName() const;
    const ReleaseProfile *releaseForChart(const QString &chart) const;

    // Throws Error (profile.invalid / yaml.invalid) with the line.
    static ModuleProfile parse(const QByteArray &yaml, const QString &displayName);
    // The built-in profile `id`; throws Error (profile.unknown) listing the known ones.
    static ModuleProfile builtIn(const QString &id);
    static QStringList builtInIds();
};

} // namespace DceUpgrade
