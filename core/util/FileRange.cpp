#include "FileRange.h"

#include "Error.h"
#include "SystemError.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DceUpgrade {

struct FileRange::Joined
{
    struct Placed
    {
        qint64 start = 0;
        Piece piece;
        qint64 size() const
        {
            return piece.bytes.isEmpty() ? piece.file.size() : piece.bytes.size();
        }
    };
    std::vector<Placed> pieces; // by start, back to back

    // The piece holding byte `offset` (which is below the total size).
    const Placed &at(qint64 offset) const
    {
        const auto it = std::upper_bound(pieces.cbegin(), pieces.cend(), offset,
            [](qint64 value, const Placed &placed) { return value < placed.start; });
        return *(it - 1);
    }
};

struct FileRange::File
{
    QString path;
    int fd = -1;
    std::shared_ptr<const Joined> joined; // set for a concatenation (then fd stays -1)
    ~File()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

FileRange FileRange::concatenate(const QString &name, std::vector<Piece> pieces)
{
    auto joined = std::make_shared<Joined>();
    qint64 total = 0;
    for (Piece &piece : pieces) {
        Joined::Placed placed {total, std::move(piece)};
        if (placed.size() == 0) {
            continue;
        }
        total += placed.size();
        joined->pieces.push_back(std::move(placed));
    }
    auto file = std::make_shared<File>();
    file->path = name;
    file->joined = std::move(joined);
    FileRange range;
    range.m_file = std::move(file);
    range.m_size = total;
    return range;
}

qint64 FileRange::readJoined(qint64 offset, char *buffer, qint64 maxBytes) const
{
    const Joined &joined = *m_file->joined;
    qint64 done = 0;
    while (done < maxBytes) {
        const qint64 position = m_offset + offset + done;
        const Joined::Placed &placed = joined.at(position);
        const qint64 inside = position - placed.start;
        const qint64 wanted = std::min(maxBytes - done, placed.size() - inside);
        qint64 n = 0;
        if (placed.piece.bytes.isEmpty()) {
            n = placed.piece.file.read(inside, buffer + done, wanted);
        } else {
            std::memcpy(buffer + done, placed.piece.bytes.constData() + inside, size_t(wanted));
            n = wanted;
        }
        if (n <= 0) {
            break; // a file shrank under us; the caller sees a short read
        }
        done += n;
    }
    return done;
}

FileRange FileRange::openFile(const QString &path)
{
    auto file = std::make_shared<File>();
    file->path = path;
    file->fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st = {};
    if (file->fd < 0 || ::fstat(file->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString reason = file->fd < 0 ? SystemError::text(errno) : tr("not a regular file");
        throw Error(QStringLiteral("file.open"), tr("Cannot open %1: %2").arg(path, reason),
            tr("Check the path and that you may read the file."));
    }
    FileRange range;
    range.m_file = std::move(file);
    range.m_size = st.st_size;
    return range;
}

FileRange FileRange::sub(qint64 offset, qint64 size) const
{
    if (offset < 0 || size < 0 || offset > m_size || size > m_size - offset) {
        throw Error(QStringLiteral("bundle.truncated"),
            tr("%1 is truncated: a member needs bytes %2 to %3 but the archive ends at %4.")
                .arg(filePath())
                .arg(offset)
                .arg(offset + size)
                .arg(m_size),
            tr("The download is incomplete or damaged. Download the package again and "
               "compare its checksum."));
    }
    if (m_file->joined && size > 0) {
        // Inside one file of a concatenation: that file's own window, so that readers that
        // name the file (errors, progress) name the real one.
        const Joined::Placed &placed = m_file->joined->at(m_offset + offset);
        const qint64 inside = m_offset + offset - placed.start;
        if (placed.piece.bytes.isEmpty() && size <= placed.size() - inside) {
            return placed.piece.file.sub(inside, size);
        }
    }
    FileRange range = *this;
    range.m_offset = m_offset + offset;
    range.m_size = size;
    return range;
}

QString FileRange::filePath() const
{
    return m_file ? m_file->path : QString();
}

qint64 FileRange::read(qint64 offset, char *buffer, qint64 maxBytes) const
{
    if (offset >= m_size || maxBytes <= 0) {
        return 0;
    }
    const qint64 wanted = std::min(maxBytes, m_size - offset);
    if (m_file->joined) {
        return readJoined(offset, buffer, wanted);
    }
    qint64 done = 0;
    while (done < wanted) {
        const ssize_t n = ::pread(
            m_file->fd, buffer + done, size_t(wanted - done), off_t(m_offset + offset + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(QStringLiteral("file.read"),
                tr("Reading %1 failed: %2").arg(filePath(), SystemError::text(errno)),
                tr("Check the disk or the network share the package is on."));
        }
        if (n == 0) {
            break; // the file shrank under us; the caller sees a short read
        }
        done += n;
    }
    return done;
}

QByteArray FileRange::readAll(qint64 limit, const QString &what) const
{
    if (m_size > limit) {
        throw Error(QStringLiteral("bundle.member-too-large"),
            tr("%1 is %2 bytes, more than the %3 bytes such a file may have.")
                .arg(what)
                .arg(m_size)
                .arg(limit),
            tr("The package is damaged or was not made by charts-syncer."));
    }
    QByteArray data(m_size, Qt::Uninitialized);
    if (read(0, data.data(), m_size) != m_size) {
        throw Error(QStringLiteral("bundle.truncated"),
            tr("%1 is shorter than its recorded size.").arg(what),
            tr("The download is incomplete or damaged. Download the package again and "
               "compare its checksum."));
    }
    return data;
}

} // namespace DceUpgrade
