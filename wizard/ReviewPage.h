#pragma once

#include "ReleaseProbe.h"
#include "WizardPage.h"

#include "engine/PlanText.h"
#include "engine/Planner.h"

#include <QFileDevice>
#include <QPointer>
#include <QStringList>

#include <optional>

class QCheckBox;
class QFileDialog;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace DceUpgrade::Wizard {

class ErrorPanel;
class WarningPanel;

// Step 6, the commit page: the plan as the engine will run it, before anything runs. The steps
// and their exact commands are the text of `dce-upgrade plan` (PlanText; secrets never appear);
// a plan the planner refuses is explained inline and cannot be started. What needs a decision
// comes first: the planner's warnings, no chart repository, skoala-init on the management
// cluster, and what ReleaseProbe finds on the clusters (a downgrade needs the consent box, pinned
// image tags, a release that is not installed, a cluster out of reach). "Save plan…" and "Export
// script…" write the plan and the bash script. Start asks once, then freezes the plan; the Run
// page starts the engine.
class ReviewPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(WizardSession *session, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // What the plan was made with, for a test that renders the same text.
    const std::optional<PlanResult> &planResult() const { return m_result; }
    PlanText::Heading planHeading() const;
    // The chart version the cluster runs for a release target, once the probe has read it.
    QString installedVersion(const QString &target) const;
    void showPlanText();
    HelmVersion plannedHelm() const;
    bool isProbing() const { return m_probe->isBusy(); }
    // The sentence the confirmation shows.
    QString confirmationText() const;

protected:
    void retranslateUi() override;

private:
    void replan();
    void startProbe();
    void showFindings();
    void showHelmNote();
    // "Start upgrade", or "Start sync" for a plan that only syncs (upgrade.method none).
    void showStartTexts();
    QStringList decisionWarnings() const;
    bool needsDowngradeConsent() const;
    void askToStart();
    // A save dialog in the Documents folder, opened by the caller with open().
    QFileDialog *saveDialog(const QString &objectName, const QString &title, const QString &filter,
        const QString &fileName);
    void savePlan();
    void exportScript();
    // Writes `bytes` atomically; shows where, or why not.
    void writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions mode,
        const QString &done);

    ReleaseProbe *m_probe = nullptr;
    std::optional<PlanResult> m_result;
    QString m_probedTargets; // what the running or last probe looked at
    bool m_confirmed = false; // the confirmation was accepted: Start goes on without asking
    QPointer<QMessageBox> m_confirmation;

    QLabel *m_nothingRan = nullptr;
    QLabel *m_helmNote = nullptr;
    ErrorPanel *m_planError = nullptr;
    WarningPanel *m_warnings = nullptr;
    QCheckBox *m_allowDowngrade = nullptr;
    QProgressBar *m_probeBusy = nullptr;
    QLabel *m_clusterTitle = nullptr;
    QLabel *m_clusterState = nullptr;
    QLabel *m_planTextLabel = nullptr;
    QPlainTextEdit *m_planText = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_fileStatus = nullptr;
};

} // namespace DceUpgrade::Wizard
