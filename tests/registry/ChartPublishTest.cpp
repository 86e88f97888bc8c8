// ChartPublisher (core/registry/ChartPublisher.h) against the real docker-registry fixture and
// the real helm: a relocated chart pushed as a Helm OCI artifact must come back byte for byte
// with `helm pull oci://...`, and `helm template` of it must name the relocated images; an
// existing version is skipped unless forced. The LOCAL target is rendered by helm too.
// Needs the integration.fetch-helm fixture (helm3 in DCE_TEST_HELM_DIR).

#include "Fixtures.h"
#include "RegistryServer.h"

#include "bundle/ImageReference.h"
#include "bundle/PackageReader.h"
#include "registry/ChartPublisher.h"
#include "registry/ChartRelocator.h"
#include "registry/RegistryClient.h"
#include "registry/Relocator.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

const QString Namespace = QStringLiteral("charts");

QString helmBinary()
{
    return QStringLiteral(DCE_TEST_HELM_DIR) + QLatin1String("/helm3");
}

struct Published
{
    std::optional<ChartPublishResult> result;
    std::optional<Error> error;
    int calls = 0;
};

// Runs one publish to its callback (60 s at most), then a moment longer to catch a second call.
Published publishOci(
    RegistryClient &client, const RelocatedChart &chart, const QString &workDir, bool force)
{
    auto published = std::make_shared<Published>();
    QEventLoop loop;
    ChartPublisher::publishOci(client, chart, Namespace, workDir, force,
        [published, &loop](
            const std::optional<ChartPublishResult> &result, const std::optional<Error> &error) {
            ++published->calls;
            published->result = result;
            published->error = error;
            loop.quit();
        });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QEventLoop settle;
    QTimer::singleShot(100, &settle, &QEventLoop::quit);
    settle.exec();
    return *published;
}

std::string describe(const Published &published)
{
    return published.error ? published.error->describe().toStdString() : std::string("ok");
}

// The relocated skoala chart of the generated bundle, and the image references helm must render
// from it: computed from the Relocator alone, per hint (a tag-less hint pins the digest).
struct Relocated
{
    RelocatedChart chart;
    QStringList expectedImages;
};

Relocated relocate(const Bundle &bundle, const QString &registry)
{
    RelocationRules rules;
    rules.registry = registry;
    rules.repository = QStringLiteral("release.daocloud.io/skoala");
    const Relocator relocator(rules);
    Relocated result;
    result.chart = ChartRelocator::relocate(bundle, ValueRewrites::compute(bundle, relocator));
    for (const RenderedHint &hint : bundle.hints) {
        const QString digest = hint.image ? hint.image->manifestDigest : QString();
        const Relocation relocation
            = relocator.relocate(ImageReference::parse(hint.reference), hint.hint, digest);
        result.expectedImages.append(hint.hint.hasTag() || hint.hint.hasDigest()
                ? relocation.target
                : relocation.registry + QLatin1Char('/') + relocation.repository);
    }
    return result;
}

// helm with its own HOME, config, cache and data under `home`, and registry credentials from
// `registryConfig` (a 0600 docker config: no password on any command line).
ProcessResult helm(const QString &home, const QStringList &args, const QString &registryConfig = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("HELM_CONFIG_HOME"), home + QLatin1String("/config"));
    env.insert(QStringLiteral("HELM_CACHE_HOME"), home + QLatin1String("/cache"));
    env.insert(QStringLiteral("HELM_DATA_HOME"), home + QLatin1String("/data"));
    env.insert(QStringLiteral("HELM_REGISTRY_CONFIG"),
        registryConfig.isEmpty() ? home + QLatin1String("/registry.json") : registryConfig);
    return runProcess(helmBinary(), args, env, {}, 120000);
}

// helm pull of oci://<registry>/charts/<name> into `destination`; the registry's TLS settings.
ProcessResult helmPull(const RegistryServer &registry, const QString &home,
    const RelocatedChart &chart, const QString &destination)
{
    QStringList args {QStringLiteral("pull"),
        QLatin1String("oci://") + registry.address() + QLatin1Char('/') + Namespace
            + QLatin1Char('/') + chart.name,
        QStringLiteral("--version"), chart.version, QStringLiteral("--destination"), destination};
    if (registry.isTls()) {
        args << QStringLiteral("--ca-file") << registry.caFile();
    } else {
        args << QStringLiteral("--plain-http");
    }
    return helm(home, args, registry.authFile());
}

void expectRendersImages(const QString &home, const QString &chartFile, const QStringList &images)
{
    const ProcessResult rendered
        = helm(home, {QStringLiteral("template"), QStringLiteral("release"), chartFile});
    ASSERT_TRUE(rendered.ok()) << rendered.describe();
    const QString manifests = QString::fromUtf8(rendered.out);
    ASSERT_FALSE(images.isEmpty());
    for (const QString &image : images) {
        EXPECT_TRUE(manifests.contains(QLatin1String("image: \"") + image + QLatin1Char('"')))
            << image.toStdString() << "\n"
            << rendered.out.left(4000).constData();
    }
    // Nothing still points at the source registry.
    EXPECT_FALSE(manifests.contains(QLatin1String("image: \"release.daocloud.io/")))
        << rendered.out.constData();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ChartPublishOci : public ::testing::TestWithParam<RegistryMode>
{
};

} // namespace

TEST_P(ChartPublishOci, HelmPullsWhatWasPushed)
{
    RegistryServer registry(GetParam());
    ASSERT_TRUE(registry.isRunning());
    ASSERT_TRUE(QFile::exists(helmBinary())) << "run the integration.fetch-helm test first";
    Fixtures fixtures;
    const auto generated = fixtures.make(QStringLiteral("ggcr"));
    const Package package = PackageReader::open(generated.path);
    ASSERT_EQ(package.bundles.size(), 1u);
    const Bundle &bundle = *package.bundles.front();
    const Relocated relocated = relocate(bundle, registry.address());

    RegistryTarget target;
    target.address = registry.address();
    target.scheme = registry.isTls() ? QStringLiteral("https") : QStringLiteral("http");
    target.caFile = registry.caFile();
    target.username = RegistryServer::adminUser();
    RegistryClient client(target, RegistryServer::adminPassword().toUtf8());
    QTemporaryDir work;
    ASSERT_TRUE(work.isValid());

    const Published first = publishOci(client, relocated.chart, work.path(), false);
    ASSERT_EQ(first.calls, 1);
    ASSERT_TRUE(first.result) << describe(first);
    EXPECT_EQ(first.result->outcome, ChartPublishResult::Outcome::Published);
    EXPECT_TRUE(first.result->digest.startsWith(QLatin1String("sha256:")));
    EXPECT_EQ(first.result->location,
        QLatin1String("oci://") + registry.address() + QLatin1String("/charts/skoala:0.28.1"));
    EXPECT_TRUE(QDir(work.path()).isEmpty()) << "the upload files must be removed";

    // helm gets back the very bytes, and renders the relocated images from them.
    QTemporaryDir home;
    const QString pulled = home.filePath(QStringLiteral("pulled"));
    ASSERT_TRUE(QDir().mkpath(pulled));
    const ProcessResult pull = helmPull(registry, home.path(), relocated.chart, pulled);
    ASSERT_TRUE(pull.ok()) << pull.describe();
    const QString pulledFile = pulled + QLatin1Char('/') + relocated.chart.fileName();
    EXPECT_EQ(readAll(pulledFile), relocated.chart.tgz);
    expectRendersImages(home.path(), pulledFile, relocated.expectedImages);

    // Again: the version is there, so it is skipped (charts-syncer's rule).
    RelocatedChart changed = relocate(bundle, QStringLiteral("10.16.23.145")).chart;
    ASSERT_NE(changed.tgz, relocated.chart.tgz);
    const Published again = publishOci(client, changed, work.path(), false);
    ASSERT_TRUE(again.result) << describe(again);
    EXPECT_EQ(again.calls, 1);
    EXPECT_EQ(again.result->outcome, ChartPublishResult::Outcome::AlreadyThere);
    EXPECT_EQ(again.result->digest, first.result->digest);

    // Forced: replaced, and helm now gets the new chart.
    const Published forced = publishOci(client, changed, work.path(), true);
    ASSERT_TRUE(forced.result) << describe(forced);
    EXPECT_EQ(forced.result->outcome, ChartPublishResult::Outcome::Replaced);
    EXPECT_NE(forced.result->digest, first.result->digest);
    QFile::remove(pulledFile);
    const ProcessResult repull = helmPull(registry, home.path(), changed, pulled);
    ASSERT_TRUE(repull.ok()) << repull.describe();
    EXPECT_EQ(readAll(pulledFile), changed.tgz);
}

TEST_P(ChartPublishOci, WrongPasswordIsReported)
{
    RegistryServer registry(GetParam());
    ASSERT_TRUE(registry.isRunning());
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("ggcr")).path);
    const Relocated relocated = relocate(*package.bundles.front(), registry.address());
    RegistryTarget target;
    target.address = registry.address();
    target.scheme = registry.isTls() ? QStringLiteral("https") : QStringLiteral("http");
    target.caFile = registry.caFile();
    target.username = RegistryServer::adminUser();
    RegistryClient client(target, QByteArray("not-the-password"));
    QTemporaryDir work;
    const Published published = publishOci(client, relocated.chart, work.path(), false);
    EXPECT_EQ(published.calls, 1);
    EXPECT_FALSE(published.result);
    ASSERT_TRUE(published.error);
    EXPECT_FALSE(published.error->hint().isEmpty());
    EXPECT_TRUE(QDir(work.path()).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Modes, ChartPublishOci,
    ::testing::Values(RegistryMode::PlainHtpasswd, RegistryMode::TlsToken),
    [](const ::testing::TestParamInfo<RegistryMode> &param) {
        return registryModeName(param.param);
    });

// LOCAL (charts-syncer's local repo): the file helm renders is the relocated chart.
TEST(ChartPublishLocal, HelmRendersTheRelocatedChart)
{
    ASSERT_TRUE(QFile::exists(helmBinary())) << "run the integration.fetch-helm test first";
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("ggcr")).path);
    const Relocated relocated
        = relocate(*package.bundles.front(), QStringLiteral("10.16.23.145:5000"));
    QTemporaryDir dir;
    const ChartPublishResult result = ChartPublisher::publishLocal(
        relocated.chart, dir.filePath(QStringLiteral("repo")), false);
    EXPECT_EQ(result.outcome, ChartPublishResult::Outcome::Published);
    expectRendersImages(dir.path(), result.location, relocated.expectedImages);
    // helm accepts it as a chart archive (lint: Chart.yaml as helm saves it, values parse).
    const ProcessResult lint = helm(dir.path(), {QStringLiteral("lint"), result.location});
    EXPECT_TRUE(lint.ok()) << lint.describe() << lint.out.constData();
}
