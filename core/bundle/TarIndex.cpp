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
                continue; // devices, fifos: never used by bundles, never opened by us
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

        index.m_byName.insert(member.name, int(index.m_members.size()));
        index.m_members.push_back(std::move(member));
    }
    return index;
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

const TarMember &TarIndex::resolveFile(const QString &name) const
{
    QString current = normalise(name);
    // A chain longer than this is a loop (or an attack on our stack); real bundles use one hop.
    for (int hop = 0; hop < 16; ++hop) {
        const TarMember *member = find(current);
        if (member == nullptr) {
            throw Error(QStringLiteral("bundle.missing-member"),
                hop == 0 ? tr("%1 has no member \"%2\".").arg(m_displayName, current)
                         : tr("%1: the link \"%2\" points to \"%3\", which is not in the "
                              "archive.")
                               .arg(m_displayName, name, current),
                tr("The package is incomplete or was not made by charts-syncer."));
        }
        switch (member->type) {
        case TarMember::Type::File:
            return *member;
        case TarMember::Type::Hardlink:
            current = member->linkTarget;
            break;
        case TarMember::Type::Symlink:
            current = resolveRelative(member->name, member->linkTarget);
            break;
        case TarMember::Type::Directory:
            throw Error(QStringLiteral("bundle.missing-member"),
                tr("%1 is a directory where a file was expected.").arg(describe(current)),
                tr("The package is incomplete or was not made by charts-syncer."));
        }
    }
    throw Error(QStringLiteral("bundle.unsafe-link"),
        tr("%1: the links starting at \"%2\" form a loop.").arg(m_displayName, name),
        tr("The package is damaged. Download it again."));
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
