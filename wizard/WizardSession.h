#pragma once

#include "bundle/PackageReader.h"
#include "model/ModuleProfile.h"

#include <QObject>
#include <QString>

#include <memory>

namespace DceUpgrade::Wizard {

// The state the wizard's pages share: which module is upgraded, the language of the interface,
// the package the user chose and what was read from it. Pages edit it and react to its change
// signals; they never talk to each other. Lives on the GUI thread. Never holds a secret in a
// form that is saved anywhere (no QSettings, no QWizard fields).
class WizardSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardSession)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString packagePath READ packagePath WRITE setPackagePath NOTIFY packagePathChanged)
    Q_PROPERTY(bool hasPackage READ hasPackage NOTIFY packageChanged)

public:
    explicit WizardSession(ModuleProfile profile, QObject *parent = nullptr);
    ~WizardSession() override;

    const ModuleProfile &profile() const { return m_profile; }

    // "en" or "zh_CN". Setting it installs the translators (Translations::install): every widget
    // then receives QEvent::LanguageChange and retranslates itself. Empty picks the system's.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // The package file the user chose, made absolute. Changing it drops the package read from
    // the old path.
    QString packagePath() const { return m_packagePath; }
    void setPackagePath(const QString &path);

    // What was read from packagePath(), or null while nothing was (yet). Read-only and shared:
    // later steps keep it alive while they need it.
    const std::shared_ptr<const Package> &package() const { return m_package; }
    bool hasPackage() const { return m_package != nullptr; }
    // Ignored unless `package` was read from the current packagePath().
    void setPackage(std::shared_ptr<const Package> package);

signals:
    void languageChanged(const QString &language);
    void packagePathChanged(const QString &path);
    void packageChanged();

private:
    ModuleProfile m_profile;
    QString m_language;
    QString m_packagePath;
    std::shared_ptr<const Package> m_package;
};

} // namespace DceUpgrade::Wizard
