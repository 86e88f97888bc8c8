// Issue 10, "nothing heavy before the cheap checks": `dce-upgrade run` verifies the package,
// checks the registry, then the cluster, the release and helm, and only then pushes. A run that
// cannot upgrade stops before a single blob reaches the registry; a damaged package stops it
// before the registry or the cluster is even asked.
#include "UpgradeRunFixture.h"

#include <QRegularExpression>
#include <QTcpServer>

using namespace DceUpgrade::Test;

namespace {

// Blobs the registry stores (layers and configs): docker/registry/v2/blobs/sha256/xx/HEX/data.
int blobsStoredIn(const RegistryServer &registry)
{
    static const QRegularExpression blob(
        QStringLiteral("^blobs/sha256/[0-9a-f]{2}/[0-9a-f]{64}/data$"));
    int blobs = 0;
    const QMap<QString, QByteArray> content = registry.storedContent();
    for (auto it = content.cbegin(); it != content.cend(); ++it) {
        blobs += blob.match(it.key()).hasMatch() ? 1 : 0;
    }
    return blobs;
}

// A port nothing listens on: bound, read, released.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost)) {
        return 0;
    }
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class UpgradeRunChecksFirst : public UpgradeRunIntoAnEmptyRegistry
{
protected:
    // A plan that syncs with the built-in pusher, then upgrades from the package's chart.
    QString writeSyncingPlan(const QString &releases = skoalaOnly())
    {
        return writePlan(QStringLiteral("chart-package"), releases, waitFor30s(),
            syncBy(QStringLiteral("builtin")));
    }

    // The same plan with its kubeconfig replaced by `kubeconfig`.
    QString withKubeconfig(const QString &planFile, const QString &kubeconfig)
    {
        QFile file(planFile);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray plan = file.readAll();
        plan.replace(m_cluster.kubeconfig().toUtf8(), kubeconfig.toUtf8());
        return m_fixtures.writeFile(QStringLiteral("plan-elsewhere.yaml"), plan);
    }

    // The run stopped at `stepId` with `code`, after the package and registry checks passed
    // (those must not be what stopped it), and nothing reached the registry.
    void expectStoppedBeforeTheSync(const CliRun &run, const QString &stepId, const QString &code)
    {
        EXPECT_NE(run.exitCode, 0) << run.describe();
        EXPECT_EQ(run.state(QStringLiteral("bundle.read")), QStringLiteral("ok")) << run.describe();
        EXPECT_EQ(run.state(QStringLiteral("registry.check")), QStringLiteral("ok"))
            << "the registry would have taken the images" << run.describe();
        EXPECT_EQ(run.state(stepId), QStringLiteral("failed")) << run.describe();
        EXPECT_EQ(run.step(stepId).value(QLatin1String("code")).toString(), code) << run.describe();
        EXPECT_TRUE(run.step(QStringLiteral("images.push")).isEmpty()
            || run.state(QStringLiteral("images.push")) == QLatin1String("not-run"))
            << run.describe();
        EXPECT_EQ(blobsStoredIn(m_registry), 0) << "blobs were pushed before the checks";
        for (const QString &request : m_registry.requests()) {
            EXPECT_FALSE(request.startsWith(QLatin1String("PUT "))) << request.toStdString();
        }
    }
};

TEST_P(UpgradeRunChecksFirst, AnUnreachableClusterStopsTheRunBeforeAnyBlobIsPushed)
{
    const quint16 port = closedPort();
    ASSERT_NE(port, 0);
    const QString kubeconfig = m_fixtures.writeFile(QStringLiteral("gone.kubeconfig"),
        QStringLiteral("apiVersion: v1\n"
                       "kind: Config\n"
                       "clusters:\n"
                       "- name: gone\n"
                       "  cluster:\n"
                       "    server: https://127.0.0.1:%1\n"
                       "    insecure-skip-tls-verify: true\n"
                       "contexts:\n"
                       "- name: gone\n"
                       "  context: {cluster: gone, user: gone}\n"
                       "current-context: gone\n"
                       "users:\n"
                       "- name: gone\n"
                       "  user: {token: not-a-secret}\n")
            .arg(port)
            .toUtf8());
    QFile::setPermissions(kubeconfig, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString plan = withKubeconfig(writeSyncingPlan(), kubeconfig);
    const CliRun run = runCli(runArguments(plan));
    expectStoppedBeforeTheSync(
        run, QStringLiteral("helm.check"), QStringLiteral("cluster.unreachable"));
    EXPECT_TRUE(run.reportedProgress(QStringLiteral("bundle.read"), QStringLiteral("bytes")))
        << run.describe();
    const QString said = run.said(QStringLiteral("bundle.read"));
    EXPECT_TRUE(said.contains(QLatin1String("skoala_v0.28.1_amd64.tar.sha512sum matched")))
        << said.toStdString();
    EXPECT_TRUE(said.contains(QLatin1String("match their digests"))) << said.toStdString();

    // A rerun of the session does not hash the unchanged package again; one whose file changed
    // is verified again.
    const CliRun again = runCli(resumeArguments(run.session));
    EXPECT_EQ(again.state(QStringLiteral("bundle.read")), QStringLiteral("skipped"))
        << again.describe();
    EXPECT_FALSE(again.reportedProgress(QStringLiteral("bundle.read"), QStringLiteral("bytes")));
    EXPECT_EQ(again.state(QStringLiteral("helm.check")), QStringLiteral("failed"));
    QFile package(m_package.path);
    ASSERT_TRUE(package.open(QIODevice::ReadWrite));
    ASSERT_TRUE(package.setFileTime(
        QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    package.close();
    const CliRun changed = runCli(resumeArguments(run.session));
    EXPECT_EQ(changed.state(QStringLiteral("bundle.read")), QStringLiteral("ok"))
        << changed.describe();
    EXPECT_TRUE(changed.reportedProgress(QStringLiteral("bundle.read"), QStringLiteral("bytes")));
    EXPECT_EQ(blobsStoredIn(m_registry), 0);

    // The count above can see blobs: the same sync without an upgrade stores them.
    const CliRun staged = runCli(runArguments(writePlan(
        QStringLiteral("none"), skoalaOnly(), waitFor30s(), syncBy(QStringLiteral("builtin")))));
    ASSERT_EQ(staged.exitCode, 0) << staged.describe();
    EXPECT_GT(blobsStoredIn(m_registry), 0);
}

TEST_P(UpgradeRunChecksFirst, AMissingReleaseStopsTheRunBeforeAnyBlobIsPushed)
{
    const CliRun run = runCli(runArguments(
        writeSyncingPlan(QStringLiteral("    - chart: skoala\n      release: not-installed\n"))));
    expectStoppedBeforeTheSync(
        run, QStringLiteral("helm.check"), QStringLiteral("release.not-found"));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
}

// The package is checked before the registry and the cluster: a layer whose bytes differ from
// its digest, or a package whose checksum file disagrees, stops the run at bundle.read.
TEST_P(UpgradeRunChecksFirst, ADamagedLayerStopsTheRunAtThePackageNamingTheLayer)
{
    m_package = m_fixtures.make(QStringLiteral("bad-digest"), QStringLiteral("skoala-bad.tar"));
    ASSERT_FALSE(m_package.path.isEmpty());
    const CliRun run = runCli(runArguments(writeSyncingPlan()));
    EXPECT_EQ(run.exitCode, 4) << run.describe();
    const QJsonObject read = run.step(QStringLiteral("bundle.read"));
    EXPECT_EQ(read.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(read.value(QLatin1String("code")).toString(), QStringLiteral("images.bad-digest"))
        << run.describe();
    // mkbundle's bad-digest alters the last layer of the ui image: that member is named.
    QString layer;
    for (const QJsonValue &image : m_package.expect.value(QLatin1String("charts"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QLatin1String("images"))
                                       .toArray()) {
        const QJsonArray layers = image.toObject().value(QLatin1String("layers")).toArray();
        if (image.toObject()
                .value(QLatin1String("repo_tags"))
                .toArray()
                .first()
                .toString()
                .contains(QLatin1String("/ui:"))) {
            layer = layers.last().toObject().value(QLatin1String("digest")).toString();
        }
    }
    ASSERT_TRUE(layer.startsWith(QLatin1String("sha256:"))) << "expect.json changed its form";
    EXPECT_TRUE(read.value(QLatin1String("message"))
                    .toString()
                    .contains(layer.mid(7) + QLatin1String(".tar.gz")))
        << run.describe();
    EXPECT_FALSE(read.value(QLatin1String("hint")).toString().isEmpty());
    EXPECT_TRUE(run.step(QStringLiteral("registry.check")).isEmpty()
        || run.state(QStringLiteral("registry.check")) == QLatin1String("not-run"));
    EXPECT_TRUE(run.step(QStringLiteral("helm.check")).isEmpty()) << "the cluster was asked";
    EXPECT_EQ(blobsStoredIn(m_registry), 0);
    EXPECT_TRUE(m_registry.requests().isEmpty())
        << m_registry.requests().join(QLatin1Char('\n')).toStdString();
}

TEST_P(UpgradeRunChecksFirst, AWrongChecksumFileStopsTheRunAtThePackage)
{
    m_package
        = m_fixtures.make(QStringLiteral("package-badsum"), QStringLiteral("skoala-badsum.tar"));
    ASSERT_FALSE(m_package.path.isEmpty());
    const CliRun run = runCli(runArguments(writeSyncingPlan()));
    EXPECT_EQ(run.exitCode, 4) << run.describe();
    const QJsonObject read = run.step(QStringLiteral("bundle.read"));
    EXPECT_EQ(read.value(QLatin1String("code")).toString(), QStringLiteral("checksum.mismatch"))
        << run.describe();
    EXPECT_TRUE(read.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("skoala-badsum.tar.sha512sum")))
        << run.describe();
    EXPECT_TRUE(run.step(QStringLiteral("helm.check")).isEmpty()) << "the cluster was asked";
    EXPECT_EQ(blobsStoredIn(m_registry), 0);
    EXPECT_TRUE(m_registry.requests().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Helm, UpgradeRunChecksFirst, ::testing::Values(3, 4), helmTestName);
