#pragma once

#include <QWizard>

class QEvent;

namespace DceUpgrade::Wizard {

class WizardSession;

// The wizard window: the pages in order (PageId), the window texts and buttons. All state lives
// in the WizardSession the caller owns and hands in; it must outlive the wizard.
class UpgradeWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeWizard)

public:
    explicit UpgradeWizard(WizardSession *session, QWidget *parent = nullptr);
    ~UpgradeWizard() override;

    WizardSession *session() const { return m_session; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    WizardSession *m_session = nullptr;
};

} // namespace DceUpgrade::Wizard
