#pragma once

#include "ReleaseFacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace DceUpgrade {

// The directory one run keeps everything in, under the XDG state directory:
//   <state>/dce-upgrade/sessions/<module>-<stamp>/   (0700)
//     plan.yaml        the plan as run (never a secret)
//     state.json       finished steps, the facts later steps and reruns need, the runs
//     logs/<step>.log  what each step's tools printed
//     values/          values backups (0600, never overwritten) and the upgrade values
//     report.json, report.html
// A rerun (`--resume`) opens the same directory and skips what state.json says is done.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Session)

public:
    // $XDG_STATE_HOME/dce-upgrade/sessions, or ~/.local/state/dce-upgrade/sessions.
    static QString sessionsRoot();

    // Throws Error (session.io) when the directory cannot be made private and writable.
    static Session create(const QString &module, const QByteArray &planYaml);
    // A name under sessionsRoot() or a path. Throws Error (session.not-found, session.invalid).
    static Session open(const QString &nameOrPath);

    const QString &dir() const { return m_dir; }
    QString name() const;
    QString path(const QString &relative) const { return m_dir + QLatin1Char('/') + relative; }
    QString planPath() const { return path(QStringLiteral("plan.yaml")); }
    // The timestamp the session was made with: backup names stay the same on every rerun.
    const QString &stamp() const { return m_stamp; }
    // When the session was made (state.json "created"; sessions of older versions wrote it
    // without the offset: read as local time).
    QDateTime created() const;

    // state.json: {"v":1, "stamp":..., "steps":{id:{state,finishedAt,...}}, "facts":{...},
    // "upgradeOrder":[fact key, ...]}.
    const QJsonObject &state() const { return m_state; }
    bool isDone(const QString &stepId) const;
    // Facts of the run that are not about a release ("packageVerified", "docker.pushed").
    QJsonObject fact(const QString &key) const;
    void setFact(const QString &key, const QJsonObject &value);
    // What the run learned about the release `target` (empty facts when nothing yet).
    ReleaseFacts releaseFacts(const QString &target) const;
    // Saves at once. Throws Error (session.io).
    void setReleaseFacts(const QString &target, const ReleaseFacts &facts);
    // The facts of every release the session knows, by target.
    QMap<QString, ReleaseFacts> allReleaseFacts() const;
    void markFinished(const QString &stepId, const QString &state, qint64 durationMs);
    // Before a release's upgrade starts: its facts get upgradeAttempted, and the target joins
    // "upgradeOrder" (state.json, once, in the order the upgrades started), in one atomic write.
    // A rollback reads them back (RollbackPlanner). Throws Error (session.io).
    void recordUpgradeStart(const QString &target);
    // The targets recordUpgradeStart() was given, first started first.
    QStringList upgradeOrder() const;
    // Steps that fan out (one import per node) keep a result per unit ("root@10.0.0.11:22"),
    // so that a rerun of the step redoes only the units that did not finish:
    // state.json "units": {stepId: {unit: {state, finished}}}.
    bool isUnitDone(const QString &stepId, const QString &unit) const;
    void markUnitFinished(const QString &stepId, const QString &unit, const QString &state);
    // state.json "runs": each run of this session that wrote a report, in order, as
    // {"started", "finished" (ISO 8601 with offset), "report" (its name: report,
    // rollback-report)}. A run that writes its report again replaces its own entry. Saves at
    // once; throws Error (session.io).
    void recordRun(const QDateTime &started, const QDateTime &finished, const QString &report);
    QJsonArray runs() const;
    // Written atomically (QSaveFile), so a kill -9 leaves the previous state or the new one.
    void save() const;

    // Creates a file only the user can read; refuses to replace an existing one. Throws Error.
    static void writePrivateFile(const QString &path, const QByteArray &content, bool overwrite);

private:
    Session() = default;
    void load();

    QString m_dir;
    QString m_stamp;
    QJsonObject m_state;
};

} // namespace DceUpgrade
