#include "TarIndex.h"

#include "util/Error.h"

#include <archive.h>
#include <archive_entry.h>

#include <array>
#include <memory>

namespace DceUpgrade {

namespace {

// libarchive pulls bytes through these callbacks. The buffer is small on purpose: headers are
// 512-byte blocks and member data is skipped by seeking, so a 2 GiB bundle costs a few hundred
// KiB of reads to index.
struct RangeSource
{
    const FileRange *range = nullptr;
    qint64 position = 0;
    std::array<char, 8192> buffer {};
    QString ioError;
};

la_ssize_t readCallback(struct archive *, void *data, const void **out)
{
    auto *source = static_cast<RangeSource *>(data);
    try {
        const qint64 n = source->range->read(
            source->position, source->buffer.data(), qint64(source->buffer.size()));
        source->position += n;
        *out = source->buffer.data();
        return la_ssize_t(n);
    } catch (const Error &error) {
        source->ioError = error.message();
        return -1;
    }
}

la_int64_t skipCallback(struct archive *, void *data, la_int64_t request)
{
    auto *source = static_cast<RangeSource *>(data);
    const qint64 possible = std::min<qint64>(request, source->range->size() - source->position);
    source->position += std::max<qint64>(possible, 0);
    return std::max<qint64>(possible, 0);
}

la_int64_t seekCallback(struct archive *, void *data, la_int64_t offset, int whence)
{
    auto *source = static_cast<RangeSource *>(data);
    qint64 target = offset;
    if (whence == SEEK_CUR) {
        target += source->position;
    } else if (whence == SEEK_END) {
        target += source->range->size();
    }
    if (target < 0 || target > source->range->size()) {
        return ARCHIVE_FATAL;
    }
    source->position = target;
    return target;
}

struct ArchiveDeleter
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};

bool hasUnsafeComponent(const QString &name)
{
    const auto parts = QStringView(name).split(QLatin1Char('/'));
    for (const auto &part : parts) {
        if (part == QLatin1String("..")) {
            return true;
        }
    }
    return false;
}

QString normalise(QString name)
{
    while (name.startsWith(QLatin1String("./"))) {
        name.remove(0, 2);
    }
    while (name.endsWith(QLatin1Char('/'))) {
        name.chop(1);
    }
    return name;
}

QString specialFileKind(unsigned int type)
{
    switch (type) {
    case AE_IFCHR:
        return TarIndex::tr("character device");
    case AE_IFBLK:
        return TarIndex::tr("block device");
    case AE_IFIFO:
        return TarIndex::tr("named pipe (FIFO)");
    case AE_IFSOCK:
        return TarIndex::tr("socket");
    default:
        return TarIndex::tr("special file of an unknown type");
    }
}

QString compressionOf(const FileRange &range)
{
    char magic[4] = {};
    const qint64 n = range.read(0, magic, 4);
    if (n >= 2 && quint8(magic[0]) == 0x1f && quint8(magic[1]) == 0x8b) {
        return QStringLiteral("gzip");
    }
    if (n >= 4 && quint8(magic[0]) == 0x28 && quint8(magic[1]) == 0xb5 && quint8(magic[2]) == 0x2f
        && quint8(magic[3]) == 0xfd) {
        return QStringLiteral("zstd");
    }
    if (n >= 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
        return QStringLiteral("bzip2");
    }
    if (n >= 4 && quint8(magic[0]) == 0xfd && magic[1] == '7' && magic[2] == 'z'
        && magic[3] == 'X') {
        return QStringLiteral("xz");
    }
    return {};
}

} // namespace

QString TarIndex::describe(const QString &member) const
{
    return tr("%1: %2").arg(m_displayName, member);
}

TarIndex TarIndex::build(const FileRange &archive, const QString &displayName)
{
    TarIndex index;
    index.m_archive = archive;
    index.m_displayName = displayName;

    if (const QString compression = compressionOf(archive); !compression.isEmpty()) {
        throw Error(QStringLiteral("bundle.compressed"),
            tr("%1 is %2-compressed. Offline packages are plain tar files, so that images "
               "can be read in place without unpacking.")
                .arg(displayName, compression),
            tr("Use the .tar file exactly as downloaded from DaoCloud; do not recompress "
               "it."));
    }

    RangeSource source;
    source.range = &archive;
    std::unique_ptr<struct archive, ArchiveDeleter> reader(archive_read_new());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_gnutar(reader.get());
    archive_read_set_read_callback(reader.get(), readCallback);
    archive_read_set_skip_callback(reader.get(), skipCallback);
    archive_read_set_seek_callback(reader.get(), seekCallback);
    archive_read_set_callback_data(reader.get(), &source);

    const auto libarchiveError = [&](const QString &code) {
        const QString detail = !source.ioError.isEmpty()
            ? source.ioError
            : QString::fromUtf8(archive_error_string(reader.get()));
        const bool truncated = code == QLatin1String("bundle.truncated");
        return Error(code,
            truncated ? tr("%1 is truncated (%2).").arg(displayName, detail)
                      : tr("%1 is not a valid tar archive (%2).").arg(displayName, detail),
            tr("The download is incomplete or damaged. Download the package again and "
               "compare its checksum."));
    };

    if (archive_read_open1(reader.get()) != ARCHIVE_OK) {
        throw libarchiveError(QStringLiteral("bundle.not-tar"));
    }

    struct archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF) {
            break;
        }
        if (status < ARCHIVE_WARN) {
            // A header cut short or garbage where a header should be: anything after the first
            // member means the file ends early; nothing at all means it never was a tar.
            throw libarchiveError(index.m_members.empty() ? QStringLiteral("bundle.not-tar")
                                                          : QStringLiteral("bundle.truncated"));
        }

        const char *rawName = archive_entry_pathname_utf8(entry);
        if (rawName == nullptr) {
            rawName = archive_entry_pathname(entry);
        }
        const QString rawQName = QString::fromUtf8(rawName ? rawName : "");
        if (rawQName.startsWith(QLatin1Char('/')) || hasUnsafeComponent(rawQName)
            || rawQName.isEmpty()) {
            throw Error(QStringLiteral("bundle.unsafe-path"),
                tr("%1 contains the member \"%2\", which points outside the package. "
                   "The package was refused.")
                    .arg(displayName, rawQName),
                tr("Such a package may be an attack. Use only packages downloaded from "
                   "DaoCloud and verify their checksums."));
        }

        TarMember member;
        member.name = normalise(rawQName);
        member.dataOffset = archive_filter_bytes(reader.get(), 0);
        member.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;

        if (const char *hardlink = archive_entry_hardlink(entry)) {
            member.type = TarMember::Type::Hardlink;
            member.linkTarget = normalise(QString::fromUtf8(hardlink));
            if (member.linkTarget.startsWith(QLatin1Char('/'))
                || hasUnsafeComponent(member.linkTarget)) {
                throw Error(QStringLiteral("bundle.unsafe-link"),
                    tr("%1 links to \"%2\", outside the package. The package was refused.")
                        .arg(index.describe(member.name), member.linkTarget),
                    tr("Such a package may be an attack. Use only packages downloaded "
                       "from DaoCloud and verify their checksums."));
            }
            member.size = 0;
        } else {
            switch (archive_entry_filetype(entry)) {
            case AE_IFREG:
                member.type = TarMember::Type::File;
                break;
            case AE_IFDIR:
                member.type = TarMember::Type::Directory;
                break;
            case AE_IFLNK: {
                member.type = TarMember::Type::Symlink;
                const char *target = archive_entry_symlink_utf8(entry);
                member.linkTarget
                    = QString::fromUtf8(target ? target : archive_entry_symlink(entry));
                if (member.linkTarget.startsWith(QLatin1Char('/'))
                    || resolveRelative(member.name, member.linkTarget).isEmpty()) {
                    throw Error(QStringLiteral("bundle.unsafe-link"),
                        tr("%1 is a symbolic link to \"%2\", outside the package. The "
                           "package was refused.")
                            .arg(index.describe(member.name), member.linkTarget),
                        tr("Such a package may be an attack. Use only packages downloaded "
                           "from DaoCloud and verify their checksums."));
                }
                member.size = 0;
                break;
            }
            default:
                // Devices, FIFOs and sockets: no DCE tool writes them, and `tar xvf` would
                // create them (or fail as a user) where the procedure expects files.
                throw specialFileError(displayName, member.name, archive_entry_filetype(entry));
            }
        }

        if (archive_entry_sparse_count(entry) > 0) {
            throw Error(QStringLiteral("bundle.not-tar"),
                tr("%1 is stored as a sparse file, which offline packages never use.")
                    .arg(index.describe(member.name)),
                tr("The package was not made by charts-syncer. Download it again."));
        }
        if (member.type == TarMember::Type::File) {
            archive.sub(member.dataOffset, member.size); // throws bundle.truncated when cut
        }

        for (qsizetype slash = member.name.indexOf(QLatin1Char('/')); slash > 0;
             slash = member.name.indexOf(QLatin1Char('/'), slash + 1)) {
            index.m_impliedDirectories.insert(member.name.left(slash));
        }
        index.m_byName.insert(member.name, int(index.m_members.size()));
        if (!index.m_firstByName.contains(member.name)) {
            index.m_firstByName.insert(member.name, int(index.m_members.size()));
        }
        index.m_members.push_back(std::move(member));
    }
    index.checkLinks();
    return index;
}

void TarIndex::checkLinks() const
{
    const QString hint = tr("The package is damaged or was altered: `tar xvf` could not unpack it "
                            "as it is either. Download it again from DaoCloud and compare its "
                            "checksum.");
    for (int position = 0; position < int(m_members.size()); ++position) {
        const TarMember &member = m_members[size_t(position)];
        if (member.type == TarMember::Type::Hardlink) {
            // tar extracts a hard link by linking to a file it has already written: the target
            // must come first (GNU tar and bsdtar both fail otherwise).
            const auto first = m_firstByName.constFind(member.linkTarget);
            if (first == m_firstByName.constEnd()) {
                throw Error(QStringLiteral("bundle.broken-link"),
                    tr("%1 is a hard link to \"%2\", which is not in the archive.")
                        .arg(describe(member.name), member.linkTarget),
                    hint);
            }
            if (*first > position) {
                throw Error(QStringLiteral("bundle.broken-link"),
                    tr("%1 is a hard link to \"%2\", which is stored after it: tar cannot "
                       "extract such a link.")
                        .arg(describe(member.name), member.linkTarget),
                    hint);
            }
            resolveFile(member.name); // its target may be a directory or a broken symlink
        } else if (member.type == TarMember::Type::Symlink) {
            int hops = 0;
            const QString target = canonical(member.name, hops);
            if (target.isEmpty()) {
                throw Error(QStringLiteral("bundle.unsafe-link"),
                    tr("%1 is a symbolic link to \"%2\", which leads outside the package "
                       "through other links. The package was refused.")
                        .arg(describe(member.name), member.linkTarget),
                    tr("Such a package may be an attack. Use only packages downloaded from "
                       "DaoCloud and verify their checksums."));
            }
            const TarMember *end = find(target);
            if ((end != nullptr && end->type == TarMember::Type::Directory)
                || (end == nullptr && m_impliedDirectories.contains(target))) {
                // The readers of the chart and of images.tar take every member under a
                // directory as a file, so a link to a directory would be read as a broken file.
                throw Error(QStringLiteral("bundle.broken-link"),
                    tr("%1 is a symbolic link to the directory \"%2\"; offline packages link "
                       "only to files.")
                        .arg(describe(member.name), member.linkTarget),
                    tr("The package was altered or was not made by DaoCloud's tools. Download "
                       "it again from DaoCloud and compare its checksum."));
            }
            if (end == nullptr) {
                throw Error(QStringLiteral("bundle.broken-link"),
                    tr("%1 is a symbolic link to \"%2\", which is not in the archive.")
                        .arg(describe(member.name), member.linkTarget),
                    hint);
            }
            if (end->type == TarMember::Type::Hardlink) {
                resolveFile(end->name);
            }
        }
    }
}

Error TarIndex::specialFileError(const QString &archive, const QString &member, unsigned int type)
{
    return Error(QStringLiteral("bundle.special-file"),
        tr("%1: %2 is a %3. Offline packages hold only files, directories and links, so the "
           "package was refused.")
            .arg(archive, member, specialFileKind(type)),
        tr("The package was altered or was not made by DaoCloud's tools. Download it again "
           "from DaoCloud and compare its checksum."));
}

const TarMember *TarIndex::find(const QString &name) const
{
    const auto it = m_byName.constFind(normalise(name));
    return it == m_byName.constEnd() ? nullptr : &m_members[size_t(*it)];
}

QString TarIndex::resolveRelative(const QString &linkName, const QString &target)
{
    QStringList parts = linkName.split(QLatin1Char('/'));
    parts.removeLast(); // the link's own name
    for (const QString &part : target.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".")) {
            continue;
        }
        if (part == QLatin1String("..")) {
            if (parts.isEmpty()) {
                return {};
            }
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts.isEmpty() ? QString() : parts.join(QLatin1Char('/'));
}

QString TarIndex::canonical(const QString &path, int &hops) const
{
    // Like realpath(3) inside the archive: every component that is a symbolic link is replaced
    // by its target before the next one is looked at, so "a/b" works when "a" links to a
    // directory, and ".." after a link climbs from where the link leads.
    QStringList done;
    QStringList todo = normalise(path).split(QLatin1Char('/'));
    while (!todo.isEmpty()) {
        const QString part = todo.takeFirst();
        if (part.isEmpty() || part == QLatin1String(".")) {
            continue;
        }
        if (part == QLatin1String("..")) {
            if (done.isEmpty()) {
                return {};
            }
            done.removeLast();
            continue;
        }
        done.append(part);
        const TarMember *member = find(done.join(QLatin1Char('/')));
        if (member == nullptr || member->type != TarMember::Type::Symlink) {
            continue;
        }
        if (++hops > MaxLinkHops) {
            throw Error(QStringLiteral("bundle.broken-link"),
                tr("%1: the symbolic links starting at \"%2\" form a loop.")
                    .arg(m_displayName, path),
                tr("The package is damaged or was altered: `tar xvf` could not unpack it as it "
                   "is either. Download it again from DaoCloud and compare its checksum."));
        }
        if (member->linkTarget.startsWith(QLatin1Char('/'))) {
            return {};
        }
        done.removeLast();
        todo = member->linkTarget.split(QLatin1Char('/')) + todo;
    }
    return done.join(QLatin1Char('/'));
}

const TarMember &TarIndex::resolveFile(const QString &name) const
{
    QString current = normalise(name);
    int hops = 0;
    for (;;) {
        const QString path = canonical(current, hops);
        const TarMember *member = path.isEmpty() ? nullptr : find(path);
        if (member == nullptr) {
            throw Error(QStringLiteral("bundle.missing-member"),
                current == normalise(name)
                    ? tr("%1 has no member \"%2\".").arg(m_displayName, current)
                    : tr("%1: the link \"%2\" points to \"%3\", which is not in the "
                         "archive.")
                          .arg(m_displayName, name, current),
                tr("The package is incomplete or was not made by charts-syncer."));
        }
        switch (member->type) {
        case TarMember::Type::File:
            return *member;
        case TarMember::Type::Hardlink:
            if (++hops > MaxLinkHops) {
                throw Error(QStringLiteral("bundle.broken-link"),
                    tr("%1: the links starting at \"%2\" form a loop.").arg(m_displayName, name),
                    tr("The package is damaged. Download it again."));
            }
            current = member->linkTarget;
            break;
        case TarMember::Type::Symlink: // canonical() resolved every symlink
        case TarMember::Type::Directory:
            throw Error(QStringLiteral("bundle.missing-member"),
                tr("%1 is a directory where a file was expected.").arg(describe(path)),
                tr("The package is incomplete or was not made by charts-syncer."));
        }
    }
}

FileRange TarIndex::open(const QString &name) const
{
    const TarMember &member = resolveFile(name);
    return m_archive.sub(member.dataOffset, member.size);
}

QByteArray TarIndex::readFile(const QString &name, qint64 limit) const
{
    return open(name).readAll(limit, describe(name));
}

} // namespace DceUpgrade
