#pragma once

#include "PackageModule.h"

#include <QString>
#include <QUrl>
#include <QWidget>

#include <optional>

class QEvent;
class QLabel;
class QPushButton;

namespace DceUpgrade {
struct Package;
}

namespace DceUpgrade::Wizard {

class ErrorPanel;

// The Package page's word on which module the package is (PackageModule): a line naming it and
// its version when the wizard upgrades it; otherwise an error that keeps Next disabled: a module
// this version only recognises (why, and its documented procedure with the public docs link), a
// package no module knows (its charts, and the modules this version upgrades), or a package of
// another module than the one chosen on the Welcome page after it was read. Hidden without a
// package. Texts follow a language switch.
class PackageModuleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageModuleView)

public:
    explicit PackageModuleView(QWidget *parent = nullptr);
    ~PackageModuleView() override;

    // What `package` is, against `upgraded`, the module the wizard upgrades now. Null hides it.
    void showPackage(const Package *package, const ModuleProfile &upgraded);
    // Said under the line naming the module after the wizard switched to it: the module before
    // (when someone had chosen it) and whether its release settings were cleared.
    void setSwitchedFrom(const std::optional<ModuleProfile> &chosenBefore, bool releasesCleared);

    // Next must stay disabled: the wizard cannot upgrade this package.
    bool blocksNext() const { return m_blocksNext; }
    const std::optional<PackageModule> &module() const { return m_module; }
    QUrl docsUrl() const { return m_docsUrl; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::optional<PackageModule> m_module;
    std::optional<ModuleProfile> m_upgraded;
    std::optional<ModuleProfile> m_chosenBefore;
    bool m_releasesCleared = false;
    bool m_blocksNext = false;
    QUrl m_docsUrl;

    QLabel *m_recognised = nullptr;
    ErrorPanel *m_error = nullptr;
    QWidget *m_docsRow = nullptr;
    QLabel *m_docsLink = nullptr;
    QPushButton *m_openDocs = nullptr;
};

} // namespace DceUpgrade::Wizard
