#pragma once

#include "WizardPage.h"
#include "WizardSession.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace DceUpgrade::Wizard {

class EngineRun;
class ErrorPanel;
class RunView;

// Page 7: runs the frozen plan in the engine worker (EngineRun) as soon as it is entered and
// shows it live (RunView). During the run the only way out is Cancel (asked first, then the
// worker stops safely); a failed step shows its message and hint with Retry (resume the
// session) and Roll back; a lost worker is reported with its last lines. The page is complete
// once the worker has ended, and it is a commit page: nothing goes back to the Review page
// after a run. The outcome goes to WizardSession::setLastRun() for the Finish page.
class RunPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    explicit RunPage(WizardSession *session, QWidget *parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isWorking() const override;
    void requestStop() override;

    EngineRun *engineRun() const { return m_run; }
    RunView *runView() const { return m_view; }

    // The secrets the plan's steps will ask the engine for (PlanResult::secretsNeeded()).
    QStringList secretIdsFor(const UpgradePlan &plan) const;

protected:
    void retranslateUi() override;

private:
    void startUpgrade();
    void askToCancel();
    void retry();
    void askToRollBack();
    void onStarted();
    void onEnded(const RunOutcome &outcome);
    void updateStatus();
    // Hides the wizard's own Cancel while this page is shown: the page's Cancel stops the run,
    // the wizard's would close the window.
    void followWizardButtons();

    EngineRun *m_run = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_sessionLabel = nullptr;
    ErrorPanel *m_error = nullptr;
    QLabel *m_lastLinesLabel = nullptr;
    QPlainTextEdit *m_lastLines = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_rollbackButton = nullptr;
    RunView *m_view = nullptr;
    bool m_followingWizard = false;
    bool m_canRollBack = false;
};

} // namespace DceUpgrade::Wizard
