#pragma once

#include "util/FileRange.h"
#include "util/Hasher.h"

#include <QIODevice>

#include <memory>

namespace DceUpgrade {

// A blob of the bundle as the body of an upload: reads the FileRange window in order, straight
// from the package file (nothing extracted, a few KiB in memory), and hashes what it hands out,
// so the digest can be checked before the upload is committed. reset() starts over (a retry
// after a 401 or a dropped connection sends the body again).
//
// For a chunked upload, setChunk() narrows what the device presents to one part of the blob
// (size, positions and reads are then relative to the chunk); the hash goes on across chunks
// sent in order. Sending a chunk again restarts the hash: digest() is then empty and the caller
// hashes the blob itself.
class BlobReader final : public QIODevice
{
    Q_OBJECT

public:
    explicit BlobReader(FileRange range, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_chunkSize; }
    bool reset() override;
    bool seek(qint64 position) override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override { return m_position >= m_chunkSize; }

    // Presents [start, start + length) of the blob, clamped to it, from its first byte.
    void setChunk(qint64 start, qint64 length);

    // "sha256:<hex>" of everything read, once the whole window was read once in order.
    QString digest();
    qint64 position() const { return m_position; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    FileRange m_range;
    std::unique_ptr<Hasher> m_hasher;
    qint64 m_chunkStart = 0;
    qint64 m_chunkSize = 0;
    qint64 m_position = 0; // relative to the chunk
    qint64 m_hashed = 0; // bytes fed to the hasher, always a prefix of the window
    QString m_digest;
};

} // namespace DceUpgrade
