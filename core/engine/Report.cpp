#include "Report.h"

#include "RunContext.h"
#include "Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace DceUpgrade {

namespace {

constexpr int ReportVersion = 1;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
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
    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th></tr>\n")
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
    html += QStringLiteral("</table>\n");
    return html;
}

} // namespace

QString Report::syncOnlyNote()
{
    return tr("Sync only (upgrade.method: none): the images were staged and no release was "
              "upgraded. To upgrade, run the same plan with upgrade.method set to helm-repo or "
              "chart-package (dce-upgrade run --plan PLAN), or choose the upgrade method in the "
              "wizard.");
}

QJsonObject Report::toJson(const RunContext &context)
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
    bool ok = true;
    for (const QJsonValue &record : context.records) {
        const QString state = record.toObject().value(QLatin1String("state")).toString();
        ok = ok && (state == QLatin1String("ok") || state == QLatin1String("skipped"));
    }
    return QJsonObject {{QStringLiteral("v"), ReportVersion},
        {QStringLiteral("module"), context.plan->module},
        {QStringLiteral("session"), context.session->dir()},
        {QStringLiteral("written"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QStringLiteral("ok"), ok},
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
        {QStringLiteral("steps"), context.records}, {QStringLiteral("releases"), targets}};
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
    html += QStringLiteral("<title>%1</title><style>body{font-family:sans-serif;margin:2em}"
                           "table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                           "padding:4px 8px;text-align:left;vertical-align:top}"
                           ".failed{color:#b00}.ok{color:#070}code{white-space:pre-wrap}"
                           "</style></head><body>\n")
                .arg(esc(title));
    const bool ok = report.value(QLatin1String("ok")).toBool();
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"%2\"><b>%3</b></p>\n")
                .arg(esc(title), ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                    esc(ok ? tr("Every step finished.") : tr("The run did not finish.")));
    const bool syncOnly = report.value(QLatin1String("syncOnly")).toBool();
    if (syncOnly) {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(syncOnlyNote()));
    }

    const QJsonObject package = report.value(QLatin1String("package")).toObject();
    const QJsonObject checksum = package.value(QLatin1String("checksum")).toObject();
    html += QStringLiteral("<table>\n<tr><th>%1</th><td>%2</td></tr>\n")
                .arg(esc(tr("Package")), esc(package.value(QLatin1String("path")).toString()));
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
    }

    html += QStringLiteral(
        "<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
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
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

Report::Files Report::write(const RunContext &context)
{
    const QJsonObject report = toJson(context);
    Files files {context.session->path(context.reportName + QLatin1String(".json")),
        context.session->path(context.reportName + QLatin1String(".html"))};
    Session::writePrivateFile(
        files.json, QJsonDocument(report).toJson(QJsonDocument::Indented), true);
    Session::writePrivateFile(files.html, toHtml(report).toUtf8(), true);
    return files;
}

} // namespace DceUpgrade
