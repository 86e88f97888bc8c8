#include "Fixtures.h"

#include "bundle/PackageReader.h"
#include "util/Error.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using DceUpgrade::Test::Fixtures;

namespace {

// Compares what the reader found with what the generator says it wrote, image by image.
void expectMatches(const Bundle &bundle, const QJsonObject &chart)
{
    EXPECT_EQ(bundle.chart.name, chart.value(QLatin1String("name")).toString());
    EXPECT_EQ(bundle.chart.version, chart.value(QLatin1String("version")).toString());
    const QJsonArray images = chart.value(QLatin1String("images")).toArray();
    ASSERT_EQ(qsizetype(bundle.images.images().size()), images.size())
        << bundle.displayName.toStdString();
    for (const QJsonValue &value : images) {
        const QJsonObject expected = value.toObject();
        const QString config = expected.value(QLatin1String("config_digest")).toString();
        const QJsonArray refs = expected.value(QLatin1String("refs")).toArray();
        const auto found = std::find_if(bundle.images.images().cbegin(),
            bundle.images.images().cend(), [&](const ImageInfo &image) {
                return image.configDigest == config
                    && image.references.contains(refs.first().toString().contains(QLatin1Char(':'))
                            ? refs.first().toString()
                            : refs.first().toString() + QLatin1String(":latest"));
            });
        ASSERT_NE(found, bundle.images.images().cend())
            << config.toStdString() << " " << refs.first().toString().toStdString();
        const ImageInfo &image = *found;
        EXPECT_EQ(image.configSize, expected.value(QLatin1String("config_size")).toInteger());
        const QJsonArray layers = expected.value(QLatin1String("layers")).toArray();
        ASSERT_EQ(qsizetype(image.layers.size()), layers.size());
        for (qsizetype i = 0; i < layers.size(); ++i) {
            const QJsonObject layer = layers[i].toObject();
            EXPECT_EQ(
                image.layers[size_t(i)].digest, layer.value(QLatin1String("digest")).toString());
            EXPECT_EQ(image.layers[size_t(i)].size, layer.value(QLatin1String("size")).toInteger());
            EXPECT_EQ(image.layers[size_t(i)].compression != Compression::None,
                layer.value(QLatin1String("compressed")).toBool());
            EXPECT_EQ(
                image.layers[size_t(i)].diffId, layer.value(QLatin1String("diff_id")).toString());
        }
        const QJsonValue manifest = expected.value(QLatin1String("manifest_digest"));
        if (manifest.isNull()) {
            EXPECT_TRUE(image.manifestDigest.isEmpty());
        } else {
            EXPECT_EQ(image.manifestDigest, manifest.toString());
            EXPECT_EQ(
                image.manifest.size(), expected.value(QLatin1String("manifest_size")).toInteger());
        }
    }
    // Every hint rendered to an image that is in the archive.
    for (const RenderedHint &hint : bundle.hints) {
        EXPECT_NE(hint.image, nullptr) << hint.reference.toStdString();
    }
}

class EveryFormat : public ::testing::TestWithParam<const char *>
{
};

} // namespace

TEST_P(EveryFormat, ReaderFindsWhatTheGeneratorWrote)
{
    Fixtures fixtures;
    const auto generated = fixtures.make(QString::fromLatin1(GetParam()));
    const Package package = PackageReader::open(generated.path);
    const QJsonArray charts = generated.expect.value(QLatin1String("charts")).toArray();
    ASSERT_EQ(qsizetype(package.bundles.size()), charts.size());
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QJsonObject chart = charts[i].toObject();
        const Bundle *bundle
            = package.bundleForChart(chart.value(QLatin1String("name")).toString());
        ASSERT_NE(bundle, nullptr);
        expectMatches(*bundle, chart);
        EXPECT_TRUE(bundle->images.verifyLayers());
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, EveryFormat,
    ::testing::Values("ggcr", "docker-save", "docker-oci", "oci-layout", "symlink-layers",
        "package", "gnu-longname", "pax", "symlink-chain"));

TEST(PackageReader, SymlinkChainReadsItsTarget)
{
    Fixtures fixtures;
    const Package package
        = PackageReader::open(fixtures.make(QStringLiteral("symlink-chain")).path);
    const TarIndex &index = package.bundles.front()->index;
    // notes-1.txt -> notes-2.txt -> ../templates/NOTES.txt, both links stored before the file.
    EXPECT_EQ(index.readFile(QStringLiteral("original-chart/templates/notes-1.txt")),
        index.readFile(QStringLiteral("original-chart/templates/NOTES.txt")));
    EXPECT_TRUE(
        package.bundles.front()->chart.files.contains(QStringLiteral("templates/notes-1.txt")));
}

TEST(PackageReader, BrokenLinkErrorNamesTheMember)
{
    Fixtures fixtures;
    const std::pair<const char *, const char *> cases[]
        = {{"hardlink-dangling", "original-chart/templates/gone.yaml"},
            {"hardlink-forward", "original-chart/templates/early.yaml"},
            {"symlink-dangling", "original-chart/templates/gone.yaml"},
            {"symlink-loop", "original-chart/templates/loop-"},
            {"fifo", "original-chart/templates/pipe.yaml"}, {"images-fifo", "images.tar: pipe"},
            {"chart-tgz-symlink", "extra/templates/secret.yaml"}};
    for (const auto &[kind, member] : cases) {
        try {
            PackageReader::open(fixtures.make(QString::fromLatin1(kind)).path);
            ADD_FAILURE() << kind << " was accepted";
        } catch (const Error &error) {
            EXPECT_TRUE(error.message().contains(QString::fromLatin1(member)))
                << kind << ": " << error.message().toStdString();
        }
    }
}

TEST(PackageReader, FormatsAreRecognised)
{
    Fixtures fixtures;
    const std::pair<const char *, ImageArchive::Format> cases[]
        = {{"ggcr", ImageArchive::Format::Ggcr}, {"docker-save", ImageArchive::Format::DockerSave},
            {"docker-oci", ImageArchive::Format::DockerOci},
            {"oci-layout", ImageArchive::Format::OciLayout}};
    for (const auto &[kind, format] : cases) {
        const Package package = PackageReader::open(fixtures.make(QString::fromLatin1(kind)).path);
        EXPECT_EQ(package.bundles.front()->images.format(), format) << kind;
    }
}

TEST(PackageReader, ModulePackageHoldsTwoChartsNamedByChartYaml)
{
    Fixtures fixtures;
    // A file name that says nothing: names and versions must come from Chart.yaml.
    const Package package = PackageReader::open(
        fixtures.make(QStringLiteral("package"), QStringLiteral("download.tar")).path);
    EXPECT_FALSE(package.isBundle);
    ASSERT_EQ(package.bundles.size(), 2u);
    EXPECT_NE(package.bundleForChart(QStringLiteral("skoala")), nullptr);
    EXPECT_NE(package.bundleForChart(QStringLiteral("skoala-init")), nullptr);
    EXPECT_EQ(package.bundleForChart(QStringLiteral("skoala"))->memberChain,
        QStringList {QStringLiteral("skoala_0.28.1.bundle.tar")});
    ASSERT_TRUE(package.checksum.has_value());
    EXPECT_EQ(package.checksum->algorithm, Hasher::Algorithm::Sha512);
    EXPECT_TRUE(package.checksum->verify(package.path));
}

TEST(PackageReader, BadChecksumIsAClearError)
{
    Fixtures fixtures;
    const Package package
        = PackageReader::open(fixtures.make(QStringLiteral("package-badsum")).path);
    ASSERT_TRUE(package.checksum.has_value());
    try {
        package.checksum->verify(package.path);
        FAIL() << "no error";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("checksum.mismatch"));
        EXPECT_FALSE(error.hint().isEmpty());
    }
}

TEST(PackageReader, CanceledChecksumReturnsFalse)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    std::atomic_bool cancel {true};
    EXPECT_FALSE(package.checksum->verify(package.path, {}, &cancel));
}

TEST(PackageReader, BadLayerDigestIsFoundByVerification)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("bad-digest")).path);
    try {
        package.bundles.front()->images.verifyLayers();
        FAIL() << "no error";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("images.bad-digest"));
    }
}

namespace {

struct Malformed
{
    const char *kind;
    const char *code;
};

void PrintTo(const Malformed &malformed, std::ostream *os)
{
    *os << malformed.kind;
}

class MalformedBundle : public ::testing::TestWithParam<Malformed>
{
};

} // namespace

TEST_P(MalformedBundle, FailsWithAClearError)
{
    Fixtures fixtures;
    const auto generated = fixtures.make(QString::fromLatin1(GetParam().kind));
    try {
        PackageReader::open(generated.path);
        FAIL() << GetParam().kind << " was accepted";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QString::fromLatin1(GetParam().code))
            << error.message().toStdString();
        EXPECT_FALSE(error.message().isEmpty());
        EXPECT_FALSE(error.hint().isEmpty()) << "no advice for " << GetParam().kind;
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, MalformedBundle,
    ::testing::Values(Malformed {"truncated", "bundle.truncated"},
        Malformed {"dotdot", "bundle.unsafe-path"}, Malformed {"absolute", "bundle.unsafe-path"},
        Malformed {"symlink-escape", "bundle.unsafe-link"},
        Malformed {"hardlink-escape", "bundle.unsafe-link"},
        // Links `tar xvf` would leave broken, and special files, at every level of the package.
        Malformed {"hardlink-dangling", "bundle.broken-link"},
        Malformed {"hardlink-forward", "bundle.broken-link"},
        Malformed {"symlink-dangling", "bundle.broken-link"},
        Malformed {"symlink-loop", "bundle.broken-link"},
        Malformed {"symlink-to-dir", "bundle.broken-link"},
        Malformed {"chardev", "bundle.special-file"}, Malformed {"blockdev", "bundle.special-file"},
        Malformed {"fifo", "bundle.special-file"}, Malformed {"images-fifo", "bundle.special-file"},
        Malformed {"chart-tgz-symlink", "bundle.special-file"},
        Malformed {"package-fifo", "bundle.special-file"},
        Malformed {"no-hints", "bundle.incomplete"},
        Malformed {"no-chart-yaml", "bundle.incomplete"},
        Malformed {"no-images-tar", "bundle.incomplete"}, Malformed {"bad-yaml", "yaml.invalid"},
        Malformed {"bad-hints-yaml", "hints.invalid"},
        Malformed {"bad-reference", "image.invalid-reference"},
        Malformed {"bad-config-digest", "images.bad-digest"},
        // Found by fuzzing: they crashed, hung or overflowed before they were bounded.
        Malformed {"alias-bomb", "yaml.invalid"}, Malformed {"alias-cycle", "yaml.invalid"},
        Malformed {"huge-size", "images.invalid"}, Malformed {"tar-fanout", "bundle.not-found"},
        Malformed {"many-tars", "bundle.invalid"}),
    [](const ::testing::TestParamInfo<Malformed> &param) {
        QString name = QString::fromLatin1(param.param.kind);
        return name.remove(QLatin1Char('-')).toStdString();
    });

TEST(PackageReader, NotATarAndCompressedAreExplained)
{
    Fixtures fixtures;
    const QString text = fixtures.writeFile(QStringLiteral("notes.tar"), QByteArray(2048, 'x'));
    try {
        PackageReader::open(text);
        FAIL();
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("bundle.not-tar"));
    }
    const QString gz = fixtures.writeFile(
        QStringLiteral("p.tar.gz"), QByteArray("\x1f\x8b\x08\x00", 4) + QByteArray(600, '\0'));
    try {
        PackageReader::open(gz);
        FAIL();
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("bundle.compressed"));
    }
    try {
        PackageReader::open(fixtures.dir() + QStringLiteral("/missing.tar"));
        FAIL();
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("file.open"));
    }
}
