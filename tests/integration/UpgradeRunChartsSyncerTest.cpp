// `dce-upgrade run` with `sync.method: charts-syncer`, end to end: registry check, the
// charts-syncer directory prepared (both bundles of the package streamed out of it), charts-syncer
// run, every image looked up, cleanup, then the upgrade from the package's chart (upgrade.method
// chart-package; charts-syncer's chart goes to a local directory, chartTarget local) against the
// Kubernetes API stand-in. charts-syncer is tests/support/fake-tools/fake-charts-syncer (DaoCloud's
// fork cannot be installed or built here): strict about argv, config and bundles, and it pushes
// for real with skopeo, so the registry, the image check and helm see real images.
#include "ScopedEnvironment.h"
#include "UpgradeRunFixture.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <csignal>

using namespace DceUpgrade::Test;

namespace {

const QString FakeChartsSyncer
    = QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/support/fake-tools/fake-charts-syncer");

bool processAlive(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

class UpgradeRunWithChartsSyncer : public UpgradeRunIntoAnEmptyRegistry
{
protected:
    void SetUp() override
    {
        UpgradeRunIntoAnEmptyRegistry::SetUp();
        ASSERT_TRUE(m_bin.isValid());
        ASSERT_TRUE(QFile::link(FakeChartsSyncer, m_bin.filePath(QStringLiteral("charts-syncer"))));
        m_localRepo = m_fixtures.dir() + QStringLiteral("/local-repo");
        m_record = m_fixtures.dir() + QStringLiteral("/charts-syncer-calls.jsonl");
    }

    // PATH with charts-syncer first (or without it), for the runs this test starts.
    std::unique_ptr<ScopedEnvironment> chartsSyncerOnPath(bool installed = true)
    {
        const QByteArray path = qgetenv("PATH");
        return std::make_unique<ScopedEnvironment>(
            "PATH", installed ? QFile::encodeName(m_bin.path()) + ':' + path : path);
    }

    // charts-syncer writes the relocated chart to a local directory; the upgrade installs the
    // package's own chart.
    QString writeChartsSyncerPlan()
    {
        return writePlan(QStringLiteral("chart-package"), skoalaOnly(), waitFor30s(),
            QStringLiteral("  method: charts-syncer\n"
                           "  chartTarget: local\n"
                           "  localChartPath: %1\n")
                .arg(m_localRepo));
    }

    // Where charts-syncer puts each image of the package under the plan's containerRepository,
    // with the manifest digest the package's generator expects (charts-syncer's).
    QMap<QString, QString> expectedImages() const
    {
        QMap<QString, QString> images;
        for (const QJsonValue &chart : m_package.expect.value(QLatin1String("charts")).toArray()) {
            for (const QJsonValue &image :
                chart.toObject().value(QLatin1String("images")).toArray()) {
                const QString digest
                    = image.toObject().value(QLatin1String("manifest_digest")).toString();
                for (const QJsonValue &tag :
                    image.toObject().value(QLatin1String("repo_tags")).toArray()) {
                    const QString nameAndTag = tag.toString().section(QLatin1Char('/'), -1);
                    images.insert(m_registry.address() + QLatin1Char('/') + Repository
                            + QLatin1Char('/') + nameAndTag,
                        digest);
                }
            }
        }
        return images;
    }

    QString chartsSyncerDir(const CliRun &run) const
    {
        return run.session + QStringLiteral("/charts-syncer");
    }

    // What the step said, from its events: the result message and every log line.
    static QString said(const CliRun &run, const QString &step)
    {
        QString text = run.step(step).value(QLatin1String("message")).toString();
        for (const QJsonObject &event : run.events) {
            if (event.value(QLatin1String("step")) == step) {
                text += QLatin1Char('\n') + event.value(QLatin1String("text")).toString();
            }
        }
        return text;
    }

    // The run stopped in the sync: nothing upgraded, the directory and the password gone.
    void expectStoppedBeforeTheUpgrade(const CliRun &run)
    {
        EXPECT_TRUE(run.step(QStringLiteral("helm.upgrade:skoala")).isEmpty()) << run.describe();
        EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
        EXPECT_EQ(run.state(QStringLiteral("chartsyncer.cleanup")), QStringLiteral("ok"))
            << run.describe();
        EXPECT_FALSE(QFileInfo::exists(chartsSyncerDir(run))) << run.describe();
        expectNoSecretLeft(run);
    }

    QTemporaryDir m_bin;
    QString m_localRepo;
    QString m_record;
};

TEST_P(UpgradeRunWithChartsSyncer, SyncsBothBundlesThenTheUpgradeFindsEveryImage)
{
    const auto path = chartsSyncerOnPath();
    const ScopedEnvironment record("FAKE_CHARTS_SYNCER_RECORD", QFile::encodeName(m_record));
    const CliRun run = runCli(runArguments(writeChartsSyncerPlan()));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    for (const char *id : {"registry.check", "chartsyncer.prepare", "images.sync",
             "chartsyncer.cleanup", "images.check:skoala", "helm.upgrade:skoala"}) {
        EXPECT_EQ(run.state(QString::fromLatin1(id)), QStringLiteral("ok")) << id << run.describe();
    }
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));

    // What charts-syncer was given: both bundles (streamed out of the package, not links),
    // nothing else, a 0600 config, --insecure for the http registry.
    QFile calls(m_record);
    ASSERT_TRUE(calls.open(QIODevice::ReadOnly));
    const QJsonObject call = QJsonDocument::fromJson(calls.readLine()).object();
    const QStringList argv = call.value(QLatin1String("argv")).toVariant().toStringList();
    EXPECT_EQ(argv.value(0), QStringLiteral("sync"));
    EXPECT_TRUE(argv.contains(QStringLiteral("--insecure")));
    EXPECT_EQ(call.value(QLatin1String("configMode")), QStringLiteral("600"));
    const QJsonArray bundles = call.value(QLatin1String("bundles")).toArray();
    ASSERT_EQ(bundles.size(), 2) << calls.fileName().toStdString();
    EXPECT_EQ(bundles[0].toObject().value(QLatin1String("name")),
        QStringLiteral("skoala-init_0.28.1.bundle.tar"));
    EXPECT_EQ(bundles[1].toObject().value(QLatin1String("name")),
        QStringLiteral("skoala_0.28.1.bundle.tar"));
    EXPECT_FALSE(bundles[0].toObject().value(QLatin1String("symlink")).toBool());

    // skopeo, an independent client, finds every image of both charts, with charts-syncer's
    // digests.
    const QMap<QString, QString> images = expectedImages();
    EXPECT_EQ(images.size(), 8);
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        const ProcessResult manifest = m_registry.skopeo({QStringLiteral("inspect"),
            QStringLiteral("--raw"), QStringLiteral("docker://") + it.key()});
        ASSERT_TRUE(manifest.ok()) << it.key().toStdString() << manifest.describe();
        EXPECT_EQ(QStringLiteral("sha256:")
                + QString::fromLatin1(
                    QCryptographicHash::hash(manifest.out, QCryptographicHash::Sha256).toHex()),
            it.value())
            << it.key().toStdString();
    }
    EXPECT_TRUE(said(run, QStringLiteral("images.sync")).contains(QLatin1String("All 8 image")))
        << run.describe();
    EXPECT_TRUE(QFileInfo::exists(m_localRepo + QStringLiteral("/skoala-0.28.1.tgz")));
    EXPECT_TRUE(QFileInfo::exists(m_localRepo + QStringLiteral("/skoala-init-0.28.1.tgz")));
    bool sawBytes = false;
    for (const QJsonObject &event : run.events) {
        sawBytes = sawBytes
            || (event.value(QLatin1String("type")) == QLatin1String("progress")
                && event.value(QLatin1String("step")) == QLatin1String("chartsyncer.prepare")
                && event.value(QLatin1String("unit")) == QLatin1String("bytes"));
    }
    EXPECT_TRUE(sawBytes) << "the bundles streamed out of the package report bytes";
    EXPECT_FALSE(QFileInfo::exists(chartsSyncerDir(run)));
    expectNoSecretLeft(run);

    // Again: the chart versions are in the chart directory now, charts-syncer skips everything
    // (images too), and the step says so; the images are there, so the run goes on.
    const CliRun again = runCli(runArguments(writeChartsSyncerPlan()));
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    const QString text = said(again, QStringLiteral("images.sync"));
    EXPECT_TRUE(text.contains(QLatin1String("There are no charts out of sync!")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("synced nothing"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("no image was pushed"))) << text.toStdString();
    expectNoSecretLeft(again);
}

TEST_P(UpgradeRunWithChartsSyncer, AChartAlreadyInTheTargetSkipsItsImagesAndTheCheckSaysSo)
{
    // An earlier, failed attempt left the chart versions but the registry is empty.
    ASSERT_TRUE(QDir().mkpath(m_localRepo));
    for (const char *name : {"/skoala-0.28.1.tgz", "/skoala-init-0.28.1.tgz"}) {
        m_fixtures.writeFile(QStringLiteral("local-repo") + QLatin1String(name), "stale");
    }
    const auto path = chartsSyncerOnPath();
    const CliRun run = runCli(runArguments(writeChartsSyncerPlan()));
    // The registry lacks images: a failure of the sync, not of the package (3).
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    const QJsonObject sync = run.step(QStringLiteral("images.sync"));
    EXPECT_EQ(sync.value(QLatin1String("code")), QStringLiteral("images.missing"))
        << run.describe();
    const QString message = sync.value(QLatin1String("message")).toString();
    EXPECT_TRUE(message.contains(QLatin1String("synced nothing"))) << message.toStdString();
    EXPECT_TRUE(message.contains(m_localRepo)) << message.toStdString();
    EXPECT_TRUE(message.contains(
        m_registry.address() + QLatin1Char('/') + Repository + QLatin1String("/hive:v0.28.1")))
        << message.toStdString();
    EXPECT_TRUE(sync.value(QLatin1String("hint")).toString().contains(QLatin1String("builtin")));
    expectStoppedBeforeTheUpgrade(run);
}

TEST_P(UpgradeRunWithChartsSyncer, APartialSyncIsCaughtByTheRegistryLookup)
{
    const auto path = chartsSyncerOnPath();
    // The second image charts-syncer pushes is silently left out; it still ends with 0.
    const ScopedEnvironment forget("FAKE_CHARTS_SYNCER_FORGET", "2");
    const CliRun run = runCli(runArguments(writeChartsSyncerPlan()));
    // The registry lacks images: a failure of the sync, not of the package (3).
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    const QJsonObject sync = run.step(QStringLiteral("images.sync"));
    EXPECT_EQ(sync.value(QLatin1String("code")), QStringLiteral("images.missing"))
        << run.describe();
    const QString message = sync.value(QLatin1String("message")).toString();
    EXPECT_TRUE(message.contains(QLatin1String("ended without an error, but 1 image")))
        << message.toStdString();
    // The one left out is named: an image of the package that skopeo does not find.
    int named = 0;
    const QMap<QString, QString> images = expectedImages();
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        if (message.contains(it.key())) {
            ++named;
            EXPECT_FALSE(m_registry
                             .skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
                                 QStringLiteral("docker://") + it.key()})
                             .ok());
        }
    }
    EXPECT_EQ(named, 1) << message.toStdString();
    expectStoppedBeforeTheUpgrade(run);
}

TEST_P(UpgradeRunWithChartsSyncer, AWrongPasswordStopsBeforeAnyFileIsWritten)
{
    const auto path = chartsSyncerOnPath();
    m_password = QStringLiteral("not-the-password");
    const CliRun run = runCli(runArguments(writeChartsSyncerPlan()));
    EXPECT_EQ(run.exitCode, 1) << run.describe();
    const QJsonObject check = run.step(QStringLiteral("registry.check"));
    EXPECT_EQ(check.value(QLatin1String("code")), QStringLiteral("registry.unauthorized"))
        << run.describe();
    EXPECT_FALSE(check.value(QLatin1String("hint")).toString().isEmpty());
    EXPECT_TRUE(run.step(QStringLiteral("chartsyncer.prepare")).isEmpty()) << run.describe();
    expectStoppedBeforeTheUpgrade(run);
}

TEST_P(UpgradeRunWithChartsSyncer, ACancelWhileItPushesLeavesNoPasswordAndNoProcess)
{
    const auto path = chartsSyncerOnPath();
    const QString pidFile = m_fixtures.dir() + QStringLiteral("/charts-syncer.pid");
    const ScopedEnvironment pause("FAKE_CHARTS_SYNCER_PAUSE", "60");
    const ScopedEnvironment pid("FAKE_CHARTS_SYNCER_PIDFILE", QFile::encodeName(pidFile));
    bool canceled = false;
    QString session;
    bool configPrivate = false;
    const CliRun run = runCli(
        runArguments(writeChartsSyncerPlan()), [&](const QJsonObject &event, QProcess &process) {
            if (event.value(QLatin1String("type")) == QLatin1String("run")) {
                session = event.value(QLatin1String("session")).toString();
            }
            if (!canceled && event.value(QLatin1String("step")) == QLatin1String("images.sync")
                && event.value(QLatin1String("text"))
                       .toString()
                       .startsWith(QLatin1String("Pushing "))) {
                canceled = true;
                // While charts-syncer runs, the password file is there, for this user only.
                const QFileInfo config(session + QStringLiteral("/charts-syncer/load-image.yaml"));
                const QFileDevice::Permissions others = QFileDevice::ReadGroup
                    | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther | QFileDevice::ExeOther;
                configPrivate = config.exists() && !(config.permissions() & others);
                process.terminate(); // SIGTERM, as the wizard's Cancel
            }
        });
    EXPECT_TRUE(configPrivate);
    EXPECT_TRUE(canceled) << run.describe();
    EXPECT_EQ(run.exitCode, 130) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("images.sync")), QStringLiteral("canceled"))
        << run.describe();
    QFile pidText(pidFile);
    ASSERT_TRUE(pidText.open(QIODevice::ReadOnly));
    const qint64 fakePid = pidText.readAll().trimmed().toLongLong();
    EXPECT_FALSE(processAlive(fakePid)) << "charts-syncer was left running";
    expectStoppedBeforeTheUpgrade(run);
}

TEST_P(UpgradeRunWithChartsSyncer, AMissingChartsSyncerIsToldBeforeAnythingIsPrepared)
{
    const auto path = chartsSyncerOnPath(false);
    const CliRun run = runCli(runArguments(writeChartsSyncerPlan()));
    EXPECT_EQ(run.exitCode, 5) << run.describe(); // a tool on this machine is missing
    const QJsonObject prepare = run.step(QStringLiteral("chartsyncer.prepare"));
    EXPECT_EQ(prepare.value(QLatin1String("code")), QStringLiteral("tool.missing"))
        << run.describe();
    EXPECT_TRUE(prepare.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("charts-syncer")));
    EXPECT_TRUE(prepare.value(QLatin1String("hint")).toString().contains(QLatin1String("builtin")));
    EXPECT_TRUE(run.step(QStringLiteral("images.sync")).isEmpty()) << run.describe();
    expectStoppedBeforeTheUpgrade(run);
}

// The sync does not depend on the helm generation: helm 3 only.
INSTANTIATE_TEST_SUITE_P(Helm, UpgradeRunWithChartsSyncer, ::testing::Values(3), helmTestName);
