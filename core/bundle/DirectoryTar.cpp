#include "DirectoryTar.h"

#include "TarIndex.h"
#include "util/Error.h"
#include "util/SystemError.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace DceUpgrade {

namespace {

constexpr int Block = 512;
// Small files below the top (the chart's, hundreds of them: one descriptor each would be too
// many) are read into memory; the top entries (images.tar above all) and larger files stay
// windows of their files, so images.tar is streamed and named as itself.
constexpr qint64 InMemoryUpTo = 1024 * 1024;
// Deeper than any chart; stops a hostile tree (or a bind-mount cycle) early.
constexpr int MaxDepth = 64;

void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray paddingFor(qint64 size)
{
    return QByteArray(int((Block - size % Block) % Block), '\0');
}

struct Walk
{
    QString root;
    std::vector<FileRange::Piece> pieces;

    [[noreturn]] void ioError(const QString &path) const
    {
        throw Error(QStringLiteral("file.read"),
            DirectoryTar::tr("Cannot read %1: %2").arg(path, SystemError::text(errno)),
            DirectoryTar::tr("Check that you may read every file of the package directory."));
    }

    void add(const QString &name, int depth)
    {
        const QString path = root + QLatin1Char('/') + name;
        const QByteArray native = QFile::encodeName(path);
        struct stat st = {};
        if (::lstat(native.constData(), &st) != 0) {
            if (errno == ENOENT && depth == 0) {
                return; // a top entry the directory does not have: the reader says what is missing
            }
            ioError(path);
        }
        if (S_ISLNK(st.st_mode)) {
            QByteArray target(4096, '\0');
            const ssize_t n = ::readlink(native.constData(), target.data(), size_t(target.size()));
            if (n < 0) {
                ioError(path);
            }
            target.truncate(int(n));
            pieces.push_back({DirectoryTar::header(name, '2', 0, QFile::decodeName(target)), {}});
        } else if (S_ISREG(st.st_mode)) {
            addFile(name, path, st.st_size, depth > 0 && st.st_size <= InMemoryUpTo);
        } else if (S_ISDIR(st.st_mode)) {
            if (depth >= MaxDepth) {
                throw Error(QStringLiteral("bundle.invalid"),
                    DirectoryTar::tr("%1 is nested more than %2 directories deep.")
                        .arg(path)
                        .arg(MaxDepth),
                    DirectoryTar::tr("Choose the directory that `tar xvf` of the bundle made."));
            }
            pieces.push_back({DirectoryTar::header(name + QLatin1Char('/'), '5', 0, {}), {}});
            QStringList children = QDir(path).entryList(
                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                QDir::NoSort);
            std::sort(children.begin(), children.end()); // one order for every file system
            for (const QString &child : std::as_const(children)) {
                add(name + QLatin1Char('/') + child, depth + 1);
            }
        } else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISFIFO(st.st_mode)) {
            // Kept as what they are: TarIndex refuses them with the same words as in a tar.
            const char type = S_ISCHR(st.st_mode) ? '3' : S_ISBLK(st.st_mode) ? '4' : '6';
            pieces.push_back({DirectoryTar::header(name, type, 0, {}), {}});
        } else {
            // Sockets (and anything stranger) have no tar header type.
            throw TarIndex::specialFileError(QDir(root).dirName(), name, st.st_mode & S_IFMT);
        }
    }

    void addFile(const QString &name, const QString &path, qint64 size, bool inMemory)
    {
        FileRange::Piece data;
        if (inMemory) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                throw Error(QStringLiteral("file.open"),
                    DirectoryTar::tr("Cannot open %1: %2").arg(path, SystemError::of(file)),
                    DirectoryTar::tr("Check that you may read every file of the package "
                                     "directory."));
            }
            data.bytes = file.read(size + 1);
            if (data.bytes.size() != size) {
                ioError(path); // changed while being read
            }
        } else {
            data.file = FileRange::openFile(path);
        }
        pieces.push_back({DirectoryTar::header(name, '0', size, {}), {}});
        pieces.push_back(std::move(data));
        pieces.push_back({paddingFor(size), {}});
    }
};

} // namespace

QByteArray DirectoryTar::header(const QString &name, char type, qint64 size, const QString &link)
{
    const QByteArray name8 = name.toUtf8();
    const QByteArray link8 = link.toUtf8();
    QByteArray out;
    if (name8.size() > 100) {
        out += header(QStringLiteral("././@LongLink"), 'L', name8.size() + 1, {});
        out += name8 + '\0' + paddingFor(name8.size() + 1);
    }
    if (link8.size() > 100) {
        out += header(QStringLiteral("././@LongLink"), 'K', link8.size() + 1, {});
        out += link8 + '\0' + paddingFor(link8.size() + 1);
    }
    QByteArray block(Block, '\0');
    char *h = block.data();
    std::memcpy(h, name8.constData(), size_t(std::min<qsizetype>(name8.size(), 100)));
    putOctal(h + 100, 8, type == '5' ? 0755 : type == '2' ? 0777 : 0644);
    putOctal(h + 108, 8, 0); // uid
    putOctal(h + 116, 8, 0); // gid
    if (size < (qint64(1) << 33)) {
        putOctal(h + 124, 12, size);
    } else {
        // GNU base-256: a set high bit, then the size big-endian in the remaining 11 bytes.
        h[124] = char(0x80);
        for (int i = 0; i < 8; ++i) {
            h[135 - i] = char((size >> (8 * i)) & 0xff);
        }
    }
    putOctal(h + 136, 12, 0); // mtime
    h[156] = type;
    std::memcpy(h + 157, link8.constData(), size_t(std::min<qsizetype>(link8.size(), 100)));
    std::memcpy(h + 257, "ustar  ", 8); // GNU magic and version, as the long names are GNU's
    std::memset(h + 148, ' ', 8);
    unsigned int sum = 0;
    for (int i = 0; i < Block; ++i) {
        sum += static_cast<unsigned char>(h[i]);
    }
    putOctal(h + 148, 7, sum);
    h[155] = ' ';
    out += block;
    return out;
}

FileRange DirectoryTar::build(const QString &directory, const QStringList &names)
{
    Walk walk;
    walk.root = directory;
    for (const QString &name : names) {
        walk.add(name, 0);
    }
    walk.pieces.push_back({QByteArray(2 * Block, '\0'), {}});
    return FileRange::concatenate(directory, std::move(walk.pieces));
}

} // namespace DceUpgrade
