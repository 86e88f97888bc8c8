#include "RunQuestions.h"

#include "EngineRun.h"

#include "engine/Planner.h"
#include "engine/Session.h"
#include "util/Error.h"

#include <QMessageBox>
#include <QPushButton>

namespace DceUpgrade::Wizard {

namespace {

QMessageBox *ask(QWidget *parent, const QString &objectName, const QString &title,
    const QString &text, const QString &yes, const QString &no,
    const std::function<void()> &confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yesButton = box->addButton(yes, QMessageBox::DestructiveRole);
    QPushButton *noButton = box->addButton(no, QMessageBox::RejectRole);
    yesButton->setObjectName(QStringLiteral("confirmButton"));
    noButton->setObjectName(QStringLiteral("declineButton"));
    // The safe answer is the default: Enter or Escape never starts what cannot be undone.
    box->setDefaultButton(noButton);
    box->setEscapeButton(noButton);
    QObject::connect(box, &QMessageBox::finished, box, [box, yesButton, confirmed] {
        if (box->clickedButton() == yesButton) {
            confirmed();
        }
    });
    box->open();
    return box;
}

} // namespace

QMessageBox *RunQuestions::askToCancel(
    QWidget *parent, RunOutcome::Kind kind, const std::function<void()> &confirmed)
{
    const bool rollback = kind == RunOutcome::Kind::Rollback;
    return ask(parent, QStringLiteral("cancelRunQuestion"),
        rollback ? tr("Cancel the Rollback?", "@title:window")
                 : tr("Cancel the Upgrade?", "@title:window"),
        tr("The running step stops safely: a running helm command is allowed to finish or roll "
           "back, so no release is left half changed. What is done stays done; Retry continues "
           "from there."),
        rollback ? tr("Cancel the &rollback", "@action") : tr("Cancel the &upgrade", "@action"),
        tr("&Keep running", "@action"), confirmed);
}

QMessageBox *RunQuestions::askToRollBack(QWidget *parent,
    const QList<RollbackPlanner::Target> &targets, const std::function<void()> &confirmed)
{
    return ask(parent, QStringLiteral("rollbackQuestion"),
        tr("Roll Back the Upgrade?", "@title:window"),
        tr("helm rollback returns these releases to the revision they had before this session "
           "upgraded them:\n\n%1\n\nThe images pushed to the registry stay there.")
            .arg(describe(targets)),
        tr("&Roll back", "@action"), tr("&Do not roll back", "@action"), confirmed);
}

bool RunQuestions::rollBackAfterAsking(QWidget *parent, EngineRun *run, const QString &sessionDir)
{
    const QList<RollbackPlanner::Target> targets = rollbackTargets(sessionDir);
    if (targets.isEmpty() || run->isRunning()) {
        return false;
    }
    askToRollBack(parent, targets, [run, sessionDir] {
        if (!run->isRunning()) {
            run->startRollback(sessionDir);
        }
    });
    return true;
}

QList<RollbackPlanner::Target> RunQuestions::rollbackTargets(const QString &sessionDir)
{
    if (sessionDir.isEmpty()) {
        return {};
    }
    try {
        return RollbackPlanner::targets(Session::open(sessionDir));
    } catch (const Error &) {
        return {}; // no state.json (yet): nothing was upgraded in this session
    } catch (const std::exception &) {
        return {};
    }
}

QString RunQuestions::describe(const QList<RollbackPlanner::Target> &targets)
{
    QStringList lines;
    for (const RollbackPlanner::Target &target : targets) {
        QString line = target.chartVersion.isEmpty()
            ? tr("%1 in %2 (%3) to revision %4", "release in namespace (cluster) to revision")
                  .arg(target.release, target.namespaceName,
                      Planner::clusterName(target.kubeContext))
                  .arg(target.revision)
            : tr("%1 in %2 (%3) to revision %4, chart %5",
                "release in namespace (cluster) to revision, chart version")
                  .arg(target.release, target.namespaceName,
                      Planner::clusterName(target.kubeContext))
                  .arg(target.revision)
                  .arg(target.chartVersion);
        lines << QStringLiteral("• ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace DceUpgrade::Wizard
