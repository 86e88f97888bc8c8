#pragma once

#include "model/ModuleProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace DceUpgrade {
struct Package;
}

namespace DceUpgrade::Wizard {

// Which DCE module a package is, from its charts (ModuleProfile::forCharts), so the engineer
// does not have to name it first; and what the wizard says about it. Cheap: the profiles are
// parsed once (ModuleProfile::allBuiltIn).
class PackageModule final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Wizard::PackageModule)

public:
    enum class Kind {
        Supported, // a module this version upgrades
        RecognisedOnly, // known, but not upgraded by this version (insight, amamba...)
        Unknown, // no profile knows its charts
    };

    static PackageModule of(const Package &package);

    Kind kind() const { return m_kind; }
    // Supported and RecognisedOnly only.
    const std::optional<ModuleProfile> &profile() const { return m_profile; }
    // Each chart of the package as "name version", in the package's order.
    const QStringList &charts() const { return m_charts; }
    // The version of the module's first chart in the package (its management chart).
    const QString &version() const { return m_version; }

    // "Container Management (kpanda)", in the language shown.
    static QString nameOf(const ModuleProfile &profile);
    // What the package is, in one sentence (Supported).
    QString recognisedText() const;
    // Why Next stays disabled (RecognisedOnly, Unknown): the message and what to do.
    QString errorMessage() const;
    QString errorHint() const;
    // The error code ErrorHelp maps to the help on module recognition.
    QString errorCode() const;

    // The modules this version upgrades and those it only recognises, by their DCE names.
    static QStringList supportedNames();
    static QStringList recognisedOnlyNames();

    // The public page of a DaoCloud-docs path (docs/zh/docs/kpanda/intro/offline-upgrade.md
    // @0068eb4 -> https://docs.daocloud.io/kpanda/intro/offline-upgrade.html: the site is built
    // from docs/zh/docs with use_directory_urls false), or an invalid URL when the path is not
    // of that form.
    static QUrl publicDocsUrl(const QString &docsPage);

private:
    Kind m_kind = Kind::Unknown;
    std::optional<ModuleProfile> m_profile;
    QStringList m_charts;
    QString m_version;
};

} // namespace DceUpgrade::Wizard
