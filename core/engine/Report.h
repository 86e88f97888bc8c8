#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace DceUpgrade {

struct RunContext;

// report.json (for machines, versioned) and report.html (for the person who answers for the
// upgrade): package and checksum, target, every step with its command lines as shown (no secret
// is ever in them), state, duration and message, and per release the revision before and after,
// the values changed and where the backup is.
class Report final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::Report)

public:
    struct Files
    {
        QString json;
        QString html;
    };

    static QJsonObject toJson(const RunContext &context);
    // What a sync-only run (upgrade.method none) did not do, and how to upgrade later; the
    // report and the command line's last line say it. Translated.
    static QString syncOnlyNote();
    static QString toHtml(const QJsonObject &report);
    // Both files, 0600, replaced on each write (the report describes the session as it is).
    static Files write(const RunContext &context);
};

} // namespace DceUpgrade
