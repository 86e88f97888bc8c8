#include "ReleaseFacts.h"

#include <QJsonArray>

namespace DceUpgrade {

namespace {

constexpr QLatin1StringView KeyPrefix("target:");

// A revision is three keys with one suffix ("revisionBefore", "statusBefore",
// "chartVersionBefore"), always written together; it is there when its revision is.
void insertRevision(
    QJsonObject &json, const std::optional<ReleaseFacts::Revision> &revision, const char *suffix)
{
    if (!revision) {
        return;
    }
    const QString tail = QLatin1String(suffix);
    json.insert(QLatin1String("revision") + tail, revision->revision);
    json.insert(QLatin1String("status") + tail, revision->status);
    json.insert(QLatin1String("chartVersion") + tail, revision->chartVersion);
}

std::optional<ReleaseFacts::Revision> readRevision(const QJsonObject &json, const char *suffix)
{
    const QString tail = QLatin1String(suffix);
    if (!json.contains(QLatin1String("revision") + tail)) {
        return std::nullopt;
    }
    ReleaseFacts::Revision revision;
    revision.revision = json.value(QLatin1String("revision") + tail).toInt();
    revision.status = json.value(QLatin1String("status") + tail).toString();
    revision.chartVersion = json.value(QLatin1String("chartVersion") + tail).toString();
    return revision;
}

void insertIfSet(QJsonObject &json, const char *key, const QString &value)
{
    if (!value.isEmpty()) {
        json.insert(QLatin1String(key), value);
    }
}

} // namespace

QJsonObject ReleaseFacts::toJson() const
{
    QJsonObject json;
    insertIfSet(json, "target", target);
    // helm.check writes the four together; an empty context is the current one.
    if (!release.isEmpty()) {
        json.insert(QLatin1String("release"), release);
        json.insert(QLatin1String("namespace"), namespaceName);
        json.insert(QLatin1String("context"), kubeContext);
        json.insert(QLatin1String("chartVersionTarget"), chartVersionTarget);
    }
    insertRevision(json, now, "Now");
    insertRevision(json, before, "Before");
    insertIfSet(json, "recoveredFrom", recoveredFrom);
    insertIfSet(json, "backup", backup);
    if (values) {
        QJsonArray changes;
        for (const UpgradeValues::Change &change : values->changes) {
            changes.append(QJsonObject {{QLatin1String("key"), change.key},
                {QLatin1String("from"), change.from}, {QLatin1String("to"), change.to}});
        }
        json.insert(QLatin1String("values"), values->path);
        json.insert(QLatin1String("valuesChanged"), changes);
        json.insert(
            QLatin1String("pinnedImages"), QJsonArray::fromStringList(values->pinnedImages));
        if (!values->renamed.isEmpty()) {
            json.insert(QLatin1String("renamedKeys"), QJsonArray::fromStringList(values->renamed));
        }
    }
    if (upgradeAttempted) {
        json.insert(QLatin1String("upgradeAttempted"), true);
    }
    insertIfSet(json, "upgradeAttemptedAt", upgradeAttemptedAt);
    insertRevision(json, after, "After");
    if (after) {
        QJsonArray revisions;
        for (const HelmRevision &entry : history) {
            revisions.append(QJsonObject {{QLatin1String("revision"), entry.revision},
                {QLatin1String("status"), entry.status}, {QLatin1String("chart"), entry.chart},
                {QLatin1String("description"), entry.description}});
        }
        json.insert(QLatin1String("history"), revisions);
    }
    return json;
}

ReleaseFacts ReleaseFacts::fromJson(const QJsonObject &json)
{
    ReleaseFacts facts;
    facts.target = json.value(QLatin1String("target")).toString();
    facts.release = json.value(QLatin1String("release")).toString();
    facts.namespaceName = json.value(QLatin1String("namespace")).toString();
    facts.kubeContext = json.value(QLatin1String("context")).toString();
    facts.chartVersionTarget = json.value(QLatin1String("chartVersionTarget")).toString();
    facts.now = readRevision(json, "Now");
    facts.before = readRevision(json, "Before");
    facts.recoveredFrom = json.value(QLatin1String("recoveredFrom")).toString();
    facts.backup = json.value(QLatin1String("backup")).toString();
    if (json.contains(QLatin1String("values"))) {
        PreparedValues values;
        values.path = json.value(QLatin1String("values")).toString();
        for (const QJsonValue &value : json.value(QLatin1String("valuesChanged")).toArray()) {
            const QJsonObject change = value.toObject();
            values.changes.push_back({change.value(QLatin1String("key")).toString(),
                change.value(QLatin1String("from")).toString(),
                change.value(QLatin1String("to")).toString()});
        }
        for (const QJsonValue &value : json.value(QLatin1String("pinnedImages")).toArray()) {
            values.pinnedImages.append(value.toString());
        }
        for (const QJsonValue &value : json.value(QLatin1String("renamedKeys")).toArray()) {
            values.renamed.append(value.toString());
        }
        facts.values = values;
    }
    facts.upgradeAttempted = json.value(QLatin1String("upgradeAttempted")).toBool();
    facts.upgradeAttemptedAt = json.value(QLatin1String("upgradeAttemptedAt")).toString();
    facts.after = readRevision(json, "After");
    for (const QJsonValue &value : json.value(QLatin1String("history")).toArray()) {
        const QJsonObject entry = value.toObject();
        HelmRevision revision;
        revision.revision = entry.value(QLatin1String("revision")).toInt();
        revision.status = entry.value(QLatin1String("status")).toString();
        revision.chart = entry.value(QLatin1String("chart")).toString();
        revision.description = entry.value(QLatin1String("description")).toString();
        facts.history.push_back(revision);
    }
    return facts;
}

QString ReleaseFacts::stateKey(const QString &target)
{
    return QString(KeyPrefix) + target;
}

std::optional<QString> ReleaseFacts::targetOfStateKey(const QString &key)
{
    if (!key.startsWith(KeyPrefix)) {
        return std::nullopt;
    }
    return key.mid(KeyPrefix.size());
}

} // namespace DceUpgrade
