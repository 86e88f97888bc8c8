#pragma once

#include "util/Error.h"
#include "util/FileRange.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace DceUpgrade {

// Writes one FileRange (a member of the package, such as a bundle nested in the downloaded
// archive) into a new file, on a worker thread, in chunks: memory stays flat whatever the size,
// and only that member's bytes are read, never the whole package.
//
// start() returns at once; progress() reports bytes written; finished() comes exactly once, on
// the thread that called start(), with no error, an Error, or the Error "canceled" after
// cancel(). Whenever it does not end well, the partial file is removed. The target must not
// exist (it is created 0600, never overwritten). Destroying the copier cancels and waits.
class FileRangeCopier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRangeCopier)

public:
    explicit FileRangeCopier(QObject *parent = nullptr);
    ~FileRangeCopier() override;

    void start(const FileRange &range, const QString &target);
    void cancel() { m_cancel = true; }

    static constexpr qint64 ChunkSize = 4 << 20;

signals:
    void progress(qint64 done, qint64 total);
    void finished(const std::optional<DceUpgrade::Error> &failure);

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel {false};
};

} // namespace DceUpgrade
