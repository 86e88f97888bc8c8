#include "FinishPage.h"

#include "EngineRun.h"
#include "RunModel.h"
#include "RunQuestions.h"
#include "RunView.h"
#include "WizardSession.h"
#include "engine/ReleaseFacts.h"

#include <QAccessible>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace DceUpgrade::Wizard {

namespace {

enum Column { ReleaseColumn, RevisionColumn, ChartColumn, BackupColumn, ColumnCount };

QString beforeAfter(const QString &before, const QString &after)
{
    const QString none = QStringLiteral("–");
    return FinishPage::tr("%1 → %2", "@item before → after")
        .arg(before.isEmpty() ? none : before, after.isEmpty() ? none : after);
}

QString revisionText(int revision)
{
    return revision < 0 ? QString() : QString::number(revision);
}

// report.json sits beside report.html, in the session folder.
QString reportJsonOf(const QString &sessionDir)
{
    return sessionDir.isEmpty() ? QString()
                                : QDir(sessionDir).filePath(QStringLiteral("report.json"));
}

} // namespace

FinishPage::FinishPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Finish, parent)
    , m_run(new EngineRun(this))
    , m_outcome(wrappedLabel(this))
    , m_detail(wrappedLabel(this))
    , m_releasesLabel(new QLabel(this))
    , m_releases(new QTreeWidget(this))
    , m_noReport(wrappedLabel(this))
    , m_backupLabel(new QLabel(this))
    , m_backups(wrappedLabel(this))
    , m_openFolder(new QPushButton(this))
    , m_openReport(new QPushButton(this))
    , m_rollback(new QPushButton(this))
    , m_startAnother(new QPushButton(this))
    , m_actionStatus(wrappedLabel(this))
    , m_rollbackArea(new QWidget(this))
    , m_rollbackStatus(wrappedLabel(m_rollbackArea))
    , m_cancelRollback(new QPushButton(m_rollbackArea))
    , m_view(new RunView(m_run->model(), m_rollbackArea))
{
    setObjectName(QStringLiteral("finishPage"));
    m_run->setObjectName(QStringLiteral("finishEngineRun"));
    m_outcome->setObjectName(QStringLiteral("finishOutcome"));
    m_detail->setObjectName(QStringLiteral("finishDetail"));
    m_releases->setObjectName(QStringLiteral("finishReleases"));
    m_noReport->setObjectName(QStringLiteral("finishNoReport"));
    m_backups->setObjectName(QStringLiteral("finishBackups"));
    m_openFolder->setObjectName(QStringLiteral("openBackupFolderButton"));
    m_openReport->setObjectName(QStringLiteral("openReportButton"));
    m_rollback->setObjectName(QStringLiteral("finishRollbackButton"));
    m_startAnother->setObjectName(QStringLiteral("startAnotherButton"));
    m_actionStatus->setObjectName(QStringLiteral("finishActionStatus"));
    m_rollbackArea->setObjectName(QStringLiteral("finishRollbackArea"));
    m_rollbackStatus->setObjectName(QStringLiteral("finishRollbackStatus"));
    m_cancelRollback->setObjectName(QStringLiteral("cancelRollbackButton"));
    m_view->setObjectName(QStringLiteral("finishRunView"));

    QFont bold = m_outcome->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_outcome->setFont(bold);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_backups->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_releasesLabel->setBuddy(m_releases);
    m_backupLabel->setBuddy(m_openFolder);

    m_releases->setColumnCount(ColumnCount);
    m_releases->setRootIsDecorated(false);
    m_releases->setUniformRowHeights(true);
    m_releases->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_releases->header()->setStretchLastSection(true);

    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupLabel, 0, Qt::AlignTop);
    backupRow->addWidget(m_backups, 1);
    backupRow->addWidget(m_openFolder, 0, Qt::AlignTop);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_openReport);
    actions->addWidget(m_rollback);
    actions->addWidget(m_startAnother);
    actions->addStretch(1);

    auto *rollbackStatusRow = new QHBoxLayout;
    rollbackStatusRow->addWidget(m_rollbackStatus, 1);
    rollbackStatusRow->addWidget(m_cancelRollback, 0, Qt::AlignTop);
    auto *rollbackLayout = new QVBoxLayout(m_rollbackArea);
    rollbackLayout->setContentsMargins(0, 0, 0, 0);
    rollbackLayout->addLayout(rollbackStatusRow);
    rollbackLayout->addWidget(m_view, 1);
    m_rollbackArea->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_detail);
    layout->addWidget(m_releasesLabel);
    layout->addWidget(m_releases);
    layout->addWidget(m_noReport);
    layout->addLayout(backupRow);
    layout->addLayout(actions);
    layout->addWidget(m_actionStatus);
    layout->addWidget(m_rollbackArea, 1);
    layout->addStretch(0);

    connect(m_openReport, &QPushButton::clicked, this, &FinishPage::openReport);
    connect(m_openFolder, &QPushButton::clicked, this, &FinishPage::openBackupFolder);
    connect(m_rollback, &QPushButton::clicked, this, &FinishPage::askToRollBack);
    connect(m_cancelRollback, &QPushButton::clicked, this, &FinishPage::askToCancelRollback);
    connect(m_startAnother, &QPushButton::clicked, this, &FinishPage::startAnother);
    connect(m_run, &EngineRun::started, this, [this] {
        m_rollbackArea->show();
        m_failedToOpen.clear();
        updateTexts();
        emit completeChanged();
    });
    connect(m_run, &EngineRun::ended, this, &FinishPage::onRollbackEnded);
    connect(session, &WizardSession::lastRunChanged, this, [this] {
        if (wizard() && wizard()->currentPage() == this) {
            reload();
        }
    });

    retranslateUi();
}

FinishPage::~FinishPage() = default;

void FinishPage::initializePage()
{
    // Close is the way out of the last page; a Cancel beside it would mean the same.
    wizard()->setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_rollbackArea->hide();
    m_failedToOpen.clear();
    reload();
}

void FinishPage::cleanupPage()
{
    m_rollbackArea->hide();
    m_rows.clear();
    m_backupPaths.clear();
}

bool FinishPage::isComplete() const
{
    return !m_run->isRunning();
}

bool FinishPage::isWorking() const
{
    return m_run->isRunning();
}

void FinishPage::requestStop()
{
    m_run->cancel();
    updateTexts();
}

QVector<FinishPage::ReleaseRow> FinishPage::readReleases(const QString &reportJson)
{
    QVector<ReleaseRow> rows;
    QFile file(reportJson);
    if (reportJson.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return rows;
    }
    // A report is a few kilobytes written by the engine that just ended: read here directly.
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : report.value(QLatin1String("releases")).toArray()) {
        // The report lists each release's facts as the session keeps them.
        const ReleaseFacts release = ReleaseFacts::fromJson(value.toObject());
        ReleaseRow row;
        row.target = release.target;
        row.revisionBefore = release.before ? release.before->revision : -1;
        row.revisionAfter = release.after ? release.after->revision : -1;
        row.chartVersionBefore = release.before ? release.before->chartVersion : QString();
        row.chartVersionAfter = release.after ? release.after->chartVersion : QString();
        row.backup = release.backup;
        rows.append(row);
    }
    return rows;
}

void FinishPage::reload()
{
    const RunOutcome &run = session()->lastRun();
    m_rows = readReleases(reportJsonOf(run.sessionDir));
    m_backupPaths.clear();
    for (const ReleaseRow &row : std::as_const(m_rows)) {
        if (!row.backup.isEmpty() && !m_backupPaths.contains(row.backup)) {
            m_backupPaths.append(row.backup);
        }
    }
    m_canRollBack = !run.sessionDir.isEmpty()
        && !(run.kind == RunOutcome::Kind::Rollback && run.result == RunOutcome::Result::Succeeded)
        && !RunQuestions::rollbackTargets(run.sessionDir).isEmpty();

    m_releases->clear();
    for (const ReleaseRow &row : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem(m_releases);
        item->setText(ReleaseColumn, row.target);
        item->setText(RevisionColumn,
            beforeAfter(revisionText(row.revisionBefore), revisionText(row.revisionAfter)));
        item->setText(ChartColumn, beforeAfter(row.chartVersionBefore, row.chartVersionAfter));
        item->setText(BackupColumn, QDir::toNativeSeparators(row.backup));
        item->setToolTip(BackupColumn, QDir::toNativeSeparators(row.backup));
    }
    // As high as its rows (a few), so the live view of a rollback keeps the room below.
    const int rows = std::clamp(int(m_rows.size()), 1, 6);
    m_releases->setFixedHeight(m_releases->header()->sizeHint().height()
        + rows
            * (m_releases->sizeHintForRow(0) > 0 ? m_releases->sizeHintForRow(0)
                                                 : m_releases->fontMetrics().height() + 4)
        + 2 * m_releases->frameWidth() + 2);
    updateTexts();
}

QString FinishPage::outcomeSentence() const
{
    const RunOutcome &run = session()->lastRun();
    switch (run.kind) {
    case RunOutcome::Kind::None:
        return tr("Nothing was run.", "@info");
    case RunOutcome::Kind::Rollback:
        return rollbackSentence();
    case RunOutcome::Kind::Upgrade:
        break;
    }
    return session()->runIsSyncOnly() ? syncOnlySentence() : upgradeSentence();
}

QString FinishPage::rollbackSentence() const
{
    const RunOutcome &run = session()->lastRun();
    switch (run.result) {
    case RunOutcome::Result::Succeeded:
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        return tr("The upgrade of %1 was rolled back: its releases are at their earlier "
                  "revisions again.",
            "@info")
            .arg(session()->profile().displayName());
    case RunOutcome::Result::Failed:
        if (run.failedStepTitle.isEmpty()) {
            return tr("The rollback failed before its first step.", "@info");
        }
        return tr("The rollback failed at the step “%1”.", "@info").arg(run.failedStepTitle);
    case RunOutcome::Result::Canceled:
        return tr("The rollback was canceled.", "@info");
    case RunOutcome::Result::WorkerLost:
        return tr("The rollback did not finish: the engine worker stopped unexpectedly.", "@info");
    }
    return QString();
}

QString FinishPage::upgradeSentence() const
{
    const RunOutcome &run = session()->lastRun();
    const QString module = session()->profile().displayName();
    switch (run.result) {
    case RunOutcome::Result::Succeeded:
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        return tr("%1 was upgraded: every step succeeded.", "@info").arg(module);
    case RunOutcome::Result::Failed:
        if (run.failedStepTitle.isEmpty()) {
            //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
            return tr("The upgrade of %1 failed before its first step.", "@info").arg(module);
        }
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        return tr("The upgrade of %1 failed at the step “%2”.", "@info")
            .arg(module, run.failedStepTitle);
    case RunOutcome::Result::Canceled:
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        return tr("The upgrade of %1 was canceled; the steps already done stay done.", "@info")
            .arg(module);
    case RunOutcome::Result::WorkerLost:
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        return tr(
            "The upgrade of %1 did not finish: the engine worker stopped unexpectedly.", "@info")
            .arg(module);
    }
    return QString();
}

QString FinishPage::syncOnlySentence() const
{
    const RunOutcome &run = session()->lastRun();
    const QString module = session()->profile().displayName();
    switch (run.result) {
    case RunOutcome::Result::Succeeded:
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        return tr(
            "The images of %1 are staged: every step succeeded. No release was upgraded.", "@info")
            .arg(module);
    case RunOutcome::Result::Failed:
        if (run.failedStepTitle.isEmpty()) {
            //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
            return tr("The sync of %1 failed before its first step.", "@info").arg(module);
        }
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        return tr("The sync of %1 failed at the step “%2”.", "@info")
            .arg(module, run.failedStepTitle);
    case RunOutcome::Result::Canceled:
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        return tr("The sync of %1 was canceled; the steps already done stay done.", "@info")
            .arg(module);
    case RunOutcome::Result::WorkerLost:
        //: %1: the module's name, such as 微服务引擎 (Microservice Engine)
        return tr("The sync of %1 did not finish: the engine worker stopped unexpectedly.", "@info")
            .arg(module);
    }
    return QString();
}

void FinishPage::updateTexts()
{
    const RunOutcome &run = session()->lastRun();
    // A sync-only run changed no release: no revisions, backups or rollback to offer.
    const bool syncOnly = run.kind == RunOutcome::Kind::Upgrade && session()->runIsSyncOnly();
    m_outcome->setText(outcomeSentence());
    m_outcome->setAccessibleName(tr("Outcome", "@label"));

    QStringList detail;
    if (!run.message.isEmpty()) {
        detail << run.message;
    }
    if (!run.hint.isEmpty()) {
        detail << tr("What to do: %1", "@info").arg(run.hint);
    }
    if (syncOnly && run.result == RunOutcome::Result::Succeeded) {
        detail << tr("To upgrade later: Start another keeps your choices; choose the Helm "
                     "repository or the chart package on the Upgrade page. Or run the saved plan "
                     "with upgrade.method set to helm-repo or chart-package: dce-upgrade run "
                     "--plan PLAN.",
            "@info");
    }
    if (run.result == RunOutcome::Result::WorkerLost && !run.lastLines.isEmpty()) {
        detail << tr("The engine's last lines:\n%1", "@info")
                      .arg(run.lastLines.join(QLatin1Char('\n')));
    }
    if (!run.sessionDir.isEmpty()) {
        detail << tr("Session folder: %1", "@info").arg(QDir::toNativeSeparators(run.sessionDir));
    }
    m_detail->setText(detail.join(QLatin1Char('\n')));
    m_detail->setVisible(!detail.isEmpty());

    const bool haveRows = !m_rows.isEmpty();
    m_releasesLabel->setVisible(haveRows);
    m_releases->setVisible(haveRows);
    m_noReport->setText(run.kind == RunOutcome::Kind::None
            ? QString()
            : tr("No release was upgraded in this session, so there are no revisions to show.",
                "@info"));
    m_noReport->setVisible(!haveRows && run.kind != RunOutcome::Kind::None && !syncOnly);

    m_backups->setText(m_backupPaths.isEmpty()
            ? tr("none was written", "@info values backup")
            : QDir::toNativeSeparators(m_backupPaths.join(QLatin1Char('\n'))));
    m_backupLabel->setVisible(run.kind != RunOutcome::Kind::None && !syncOnly);
    m_backups->setVisible(run.kind != RunOutcome::Kind::None && !syncOnly);
    m_openFolder->setVisible(!m_backupPaths.isEmpty());

    const bool running = m_run->isRunning();
    m_openReport->setEnabled(!run.report.isEmpty() && QFileInfo::exists(run.report));
    m_rollback->setEnabled(m_canRollBack && !running);
    m_rollback->setVisible(run.kind != RunOutcome::Kind::None && !syncOnly);
    m_startAnother->setEnabled(!running);

    m_actionStatus->setText(m_failedToOpen.isEmpty()
            ? QString()
            : tr("The desktop did not open %1.", "@info")
                  .arg(QDir::toNativeSeparators(m_failedToOpen)));
    m_actionStatus->setVisible(!m_failedToOpen.isEmpty());

    QString rollbackStatus;
    if (running) {
        rollbackStatus = m_run->isStopping()
            ? tr("Stopping safely… A running helm command is allowed to finish first.",
                "@info:status")
            : tr("The rollback is running.", "@info:status");
    } else if (m_run->model()->hasEnded()) {
        switch (m_run->model()->outcome().result) {
        case RunOutcome::Result::Succeeded:
            rollbackStatus = tr("The rollback finished.", "@info:status");
            break;
        case RunOutcome::Result::Canceled:
            rollbackStatus = tr("The rollback was canceled.", "@info:status");
            break;
        case RunOutcome::Result::Failed:
        case RunOutcome::Result::WorkerLost:
            rollbackStatus = tr("The rollback did not finish.", "@info:status");
            break;
        }
    }
    m_rollbackStatus->setText(rollbackStatus);
    m_cancelRollback->setVisible(running);
    m_cancelRollback->setEnabled(running && !m_run->isStopping());
}

void FinishPage::retranslateUi()
{
    setTitle(tr("Result", "@title"));
    setSubTitle(
        tr("How the run ended, what changed on the cluster, and what you can do next.", "@info"));
    m_releasesLabel->setText(tr("Rel&eases:", "@label"));
    m_releases->setHeaderLabels({tr("Release", "@title:column"),
        tr("Revision before → after", "@title:column"),
        tr("Chart version before → after", "@title:column"), tr("Values backup", "@title:column")});
    m_releases->setAccessibleName(tr("Releases", "@label"));
    m_releases->setAccessibleDescription(
        tr("Each release with its revision and chart version before and after the run.", "@info"));
    m_backupLabel->setText(tr("Values backup:", "@label"));
    m_backups->setAccessibleName(tr("Values backup", "@label"));
    m_openFolder->setText(tr("&Open folder", "@action"));
    m_openFolder->setToolTip(
        tr("Opens the folder that holds the values backups.", "@info:tooltip"));
    m_openReport->setText(tr("Open &report", "@action"));
    m_openReport->setToolTip(tr("Opens the HTML report of the run: every step, every command "
                                "and its result.",
        "@info:tooltip"));
    m_rollback->setText(tr("Roll &back…", "@action"));
    m_rollback->setToolTip(tr("Return every upgraded release to the revision it had before "
                              "this upgrade.",
        "@info:tooltip"));
    m_startAnother->setText(tr("S&tart another", "@action start another upgrade"));
    m_startAnother->setToolTip(tr("Goes back to the package page for another upgrade; the "
                                  "registry and the other choices are kept.",
        "@info:tooltip"));
    m_cancelRollback->setText(tr("Cance&l…", "@action stop the running rollback"));
    m_rollbackStatus->setAccessibleName(tr("Rollback status", "@label"));
    updateTexts();
}

void FinishPage::openLocal(const QString &path)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_failedToOpen.clear();
    } else {
        m_failedToOpen = path;
    }
    updateTexts();
}

void FinishPage::openReport()
{
    openLocal(session()->lastRun().report);
}

void FinishPage::openBackupFolder()
{
    if (!m_backupPaths.isEmpty()) {
        openLocal(QFileInfo(m_backupPaths.constFirst()).absolutePath());
    }
}

void FinishPage::askToRollBack()
{
    if (!RunQuestions::rollBackAfterAsking(this, m_run, session()->lastRun().sessionDir)) {
        m_canRollBack = false; // the session has nothing (left) to roll back
        updateTexts();
    }
}

void FinishPage::askToCancelRollback()
{
    if (!m_run->isRunning() || m_run->isStopping()) {
        return;
    }
    RunQuestions::askToCancel(this, RunOutcome::Kind::Rollback, [this] {
        m_run->cancel();
        updateTexts();
    });
}

void FinishPage::onRollbackEnded(const RunOutcome &outcome)
{
    m_view->refresh();
    // lastRunChanged -> reload(): the sentence, the report and whether another rollback makes
    // sense follow the rollback's outcome.
    session()->setLastRun(outcome);
    reload();
    emit completeChanged();
    QAccessibleEvent alert(m_outcome, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    emit workEnded();
}

void FinishPage::startAnother()
{
    QWizard *wizard = this->wizard();
    if (!wizard || m_run->isRunning()) {
        return;
    }
    // Only the run is forgotten: the draft plan, the registry, the secrets typed in and the
    // package stay as they are for the next upgrade.
    session()->setLastRun(RunOutcome());
    wizard->restart();
    if (wizard->currentId() == pageIndex(PageId::Welcome)) {
        wizard->next();
    }
}

} // namespace DceUpgrade::Wizard
