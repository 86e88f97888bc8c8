#include "PackageModule.h"

#include "bundle/PackageReader.h"
#include "util/Error.h"

#include <QRegularExpression>

namespace DceUpgrade::Wizard {

PackageModule PackageModule::of(const Package &package)
{
    PackageModule module;
    QStringList names;
    for (const auto &bundle : package.bundles) {
        names.append(bundle->chart.name);
        module.m_charts.append(bundle->chart.name + QLatin1Char(' ') + bundle->chart.version);
    }
    module.m_profile = ModuleProfile::forCharts(names);
    if (!module.m_profile) {
        module.m_kind = Kind::Unknown;
        return module;
    }
    module.m_kind = module.m_profile->supported ? Kind::Supported : Kind::RecognisedOnly;
    // The profile lists the management chart first: its version is the module's.
    for (const ReleaseProfile &release : module.m_profile->releases) {
        if (const Bundle *bundle = package.bundleForChart(release.chart)) {
            module.m_version = bundle->chart.version;
            break;
        }
    }
    return module;
}

QString PackageModule::nameOf(const ModuleProfile &profile)
{
    return tr("%1 (%2)", "module name (module id)").arg(profile.displayName(), profile.id);
}

QString PackageModule::recognisedText() const
{
    if (!m_profile) {
        return {};
    }
    //: %1: the module's name and id, such as 容器管理 (kpanda); %2: its chart version
    return tr("This is the offline package of %1, version %2.").arg(nameOf(*m_profile), m_version);
}

QString PackageModule::errorMessage() const
{
    if (m_kind == Kind::RecognisedOnly) {
        return m_profile->unsupportedError().message();
    }
    if (m_kind == Kind::Unknown) {
        return tr("None of the modules this version knows uses the charts in this package (%1).")
            .arg(m_charts.join(tr(", ", "list separator")));
    }
    return {};
}

QString PackageModule::errorHint() const
{
    if (m_kind == Kind::RecognisedOnly) {
        return m_profile->unsupportedError().hint();
    }
    if (m_kind == Kind::Unknown) {
        return tr("Choose the offline package of a module this version upgrades: %1.")
            .arg(supportedNames().join(tr(", ", "list separator")));
    }
    return {};
}

QString PackageModule::errorCode() const
{
    switch (m_kind) {
    case Kind::RecognisedOnly:
        return QStringLiteral("profile.unsupported");
    case Kind::Unknown:
        return QStringLiteral("profile.unknown");
    case Kind::Supported:
        break;
    }
    return {};
}

QStringList PackageModule::supportedNames()
{
    QStringList names;
    for (const ModuleProfile &profile : ModuleProfile::allBuiltIn()) {
        if (profile.supported) {
            names.append(nameOf(profile));
        }
    }
    return names;
}

QStringList PackageModule::recognisedOnlyNames()
{
    QStringList names;
    for (const ModuleProfile &profile : ModuleProfile::allBuiltIn()) {
        if (!profile.supported) {
            names.append(nameOf(profile));
        }
    }
    return names;
}

QUrl PackageModule::publicDocsUrl(const QString &docsPage)
{
    // Only the first path ("docs/zh/docs/x.md @commit", "a.md, b.md @commit", "a.md (note)").
    static const QRegularExpression form(
        QStringLiteral("^docs/zh/docs/([A-Za-z0-9_./-]+)\\.md(?=$|[\\s,])"));
    const QRegularExpressionMatch match = form.match(docsPage.trimmed());
    if (!match.hasMatch() || match.captured(1).contains(QLatin1String(".."))) {
        return {};
    }
    return QUrl(
        QStringLiteral("https://docs.daocloud.io/") + match.captured(1) + QStringLiteral(".html"));
}

} // namespace DceUpgrade::Wizard
