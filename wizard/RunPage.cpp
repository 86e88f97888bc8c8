#include "RunPage.h"

#include "EngineRun.h"
#include "ErrorHelp.h"
#include "ErrorPanel.h"
#include "LogView.h"
#include "RunModel.h"
#include "RunQuestions.h"
#include "RunView.h"
#include "WizardSession.h"

#include "engine/Planner.h"
#include "util/Error.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace DceUpgrade::Wizard {

RunPage::RunPage(WizardSession *session, QWidget *parent)
    : WizardPage(session, PageId::Run, parent)
    , m_run(new EngineRun(this))
    , m_status(wrappedLabel(this))
    , m_cancelButton(new QPushButton(this))
    , m_sessionLabel(wrappedLabel(this))
    , m_error(new ErrorPanel(this))
    , m_lastLinesLabel(new QLabel(this))
    , m_lastLines(new QPlainTextEdit(this))
    , m_retryButton(new QPushButton(this))
    , m_rollbackButton(new QPushButton(this))
    , m_view(new RunView(m_run->model(), this))
{
    setObjectName(QStringLiteral("runPage"));
    m_run->setObjectName(QStringLiteral("engineRun"));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_sessionLabel->setObjectName(QStringLiteral("runSession"));
    m_lastLines->setObjectName(QStringLiteral("workerLastLines"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_rollbackButton->setObjectName(QStringLiteral("rollbackButton"));

    // After a run there is no way back to the plan: Back is disabled on the Finish page.
    setCommitPage(true);

    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_sessionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastLinesLabel->setBuddy(m_lastLines);
    m_lastLines->setReadOnly(true);
    m_lastLines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lastLines->setMaximumHeight(m_lastLines->fontMetrics().lineSpacing() * 7);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancelButton, 0, Qt::AlignTop);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retryButton);
    actions->addWidget(m_rollbackButton);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_sessionLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_lastLinesLabel);
    layout->addWidget(m_lastLines);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);

    connect(m_cancelButton, &QPushButton::clicked, this, &RunPage::askToCancel);
    connect(m_retryButton, &QPushButton::clicked, this, &RunPage::retry);
    connect(m_rollbackButton, &QPushButton::clicked, this, &RunPage::askToRollBack);
    connect(m_run, &EngineRun::started, this, &RunPage::onStarted);
    connect(m_run, &EngineRun::ended, this, &RunPage::onEnded);
    // The session directory comes with the engine's first event.
    connect(m_run->model(), &RunModel::stepsReset, this, &RunPage::updateStatus);

    retranslateUi();
}

RunPage::~RunPage() = default;

void RunPage::initializePage()
{
    followWizardButtons();
    startUpgrade();
}

void RunPage::followWizardButtons()
{
    if (!wizard()) {
        return;
    }
    if (!m_followingWizard) {
        m_followingWizard = true;
        connect(wizard(), &QWizard::currentIdChanged, this, [this](int id) {
            wizard()->setOption(QWizard::NoCancelButton, id == pageIndex(PageId::Run));
        });
    }
    wizard()->setOption(QWizard::NoCancelButton, true);
}

QStringList RunPage::secretIdsFor(const UpgradePlan &plan) const
{
    const std::shared_ptr<const Package> &package = session()->package();
    const std::optional<HelmVersion> helm = session()->tools().helmVersion();
    // A sync-only plan has no helm step, so the steps do not depend on helm's version.
    if (package && (helm || plan.syncOnly())) {
        // Planner::plan is pure and quick: the same steps the engine will plan, asked which
        // secrets they read.
        try {
            Planner::Input input;
            input.plan = &plan;
            input.profile = &session()->profile();
            input.package = package.get();
            input.helm = helm.value_or(HelmVersion {});
            return Planner::plan(input).secretsNeeded();
        } catch (const Error &) {
        } catch (const std::exception &) { }
    }
    // Without the package or helm the engine will refuse and say why; the registry password is
    // the only secret a plan can need, whenever the registry has a user.
    return plan.registry.username.isEmpty() ? QStringList() : QStringList {RegistryPasswordId};
}

void RunPage::startUpgrade()
{
    const std::optional<UpgradePlan> &plan = session()->frozenPlan();
    if (!plan) {
        // Only reachable by skipping the Review page: say so rather than run a draft.
        updateStatus();
        return;
    }
    const QHash<QString, QByteArray> secrets = session()->secrets().values(secretIdsFor(*plan));
    if (!session()->resumeSession().isEmpty()) {
        // The user chose to continue an interrupted upgrade and changed nothing since: the
        // engine skips every step that session finished.
        m_run->startResume(session()->resumeSession(), session()->allowDowngrade(), secrets);
        return;
    }
    m_run->startUpgrade(*plan, session()->allowDowngrade(), secrets);
}

void RunPage::retry()
{
    const RunOutcome &outcome = m_run->model()->outcome();
    if (outcome.kind == RunOutcome::Kind::Rollback) {
        m_run->startRollback(outcome.sessionDir);
    } else if (!outcome.sessionDir.isEmpty() && session()->frozenPlan()) {
        m_run->startResume(outcome.sessionDir, session()->allowDowngrade(),
            session()->secrets().values(secretIdsFor(*session()->frozenPlan())));
    } else {
        startUpgrade(); // the engine never got to make a session: start over
    }
}

void RunPage::askToCancel()
{
    if (!m_run->isRunning() || m_run->isStopping()) {
        return;
    }
    RunQuestions::askToCancel(this, m_run->model()->kind(), [this] {
        if (m_run->isRunning()) {
            m_run->cancel();
            updateStatus();
        }
    });
}

void RunPage::askToRollBack()
{
    if (!RunQuestions::rollBackAfterAsking(this, m_run, m_run->model()->outcome().sessionDir)) {
        m_canRollBack = false; // the session has nothing (left) to roll back
        updateStatus();
    }
}

bool RunPage::isComplete() const
{
    return m_run->model()->hasEnded() && !m_run->isRunning();
}

bool RunPage::isWorking() const
{
    return m_run->isRunning();
}

void RunPage::requestStop()
{
    m_run->cancel();
    updateStatus();
}

void RunPage::onStarted()
{
    m_canRollBack = false;
    updateStatus();
    emit completeChanged();
}

void RunPage::onEnded(const RunOutcome &outcome)
{
    session()->setLastRun(outcome);
    m_canRollBack = outcome.kind == RunOutcome::Kind::Upgrade
        && outcome.result != RunOutcome::Result::Succeeded
        && !RunQuestions::rollbackTargets(outcome.sessionDir).isEmpty();
    m_view->refresh();
    updateStatus();
    emit completeChanged();

    // Where the keyboard goes next, and a screen reader hears how it ended.
    if (outcome.result == RunOutcome::Result::Succeeded) {
        if (wizard() && wizard()->button(QWizard::CommitButton)) {
            wizard()->button(QWizard::CommitButton)->setFocus();
        }
        QAccessibleEvent alert(m_status, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    } else {
        m_retryButton->setFocus();
        QAccessibleEvent alert(
            m_error->isVisible() ? static_cast<QWidget *>(m_error) : m_status, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    emit workEnded();
}

void RunPage::retranslateUi()
{
    setSubTitle(tr("The engine runs the steps of the plan one after another. Follow each step "
                   "and its log here; the session folder keeps the whole log and the report."));
    setButtonText(QWizard::CommitButton, tr("&Next >", "@action"));
    m_cancelButton->setText(tr("Cance&l…", "@action stop the running upgrade"));
    m_cancelButton->setToolTip(tr("Stops the run safely after asking.", "@info:tooltip"));
    m_lastLinesLabel->setText(tr("Last lines the engine wrote:", "@label"));
    m_lastLines->setAccessibleName(tr("Last lines the engine wrote", "@label"));
    m_retryButton->setText(tr("&Retry", "@action"));
    m_rollbackButton->setText(tr("Roll &back…", "@action"));
    m_rollbackButton->setToolTip(
        tr("Return every upgraded release to the revision it had before this upgrade.",
            "@info:tooltip"));
    m_status->setAccessibleName(tr("Run status", "@label"));
    updateStatus();
}

void RunPage::updateStatus()
{
    const RunModel &model = *m_run->model();
    const RunOutcome &outcome = model.outcome();
    const bool rollback = model.kind() == RunOutcome::Kind::Rollback;
    // Sync only (upgrade.method none): the run stages images, it upgrades nothing.
    const bool syncOnly = !rollback && session()->runIsSyncOnly();
    setTitle(syncOnly ? tr("Syncing the Images", "@title") : tr("Running the Upgrade", "@title"));
    const bool running = m_run->isRunning();
    const bool ended = model.hasEnded() && !running;

    QString status;
    QString errorMessage;
    QString errorHint;
    bool showLastLines = false;
    if (running && m_run->isStopping()) {
        status = tr("Stopping safely… A running helm command is allowed to finish or roll back "
                    "first.",
            "@info:status");
    } else if (running) {
        status = rollback ? tr("The rollback is running.", "@info:status")
            : syncOnly    ? tr("The sync is running.", "@info:status")
                          : tr("The upgrade is running.", "@info:status");
    } else if (ended) {
        switch (outcome.result) {
        case RunOutcome::Result::Succeeded:
            status = rollback
                ? tr("The rollback finished: the releases are back at their earlier revision.",
                    "@info:status")
                : syncOnly ? tr("The sync finished: the images are staged. Next shows the result.",
                      "@info:status")
                           : tr("The upgrade finished: every step is done. Next shows the result.",
                               "@info:status");
            break;
        case RunOutcome::Result::Failed:
            status = rollback ? tr("The rollback did not finish.", "@info:status")
                : syncOnly    ? tr("The sync did not finish.", "@info:status")
                              : tr("The upgrade did not finish.", "@info:status");
            if (!outcome.failedStep.isEmpty()) {
                errorMessage = outcome.message.isEmpty()
                    ? tr("“%1” failed.", "@info").arg(outcome.failedStepTitle)
                    : tr("“%1” failed: %2", "@info").arg(outcome.failedStepTitle, outcome.message);
                errorHint = outcome.hint;
            } else {
                errorMessage = tr("The engine stopped before the run could finish (exit code "
                                  "%1).",
                    "@info")
                                   .arg(outcome.exitCode);
                errorHint = tr("The engine's last lines are below: fix what they say, then Retry.");
                showLastLines = true;
            }
            break;
        case RunOutcome::Result::Canceled:
            status = rollback ? tr("The rollback was canceled.", "@info:status")
                : syncOnly
                ? tr("The sync was canceled. What was done stays done: Retry continues from "
                     "there.",
                    "@info:status")
                : tr("The upgrade was canceled. What was done stays done: Retry "
                     "continues from there.",
                    "@info:status");
            break;
        case RunOutcome::Result::WorkerLost:
            status = rollback ? tr("The rollback did not finish.", "@info:status")
                : syncOnly    ? tr("The sync did not finish.", "@info:status")
                              : tr("The upgrade did not finish.", "@info:status");
            if (m_run->lastEnding() == EngineClient::Ending::FailedToStart) {
                errorMessage = outcome.failedStepTitle.isEmpty()
                    ? tr("The engine worker could not be started.", "@info")
                    : tr("The engine worker could not be started to run “%1”.", "@info")
                          .arg(outcome.failedStepTitle);
            } else {
                errorMessage = outcome.failedStepTitle.isEmpty()
                    ? tr("The engine worker stopped unexpectedly (it crashed or was killed).",
                        "@info")
                    : tr("The engine worker stopped unexpectedly while running “%1” (it crashed "
                         "or was killed).",
                        "@info")
                          .arg(outcome.failedStepTitle);
            }
            errorHint = tr("The engine's last lines are below. Retry continues the session "
                           "where it stopped; the session's log files have the details.");
            showLastLines = true;
            break;
        }
    } else if (!session()->frozenPlan()) {
        status
            = tr("There is no plan to run: confirm it on the Review page first.", "@info:status");
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());

    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running && !m_run->isStopping());

    const QString sessionDir = model.sessionDir();
    m_sessionLabel->setText(sessionDir.isEmpty()
            ? QString()
            : tr("Session folder: %1", "@info").arg(QDir::toNativeSeparators(sessionDir)));
    m_sessionLabel->setVisible(!sessionDir.isEmpty());

    if (ended && !errorMessage.isEmpty()) {
        m_error->showError(errorMessage, errorHint,
            outcome.result == RunOutcome::Result::Failed ? ErrorHelp::topicFor(outcome.code)
                                                         : HelpTopic {});
    } else {
        m_error->clear();
    }
    showLastLines = showLastLines && ended && !outcome.lastLines.isEmpty();
    if (showLastLines) {
        m_lastLines->setPlainText(outcome.lastLines.join(QLatin1Char('\n')));
    }
    m_lastLinesLabel->setVisible(showLastLines);
    m_lastLines->setVisible(showLastLines);

    const bool retryable = ended && outcome.result != RunOutcome::Result::Succeeded;
    m_retryButton->setVisible(retryable);
    m_retryButton->setToolTip(rollback
            ? tr("Runs the rollback again.", "@info:tooltip")
            : tr("Runs the session again: the steps that are done are skipped.", "@info:tooltip"));
    m_rollbackButton->setVisible(retryable && m_canRollBack);
}

} // namespace DceUpgrade::Wizard
