#include "Fixtures.h"

#include "bundle/DirectoryTar.h"
#include "bundle/PackageReader.h"
#include "engine/ScriptWriter.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using DceUpgrade::Test::Fixtures;

namespace {

// Runs a real program (tar, mkfifo, python3) in `dir`; fails the test when it fails.
void run(const QString &dir, const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, arguments);
    ASSERT_TRUE(process.waitForFinished(60000)) << program.toStdString();
    ASSERT_EQ(process.exitCode(), 0)
        << program.toStdString() << ": " << process.readAllStandardError().toStdString();
}

// What the documented procedure does: `tar xvf <bundle>` in a directory of its own.
QString unpack(const Fixtures &fixtures, const QString &archive, const QString &name)
{
    const QString dir = fixtures.dir() + QLatin1Char('/') + name;
    EXPECT_TRUE(QDir().mkpath(dir));
    run(dir, QStringLiteral("tar"), {QStringLiteral("xf"), archive});
    return dir;
}

struct Blob
{
    QString digest;
    qint64 size;
    QByteArray firstBytes;
    bool operator==(const Blob &other) const
    {
        return digest == other.digest && size == other.size && firstBytes == other.firstBytes;
    }
};

// Everything a run takes from a bundle: chart, hints, images with their manifests and blobs
// (digest, size and the bytes a push would start with).
void expectSameBundle(const Bundle &a, const Bundle &b)
{
    EXPECT_EQ(a.chart.name, b.chart.name);
    EXPECT_EQ(a.chart.version, b.chart.version);
    EXPECT_EQ(a.chart.files, b.chart.files);
    EXPECT_EQ(a.chart.subcharts.size(), b.chart.subcharts.size());
    EXPECT_EQ(a.hintsYaml, b.hintsYaml);
    ASSERT_EQ(a.hints.size(), b.hints.size());
    for (size_t i = 0; i < a.hints.size(); ++i) {
        EXPECT_EQ(a.hints[i].reference, b.hints[i].reference);
    }
    EXPECT_EQ(a.images.format(), b.images.format());
    ASSERT_EQ(a.images.images().size(), b.images.images().size());
    for (size_t i = 0; i < a.images.images().size(); ++i) {
        const ImageInfo &x = a.images.images()[i];
        const ImageInfo &y = b.images.images()[i];
        EXPECT_EQ(x.references, y.references);
        EXPECT_EQ(x.configDigest, y.configDigest);
        EXPECT_EQ(x.manifestDigest, y.manifestDigest);
        EXPECT_EQ(x.manifest, y.manifest);
        ASSERT_EQ(x.layers.size(), y.layers.size());
        for (size_t l = 0; l < x.layers.size(); ++l) {
            const auto blob = [](const Bundle &bundle, const LayerInfo &layer) {
                const FileRange range = bundle.images.index().open(layer.member);
                QByteArray head(64, '\0');
                head.truncate(int(range.read(0, head.data(), head.size())));
                return Blob {layer.digest, range.size(), head};
            };
            EXPECT_EQ(blob(a, x.layers[l]), blob(b, y.layers[l]))
                << x.layers[l].member.toStdString();
        }
    }
    EXPECT_EQ(a.images.uniqueBlobBytes(), b.images.uniqueBlobBytes());
}

void expectError(const QString &path, const char *code, const QString &inMessage = {})
{
    try {
        PackageReader::open(path);
        ADD_FAILURE() << path.toStdString() << " was accepted";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QString::fromLatin1(code)) << error.message().toStdString();
        EXPECT_FALSE(error.hint().isEmpty());
        EXPECT_TRUE(error.message().contains(inMessage)) << error.message().toStdString();
    }
}

} // namespace

TEST(PackageDirectory, UnpackedBundleReadsLikeTheBundle)
{
    Fixtures fixtures;
    for (const char *kind : {"ggcr", "oci-layout", "docker-save", "pax"}) {
        const auto generated = fixtures.make(QString::fromLatin1(kind));
        const QString dir
            = unpack(fixtures, generated.path, QString::fromLatin1(kind) + QStringLiteral("-dir"));
        const Package file = PackageReader::open(generated.path);
        const Package directory = PackageReader::open(dir);
        EXPECT_TRUE(directory.isDirectory);
        EXPECT_TRUE(directory.isBundle);
        EXPECT_EQ(directory.path, QDir(dir).absolutePath());
        ASSERT_EQ(directory.bundles.size(), 1u);
        expectSameBundle(*file.bundles.front(), *directory.bundles.front());
        EXPECT_TRUE(directory.bundles.front()->images.verifyLayers()) << kind;
        // images.tar is streamed to docker/ctr straight from its own file.
        const FileRange images = directory.member({QStringLiteral("images.tar")});
        EXPECT_EQ(images.filePath().toStdString(),
            QString(dir + QLatin1String("/images.tar")).toStdString());
        EXPECT_EQ(images.size(), QFileInfo(dir + QLatin1String("/images.tar")).size());
    }
}

TEST(PackageDirectory, UnpackedBundleOneLevelDownOrOnePackageFile)
{
    Fixtures fixtures;
    const auto generated = fixtures.make(QStringLiteral("ggcr"));
    const QString parent = fixtures.dir() + QLatin1String("/parent");
    const QString below = unpack(fixtures, generated.path, QStringLiteral("parent/skoala"));
    EXPECT_EQ(PackageReader::open(parent).path, QDir(below).absolutePath());

    const QString single = fixtures.dir() + QLatin1String("/single");
    QDir().mkpath(single);
    ASSERT_TRUE(QFile::copy(generated.path, single + QLatin1String("/skoala_0.28.1.bundle.tar")));
    fixtures.writeFile(QStringLiteral("single/README.md"), "notes\n");
    const Package package = PackageReader::open(single);
    EXPECT_FALSE(package.isDirectory);
    EXPECT_EQ(package.path, single + QLatin1String("/skoala_0.28.1.bundle.tar"));
}

TEST(PackageDirectory, SeveralOrNoPackagesAreListed)
{
    Fixtures fixtures;
    // `tar xvf` of the module package leaves its two bundle files: which one is meant?
    const auto generated = fixtures.make(QStringLiteral("package"));
    const QString dir = unpack(fixtures, generated.path, QStringLiteral("module"));
    expectError(dir, "bundle.ambiguous",
        QStringLiteral("skoala-init_0.28.1.bundle.tar, skoala_0.28.1.bundle.tar"));

    QDir().mkpath(fixtures.dir() + QLatin1String("/empty"));
    fixtures.writeFile(QStringLiteral("empty/README.md"), "notes\n");
    expectError(fixtures.dir() + QLatin1String("/empty"), "bundle.not-found");
}

TEST(PackageDirectory, LinksAndSpecialFilesFollowTheTarRules)
{
    Fixtures fixtures;
    const auto generated = fixtures.make(QStringLiteral("ggcr"));
    const auto fresh = [&](const char *name) {
        return unpack(fixtures, generated.path, QString::fromLatin1(name));
    };

    const QString escape = fresh("escape");
    ASSERT_TRUE(QFile::link(QStringLiteral("../../../../etc/passwd"),
        escape + QLatin1String("/original-chart/templates/passwd.yaml")));
    expectError(escape, "bundle.unsafe-link", QStringLiteral("templates/passwd.yaml"));

    const QString absolute = fresh("absolute");
    ASSERT_TRUE(QFile::link(absolute + QLatin1String("/original-chart/values.yaml"),
        absolute + QLatin1String("/original-chart/templates/values.yaml")));
    expectError(absolute, "bundle.unsafe-link", QStringLiteral("templates/values.yaml"));

    const QString dangling = fresh("dangling");
    ASSERT_TRUE(QFile::link(QStringLiteral("missing.yaml"),
        dangling + QLatin1String("/original-chart/templates/gone.yaml")));
    expectError(dangling, "bundle.broken-link", QStringLiteral("templates/gone.yaml"));

    const QString loop = fresh("loop");
    ASSERT_TRUE(QFile::link(
        QStringLiteral("b.yaml"), loop + QLatin1String("/original-chart/templates/a.yaml")));
    ASSERT_TRUE(QFile::link(
        QStringLiteral("a.yaml"), loop + QLatin1String("/original-chart/templates/b.yaml")));
    expectError(loop, "bundle.broken-link", QStringLiteral("loop"));

    const QString fifo = fresh("fifo");
    run(fifo, QStringLiteral("mkfifo"), {QStringLiteral("original-chart/templates/pipe.yaml")});
    expectError(fifo, "bundle.special-file", QStringLiteral("templates/pipe.yaml"));

    const QString socket = fresh("socket");
    run(socket, QStringLiteral("python3"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "import socket; socket.socket(socket.AF_UNIX).bind('original-chart/sock')")});
    expectError(socket, "bundle.special-file", QStringLiteral("original-chart/sock"));

    // A link that stays inside and resolves still works: read through it.
    const QString chain = fresh("chain");
    ASSERT_TRUE(QFile::link(QStringLiteral("../templates/NOTES.txt"),
        chain + QLatin1String("/original-chart/templates/notes-link.txt")));
    const Package package = PackageReader::open(chain);
    EXPECT_EQ(package.bundles.front()->index.readFile(
                  QStringLiteral("original-chart/templates/notes-link.txt")),
        package.bundles.front()->index.readFile(
            QStringLiteral("original-chart/templates/NOTES.txt")));
}

TEST(PackageDirectory, TheTarOfADirectoryIsARealTar)
{
    // charts-syncer gets an unpacked bundle as the tar DirectoryTar makes: GNU tar must read it
    // back to the same files, long names included.
    Fixtures fixtures;
    const auto generated = fixtures.make(QStringLiteral("pax"));
    const QString dir = unpack(fixtures, generated.path, QStringLiteral("unpacked"));
    const Package package = PackageReader::open(dir);
    const FileRange &range = package.bundles.front()->range;
    QByteArray tar(int(range.size()), '\0');
    ASSERT_EQ(range.read(0, tar.data(), tar.size()), range.size());
    fixtures.writeFile(QStringLiteral("again.tar"), tar);
    const QString again = fixtures.dir() + QLatin1String("/again");
    QDir().mkpath(again);
    run(again, QStringLiteral("tar"),
        {QStringLiteral("xf"), fixtures.dir() + QLatin1String("/again.tar")});
    run(fixtures.dir(), QStringLiteral("diff"), {QStringLiteral("-r"), dir, again});
}

TEST(PackageDirectory, ScriptReadsTheUnpackedFiles)
{
    Fixtures fixtures;
    const auto generated = fixtures.make(QStringLiteral("ggcr"));
    const QString dir = unpack(fixtures, generated.path, QStringLiteral("unpacked"));
    const Package package = PackageReader::open(dir);
    const Bundle &bundle = *package.bundles.front();
    EXPECT_EQ(ScriptWriter::streamMember(package.path, {QStringLiteral("images.tar")}),
        QStringLiteral("cat %1/images.tar").arg(dir));
    EXPECT_EQ(ScriptWriter::extractChart(package, bundle, QStringLiteral("/s/chart")),
        QStringLiteral("cp -R %1/original-chart/. /s/chart").arg(dir));
    EXPECT_EQ(ScriptWriter::bundleToFile(package, bundle, QStringLiteral("/s/b.bundle.tar")),
        QStringLiteral("tar -cf /s/b.bundle.tar -C %1 hints.yaml original-chart images.tar")
            .arg(dir));
}

TEST(PackageDirectory, CliInspectsAndPlansAnUnpackedBundle)
{
    Fixtures fixtures;
    const auto generated = fixtures.make(QStringLiteral("ggcr"));
    const QString dir = unpack(fixtures, generated.path, QStringLiteral("skoala"));

    const auto inspect
        = Fixtures::runCli({QStringLiteral("inspect"), QStringLiteral("--json"), dir});
    ASSERT_EQ(inspect.exitCode, 0) << inspect.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(inspect.out.toUtf8()).object();
    EXPECT_EQ(json.value(QLatin1String("package")).toString(), dir);
    EXPECT_TRUE(json.value(QLatin1String("isDirectory")).toBool());
    const QJsonArray bundles = json.value(QLatin1String("bundles")).toArray();
    ASSERT_EQ(bundles.size(), 1);
    EXPECT_EQ(bundles[0]
                  .toObject()
                  .value(QLatin1String("chart"))
                  .toObject()
                  .value(QLatin1String("version")),
        QStringLiteral("0.28.1"));
    const auto verify
        = Fixtures::runCli({QStringLiteral("inspect"), QStringLiteral("--verify"), dir});
    EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();

    // The parent directory holds it one level down: the same package.
    const auto parent = Fixtures::runCli({QStringLiteral("inspect"), fixtures.dir()});
    EXPECT_EQ(parent.exitCode, 3) << "the generated .tar lies there too: two candidates";
    EXPECT_TRUE(parent.err.contains(QStringLiteral("ggcr.tar, skoala/")))
        << parent.err.toStdString();
    EXPECT_TRUE(parent.err.contains(QStringLiteral("Choose one of them")))
        << parent.err.toStdString();

    const QString plan = fixtures.writeFile(QStringLiteral("plan.yaml"),
        QStringLiteral("apiVersion: dce-upgrade.daocloud.io/v1alpha1\n"
                       "kind: UpgradePlan\n"
                       "module: skoala\n"
                       "package: %1\n"
                       "registry:\n"
                       "  address: 10.16.23.145\n"
                       "  repository: release.daocloud.io/skoala\n"
                       "sync:\n"
                       "  method: charts-syncer\n"
                       "  chartTarget: local\n"
                       "  localChartPath: /tmp/local-repo\n"
                       "upgrade:\n"
                       "  method: chart-package\n"
                       "  releases:\n"
                       "    - chart: skoala\n")
            .arg(dir)
            .toUtf8());
    const auto planned = Fixtures::runCli({QStringLiteral("plan"), QStringLiteral("--plan"), plan,
        QStringLiteral("--helm-version"), QStringLiteral("3.18.0")});
    ASSERT_EQ(planned.exitCode, 0) << planned.err.toStdString();
    EXPECT_TRUE(planned.out.contains(QStringLiteral("[chart.extract:skoala]")))
        << planned.out.toStdString();
    const auto script = Fixtures::runCli({QStringLiteral("script"), QStringLiteral("--plan"), plan,
        QStringLiteral("--helm-version"), QStringLiteral("3.18.0")});
    ASSERT_EQ(script.exitCode, 0) << script.err.toStdString();
    EXPECT_TRUE(script.out.contains(QStringLiteral("cp -R %1/original-chart/. ").arg(dir)))
        << script.out.toStdString();
    EXPECT_TRUE(
        script.out.contains(QStringLiteral("-C %1 hints.yaml original-chart images.tar").arg(dir)));
    EXPECT_FALSE(script.out.contains(QStringLiteral("tar -xf %1").arg(dir)));
}
