#include "WizardSession.h"

#include "util/Translations.h"

#include <QFileInfo>

#include <utility>

namespace DceUpgrade::Wizard {

WizardSession::WizardSession(ModuleProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{ }

WizardSession::~WizardSession() = default;

void WizardSession::setLanguage(const QString &language)
{
    if (!m_language.isEmpty() && language == m_language) {
        return;
    }
    const QString effective = Translations::install(language);
    if (effective != m_language) {
        m_language = effective;
        emit languageChanged(m_language);
    }
}

void WizardSession::setPackagePath(const QString &path)
{
    // Absolute, like Package::path, so a package can be matched with the path it was read from.
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute == m_packagePath) {
        return;
    }
    m_packagePath = absolute;
    const bool hadPackage = hasPackage();
    m_package.reset();
    emit packagePathChanged(m_packagePath);
    if (hadPackage) {
        emit packageChanged();
    }
}

void WizardSession::setPackage(std::shared_ptr<const Package> package)
{
    if (package && package->path != m_packagePath) {
        return;
    }
    if (package == m_package) {
        return;
    }
    m_package = std::move(package);
    emit packageChanged();
}

} // namespace DceUpgrade::Wizard
