#pragma once

#include "WizardSession.h"

#include "engine/RollbackPlanner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace DceUpgrade::Wizard {

class EngineRun;

// The two questions a run asks before it does something that cannot be taken back, shared by
// the Run page and the Finish page: stop the running worker, and roll a session back (naming
// each release and the revision it returns to). Both are window-modal and open()ed, never
// exec()ed: the worker's events keep arriving behind them. `confirmed` runs only when the user
// says yes; the box deletes itself.
class RunQuestions final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Wizard::RunQuestions)

public:
    static QMessageBox *askToCancel(
        QWidget *parent, RunOutcome::Kind kind, const std::function<void()> &confirmed);
    static QMessageBox *askToRollBack(QWidget *parent,
        const QList<RollbackPlanner::Target> &targets, const std::function<void()> &confirmed);
    // Asks to roll the session back, naming what would change, and starts `run`'s rollback on
    // yes. False (and nothing asked) when there is nothing to roll back or `run` is busy.
    static bool rollBackAfterAsking(QWidget *parent, EngineRun *run, const QString &sessionDir);

    // What a rollback of the session would return, last upgraded first (RollbackPlanner).
    // Empty when the session is gone or no upgrade was started in it: nothing to roll back.
    static QList<RollbackPlanner::Target> rollbackTargets(const QString &sessionDir);
    // "skoala in skoala-system to revision 4 (chart 0.28.0)", one per line.
    static QString describe(const QList<RollbackPlanner::Target> &targets);
};

} // namespace DceUpgrade::Wizard
