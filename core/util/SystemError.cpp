#include "SystemError.h"

#include <QFileDevice>

#include <cerrno>
#include <cstring>

namespace DceUpgrade {

namespace {

// errno values a jump host meets when reading packages and writing sessions, backups and
// reports; the rest keep the system's text.
QString knownReason(int errnum)
{
    switch (errnum) {
    case ENOENT:
        return SystemError::tr("no such file or directory");
    case EACCES:
    case EPERM:
        return SystemError::tr("permission denied");
    case ENOSPC:
        return SystemError::tr("no space left on the disk");
    case EDQUOT:
        return SystemError::tr("the disk quota is used up");
    case EROFS:
        return SystemError::tr("the file system is read-only");
    case EEXIST:
        return SystemError::tr("it already exists");
    case ENOTDIR:
        return SystemError::tr("a part of the path is not a directory");
    case EISDIR:
        return SystemError::tr("it is a directory");
    case ENOTEMPTY:
        return SystemError::tr("the directory is not empty");
    case EIO:
        return SystemError::tr("input/output error (the disk or the network file system failed)");
    case EMFILE:
    case ENFILE:
        return SystemError::tr("too many open files");
    case ENAMETOOLONG:
        return SystemError::tr("the file name is too long");
    case ELOOP:
        return SystemError::tr("too many levels of symbolic links");
    case EFBIG:
        return SystemError::tr("the file is too large");
    case EBUSY:
    case ETXTBSY:
        return SystemError::tr("the file is in use");
    case EXDEV:
        return SystemError::tr("it cannot be moved to another file system");
    case ENOMEM:
        return SystemError::tr("out of memory");
    case EINTR:
        return SystemError::tr("interrupted");
    default:
        return {};
    }
}

QString systemText(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

} // namespace

QString SystemError::text(int errnum)
{
    const QString known = knownReason(errnum);
    return known.isEmpty() ? systemText(errnum) : known;
}

QString SystemError::of(const QFileDevice &file)
{
    return translated(file.errorString());
}

QString SystemError::translated(const QString &reported)
{
    // QFileDevice keeps only the text, not the errno: find the errno whose text it is.
    static const int largestErrno = 133; // EHWPOISON on Linux
    for (int errnum = 1; errnum <= largestErrno; ++errnum) {
        if (systemText(errnum) == reported) {
            const QString known = knownReason(errnum);
            return known.isEmpty() ? reported : known;
        }
    }
    return reported;
}

} // namespace DceUpgrade
