#pragma once

#include "Bundle.h"
#include "ChecksumFile.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace DceUpgrade {

// What the user downloaded: a module package (skoala_v0.28.0_amd64.tar) holding one or more
// bundles, or a bundle itself.
struct Package
{
    QString path; // a file, or the directory where a bundle was unpacked (isDirectory)
    qint64 size = 0;
    bool isBundle = false; // the file itself is a bundle
    // `path` is what `tar xvf` of a bundle left: its files are read in place, as the tar they
    // would make (DirectoryTar); isBundle is true too.
    bool isDirectory = false;
    // unique_ptr: RenderedHint points into its bundle's ImageArchive, so bundles never move.
    std::vector<std::unique_ptr<Bundle>> bundles;
    std::optional<ChecksumFile> checksum; // the .sha512sum/.sha256sum beside the file, if any

    const Bundle *bundleForChart(const QString &chartName) const;
    // A file inside a bundle of this package as a window of the package file, named by its
    // member chain (Bundle::memberChain, then the path inside the bundle: "x.bundle.tar",
    // "images.tar"). Throws Error (bundle.missing-member) when no bundle has it.
    FileRange member(const QStringList &chain) const;
};

// Opens a package and every bundle in it, reading only tar headers and the small files (chart,
// hints, manifests, configs): a 2 GiB package costs a few hundred KiB of reads. Stateless.
class PackageReader final
{
    Q_DECLARE_TR_FUNCTIONS(DceUpgrade::PackageReader)

public:
    // `path` may also be a directory (PackageDirectory says what it stands for). Throws Error
    // (bundle.*, chart.*, hints.*, images.*, yaml.*) with what to do.
    static Package open(const QString &path);

    // Reads one bundle from a window of the package file.
    static std::unique_ptr<Bundle> readBundle(
        const FileRange &range, const QStringList &memberChain, const QString &displayName);

private:
    static Package openUnpackedBundle(const QString &directory);
    static std::unique_ptr<Bundle> readBundleContents(
        const FileRange &range, const QStringList &memberChain, const QString &displayName);
    // `innerTarsLeft` bounds how many nested tars the whole search may index.
    static void findBundles(const TarIndex &index, const QString &displayName,
        const QStringList &chain, Package &package, int &innerTarsLeft);
};

} // namespace DceUpgrade
