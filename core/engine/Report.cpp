#include "Report.h"

#include "RunContext.h"
#include "Session.h"
#include "VersionNotes.h"

#include "Version.h"
#include "util/HostIdentity.h"
#include "util/SecretMask.h"
#include "util/TimeText.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace DceUpgrade {

namespace {

// 2: when (started, finished, durationSeconds, sessionStarted, runs), by whom and where
// (version, host, os, user, cluster) and the plan (path, origin, sha256, text).
constexpr int ReportVersion = 2;

// Printed on A4 and filed: black on white, tables that fit the page width and never split a
// row, headers repeated on each page, fonts that exist offline for both languages. Nothing is
// loaded from anywhere: the report is one self-contained file.
constexpr QLatin1StringView Style {
    "@page{size:A4;margin:15mm 12mm 18mm 12mm}"
    "html{font-family:\"Noto Sans\",\"DejaVu Sans\",\"Liberation Sans\",Arial,"
    "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",sans-serif}"
    "html:lang(zh){font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\","
    "\"WenQuanYi Micro Hei\",\"WenQuanYi Zen Hei\",\"Microsoft YaHei\",\"PingFang SC\","
    "\"Noto Sans\",\"DejaVu Sans\",sans-serif}"
    "body{margin:2em;color:#000;background:#fff;font-size:11pt;line-height:1.4}"
    "h1{font-size:18pt}h2{font-size:14pt;margin-top:1.2em;page-break-after:avoid;"
    "break-after:avoid}"
    "table{border-collapse:collapse;width:100%;table-layout:fixed;margin-bottom:1em}"
    "td,th{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top;"
    "overflow-wrap:anywhere;word-break:break-word}"
    "thead{display:table-header-group}tr{page-break-inside:avoid;break-inside:avoid}"
    "table.facts th{width:26%}"
    "code,pre,.iso{font-family:\"DejaVu Sans Mono\",\"Noto Sans Mono\",\"Liberation Mono\","
    "\"Noto Sans Mono CJK SC\",monospace;font-size:9pt}"
    "code,pre{white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-word}"
    "pre{border:1px solid #999;padding:6px;background:#f6f6f6}"
    ".iso{color:#444}.failed{color:#b00}.ok{color:#070}"
    "@media print{body{margin:0;font-size:10pt}.ok,.iso{color:#000}"
    ".failed{color:#000;font-weight:bold}pre{background:#fff}"
    "a{color:#000;text-decoration:none}a[href]::after{content:\" (\" attr(href) \")\"}}"};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), valueHtml);
}

// An instant for people (the report's language, the zone) and, below it, as recorded.
QString whenHtml(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid()) {
        return esc(Report::tr("not recorded", "@info time"));
    }
    return QStringLiteral("%1<br><span class=\"iso\">%2</span>")
        .arg(esc(TimeText::readable(time)), esc(iso));
}

// When, where and by whom: the run, the session it belongs to, the program, the host.
QString recordTable(const QJsonObject &report)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table class=\"facts\">\n")
                       .arg(esc(Report::tr("When, where and by whom")));
    const QString started = report.value(QLatin1String("started")).toString();
    html += row(Report::tr("This run started"), whenHtml(started));
    html += row(Report::tr("This run finished"),
        whenHtml(report.value(QLatin1String("finished")).toString()));
    html += row(Report::tr("Duration of this run"),
        esc(TimeText::duration(report.value(QLatin1String("durationSeconds")).toInteger())));
    html += row(Report::tr("Session started"),
        whenHtml(report.value(QLatin1String("sessionStarted")).toString()));

    // The session's other runs (a resumed run, a rollback), as state.json recorded them.
    QStringList earlier;
    const QJsonArray runs = report.value(QLatin1String("runs")).toArray();
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        const QString runStarted = run.value(QLatin1String("started")).toString();
        if (runStarted == started) {
            continue;
        }
        QString line = Report::span(run);
        if (run.value(QLatin1String("report")).toString() == QLatin1String("rollback-report")) {
            line = Report::tr("%1, rollback", "@item a run of the session that rolled back")
                       .arg(line);
        }
        earlier.append(esc(line));
    }
    if (!earlier.isEmpty()) {
        html += row(Report::tr("Other runs of this session"), earlier.join(QLatin1String("<br>")));
    } else if (report.value(QLatin1String("plan")).toObject().value(QLatin1String("origin"))
        == QLatin1String("session")) {
        // A resumed run whose earlier runs an older version made: their times were not kept.
        html += row(Report::tr("Other runs of this session"),
            esc(Report::tr("not recorded (made by an older version of dce-upgrade); the session "
                           "started at the time above")));
    }

    html += row(
        Report::tr("dce-upgrade version"), esc(report.value(QLatin1String("version")).toString()));
    html += row(Report::tr("Host"), esc(report.value(QLatin1String("host")).toString()));
    html += row(Report::tr("Operating system"), esc(report.value(QLatin1String("os")).toString()));
    html += row(Report::tr("User"), esc(report.value(QLatin1String("user")).toString()));
    const QJsonObject cluster = report.value(QLatin1String("cluster")).toObject();
    if (!cluster.isEmpty()) {
        const QString context = cluster.value(QLatin1String("context")).toString();
        html += row(Report::tr("Cluster"),
            esc(Report::tr("kubeconfig %1, context %2")
                    .arg(cluster.value(QLatin1String("kubeconfig")).toString(),
                        context.isEmpty() ? Report::tr("(the kubeconfig's current context)")
                                          : context)));
    }
    html += QStringLiteral("</table>\n");
    return html;
}

// The plan as the engine read it, secrets masked, with the checksum of the file's bytes.
QString planSection(const QJsonObject &plan)
{
    QString html
        = QStringLiteral("<h2>%1</h2>\n<table class=\"facts\">\n").arg(esc(Report::tr("Plan")));
    const QString origin = plan.value(QLatin1String("origin")).toString();
    QString where;
    if (origin == QLatin1String("wizard")) {
        where = Report::tr("written by the wizard from its pages into a temporary file, removed "
                           "once the run started; the session keeps the plan as run in %1")
                    .arg(plan.value(QLatin1String("sessionCopy")).toString());
    } else if (origin == QLatin1String("session")) {
        where = Report::tr("the session's own copy, read again to continue or roll back");
    } else {
        where = Report::tr("the file given with --plan; the session keeps the plan as run in %1")
                    .arg(plan.value(QLatin1String("sessionCopy")).toString());
    }
    html += row(Report::tr("File"), esc(plan.value(QLatin1String("path")).toString()));
    html += row(Report::tr("Came from"), esc(where));
    html += row(Report::tr("SHA-256 of the file as read"),
        QStringLiteral("<code>%1</code>").arg(esc(plan.value(QLatin1String("sha256")).toString())));
    html += QStringLiteral("</table>\n<p>%1</p>\n<pre>%2</pre>\n")
                .arg(esc(Report::tr("The plan as read (any secret-looking value masked):")),
                    esc(plan.value(QLatin1String("text")).toString()));
    return html;
}

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("ok")) {
        return Report::tr("done");
    }
    if (state == QLatin1String("failed")) {
        return Report::tr("failed");
    }
    if (state == QLatin1String("canceled")) {
        return Report::tr("canceled");
    }
    if (state == QLatin1String("skipped")) {
        return Report::tr("skipped");
    }
    return Report::tr("not run");
}

// Per release: revision and chart version before and after, the backup, the values changed.
QString releasesTable(const QJsonArray &releases)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>\n<table><colgroup><col style=\"width:18%\">"
                           "<col style=\"width:12%\"><col style=\"width:16%\">"
                           "<col style=\"width:27%\"><col style=\"width:27%\"></colgroup>\n"
                           "<thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th></tr></thead>\n<tbody>\n")
                .arg(esc(Report::tr("Releases")), esc(Report::tr("Release")),
                    esc(Report::tr("Revision before → after")),
                    esc(Report::tr("Chart version before → after")),
                    esc(Report::tr("Values backup")), esc(Report::tr("Values changed")));
    for (const QJsonValue &value : releases) {
        const ReleaseFacts facts = ReleaseFacts::fromJson(value.toObject());
        QStringList changed;
        if (facts.values) {
            for (const UpgradeValues::Change &change : facts.values->changes) {
                changed.append(
                    QStringLiteral("%1: %2 → %3").arg(change.key, change.from, change.to));
            }
            for (const QString &renamed : facts.values->renamed) {
                changed.append(Report::tr("renamed %1").arg(renamed));
            }
        }
        const auto revision = [](const std::optional<ReleaseFacts::Revision> &state) {
            return state ? QString::number(state->revision) : QStringLiteral("–");
        };
        const auto chartVersion = [](const std::optional<ReleaseFacts::Revision> &state) {
            return state ? state->chartVersion : QString();
        };
        html += QStringLiteral(
            "<tr><td>%1</td><td>%2 → %3</td><td>%4 → %5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(esc(facts.target), revision(facts.before), revision(facts.after),
                        esc(chartVersion(facts.before)), esc(chartVersion(facts.after)),
                        esc(facts.backup), esc(changed.join(QLatin1String("; "))));
    }
    html += QStringLiteral("</tbody></table>\n");
    return html;
}

// The module's version notes for this upgrade, as the plan and the run showed them.
QString versionNotesSection(const QJsonArray &notes)
{
    if (notes.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(Report::tr("Version notes")));
    for (const QJsonValue &value : notes) {
        html += QStringLiteral("<li>%1</li>\n")
                    .arg(esc(VersionNotes::line(VersionNotes::fromJson(value.toObject()))));
    }
    return html + QStringLiteral("</ul>\n");
}

} // namespace

QString Report::span(const QJsonObject &run)
{
    const QDateTime started
        = QDateTime::fromString(run.value(QLatin1String("started")).toString(), Qt::ISODate);
    const QDateTime finished
        = QDateTime::fromString(run.value(QLatin1String("finished")).toString(), Qt::ISODate);
    if (!started.isValid() || !finished.isValid()) {
        return QString();
    }
    return tr("%1 to %2 (%3)", "@item a run: start, end, duration")
        .arg(TimeText::readable(started), TimeText::readable(finished),
            TimeText::duration(started.secsTo(finished)));
}

QString Report::syncOnlyNote()
{
    return tr("Sync only (upgrade.method: none): the images were staged and no release was "
              "upgraded. To upgrade, run the same plan with upgrade.method set to helm-repo or "
              "chart-package (dce-upgrade run --plan PLAN), or choose the upgrade method in the "
              "wizard.");
}

QJsonObject Report::toJson(const RunContext &context, const QDateTime &finished)
{
    const Package &package = *context.package;
    QJsonObject checksum;
    if (package.checksum) {
        checksum = {{QStringLiteral("file"), package.checksum->path},
            {QStringLiteral("algorithm"), package.checksum->algorithmName()},
            {QStringLiteral("expected"), package.checksum->expectedHex}};
    }
    QJsonArray targets;
    const QMap<QString, ReleaseFacts> releases = context.session->allReleaseFacts();
    for (auto it = releases.begin(); it != releases.end(); ++it) {
        ReleaseFacts facts = it.value();
        facts.target = it.key();
        targets.append(facts.toJson());
    }
    // What helm.check read before the session changed anything decides which notes apply.
    QJsonArray versionNotes;
    const auto installedOf = [&releases](const QString &target) {
        return releases.value(target).installedBefore();
    };
    for (const VersionNotes::Entry &entry : VersionNotes::of(context.planned, installedOf)) {
        versionNotes.append(VersionNotes::toJson(entry));
    }
    bool ok = true;
    for (const QJsonValue &record : context.records) {
        const QString state = record.toObject().value(QLatin1String("state")).toString();
        ok = ok && (state == QLatin1String("ok") || state == QLatin1String("skipped"));
    }
    const HostIdentity host = HostIdentity::current();
    const PlanSource &source = context.planSource;
    // Absolute: the auditor compares it with the file on disk from wherever they stand.
    const QJsonObject plan {
        {QStringLiteral("path"),
            source.path.isEmpty() ? QString() : QFileInfo(source.path).absoluteFilePath()},
        {QStringLiteral("origin"), PlanSource::toString(source.origin)},
        {QStringLiteral("sha256"), source.sha256()},
        {QStringLiteral("text"), SecretMask::apply(QString::fromUtf8(source.bytes))},
        {QStringLiteral("sessionCopy"), context.session->planPath()}};
    // The cluster helm talked to; a sync-only run talks to none.
    QJsonObject cluster;
    if (!context.planned.syncOnly) {
        cluster = {{QStringLiteral("kubeconfig"),
                       context.toolEnvironment().value(QStringLiteral("KUBECONFIG"))},
            {QStringLiteral("context"), context.plan->upgrade.kubeContext}};
    }
    return QJsonObject {{QStringLiteral("v"), ReportVersion},
        {QStringLiteral("module"), context.plan->module},
        {QStringLiteral("session"), context.session->dir()},
        {QStringLiteral("sessionStarted"), TimeText::iso(context.session->created())},
        {QStringLiteral("started"), TimeText::iso(context.started)},
        {QStringLiteral("finished"), TimeText::iso(finished)},
        {QStringLiteral("durationSeconds"), context.started.secsTo(finished)},
        {QStringLiteral("runs"), context.session->runs()},
        {QStringLiteral("written"), TimeText::iso(finished)},
        {QStringLiteral("version"), QString::fromLatin1(Version)},
        {QStringLiteral("host"), host.hostName}, {QStringLiteral("os"), host.operatingSystem},
        {QStringLiteral("user"), host.user}, {QStringLiteral("cluster"), cluster},
        {QStringLiteral("plan"), plan}, {QStringLiteral("ok"), ok},
        {QStringLiteral("package"),
            QJsonObject {{QStringLiteral("path"), package.path},
                {QStringLiteral("size"), double(package.size)},
                {QStringLiteral("checksum"), checksum}}},
        {QStringLiteral("registry"),
            QJsonObject {{QStringLiteral("address"), context.plan->registry.address},
                {QStringLiteral("repository"), context.plan->registry.repository},
                {QStringLiteral("user"), context.plan->registry.username}}},
        // A sync-only run never asked for helm: no version to name.
        {QStringLiteral("helm"),
            context.planned.syncOnly ? QString() : context.helmVersion.toString()},
        {QStringLiteral("syncOnly"), context.planned.syncOnly},
        {QStringLiteral("steps"), context.records}, {QStringLiteral("releases"), targets},
        {QStringLiteral("versionNotes"), versionNotes}};
}

QString Report::toHtml(const QJsonObject &report)
{
    QString html;
    const QString module = report.value(QLatin1String("module")).toString();
    const QString title = report.value(QLatin1String("syncOnly")).toBool()
        ? tr("Offline image sync of %1 (no upgrade)").arg(module)
        : tr("Offline upgrade of %1").arg(module);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">")
                .arg(tr("en", "HTML lang attribute of the report"));
    html += QStringLiteral("<title>%1</title><style>%2</style></head><body>\n")
                .arg(esc(title), Style);
    const bool ok = report.value(QLatin1String("ok")).toBool();
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"%2\"><b>%3</b></p>\n")
                .arg(esc(title), ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                    esc(ok ? tr("Every step finished.") : tr("The run did not finish.")));
    const bool syncOnly = report.value(QLatin1String("syncOnly")).toBool();
    if (syncOnly) {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(syncOnlyNote()));
    }

    html += recordTable(report);

    const QJsonObject package = report.value(QLatin1String("package")).toObject();
    const QJsonObject checksum = package.value(QLatin1String("checksum")).toObject();
    html
        += QStringLiteral("<h2>%3</h2>\n<table class=\"facts\">\n<tr><th>%1</th><td>%2</td></tr>\n")
               .arg(esc(tr("Package")), esc(package.value(QLatin1String("path")).toString()),
                   esc(tr("Package and target")));
    html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                .arg(esc(tr("Checksum")),
                    esc(checksum.isEmpty()
                            ? tr("none published beside the package")
                            : tr("%1 from %2")
                                  .arg(checksum.value(QLatin1String("algorithm")).toString(),
                                      checksum.value(QLatin1String("file")).toString())));
    const QJsonObject registry = report.value(QLatin1String("registry")).toObject();
    html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                .arg(esc(tr("Registry")),
                    esc(registry.value(QLatin1String("address")).toString() + QLatin1Char(' ')
                        + registry.value(QLatin1String("repository")).toString()));
    html += QStringLiteral(
        "<tr><th>%1</th><td>%2</td></tr>\n<tr><th>%3</th><td>%4</td></tr>\n</table>\n")
                .arg(esc(tr("helm")),
                    esc(syncOnly ? tr("not used (sync only)")
                                 : report.value(QLatin1String("helm")).toString()),
                    esc(tr("Session")), esc(report.value(QLatin1String("session")).toString()));

    // A sync-only run has no release to show (the note above says so).
    if (!syncOnly) {
        html += releasesTable(report.value(QLatin1String("releases")).toArray());
        html += versionNotesSection(report.value(QLatin1String("versionNotes")).toArray());
    }

    html += QStringLiteral("<h2>%1</h2>\n<table><colgroup><col style=\"width:22%\">"
                           "<col style=\"width:10%\"><col style=\"width:9%\">"
                           "<col style=\"width:59%\"></colgroup>\n<thead><tr><th>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr></thead>\n<tbody>\n")
                .arg(esc(tr("Steps")), esc(tr("Step")), esc(tr("Result")), esc(tr("Duration")),
                    esc(tr("Commands and messages")));
    for (const QJsonValue &value : report.value(QLatin1String("steps")).toArray()) {
        const QJsonObject s = value.toObject();
        const QString state = s.value(QLatin1String("state")).toString();
        QString detail;
        for (const QJsonValue &ran : s.value(QLatin1String("commands")).toArray()) {
            const QJsonObject command = ran.toObject();
            detail += QStringLiteral("<code>%1</code> %2<br>")
                          .arg(esc(command.value(QLatin1String("command")).toString()),
                              esc(tr("(exit %1, %2 s)")
                                      .arg(command.value(QLatin1String("exitCode")).toInt())
                                      .arg(command.value(QLatin1String("durationMs")).toDouble()
                                              / 1000.0,
                                          0, 'f', 1)));
        }
        for (const QJsonValue &ran : s.value(QLatin1String("units")).toArray()) {
            // A step that fans out: one line per node, with its own result.
            const QJsonObject unit = ran.toObject();
            const QString unitState = unit.value(QLatin1String("state")).toString();
            detail += QStringLiteral("<b>%1</b>: <span class=\"%2\">%3</span> %4<br>")
                          .arg(esc(unit.value(QLatin1String("unit")).toString()), unitState,
                              esc(stateLabel(unitState)),
                              esc(unit.value(QLatin1String("message")).toString()));
        }
        const QString message = s.value(QLatin1String("message")).toString();
        if (!message.isEmpty()) {
            detail += esc(message);
        }
        const QString hint = s.value(QLatin1String("hint")).toString();
        if (!hint.isEmpty()) {
            detail += QStringLiteral("<br><i>%1</i>").arg(esc(hint));
        }
        html += QStringLiteral(
            "<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(esc(s.value(QLatin1String("title")).toString()), state,
                        esc(stateLabel(state)),
                        esc(tr("%1 s").arg(
                            s.value(QLatin1String("durationMs")).toDouble() / 1000.0, 0, 'f', 1)),
                        detail);
    }
    html += QStringLiteral("</tbody></table>\n");
    html += planSection(report.value(QLatin1String("plan")).toObject());
    html += QStringLiteral("</body></html>\n");
    return html;
}

Report::Files Report::write(const RunContext &context)
{
    // The run's end is now: only this step was left. The session keeps it beside the start, so
    // the report of a later run (--resume, a rollback) lists this one too.
    const QDateTime finished = QDateTime::currentDateTime();
    context.session->recordRun(context.started, finished, context.reportName);
    const QJsonObject report = toJson(context, finished);
    Files files {context.session->path(context.reportName + QLatin1String(".json")),
        context.session->path(context.reportName + QLatin1String(".html"))};
    Session::writePrivateFile(
        files.json, QJsonDocument(report).toJson(QJsonDocument::Indented), true);
    Session::writePrivateFile(files.html, toHtml(report).toUtf8(), true);
    return files;
}

} // namespace DceUpgrade
