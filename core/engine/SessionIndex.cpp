#include "SessionIndex.h"

#include "Session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <yaml-cpp/yaml.h>

namespace DceUpgrade {

namespace {

const QString DismissedMarker = QStringLiteral("wizard-dismissed");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The plan's package, read leniently: an index must not fail on one odd session.
QString planPackage(const QString &planPath)
{
    QFile file(planPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    try {
        const YAML::Node plan = YAML::Load(file.readAll().toStdString());
        if (plan.IsMap() && plan["package"] && plan["package"].IsScalar()) {
            return QString::fromStdString(plan["package"].as<std::string>());
        }
    } catch (const std::exception &) { }
    return {};
}

} // namespace

SessionSummary SessionIndex::read(const QString &sessionDir)
{
    SessionSummary summary;
    summary.dir = QDir(sessionDir).absolutePath();
    summary.name = QFileInfo(summary.dir).fileName();
    const QJsonObject state = readJson(summary.dir + QStringLiteral("/state.json"));
    summary.created
        = QDateTime::fromString(state.value(QLatin1String("created")).toString(), Qt::ISODate);
    const QJsonObject steps = state.value(QLatin1String("steps")).toObject();
    summary.stepsDone = int(steps.size());
    summary.package = planPackage(summary.dir + QStringLiteral("/plan.yaml"));
    // The directory name is <module>-<stamp>[-n]; the module is what the plan says.
    const QString stamp = state.value(QLatin1String("stamp")).toString();
    const qsizetype at = stamp.isEmpty() ? -1 : summary.name.indexOf(QLatin1Char('-') + stamp);
    summary.module = at > 0 ? summary.name.left(at) : QString();
    const QJsonObject report = readJson(summary.dir + QStringLiteral("/report.json"));
    summary.reported = !report.isEmpty();
    summary.ok = report.value(QLatin1String("ok")).toBool();
    summary.rolledBack = readJson(summary.dir + QStringLiteral("/rollback-report.json"))
                             .value(QLatin1String("ok"))
                             .toBool();
    summary.dismissed = QFileInfo::exists(summary.dir + QLatin1Char('/') + DismissedMarker);
    return summary;
}

std::vector<SessionSummary> SessionIndex::list(const QString &module)
{
    std::vector<SessionSummary> sessions;
    const QDir root(Session::sessionsRoot());
    for (const QFileInfo &entry : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!QFileInfo::exists(entry.absoluteFilePath() + QStringLiteral("/state.json"))) {
            continue;
        }
        SessionSummary summary = read(entry.absoluteFilePath());
        if (!summary.created.isValid() || (!module.isEmpty() && summary.module != module)) {
            continue;
        }
        sessions.push_back(std::move(summary));
    }
    std::sort(sessions.begin(), sessions.end(),
        [](const SessionSummary &a, const SessionSummary &b) { return a.created > b.created; });
    return sessions;
}

std::optional<SessionSummary> SessionIndex::newestInterrupted(const QString &module, int maxAgeDays)
{
    const QDateTime oldest = QDateTime::currentDateTime().addDays(-maxAgeDays);
    for (const SessionSummary &summary : list(module)) {
        if (summary.created < oldest) {
            break;
        }
        if (summary.interrupted() && !summary.dismissed) {
            return summary;
        }
    }
    return std::nullopt;
}

bool SessionIndex::dismiss(const QString &sessionDir)
{
    QFile marker(sessionDir + QLatin1Char('/') + DismissedMarker);
    if (!marker.open(QIODevice::WriteOnly)) {
        return false;
    }
    marker.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace DceUpgrade
