#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace DceUpgrade {

// What one session directory under Session::sessionsRoot() says about its run, read from its
// files without changing them: for the wizard's "continue the interrupted upgrade?" offer and
// for a listing on the command line.
struct SessionSummary
{
    QString dir;
    QString name;
    QString module;
    QString package; // the plan's package
    QDateTime created;
    int stepsDone = 0;
    bool reported = false; // the run got as far as writing report.json
    bool ok = false; // report.json says the run succeeded
    bool rolledBack = false; // a rollback of it succeeded
    bool dismissed = false; // the user chose not to continue it

    // Started, and neither finished well nor rolled back: a rerun (--resume) continues it.
    bool interrupted() const { return !rolledBack && !(reported && ok); }
};

class SessionIndex final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::SessionIndex)

public:
    // Every readable session of `module` (all modules when empty), newest first.
    static std::vector<SessionSummary> list(const QString &module = QString());
    // The newest interrupted session of `module` not dismissed and not older than `maxAgeDays`.
    static std::optional<SessionSummary> newestInterrupted(
        const QString &module, int maxAgeDays = 14);
    // Marks a session as one the user does not want to continue (a file in the session
    // directory; the session itself is kept). False when it cannot be written.
    static bool dismiss(const QString &sessionDir);
    static SessionSummary read(const QString &sessionDir);
};

} // namespace DceUpgrade
