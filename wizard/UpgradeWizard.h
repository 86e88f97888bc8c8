#pragma once

#include <QWizard>

class QCloseEvent;
class QEvent;

namespace DceUpgrade::Wizard {

class HelpWindow;
struct HelpTopic;
class StepSidebar;
class WizardPage;
class WizardSession;

// The wizard window: the eight pages in order (PageId), the step sidebar, the window texts and
// buttons. All state lives in the WizardSession the caller owns and hands in; it must outlive
// the wizard. Closing the window while a page is working (the run) asks first, stops the work
// and closes when it has ended: an upgrade is never abandoned half way by a stray click.
class UpgradeWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeWizard)

public:
    explicit UpgradeWizard(WizardSession *session, QWidget *parent = nullptr);
    ~UpgradeWizard() override;

    WizardSession *session() const { return m_session; }
    StepSidebar *sidebar() const { return m_sidebar; }
    WizardPage *wizardPage(int id) const;

    // Opens the help window (Help button, F1) at `topic`; an empty topic is the current page's.
    // The window stays open beside the wizard and follows it to the next page.
    void showHelp(const HelpTopic &topic);
    HelpWindow *helpWindow() const { return m_help; }

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void nameLogo();
    // True when the window may close now; otherwise it asked, and closes once work has ended.
    bool mayClose();

    WizardSession *m_session = nullptr;
    StepSidebar *m_sidebar = nullptr;
    HelpWindow *m_help = nullptr;
    bool m_closeWhenIdle = false;
    bool m_askingToStop = false;
};

} // namespace DceUpgrade::Wizard
