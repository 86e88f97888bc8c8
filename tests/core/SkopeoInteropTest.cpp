#include "Fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using DceUpgrade::Test::Fixtures;

namespace {

QByteArray runTool(
    const QString &program, const QStringList &arguments, const QString &workDir = {})
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << ' '
                      << arguments.join(QLatin1Char(' ')).toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
    }
    return process.readAllStandardOutput();
}

} // namespace

// "inspect is correct on packages made by a tool you did not write": skopeo writes the image
// archive (its docker-archive format: uncompressed layers, symlinked <v1id>/layer.tar), GNU tar
// wraps it in a bundle, and skopeo's own view of the archive is the expected answer.
TEST(SkopeoInterop, InspectAgreesWithSkopeoOnItsDockerArchive)
{
    const QString skopeo = QStandardPaths::findExecutable(QStringLiteral("skopeo"));
    ASSERT_FALSE(skopeo.isEmpty()) << "skopeo is not installed: run scripts/setup-test-deps.sh";

    Fixtures fixtures;
    const QString dir = fixtures.dir();
    // An OCI layout to copy from (made by our generator; skopeo re-encodes it entirely).
    const auto source = fixtures.make(QStringLiteral("oci-layout"));
    QDir().mkpath(dir + QStringLiteral("/oci"));
    runTool(QStringLiteral("tar"),
        {QStringLiteral("-xf"), source.path, QStringLiteral("images.tar")}, dir);
    runTool(QStringLiteral("tar"),
        {QStringLiteral("-xf"), QStringLiteral("images.tar"), QStringLiteral("-C"),
            QStringLiteral("oci")},
        dir);
    QFile::remove(dir + QStringLiteral("/images.tar"));

    const QString bundleDir = dir + QStringLiteral("/bundle");
    QDir().mkpath(bundleDir + QStringLiteral("/original-chart"));
    const QString reference = QStringLiteral("release.daocloud.io/skoala/hive:v0.28.1");
    runTool(skopeo,
        {QStringLiteral("copy"), QStringLiteral("--quiet"),
            QStringLiteral("oci:") + dir + QStringLiteral("/oci:latest"),
            QStringLiteral("docker-archive:") + bundleDir + QStringLiteral("/images.tar:")
                + reference});

    fixtures.writeFile(
        QStringLiteral("bundle/hints.yaml"), "- \"{{ .image.repository }}:{{ .image.tag }}\"\n");
    fixtures.writeFile(QStringLiteral("bundle/original-chart/Chart.yaml"),
        "apiVersion: v2\nname: hive\nversion: 1.2.3\n");
    fixtures.writeFile(QStringLiteral("bundle/original-chart/values.yaml"),
        "image:\n  repository: release.daocloud.io/skoala/hive\n  tag: v0.28.1\n");
    const QString bundle = dir + QStringLiteral("/hive_1.2.3.bundle.tar");
    runTool(QStringLiteral("tar"),
        {QStringLiteral("-cf"), bundle, QStringLiteral("-C"), bundleDir,
            QStringLiteral("hints.yaml"), QStringLiteral("original-chart"),
            QStringLiteral("images.tar")});

    const QJsonObject manifest = QJsonDocument::fromJson(
        runTool(skopeo,
            {QStringLiteral("inspect"), QStringLiteral("--raw"),
                QStringLiteral("docker-archive:") + bundleDir + QStringLiteral("/images.tar")}))
                                     .object();
    const QJsonObject config = QJsonDocument::fromJson(
        runTool(skopeo,
            {QStringLiteral("inspect"), QStringLiteral("--config"), QStringLiteral("--raw"),
                QStringLiteral("docker-archive:") + bundleDir + QStringLiteral("/images.tar")}))
                                   .object();
    const QJsonArray expectedLayers = manifest.value(QLatin1String("layers")).toArray();
    ASSERT_FALSE(expectedLayers.isEmpty());

    const auto result = Fixtures::runCli(
        {QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--verify"), bundle});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject inspected = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonObject b = inspected.value(QLatin1String("bundles")).toArray().first().toObject();
    EXPECT_EQ(b.value(QLatin1String("chart")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("hive"));
    EXPECT_EQ(b.value(QLatin1String("format")).toString(), QStringLiteral("docker-save"));
    const QJsonArray images = b.value(QLatin1String("images")).toArray();
    ASSERT_EQ(images.size(), 1);
    const QJsonObject image = images.first().toObject();
    EXPECT_EQ(image.value(QLatin1String("references")).toArray().first().toString(), reference);
    EXPECT_EQ(image.value(QLatin1String("configDigest")).toString(),
        manifest.value(QLatin1String("config"))
            .toObject()
            .value(QLatin1String("digest"))
            .toString());
    EXPECT_EQ(image.value(QLatin1String("platform")).toString(),
        config.value(QLatin1String("os")).toString() + QLatin1Char('/')
            + config.value(QLatin1String("architecture")).toString());
    const QJsonArray layers = image.value(QLatin1String("layers")).toArray();
    ASSERT_EQ(layers.size(), expectedLayers.size());
    const QJsonArray diffIds = config.value(QLatin1String("rootfs"))
                                   .toObject()
                                   .value(QLatin1String("diff_ids"))
                                   .toArray();
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QJsonObject ours = layers[i].toObject();
        const QJsonObject theirs = expectedLayers[i].toObject();
        EXPECT_EQ(ours.value(QLatin1String("digest")).toString(),
            theirs.value(QLatin1String("digest")).toString());
        EXPECT_EQ(ours.value(QLatin1String("size")).toInteger(),
            theirs.value(QLatin1String("size")).toInteger());
        EXPECT_EQ(ours.value(QLatin1String("diffId")).toString(), diffIds[i].toString());
        // skopeo stores them uncompressed: pushing them needs compression, so no manifest digest.
        EXPECT_EQ(ours.value(QLatin1String("compression")).toString(), QStringLiteral("none"));
    }
    EXPECT_TRUE(image.value(QLatin1String("manifestDigest")).isNull());
}
