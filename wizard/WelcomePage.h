#pragma once

#include "WizardPage.h"

class QComboBox;
class QLabel;

namespace DceUpgrade::Wizard {

class WizardSession;

// The first page: what the wizard does and for which module, and the interface language. The
// language switch takes effect at once, in every window of the program (no restart).
class WelcomePage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(WizardSession *session, QWidget *parent = nullptr);
    ~WelcomePage() override;

protected:
    void retranslateUi() override;

private:
    void selectLanguage(const QString &language);

    WizardSession *m_session = nullptr; // session(), kept for brevity
    QLabel *m_intro = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_moduleLabel = nullptr;
    QLabel *m_module = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace DceUpgrade::Wizard
