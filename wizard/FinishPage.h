#pragma once

#include "WizardPage.h"
#include "WizardSession.h"

#include <QString>
#include <QStringList>
#include <QVector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace DceUpgrade::Wizard {

class EngineRun;
class RunView;

// Page 8: how the last run ended in one sentence, each release's revision and chart version
// before and after (from the session's report.json), the report, the values backups, and what
// to do next: roll the session back (asked first, run here with the same live view as the Run
// page) or start another upgrade (back to the package page, keeping everything typed in but
// the run). The wizard's Close button closes the window; it waits while a rollback runs.
class FinishPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)

public:
    // One row of report.json's "releases".
    struct ReleaseRow
    {
        QString target;
        int revisionBefore = -1, revisionAfter = -1; // -1: not recorded
        QString chartVersionBefore, chartVersionAfter;
        QString backup;
    };

    explicit FinishPage(WizardSession *session, QWidget *parent = nullptr);
    ~FinishPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isWorking() const override;
    void requestStop() override;

    EngineRun *engineRun() const { return m_run; }
    const QVector<ReleaseRow> &releases() const { return m_rows; }

    // The releases of a report.json; empty when it cannot be read.
    static QVector<ReleaseRow> readReleases(const QString &reportJson);

protected:
    void retranslateUi() override;

private:
    void reload();
    void updateTexts();
    QString outcomeSentence() const;
    // How a sync-only run (upgrade.method none) ended.
    QString rollbackSentence() const;
    QString upgradeSentence() const;
    QString syncOnlySentence() const;
    void openReport();
    void openBackupFolder();
    void askToRollBack();
    void askToCancelRollback();
    void startAnother();
    void onRollbackEnded(const RunOutcome &outcome);
    void openLocal(const QString &path);

    EngineRun *m_run = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_releasesLabel = nullptr;
    QTreeWidget *m_releases = nullptr;
    QLabel *m_noReport = nullptr;
    QLabel *m_backupLabel = nullptr;
    QLabel *m_backups = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_openReport = nullptr;
    QPushButton *m_rollback = nullptr;
    QPushButton *m_startAnother = nullptr;
    QLabel *m_actionStatus = nullptr;
    QWidget *m_rollbackArea = nullptr;
    QLabel *m_rollbackStatus = nullptr;
    QPushButton *m_cancelRollback = nullptr;
    RunView *m_view = nullptr;

    QVector<ReleaseRow> m_rows;
    QStringList m_backupPaths;
    bool m_canRollBack = false;
    QString m_failedToOpen; // the path the desktop would not open
};

} // namespace DceUpgrade::Wizard
