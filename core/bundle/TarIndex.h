#pragma once

#include "FileRange.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace DceUpgrade {

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
    // bundle.unsafe-path, bundle.unsafe-link.
    static TarIndex build(const FileRange &archive, const QString &displayName);

    const std::vector<TarMember> &members() const { return m_members; }
    const QString &displayName() const { return m_displayName; }
    const FileRange &archive() const { return m_archive; }

    // The member named `name` as stored (links not followed), or nullptr. With duplicate names
    // the last one wins, as when extracting.
    const TarMember *find(const QString &name) const;
    bool contains(const QString &name) const { return find(name) != nullptr; }

    // The regular file `name` refers to, following symlinks and hardlinks inside the archive.
    // Throws Error (bundle.missing-member, bundle.unsafe-link) when there is none.
    const TarMember &resolveFile(const QString &name) const;

    // The bytes of a regular file (after following links) as a window of the archive.
    FileRange open(const QString &name) const;
    // Small members only: reads them whole, refusing more than `limit` bytes.
    QByteArray readFile(const QString &name, qint64 limit = 16 * 1024 * 1024) const;

    // "a/b/../c" style resolution of a symlink target relative to the link's directory. Returns
    // an empty string when the result would leave the archive root.
    static QString resolveRelative(const QString &linkName, const QString &target);

private:
    QString describe(const QString &member) const;

    FileRange m_archive;
    QString m_displayName;
    std::vector<TarMember> m_members;
    QHash<QString, int> m_byName;
};

} // namespace DceUpgrade
