#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace DceUpgrade {

// What a directory chosen as "the package" stands for: what `tar xvf` of a bundle leaves
// (hints.yaml, images.tar, original-chart/), in the directory itself or in one directory below
// it, or the one package file (*.tar) it holds. Anything else is refused with the candidates
// listed, so the user knows what to pick. Stateless.
class PackageDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::PackageDirectory)

public:
    struct Found
    {
        QString path; // absolute
        bool unpackedBundle = false; // a directory to read as a bundle, else a package file
    };

    // Throws Error: bundle.not-found (nothing there), bundle.ambiguous (several candidates).
    static Found locate(const QString &directory);

    // The entries of an unpacked bundle, in the order charts-syncer writes them in a bundle.
    static QStringList bundleEntries();

    static bool isUnpackedBundle(const QString &directory);
};

} // namespace DceUpgrade
