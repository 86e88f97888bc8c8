#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;

namespace DceUpgrade {

// The operating system's reason for a failed file operation, in the user's language.
//
// QFile::errorString() and strerror() are English on a jump host (glibc's message catalogues
// are rarely installed), so a Chinese sentence would end in "No such file or directory". The
// common reasons have their own translations here; an unknown one stays as the system wrote
// it, which is still better than nothing.
class SystemError final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::SystemError)

public:
    // The reason for errno value `errnum`.
    static QString text(int errnum);
    // The reason a QFile (or QSaveFile) gave: its errorString(), translated when it is the
    // system's text for a known errno.
    static QString of(const QFileDevice &file);
    // A reason the system already wrote out (strerror's words), translated when known.
    static QString translated(const QString &reported);
};

} // namespace DceUpgrade
