#include "HelmOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "util/Error.h"
#include "util/Yaml.h"

#include <functional>

namespace DceUpgrade {

std::pair<QString, QString> HelmOutput::splitChart(const QString &chart)
{
    // The version is the first "-<digit>" suffix that parses as one: chart names may contain
    // dashes and digits ("skoala-init", "k8s-2"), versions may contain dashes ("0.28.1-rc.1").
    static const QRegularExpression pattern(QStringLiteral("^(.+?)-(v?\\d+\\.\\d+\\.\\d+\\S*)$"));
    const QRegularExpressionMatch match = pattern.match(chart);
    if (!match.hasMatch()) {
        return {chart, QString()};
    }
    return {match.captured(1), match.captured(2)};
}

std::optional<std::vector<HelmRevision>> HelmOutput::parseHistory(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray()) {
        return std::nullopt;
    }
    std::vector<HelmRevision> revisions;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject object = value.toObject();
        HelmRevision revision;
        const QJsonValue number = object.value(QLatin1String("revision"));
        revision.revision = number.isString() ? number.toString().toInt() : number.toInt();
        revision.status = object.value(QLatin1String("status")).toString();
        revision.chart = object.value(QLatin1String("chart")).toString();
        std::tie(revision.chartName, revision.chartVersion) = splitChart(revision.chart);
        revision.appVersion = object.value(QLatin1String("app_version")).toString();
        revision.description = object.value(QLatin1String("description")).toString();
        revisions.push_back(revision);
    }
    std::sort(revisions.begin(), revisions.end(),
        [](const HelmRevision &a, const HelmRevision &b) { return a.revision < b.revision; });
    return revisions;
}

std::optional<QStringList> HelmOutput::parseSearch(const QByteArray &json, const QString &exactName)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray()) {
        return std::nullopt;
    }
    QStringList versions;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("name")).toString() == exactName) {
            versions.append(object.value(QLatin1String("version")).toString());
        }
    }
    return versions;
}

std::optional<std::vector<std::pair<QString, QString>>> HelmOutput::parseRepoList(
    const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray()) {
        return std::nullopt;
    }
    std::vector<std::pair<QString, QString>> repos;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject object = value.toObject();
        repos.emplace_back(object.value(QLatin1String("name")).toString(),
            object.value(QLatin1String("url")).toString());
    }
    return repos;
}

bool HelmOutput::valuesAreEmpty(const QByteArray &yaml)
{
    const QByteArray trimmed = yaml.trimmed();
    return trimmed.isEmpty() || trimmed == "null" || trimmed == "{}";
}

HelmFailure HelmOutput::parseFailure(const QByteArray &standardError)
{
    HelmFailure failure;
    const QString text = QString::fromUtf8(standardError);
    // Everything from the first "Error: " line on is the message (helm 4's can span lines);
    // helm 4's slog lines ("level=WARN ...") and deprecation notices come before it.
    const qsizetype at
        = text.startsWith(QLatin1String("Error: ")) ? 0 : text.indexOf(QLatin1String("\nError: "));
    if (at < 0) {
        QStringList kept;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("level="))
                && !line.startsWith(QLatin1String("Flag --"))) {
                kept.append(line);
            }
        }
        failure.message = kept.join(QLatin1Char('\n')).trimmed();
    } else {
        failure.message = text.mid(at == 0 ? 7 : at + 8).trimmed();
    }

    const QString lower = failure.message.toLower();
    using Kind = HelmFailure::Kind;
    const std::pair<const char *, Kind> rules[] = {
        {"has been rolled back", Kind::RolledBack},
        {"another operation (install/upgrade/rollback) is in progress", Kind::OperationInProgress},
        {"kubernetes cluster unreachable", Kind::ClusterUnreachable},
        {"has no deployed releases", Kind::NoDeployedReleases},
        {"release: not found", Kind::ReleaseNotFound},
        {"unknown flag", Kind::UnknownFlag},
        {"unknown shorthand flag", Kind::UnknownFlag},
        {"no repositories found", Kind::RepoNotFound},
        {"already exists", Kind::AlreadyExists},
        {"context deadline exceeded", Kind::TimedOut},
        {"timed out waiting", Kind::TimedOut},
    };
    for (const auto &[needle, kind] : rules) {
        if (lower.contains(QLatin1String(needle))) {
            failure.kind = kind;
            break;
        }
    }
    return failure;
}

std::optional<QStringList> HelmOutput::imagesOf(const QByteArray &renderedManifests)
{
    QStringList images;
    std::function<void(const YAML::Node &)> walk = [&](const YAML::Node &node) {
        if (node.IsMap()) {
            for (const auto &entry : node) {
                const YAML::Node &value = entry.second;
                if (entry.first.IsScalar() && entry.first.Scalar() == "image" && value.IsScalar()) {
                    const QString image = Yaml::toQString(value).trimmed();
                    if (!image.isEmpty() && !image.contains(QLatin1Char(' '))
                        && !images.contains(image)) {
                        images.append(image);
                    }
                } else {
                    walk(value);
                }
            }
        } else if (node.IsSequence()) {
            for (const YAML::Node &item : node) {
                walk(item);
            }
        }
    };
    // One document at a time, each through the guarded parser (depth and size limits).
    static const QRegularExpression separator(
        QStringLiteral("^---.*$"), QRegularExpression::MultilineOption);
    const QStringList documents = QString::fromUtf8(renderedManifests).split(separator);
    try {
        for (const QString &document : documents) {
            if (!document.trimmed().isEmpty()) {
                walk(Yaml::parse(document.toUtf8(), QStringLiteral("helm template")));
            }
        }
    } catch (const Error &) {
        return std::nullopt;
    }
    images.sort();
    return images;
}

} // namespace DceUpgrade
