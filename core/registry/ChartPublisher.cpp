#include "ChartPublisher.h"

#include "util/FileRange.h"
#include "util/SystemError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <memory>

namespace DceUpgrade {

namespace {

constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadGroup | QFileDevice::ReadOther; // 0644
constexpr QFileDevice::Permissions DirMode
    = FileMode | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther; // 0755
constexpr QFileDevice::Permissions PrivateMode
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner; // 0600

QString sha256(const QByteArray &data)
{
    return QLatin1String("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray descriptor(const char *mediaType, const QString &digest, qint64 size)
{
    return "{\"mediaType\":\"" + QByteArray(mediaType) + "\",\"digest\":\"" + digest.toLatin1()
        + "\",\"size\":" + QByteArray::number(size) + '}';
}

// Makes `path` and its missing parents, each 0755 whatever the umask.
bool makeDirectories(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return true;
    }
    if (info.exists()) {
        return false;
    }
    const QString parent = info.absoluteDir().absolutePath();
    if (parent != info.absoluteFilePath() && !makeDirectories(parent)) {
        return false;
    }
    return QDir().mkdir(info.absoluteFilePath())
        && QFile::setPermissions(info.absoluteFilePath(), DirMode);
}

// One OCI publish in flight: the steps share it, and the last one reports.
struct OciPublish
{
    RegistryClient *client = nullptr;
    QString repository;
    QString tag;
    QString location;
    bool existed = false;
    QByteArray manifest;
    std::vector<std::pair<QString, QString>> blobs; // digest, file
    QStringList files; // to remove at the end
    ChartPublisher::Done done;

    void finish(const std::optional<ChartPublishResult> &result, const std::optional<Error> &error)
    {
        for (const QString &file : std::as_const(files)) {
            QFile::remove(file);
        }
        files.clear();
        if (done) {
            auto callback = std::move(done);
            done = nullptr;
            callback(result, error);
        }
    }
};

void pushManifest(const std::shared_ptr<OciPublish> &state)
{
    state->client->putManifest(state->repository, state->tag, state->manifest,
        QString::fromLatin1(ChartPublisher::ManifestMediaType),
        [state](const QString &digest, const RegistryClient::Failure &failure) {
            if (failure) {
                state->finish(std::nullopt, failure);
                return;
            }
            ChartPublishResult result;
            result.outcome = state->existed ? ChartPublishResult::Outcome::Replaced
                                            : ChartPublishResult::Outcome::Published;
            result.location = state->location;
            result.digest = digest.isEmpty() ? sha256(state->manifest) : digest;
            state->finish(result, std::nullopt);
        });
}

void pushBlob(const std::shared_ptr<OciPublish> &state, std::size_t index)
{
    if (index >= state->blobs.size()) {
        pushManifest(state);
        return;
    }
    const auto &[digest, file] = state->blobs[index];
    state->client->blobExists(state->repository, digest,
        [state, index, digest = digest, file = file](
            bool exists, const RegistryClient::Failure &failure) {
            if (failure) {
                state->finish(std::nullopt, failure);
                return;
            }
            if (exists) {
                pushBlob(state, index + 1);
                return;
            }
            FileRange range;
            try {
                range = FileRange::openFile(file);
            } catch (const Error &error) {
                state->finish(std::nullopt, error);
                return;
            }
            state->client->uploadBlob(state->repository, digest, range, {},
                [state, index](const RegistryClient::Failure &uploadFailure) {
                    if (uploadFailure) {
                        state->finish(std::nullopt, uploadFailure);
                        return;
                    }
                    pushBlob(state, index + 1);
                });
        });
}

// Writes `data` to a new 0600 file; false when it cannot.
bool writePrivateFile(const QString &path, const QByteArray &data)
{
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateMode)) {
        return false;
    }
    const bool written = file.write(data) == data.size() && file.flush();
    file.close();
    return written && file.error() == QFileDevice::NoError;
}

} // namespace

QString ChartPublisher::ociTag(const QString &version)
{
    return QString(version).replace(QLatin1Char('+'), QLatin1Char('_'));
}

QByteArray ChartPublisher::ociManifest(const RelocatedChart &chart, const QString &configDigest,
    qint64 configSize, const QString &chartDigest, qint64 chartSize)
{
    QByteArray out = "{\"schemaVersion\":2,\"mediaType\":\"" + QByteArray(ManifestMediaType)
        + "\",\"config\":" + descriptor(ConfigMediaType, configDigest, configSize) + ",\"layers\":["
        + descriptor(ChartLayerMediaType, chartDigest, chartSize) + ']';
    if (!chart.annotations.isEmpty()) {
        out += ",\"annotations\":"
            + QJsonDocument(chart.annotations).toJson(QJsonDocument::Compact);
    }
    return out + '}';
}

ChartPublishResult ChartPublisher::publishLocal(
    const RelocatedChart &chart, const QString &directory, bool force)
{
    const QString path = QDir(directory).absoluteFilePath(chart.fileName());
    const auto failed = [&path](const QString &detail) {
        return Error(QStringLiteral("chart.publish-local"),
            tr("Could not write the relocated chart to %1: %2.").arg(path, detail),
            tr("Check that the chart directory is writable and that the disk has space, or "
               "choose another directory."));
    };
    if (!makeDirectories(directory)) {
        throw failed(tr("the directory %1 cannot be created").arg(directory));
    }
    ChartPublishResult result;
    result.location = path;
    const bool existed = QFileInfo::exists(path);
    if (existed && !force) {
        result.outcome = ChartPublishResult::Outcome::AlreadyThere;
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw failed(SystemError::of(file));
    }
    if (file.write(chart.tgz) != chart.tgz.size()) {
        const QString reason = SystemError::of(file);
        file.cancelWriting();
        throw failed(reason);
    }
    if (!file.commit()) {
        throw failed(SystemError::of(file));
    }
    if (!QFile::setPermissions(path, FileMode)) {
        throw failed(tr("its permissions cannot be set to 0644"));
    }
    result.outcome
        = existed ? ChartPublishResult::Outcome::Replaced : ChartPublishResult::Outcome::Published;
    return result;
}

void ChartPublisher::publishOci(RegistryClient &client, const RelocatedChart &chart,
    const QString &ociNamespace, const QString &workDirectory, bool force, Done done)
{
    auto state = std::make_shared<OciPublish>();
    state->client = &client;
    QString prefix = ociNamespace;
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    state->repository = prefix.isEmpty() ? chart.name : prefix + QLatin1Char('/') + chart.name;
    state->tag = ociTag(chart.version);
    state->location = QLatin1String("oci://") + client.baseUrl().authority() + QLatin1Char('/')
        + state->repository + QLatin1Char(':') + state->tag;
    state->done = std::move(done);

    const QString configDigest = sha256(chart.metadataJson);
    const QString chartDigest = sha256(chart.tgz);
    state->manifest = ociManifest(
        chart, configDigest, chart.metadataJson.size(), chartDigest, chart.tgz.size());

    client.manifestDigest(state->repository, state->tag,
        [state, chart, workDirectory, force, configDigest, chartDigest](
            const QString &digest, const RegistryClient::Failure &failure) {
            if (failure) {
                state->finish(std::nullopt, failure);
                return;
            }
            state->existed = !digest.isEmpty();
            if (state->existed && !force) {
                ChartPublishResult result;
                result.outcome = ChartPublishResult::Outcome::AlreadyThere;
                result.location = state->location;
                result.digest = digest;
                state->finish(result, std::nullopt);
                return;
            }
            const QString base = QDir(workDirectory).absoluteFilePath(chart.fileName());
            const QString chartFile = base;
            const QString configFile = base + QLatin1String(".config.json");
            if (!makeDirectories(workDirectory) || !writePrivateFile(configFile, chart.metadataJson)
                || !writePrivateFile(chartFile, chart.tgz)) {
                state->files = {configFile, chartFile};
                state->finish(std::nullopt,
                    Error(QStringLiteral("chart.publish-oci"),
                        tr("Could not write the relocated chart to %1 for the upload.")
                            .arg(workDirectory),
                        tr("Check that the work directory is writable and that the disk has "
                           "space.")));
                return;
            }
            state->files = {configFile, chartFile};
            state->blobs = {{configDigest, configFile}, {chartDigest, chartFile}};
            pushBlob(state, 0);
        });
}

void ChartPublisher::publish(RegistryClient *client, const RelocatedChart &chart,
    const ChartDestination &destination, const QString &workDirectory, bool force, Done done)
{
    if (destination.kind == ChartTarget::Oci && client) {
        publishOci(*client, chart, destination.ociNamespace, workDirectory, force, std::move(done));
        return;
    }
    std::optional<ChartPublishResult> result;
    std::optional<Error> error;
    if (destination.kind == ChartTarget::Local) {
        try {
            result = publishLocal(chart, destination.directory, force);
        } catch (const Error &failure) {
            error = failure;
        }
    } else {
        error = Error(QStringLiteral("chart.target-unsupported"),
            tr("The chart %1 cannot be published to this kind of target here.")
                .arg(chart.fileName()),
            destination.kind == ChartTarget::Oci
                ? tr("An OCI target needs a registry connection; configure the registry first.")
                : tr("Harbor chart repositories are uploaded by the Harbor step; choose an OCI "
                     "or a local chart target for this step."));
    }
    QTimer::singleShot(0, [done = std::move(done), result, error] { done(result, error); });
}

} // namespace DceUpgrade
