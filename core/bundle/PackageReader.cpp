#include "PackageReader.h"

#include "ChartLoader.h"
#include "DirectoryTar.h"
#include "ImageReference.h"
#include "PackageDirectory.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QPair>
#include <QSet>

namespace DceUpgrade {

namespace {

// Module packages are one or two levels of tar around the bundles (kcollie.amd64.tar ->
// kcollie.bundle.tar); deeper nesting would only cost time on hostile input.
constexpr int MaxNesting = 3;
// Hardlinks let a small hostile package name the same inner tar thousands of times; each is
// indexed once, and the search as a whole indexes at most this many inner tars.
constexpr int MaxInnerTars = 64;

const QString HintsName = QStringLiteral("hints.yaml");
const QString ChartRoot = QStringLiteral("original-chart");
const QString ImagesName = QStringLiteral("images.tar");

bool looksLikeBundle(const TarIndex &index)
{
    return index.contains(HintsName) || index.contains(ChartRoot + QLatin1String("/Chart.yaml"))
        || index.contains(ImagesName);
}

} // namespace

const Bundle *Package::bundleForChart(const QString &chartName) const
{
    for (const auto &bundle : bundles) {
        if (bundle->chart.name == chartName) {
            return bundle.get();
        }
    }
    return nullptr;
}

FileRange Package::member(const QStringList &chain) const
{
    for (const auto &bundle : bundles) {
        const qsizetype depth = bundle->memberChain.size();
        if (chain.size() == depth + 1 && chain.mid(0, depth) == bundle->memberChain) {
            return bundle->index.open(chain.last());
        }
    }
    throw Error(QStringLiteral("bundle.missing-member"),
        PackageReader::tr("%1 has no member %2.").arg(path, chain.join(QLatin1Char('/'))),
        PackageReader::tr("Plan again with this package: the plan was made for another one."));
}

Package PackageReader::open(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        const PackageDirectory::Found found = PackageDirectory::locate(path);
        return found.unpackedBundle ? openUnpackedBundle(found.path) : open(found.path);
    }
    Package package;
    package.path = QFileInfo(path).absoluteFilePath();
    const FileRange file = FileRange::openFile(package.path);
    package.size = file.size();
    package.checksum = ChecksumFile::findFor(package.path);

    const QString displayName = QFileInfo(path).fileName();
    const TarIndex index = TarIndex::build(file, displayName);
    if (looksLikeBundle(index)) {
        package.isBundle = true;
        package.bundles.push_back(readBundle(file, {}, displayName));
    } else {
        int innerTarsLeft = MaxInnerTars;
        findBundles(index, displayName, {}, package, innerTarsLeft);
    }
    if (package.bundles.empty()) {
        throw Error(QStringLiteral("bundle.not-found"),
            tr("%1 contains no DCE offline bundle (*.bundle.tar).").arg(displayName),
            tr("Choose the module's offline package (for example "
               "skoala_v0.28.0_amd64.tar) or a *.bundle.tar inside it."));
    }
    return package;
}

Package PackageReader::openUnpackedBundle(const QString &directory)
{
    Package package;
    package.path = directory;
    package.isDirectory = true;
    package.isBundle = true;
    // Read as the tar its files make: one reader, one set of rules for files and directories.
    const FileRange tar = DirectoryTar::build(directory, PackageDirectory::bundleEntries());
    package.size = tar.size();
    package.bundles.push_back(readBundle(tar, {}, QFileInfo(directory).fileName()));
    return package;
}

void PackageReader::findBundles(const TarIndex &index, const QString &displayName,
    const QStringList &chain, Package &package, int &innerTarsLeft)
{
    // Several names (hardlinks, symlinks) may reach the same bytes: read those bytes once.
    QSet<QPair<qint64, qint64>> seen;
    std::vector<const TarMember *> nested;
    for (const TarMember &member : index.members()) {
        if (member.type == TarMember::Type::Directory) {
            continue;
        }
        const bool isBundle = member.name.endsWith(QLatin1String(".bundle.tar"));
        if (!isBundle && !member.name.endsWith(QLatin1String(".tar"))) {
            continue;
        }
        const TarMember &file = index.resolveFile(member.name);
        if (!seen.contains({file.dataOffset, file.size})) {
            seen.insert({file.dataOffset, file.size});
            if (isBundle) {
                package.bundles.push_back(
                    readBundle(index.archive().sub(file.dataOffset, file.size),
                        chain + QStringList {member.name},
                        displayName + QLatin1Char('/') + member.name));
            } else {
                nested.push_back(&member);
            }
        }
    }
    if (!package.bundles.empty() || chain.size() + 1 >= MaxNesting) {
        return;
    }
    for (const TarMember *member : nested) {
        if (innerTarsLeft-- <= 0) {
            throw Error(QStringLiteral("bundle.invalid"),
                tr("%1 holds more than %2 nested tar files and none of them is a DCE offline "
                   "bundle.")
                    .arg(displayName)
                    .arg(MaxInnerTars),
                tr("Choose the module's offline package (for example "
                   "skoala_v0.28.0_amd64.tar) or a *.bundle.tar inside it."));
        }
        const TarMember &file = index.resolveFile(member->name);
        const QString name = displayName + QLatin1Char('/') + member->name;
        const TarIndex inner
            = TarIndex::build(index.archive().sub(file.dataOffset, file.size), name);
        findBundles(inner, name, chain + QStringList {member->name}, package, innerTarsLeft);
    }
}

std::unique_ptr<Bundle> PackageReader::readBundle(
    const FileRange &range, const QStringList &memberChain, const QString &displayName)
{
    try {
        return readBundleContents(range, memberChain, displayName);
    } catch (const YAML::Exception &exception) {
        // Valid YAML of an unexpected shape (a list where a map belongs, a complex key): yaml-cpp
        // reports it with its own exception type; the user gets ours.
        throw Error(QStringLiteral("yaml.invalid"),
            tr("%1: a chart or hints file has an unexpected structure (%2).")
                .arg(displayName, QString::fromStdString(exception.msg)),
            tr("The package is damaged or was not made by charts-syncer. Download it again."));
    }
}

std::unique_ptr<Bundle> PackageReader::readBundleContents(
    const FileRange &range, const QStringList &memberChain, const QString &displayName)
{
    auto bundle = std::make_unique<Bundle>();
    bundle->memberChain = memberChain;
    bundle->displayName = displayName;
    bundle->range = range;
    bundle->index = TarIndex::build(range, displayName);

    // relok8s' own validity check (verifyIntermediateBundle): these four must be there.
    const QStringList required {HintsName, ChartRoot + QLatin1String("/Chart.yaml"),
        ChartRoot + QLatin1String("/values.yaml"), ImagesName};
    for (const QString &name : required) {
        if (!bundle->index.contains(name)) {
            throw Error(QStringLiteral("bundle.incomplete"),
                tr("%1 has no %2, so it is not a complete charts-syncer bundle.")
                    .arg(displayName, name),
                tr("The package is incomplete or damaged. Download it again."));
        }
    }

    bundle->chart = ChartLoader::loadFromTar(bundle->index, ChartRoot, displayName);
    bundle->hintsYaml = bundle->index.readFile(HintsName, 4 * 1024 * 1024);
    const std::vector<ImageHint> hints
        = ImageHint::parseFile(bundle->hintsYaml, displayName + QLatin1Char('/') + HintsName);

    const TarMember &images = bundle->index.resolveFile(ImagesName);
    bundle->images = ImageArchive::read(TarIndex::build(
        range.sub(images.dataOffset, images.size), displayName + QLatin1Char('/') + ImagesName));

    const YAML::Node values = bundle->chart.mergedValues();
    for (const ImageHint &hint : hints) {
        RenderedHint rendered {hint, {}, nullptr};
        ImageReference reference;
        try {
            rendered.reference = hint.render(values);
            reference = ImageReference::parse(rendered.reference);
        } catch (const Error &error) {
            // Name the bundle: a package holds several, and the hint alone does not say which.
            throw Error(error.code(), tr("%1: %2").arg(displayName, error.message()), error.hint());
        }
        rendered.image = bundle->images.find(reference);
        if (rendered.image == nullptr && reference.digest().isEmpty()) {
            throw Error(QStringLiteral("bundle.image-missing"),
                tr("%1: the chart uses the image %2 (hint \"%3\"), but images.tar does "
                   "not contain it.")
                    .arg(displayName, rendered.reference, hint.pattern()),
                tr("The package is incomplete. Download it again, or ask DaoCloud for a "
                   "complete package."));
        }
        bundle->hints.push_back(std::move(rendered));
    }
    return bundle;
}

} // namespace DceUpgrade
