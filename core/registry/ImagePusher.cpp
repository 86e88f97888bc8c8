#include "ImagePusher.h"

#include "RelocatedImage.h"

#include "bundle/PackageReader.h"
#include "bundle/TarIndex.h"
#include "image/ImageInfo.h"

#include <QTimer>

namespace DceUpgrade {

namespace {

constexpr int MaxAttempts = 4;

QString key(const QString &repository, const QString &digest)
{
    return repository + QLatin1Char('@') + digest;
}

FileRange memberRange(const TarIndex &index, const QString &member)
{
    const TarMember &file = index.resolveFile(member);
    return index.archive().sub(file.dataOffset, file.size);
}

} // namespace

ImagePusher::ImagePusher(RegistryClient &client, int jobs, bool overwrite, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobs(std::max(1, jobs))
    , m_overwrite(overwrite)
{
    connect(&m_client, &RegistryClient::notice, this, &ImagePusher::message);
}

std::vector<ImagePusher::Item> ImagePusher::itemsFor(
    const Package &package, const Relocator &relocator)
{
    std::vector<Item> items;
    for (const auto &bundle : package.bundles) {
        for (const RelocatedImage &image : RelocatedImage::forBundle(*bundle, relocator)) {
            if (!image.image) {
                continue;
            }
            // target = "<registry>/<repository>:<tag>" or "...@<digest>"; the registry part is
            // the host the client talks to, the rest names the repository and reference.
            const QString rest = image.relocation.target.mid(
                image.relocation.target.indexOf(QLatin1Char('/')) + 1);
            const qsizetype at = rest.indexOf(QLatin1Char('@'));
            const qsizetype split = at >= 0 ? at : rest.lastIndexOf(QLatin1Char(':'));
            items.push_back(
                {rest.left(split), rest.mid(split + 1), image.image, &bundle->images.index()});
        }
    }
    return items;
}

void ImagePusher::start(std::vector<Item> items)
{
    m_items = std::move(items);
    m_blobsLeft.assign(m_items.size(), 0);
    for (std::size_t index = 0; index < m_items.size(); ++index) {
        const Item &item = m_items[index];
        const ImageInfo &image = *item.image;
        if (image.manifest.isEmpty()) {
            // Uncompressed layers (docker save): nothing could give charts-syncer's digests.
            const Error error(QStringLiteral("images.uncompressed"),
                tr("%1 stores its layers uncompressed, so it cannot be pushed as charts-syncer "
                   "would push it.")
                    .arg(item.repository),
                tr("Use the offline package published by DaoCloud, whose layers are compressed."));
            QMetaObject::invokeMethod(
                this, [this, error] { fail(error); }, Qt::QueuedConnection);
            return;
        }
        std::vector<std::pair<QString, QString>> blobs {{image.configDigest, image.configMember}};
        for (const LayerInfo &layer : image.layers) {
            blobs.emplace_back(layer.digest, layer.member);
        }
        for (const auto &[digest, member] : blobs) {
            if (!m_waiting[key(item.repository, digest)].contains(int(index))) {
                m_waiting[key(item.repository, digest)].append(int(index));
                ++m_blobsLeft[index];
            }
            if (m_scheduled.contains(key(item.repository, digest))) {
                continue;
            }
            m_scheduled.insert(key(item.repository, digest));
            Blob blob {item.repository, digest, memberRange(*item.images, member), 0};
            m_total += blob.range.size();
            m_queue.push_back(std::move(blob));
        }
    }
    emit progress(0, m_total);
    schedule();
}

void ImagePusher::cancel()
{
    if (m_canceled || m_failed) {
        return;
    }
    m_canceled = true;
    m_queue.clear();
    m_client.abortAll(); // the callbacks of what was under way end the push (schedule())
}

void ImagePusher::schedule()
{
    if (m_failed) {
        return;
    }
    if (m_canceled) {
        if (m_running == 0) {
            fail(Error(QStringLiteral("canceled"), QString())); // replaced by the cancel message
        }
        return;
    }
    while (m_running < m_jobs && !m_queue.empty()) {
        Blob blob = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_running;
        runBlob(std::move(blob));
    }
    if (m_running == 0 && m_queue.empty()) {
        pushManifests();
    }
}

void ImagePusher::runBlob(Blob blob)
{
    m_client.blobExists(blob.repository, blob.digest,
        [this, blob](bool exists, const RegistryClient::Failure &failure) {
            if (failure) {
                blobFailed(blob, *failure);
                return;
            }
            if (exists) {
                ++m_summary.blobsSkipped;
                m_homes.insert(blob.digest, blob.repository);
                blobDone(blob, blob.range.size());
                return;
            }
            const QString home = m_homes.value(blob.digest);
            const auto upload = [this, blob] {
                const QString id = key(blob.repository, blob.digest);
                m_client.uploadBlob(
                    blob.repository, blob.digest, blob.range,
                    [this, id](qint64 sent, qint64) {
                        m_done += sent - m_inFlight.value(id);
                        m_inFlight.insert(id, sent);
                        emit progress(m_done, m_total);
                    },
                    [this, blob, id](const RegistryClient::Failure &uploadFailure) {
                        m_done -= m_inFlight.take(id);
                        if (uploadFailure) {
                            blobFailed(blob, *uploadFailure);
                            return;
                        }
                        ++m_summary.blobsUploaded;
                        m_homes.insert(blob.digest, blob.repository);
                        blobDone(blob, blob.range.size());
                    });
            };
            if (home.isEmpty() || home == blob.repository) {
                upload();
                return;
            }
            m_client.mountBlob(blob.repository, blob.digest, home,
                [this, blob, upload](bool mounted, const RegistryClient::Failure &mountFailure) {
                    if (mounted && !mountFailure) {
                        ++m_summary.blobsMounted;
                        blobDone(blob, blob.range.size());
                    } else {
                        upload(); // a registry that cannot mount still takes the upload
                    }
                });
        });
}

void ImagePusher::blobDone(const Blob &blob, qint64 bytes)
{
    --m_running;
    m_done += bytes;
    emit progress(m_done, m_total);
    // Per image: say when all of its layers are in (its manifest follows at the end).
    for (const int index : m_waiting.take(key(blob.repository, blob.digest))) {
        if (--m_blobsLeft[std::size_t(index)] == 0) {
            ++m_imagesReady;
            const Item &item = m_items[std::size_t(index)];
            emit message(tr("Layers of %1:%2 are in the registry (%3 of %4 images).")
                             .arg(item.repository, item.reference)
                             .arg(m_imagesReady)
                             .arg(m_items.size()));
        }
    }
    schedule();
}

void ImagePusher::blobFailed(Blob blob, const Error &error)
{
    --m_running;
    if (m_canceled) {
        schedule();
        return;
    }
    if (!RegistryError::isRetryable(error) || ++blob.attempts >= MaxAttempts || m_canceled) {
        fail(error);
        return;
    }
    // One upload at a time from now on: a registry that struggles gets no more load.
    m_jobs = 1;
    const int delayMs = 500 << blob.attempts; // 1 s, 2 s, 4 s
    emit message(tr("%1; trying again in %2 s.").arg(error.message()).arg(delayMs / 1000));
    ++m_running;
    QTimer::singleShot(delayMs, this, [this, blob] { runBlob(blob); });
}

void ImagePusher::pushManifests()
{
    pushManifest(0);
}

void ImagePusher::pushManifest(std::size_t index)
{
    if (m_failed) {
        return;
    }
    if (index >= m_items.size()) {
        emit finished(std::nullopt);
        return;
    }
    const Item &item = m_items[index];
    m_client.manifestDigest(item.repository, item.reference,
        [this, index](const QString &existing, const RegistryClient::Failure &failure) {
            if (failure) {
                fail(*failure);
                return;
            }
            const Item &current = m_items[index];
            const ImageInfo &image = *current.image;
            const QString name = current.repository + QLatin1Char(':') + current.reference;
            if (!existing.isEmpty() && !m_overwrite) {
                ++m_summary.manifestsSkipped;
                if (existing != image.manifestDigest) {
                    emit message(tr("%1 already exists with another digest (%2, the package has "
                                    "%3); it is left as it is, as charts-syncer does.")
                                     .arg(name, existing, image.manifestDigest));
                }
                pushManifest(index + 1);
                return;
            }
            m_client.putManifest(current.repository, current.reference, image.manifest,
                image.manifestMediaType,
                [this, index, name](
                    const QString &digest, const RegistryClient::Failure &putFailure) {
                    if (putFailure) {
                        fail(*putFailure);
                        return;
                    }
                    const QString wanted = m_items[index].image->manifestDigest;
                    if (!digest.isEmpty() && digest != wanted) {
                        fail(Error(QStringLiteral("registry.digest-mismatch"),
                            tr("The registry stored %1 as %2, not %3.").arg(name, digest, wanted),
                            tr("The registry changes what it receives; push to another registry "
                               "or report it.")));
                        return;
                    }
                    ++m_summary.manifestsPushed;
                    emit message(tr("Pushed %1.").arg(name));
                    pushManifest(index + 1);
                });
        });
}

void ImagePusher::fail(const Error &error)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_queue.clear();
    // After cancel() every failure is the cancel itself (requests end as aborted).
    emit finished(m_canceled ? Error(QStringLiteral("canceled"), tr("The push was canceled."),
                      tr("Run again: what was pushed stays and is not sent again."))
                             : error);
}

} // namespace DceUpgrade
