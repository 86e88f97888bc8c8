#include "FileRange.h"

#include "util/Error.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DceUpgrade {

struct FileRange::File
{
    QString path;
    int fd = -1;
    ~File()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

FileRange FileRange::openFile(const QString &path)
{
    auto file = std::make_shared<File>();
    file->path = path;
    file->fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st = {};
    if (file->fd < 0 || ::fstat(file->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString reason = file->fd < 0 ? QString::fromLocal8Bit(std::strerror(errno))
                                            : tr("not a regular file");
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
    qint64 done = 0;
    while (done < wanted) {
        const ssize_t n = ::pread(
            m_file->fd, buffer + done, size_t(wanted - done), off_t(m_offset + offset + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw Error(QStringLiteral("file.read"),
                tr("Reading %1 failed: %2")
                    .arg(filePath(), QString::fromLocal8Bit(std::strerror(errno))),
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
