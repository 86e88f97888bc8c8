#include "BlobReader.h"

#include "util/Error.h"

#include <algorithm>

namespace DceUpgrade {

BlobReader::BlobReader(FileRange range, QObject *parent)
    : QIODevice(parent)
    , m_range(std::move(range))
    , m_hasher(std::make_unique<Hasher>(Hasher::Algorithm::Sha256))
    , m_chunkSize(m_range.size())
{
    open(QIODevice::ReadOnly);
}

void BlobReader::setChunk(qint64 start, qint64 length)
{
    m_chunkStart = std::clamp<qint64>(start, 0, m_range.size());
    m_chunkSize = std::clamp<qint64>(length, 0, m_range.size() - m_chunkStart);
    seek(0);
}

bool BlobReader::reset()
{
    return seek(0);
}

bool BlobReader::seek(qint64 position)
{
    if (position < 0 || position > m_chunkSize) {
        return false;
    }
    QIODevice::seek(position);
    m_position = position;
    if (m_chunkStart + position < m_hashed) {
        // Going back: the hash starts over and follows the next in-order read.
        m_hasher = std::make_unique<Hasher>(Hasher::Algorithm::Sha256);
        m_hashed = 0;
        m_digest.clear();
    }
    return true;
}

qint64 BlobReader::bytesAvailable() const
{
    return m_chunkSize - m_position + QIODevice::bytesAvailable();
}

qint64 BlobReader::readData(char *data, qint64 maxSize)
{
    const qint64 wanted = std::min(maxSize, m_chunkSize - m_position);
    if (wanted <= 0) {
        return 0;
    }
    const qint64 offset = m_chunkStart + m_position;
    qint64 got = 0;
    try {
        got = m_range.read(offset, data, wanted);
    } catch (const Error &error) {
        setErrorString(error.message());
        return -1;
    }
    if (offset == m_hashed) {
        m_hasher->addData(data, got);
        m_hashed += got;
    }
    m_position += got;
    return got;
}

QString BlobReader::digest()
{
    if (m_hashed != m_range.size()) {
        return {};
    }
    if (m_digest.isEmpty()) {
        m_digest = QStringLiteral("sha256:") + m_hasher->hexDigest();
    }
    return m_digest;
}

} // namespace DceUpgrade
