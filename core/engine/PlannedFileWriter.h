#pragma once

#include "PlannedStep.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace DceUpgrade {

// Writes a step's PlannedFile at run time: the planned content, with the real secret where the
// plan shows its placeholder, into a file only the user can read (0600, replaced when a rerun
// finds an old one). What `dce-upgrade plan` showed is what is written, the secret aside.
struct PlannedFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::PlannedFileWriter)

public:
    // The content with `secret` in place of the placeholder; escaped for a YAML double-quoted
    // scalar when the file says the secret sits in one.
    static QByteArray content(const PlannedFile &file, const QByteArray &secret);

    // Throws Error: secret.missing when the file needs a secret the run was not given,
    // session.io when it cannot be written.
    static void write(const PlannedFile &file, const QHash<QString, QByteArray> &secrets);

    // `text` as the inside of a YAML double-quoted scalar (YAML 1.2 §7.3.1): backslash and quote
    // escaped, control characters as \xXX, everything else (UTF-8 included) as it is.
    static QByteArray yamlDoubleQuotedEscape(const QByteArray &text);
};

} // namespace DceUpgrade
