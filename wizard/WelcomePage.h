#pragma once

#include "WizardPage.h"

#include <QList>

class QComboBox;
class QFrame;
class QLabel;
class QShowEvent;

namespace DceUpgrade::Wizard {

class ToolTable;
class WizardSession;

// The first page: what the wizard does and for which module, the interface language, and the
// tools found on this machine for each method (probed in the background the first time the
// page is shown). Without helm the upgrade cannot run here: said plainly, but Next stays
// available so the wizard can still be looked through. A demo (scripts/run.sh --demo) says so
// in a banner with its notes. The language switch takes effect at once, in every window.
// The module is recognised from the package unless one is chosen here (--module preselects
// it): the choice lists every module this version upgrades by its DCE name, and a line below
// names those it only recognises.
class WelcomePage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(WizardSession *session, QWidget *parent = nullptr);
    ~WelcomePage() override;

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void selectLanguage(const QString &language);
    void fillModuleChoice();
    void chooseModule(int index);
    void showModule();
    void showHelmWarning();

    WizardSession *m_session = nullptr; // session(), kept for brevity
    bool m_toolsProbed = false;
    QFrame *m_demoBanner = nullptr;
    QLabel *m_demoTitle = nullptr;
    QLabel *m_demoNote = nullptr;
    QLabel *m_intro = nullptr;
    QList<QLabel *> m_steps;
    QLabel *m_note = nullptr;
    QLabel *m_moduleLabel = nullptr;
    QComboBox *m_module = nullptr;
    QLabel *m_recognisedOnly = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_toolsLabel = nullptr;
    QLabel *m_helmWarning = nullptr;
    ToolTable *m_tools = nullptr;
    QLabel *m_toolsNote = nullptr;
};

} // namespace DceUpgrade::Wizard
