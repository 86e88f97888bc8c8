#pragma once

#include "util/FileRange.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace DceUpgrade {

// Reads a directory as the tar `tar cf` would make of some of its entries, without writing
// anything: tar headers are made in memory and file data stays a window of each file
// (FileRange::concatenate). So a bundle unpacked with `tar xvf` (hints.yaml, images.tar,
// original-chart/) is indexed and checked by TarIndex exactly like the bundle file, with the
// same rules: a link leaving the directory, a dangling link, a loop, a device, a FIFO or a
// socket is refused. Links are stored as links, never followed here.
class DirectoryTar final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::DirectoryTar)

public:
    // `names`: the top entries to take (missing ones are left out). Throws Error (file.open,
    // file.read, bundle.special-file, bundle.invalid).
    static FileRange build(const QString &directory, const QStringList &names);

    // The header block(s) of one member: a GNU long-name record first when the name or link
    // target does not fit ustar's 100 bytes; base-256 sizes from 8 GiB on.
    static QByteArray header(const QString &name, char type, qint64 size, const QString &link);
};

} // namespace DceUpgrade
