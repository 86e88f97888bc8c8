#pragma once

#include "util/FileRange.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace DceUpgrade {

class Error;

struct TarMember
{
    enum class Type { File, Directory, Symlink, Hardlink };

    QString name; // normalised: no leading "./", no trailing "/"
    Type type = Type::File;
    qint64 dataOffset = 0; // relative to the archive's FileRange
    qint64 size = 0;
    QString linkTarget; // symlinks: as written; hardlinks: an archive path
};

// The table of contents of one uncompressed tar, read once from its headers only (member data is
// skipped with seeks, never read). Accepts ustar, PAX and GNU long-name headers through
// libarchive. Building refuses archives that could write outside a directory if they were ever
// extracted: absolute names, ".." components, links that leave the archive. Immutable after
// build(), so it may be shared between threads.
class TarIndex final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::TarIndex)

public:
    // `displayName` names the archive in errors ("skoala_0.28.1.bundle.tar/images.tar").
    // Throws Error with codes bundle.not-tar, bundle.compressed, bundle.truncated,
    // bundle.unsafe-path, bundle.unsafe-link, bundle.broken-link (a hard link to a member that
    // is missing or stored after it, a dangling symbolic link, a loop of links),
    // bundle.special-file (devices, FIFOs, sockets: `tar xvf` would create them).
    static TarIndex build(const FileRange &archive, const QString &displayName);

    const std::vector<TarMember> &members() const { return m_members; }
    const QString &displayName() const { return m_displayName; }
    const FileRange &archive() const { return m_archive; }

    // The member named `name` as stored (links not followed), or nullptr. With duplicate names
    // the last one wins, as when extracting.
    const TarMember *find(const QString &name) const;
    bool contains(const QString &name) const { return find(name) != nullptr; }

    // The regular file `name` refers to, following symlinks and hardlinks inside the archive.
    // Throws Error (bundle.missing-member, bundle.broken-link) when there is none.
    const TarMember &resolveFile(const QString &name) const;

    // The bytes of a regular file (after following links) as a window of the archive.
    FileRange open(const QString &name) const;
    // Small members only: reads them whole, refusing more than `limit` bytes.
    QByteArray readFile(const QString &name, qint64 limit = 16 * 1024 * 1024) const;

    // bundle.special-file for `member` of `archive`, a device, FIFO or socket (`type` as
    // stat's S_IFMT bits, which libarchive's AE_IF* equal).
    static Error specialFileError(const QString &archive, const QString &member, unsigned int type);

    // "a/b/../c" style resolution of a symlink target relative to the link's directory. Returns
    // an empty string when the result would leave the archive root.
    static QString resolveRelative(const QString &linkName, const QString &target);

private:
    // More links in one resolution than any real package has: a loop.
    static constexpr int MaxLinkHops = 40;

    QString describe(const QString &member) const;
    // Refuses links that `tar xvf` would leave broken (see build()).
    void checkLinks() const;
    // `path` with every symbolic link along it replaced by its target, counting links in
    // `hops`; empty when it leads outside the archive. Throws Error (bundle.broken-link) on a
    // loop.
    QString canonical(const QString &path, int &hops) const;

    FileRange m_archive;
    QString m_displayName;
    std::vector<TarMember> m_members;
    QHash<QString, int> m_byName;
    QHash<QString, int> m_firstByName; // where tar first writes a name (for hard links)
    QSet<QString> m_impliedDirectories; // parents of members, listed or not (bundles list none)
};

} // namespace DceUpgrade
