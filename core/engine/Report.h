#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace DceUpgrade {

struct RunContext;

// report.json (for machines, versioned) and report.html (for the person who answers for the
// upgrade, printable on A4, with no external resource): when (start, end with their offset
// from UTC, duration, the session's other runs), by whom and where (version, user, host,
// cluster), the plan as read (secrets masked) and its SHA-256, package and checksum, target, every
// step with its command lines as shown (no secret is ever in them), state, duration and message,
// and per release the revision before and after, the values changed and where the backup is.
class Report final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Report)

public:
    struct Files
    {
        QString json;
        QString html;
    };

    // `finished`: when the run ended (the report is its last step).
    static QJsonObject toJson(const RunContext &context, const QDateTime &finished);
    // What a sync-only run (upgrade.method none) did not do, and how to upgrade later; the
    // report and the command line's last line say it. Translated.
    static QString syncOnlyNote();
    static QString toHtml(const QJsonObject &report);
    // "<start> to <end> (<duration>)", readable and translated, of an object with "started" and
    // "finished" (ISO 8601): a report.json (its run), or one of its "runs". Empty when either
    // is missing (a report of version 1).
    static QString span(const QJsonObject &run);
    // Both files, 0600, replaced on each write (the report describes the session as it is).
    static Files write(const RunContext &context);
};

} // namespace DceUpgrade
