#pragma once

#include "RegistryClient.h"

#include "util/FileRange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

#include <deque>
#include <vector>

namespace DceUpgrade {

struct ImageInfo;
struct Package;
class Relocator;
class TarIndex;

// Pushes images straight from the bundle as charts-syncer would (bundle-format.md §4.2-§4.4):
// every blob read by offset from images.tar, several uploads at once, blobs the registry has
// skipped (HEAD), blobs already pushed to a sibling repository in this run mounted, and a
// manifest only after all its blobs are in. An existing tag is left alone (warned about when its
// digest differs) unless `overwrite`. Temporary errors are retried with backoff, one upload at a
// time after the first failure. Interrupted at any point, a rerun sends only what is missing.
class ImagePusher final : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QString repository; // "release.daocloud.io/skoala/hive" under the target registry
        QString reference; // tag, or the digest for tag-less references
        const ImageInfo *image = nullptr;
        const TarIndex *images = nullptr; // the images.tar the blobs are members of
    };

    struct Summary
    {
        int manifestsPushed = 0;
        int manifestsSkipped = 0; // tag already there
        int blobsUploaded = 0;
        int blobsSkipped = 0; // already in the registry
        int blobsMounted = 0;
    };

    ImagePusher(RegistryClient &client, int jobs, bool overwrite, QObject *parent = nullptr);

    // Every image of every bundle of `package`, where `relocator` puts it (charts-syncer's
    // rule), in hint order, each target once. Images whose hint matched no image in the archive
    // are left out (the package check reports them).
    static std::vector<Item> itemsFor(const Package &package, const Relocator &relocator);

    void start(std::vector<Item> items);
    void cancel();
    const Summary &summary() const { return m_summary; }

signals:
    void message(const QString &text); // translated, for the log
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const std::optional<DceUpgrade::Error> &failure);

private:
    struct Blob
    {
        QString repository;
        QString digest;
        FileRange range;
        int attempts = 0;
    };

    void schedule();
    void runBlob(Blob blob);
    void blobDone(const Blob &blob, qint64 bytes);
    void blobFailed(Blob blob, const Error &error);
    void pushManifests();
    void pushManifest(std::size_t index);
    void fail(const Error &error);

    RegistryClient &m_client;
    int m_jobs;
    bool m_overwrite;
    std::vector<Item> m_items;
    std::deque<Blob> m_queue;
    QSet<QString> m_scheduled; // repository + digest
    QHash<QString, QString> m_homes; // digest -> a repository that has it (for mounts)
    QHash<QString, qint64> m_inFlight; // repository + digest -> bytes sent so far
    std::vector<int> m_blobsLeft; // per item: its blobs not yet in the registry
    QHash<QString, QList<int>> m_waiting; // repository + digest -> items that need it
    int m_imagesReady = 0;
    int m_running = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_failed = false;
    bool m_canceled = false;
    Summary m_summary;
};

} // namespace DceUpgrade
