#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace DceUpgrade {

// A read-only window [offset, offset + size) of a file on disk. Bundles are uncompressed tars
// nested in tars, so every member at any depth is such a window of the package file: nothing is
// ever extracted. Reads are positional (pread), so copies of a FileRange may be used from several
// threads at once. The file stays open while any FileRange of it exists.
class FileRange final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::FileRange)

public:
    FileRange() = default;

    // Opens the whole file; throws Error (`file.open`) when it cannot be read.
    static FileRange openFile(const QString &path);

    struct Piece;
    // The pieces laid end to end as one window, named `name` in errors. A package directory is
    // read as the tar its files would make (DirectoryTar), so everything above reads a directory
    // exactly as it reads a package file. A window of it that lies inside one file piece is a
    // plain window of that file again (sub()).
    static FileRange concatenate(const QString &name, std::vector<Piece> pieces);

    // A window inside this one, relative to its start; throws Error (`bundle.truncated`) when the
    // window does not fit (a header promising more bytes than the archive holds).
    FileRange sub(qint64 offset, qint64 size) const;

    bool isValid() const { return m_file != nullptr; }
    qint64 size() const { return m_size; }
    QString filePath() const;

    // Reads up to `maxBytes` from `offset` (relative to the window); returns the bytes read,
    // 0 at the end. Throws Error (`file.read`) on an I/O error.
    qint64 read(qint64 offset, char *buffer, qint64 maxBytes) const;

    // The whole window, for small members (manifests, configs, chart files). Throws Error
    // (`bundle.member-too-large`) above `limit`, so a hostile header cannot make us allocate GiBs.
    QByteArray readAll(qint64 limit, const QString &what) const;

private:
    struct File;
    struct Joined;
    qint64 readJoined(qint64 offset, char *buffer, qint64 maxBytes) const;

    std::shared_ptr<const File> m_file;
    qint64 m_offset = 0;
    qint64 m_size = 0;
};

// One piece of a concatenation: bytes held in memory, or (when `bytes` is empty) a window of a
// file.
struct FileRange::Piece
{
    QByteArray bytes;
    FileRange file;
};

} // namespace DceUpgrade
