// The steps around charts-syncer that run inside the engine: chartsyncer.prepare (the private
// directory, the bundles charts-syncer may see, load-image.yaml with the real password) and
// chartsyncer.cleanup, on generated packages; plus how charts-syncer's output is read. The sync
// itself (the tool, the registry) is tested end to end in tests/integration.
#include "PlanFixture.h"
#include "SecretScan.h"

#include "engine/ChartsSyncerSteps.h"
#include "engine/PlannedFileWriter.h"
#include "engine/RunContext.h"
#include "engine/Session.h"
#include "engine/StepFactory.h"
#include "tools/ChartsSyncerConfig.h"
#include "tools/ChartsSyncerOutput.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

// What shells, YAML and Go like to eat, and the robot account's '$'.
const QByteArray TrickyPassword = QByteArrayLiteral("C0re-only$pw pa\"ss'word\\n #x: {y}");
const QString Robot = QStringLiteral("robot$skoala");
const QString SomeProgram = QStringLiteral("/bin/true"); // "charts-syncer is installed"

const QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

class ChartsSyncerSteps : public ::testing::Test
{
protected:
    // Plans charts-syncer for a package made by mkbundle.py (`kind`) in a new session.
    // `unpacked`: the package is the directory `tar xvf` of it leaves.
    void plan(const QString &kind, const QString &username = Robot,
        const QString &fileName = QStringLiteral("skoala_v0.28.1_amd64.tar"), bool unpacked = false)
    {
        ASSERT_TRUE(m_state.isValid());
        m_packagePath = m_fixtures.make(kind, fileName).path;
        ASSERT_FALSE(m_packagePath.isEmpty());
        if (unpacked) {
            const QString dir = m_fixtures.dir() + QStringLiteral("/unpacked");
            ASSERT_TRUE(QDir().mkpath(dir));
            QProcess tar;
            tar.setWorkingDirectory(dir);
            tar.start(QStringLiteral("tar"), {QStringLiteral("xf"), m_packagePath});
            ASSERT_TRUE(tar.waitForFinished(30000) && tar.exitCode() == 0);
            m_packagePath = dir;
        }
        PlanFixture::Options options;
        options.sync = QStringLiteral("charts-syncer");
        options.chartTarget = QStringLiteral("local");
        options.upgrade = QStringLiteral("chart-package");
        options.username = username;
        const QByteArray yaml = PlanFixture::planYaml(m_packagePath, options)
                                    .replace("    - chart: skoala-init\n      kubeContexts: "
                                             "[worker-1]\n",
                                        "");
        m_plan = UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"));
        m_package = std::make_unique<Package>(PackageReader::open(m_packagePath));
        m_session = std::make_unique<Session>(Session::create(QStringLiteral("skoala"), yaml));

        Planner::Input input;
        input.plan = &m_plan;
        input.profile = &m_profile;
        input.package = m_package.get();
        input.helm = HelmVersion::parse(QStringLiteral("3.18.0"));
        input.sessionDir = m_session->dir();
        input.timestamp = m_session->stamp();
        m_context.plan = &m_plan;
        m_context.profile = &m_profile;
        m_context.package = m_package.get();
        m_context.session = m_session.get();
        m_context.planned = Planner::plan(input);
        m_context.programs.insert(QStringLiteral("charts-syncer"), SomeProgram);
        m_context.secrets.insert(RegistryPasswordId, TrickyPassword);
        m_dir = m_session->path(QStringLiteral("charts-syncer"));
    }

    const PlannedStep &planned(const QString &id) const
    {
        for (const PlannedStep &step : m_context.planned.steps) {
            if (step.id == id) {
                return step;
            }
        }
        ADD_FAILURE() << "no step " << id.toStdString();
        return m_context.planned.steps.front();
    }

    // Runs the step `id` to its end; `cancel` right after it started.
    StepResult run(const QString &id, bool cancel = false)
    {
        std::unique_ptr<Step> step = StepFactory::create(planned(id), m_context);
        std::optional<StepResult> result;
        QObject::connect(step.get(), &Step::finished, step.get(),
            [&result](const StepResult &r) { result = r; });
        QObject::connect(step.get(), &Step::progress, step.get(),
            [this](qint64 done, qint64 total, const QString &unit) {
                m_progress.append({done, total});
                EXPECT_EQ(unit, QStringLiteral("bytes"));
            });
        step->start();
        if (cancel) {
            step->cancel();
        }
        QElapsedTimer clock;
        clock.start();
        while (!result && clock.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        EXPECT_TRUE(result.has_value()) << id.toStdString() << " never finished";
        return result.value_or(StepResult::failed(QStringLiteral("test.timeout"), {}));
    }

    QString bundles() const { return m_dir + QStringLiteral("/bundles"); }
    QString config() const { return m_dir + QStringLiteral("/load-image.yaml"); }

    ScopedStateHome m_state;
    Fixtures m_fixtures;
    ModuleProfile m_profile = ModuleProfile::builtIn(QStringLiteral("skoala"));
    UpgradePlan m_plan;
    std::unique_ptr<Package> m_package;
    std::unique_ptr<Session> m_session;
    RunContext m_context;
    QString m_packagePath;
    QString m_dir;
    QList<QPair<qint64, qint64>> m_progress;
};

} // namespace

TEST_F(ChartsSyncerSteps, PrepareStreamsEachBundleOfThePackageAndNothingElse)
{
    plan(QStringLiteral("package"));
    const StepResult result = run(QStringLiteral("chartsyncer.prepare"));
    ASSERT_EQ(result.state, StepResult::State::Ok) << result.message.toStdString();

    EXPECT_EQ(unixPermissions(m_dir), OwnerOnly | QFileDevice::ExeOwner);
    EXPECT_EQ(unixPermissions(bundles()), OwnerOnly | QFileDevice::ExeOwner);
    const QStringList names = QDir(bundles()).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    EXPECT_EQ(names,
        (QStringList {QStringLiteral("skoala-init_0.28.1.bundle.tar"),
            QStringLiteral("skoala_0.28.1.bundle.tar")}));
    // Each is the member's bytes exactly (not the package, not a link), readable by the user only.
    qint64 total = 0;
    for (const auto &bundle : m_package->bundles) {
        const QString path = bundles() + QLatin1Char('/') + bundle->chart.name + QLatin1Char('_')
            + bundle->chart.version + QLatin1String(".bundle.tar");
        const QFileInfo info(path);
        EXPECT_FALSE(info.isSymLink());
        EXPECT_EQ(unixPermissions(path), OwnerOnly);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), bundle->range.readAll(1 << 24, QStringLiteral("bundle")));
        total += bundle->range.size();
    }
    EXPECT_LT(total, QFileInfo(m_packagePath).size());
    ASSERT_FALSE(m_progress.isEmpty());
    EXPECT_EQ(m_progress.last(), qMakePair(total, total));
}

TEST_F(ChartsSyncerSteps, PrepareWritesTheConfigWithThePasswordForTheUserOnly)
{
    plan(QStringLiteral("package"));
    ASSERT_EQ(run(QStringLiteral("chartsyncer.prepare")).state, StepResult::State::Ok);
    EXPECT_EQ(unixPermissions(config()), OwnerOnly);
    QFile file(config());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // Everything but the password is what `dce-upgrade plan` showed.
    const PlannedFile &plannedFile = planned(QStringLiteral("chartsyncer.prepare")).files.front();
    EXPECT_EQ(QByteArray(text).replace(
                  PlannedFileWriter::yamlDoubleQuotedEscape(TrickyPassword), "******"),
        plannedFile.content);

    const YAML::Node yaml = YAML::Load(text.toStdString());
    EXPECT_EQ(yaml["target"]["containers"]["auth"]["password"].as<std::string>(),
        TrickyPassword.toStdString());
    EXPECT_EQ(
        yaml["target"]["containers"]["auth"]["username"].as<std::string>(), Robot.toStdString());
    EXPECT_EQ(yaml["target"]["repo"]["kind"].as<std::string>(), "LOCAL");
    EXPECT_FALSE(yaml["target"]["repo"]["auth"]); // a local directory needs no login
    EXPECT_FALSE(yaml["target"]["containers"]["password"]);
    EXPECT_EQ(QString::fromStdString(yaml["source"]["intermediateBundlesPath"].as<std::string>()),
        bundles());
}

TEST_F(ChartsSyncerSteps, APasswordRoundTripsThroughTheDoubleQuotedScalar)
{
    for (const QByteArray &password : {QByteArrayLiteral("plain"), QByteArrayLiteral("\"quoted\""),
             QByteArrayLiteral("back\\slash\\"),
             QByteArrayLiteral("tab\tand\x01"
                               "control"),
             QByteArrayLiteral("中文密码 ${HOME} `x` $(y)"), QByteArrayLiteral("******")}) {
        PlannedFile file;
        file.content = "password: \"******\"\nother: x\n";
        file.secretId = RegistryPasswordId;
        file.secretPlaceholder = "******";
        file.yamlDoubleQuoted = true;
        const YAML::Node yaml
            = YAML::Load(PlannedFileWriter::content(file, password).toStdString());
        EXPECT_EQ(QByteArray::fromStdString(yaml["password"].as<std::string>()), password);
        EXPECT_EQ(yaml["other"].as<std::string>(), "x");
    }
}

TEST_F(ChartsSyncerSteps, WithoutAUserTheConfigHasNoCredentials)
{
    plan(QStringLiteral("package"), QString());
    m_context.secrets.clear();
    ASSERT_EQ(run(QStringLiteral("chartsyncer.prepare")).state, StepResult::State::Ok);
    const YAML::Node yaml = YAML::LoadFile(config().toStdString());
    EXPECT_FALSE(yaml["target"]["containers"]);
    EXPECT_FALSE(yaml["target"]["repo"]["auth"]);
}

TEST_F(ChartsSyncerSteps, APackageThatIsTheBundleIsLinkedNeverCopied)
{
    plan(QStringLiteral("ggcr"), Robot, QStringLiteral("skoala_0.28.1.bundle.tar"));
    ASSERT_EQ(run(QStringLiteral("chartsyncer.prepare")).state, StepResult::State::Ok);
    const QFileInfo link(bundles() + QStringLiteral("/skoala_0.28.1.bundle.tar"));
    EXPECT_TRUE(link.isSymLink());
    EXPECT_EQ(link.symLinkTarget(), QFileInfo(m_packagePath).absoluteFilePath());
    EXPECT_EQ(QDir(bundles()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 1);

    // The cleanup removes the link, never the user's package.
    const qint64 size = QFileInfo(m_packagePath).size();
    ASSERT_EQ(run(QStringLiteral("chartsyncer.cleanup")).state, StepResult::State::Ok);
    EXPECT_FALSE(QFileInfo::exists(m_dir));
    EXPECT_EQ(QFileInfo(m_packagePath).size(), size);
}

TEST_F(ChartsSyncerSteps, AnUnpackedBundleIsWrittenAsTheTarOfItsFiles)
{
    // Whatever else lies in the directory stays out of the bundle charts-syncer reads.
    ASSERT_TRUE(QDir().mkpath(m_fixtures.dir() + QStringLiteral("/unpacked")));
    m_fixtures.writeFile(QStringLiteral("unpacked/unrelated.tar"), QByteArray(4096, 'x'));
    plan(QStringLiteral("ggcr"), Robot, QStringLiteral("skoala_0.28.1.bundle.tar"), true);
    ASSERT_EQ(run(QStringLiteral("chartsyncer.prepare")).state, StepResult::State::Ok);
    const QString written = bundles() + QStringLiteral("/skoala_0.28.1.bundle.tar");
    EXPECT_FALSE(QFileInfo(written).isSymLink());
    EXPECT_EQ(QFileInfo(written).size(), m_package->bundles.front()->range.size());
    // charts-syncer reads it as the bundle: the same chart and images, and nothing else of the
    // directory.
    const Package again = PackageReader::open(written);
    EXPECT_EQ(again.bundles.front()->chart.files, m_package->bundles.front()->chart.files);
    EXPECT_EQ(again.bundles.front()->images.uniqueBlobBytes(),
        m_package->bundles.front()->images.uniqueBlobBytes());
    EXPECT_FALSE(again.bundles.front()->index.contains(QStringLiteral("unrelated.tar")));
    EXPECT_TRUE(again.bundles.front()->images.verifyLayers());
}

TEST_F(ChartsSyncerSteps, ACancelLeavesNoPartialBundle)
{
    plan(QStringLiteral("package"));
    const StepResult result = run(QStringLiteral("chartsyncer.prepare"), true);
    EXPECT_EQ(result.state, StepResult::State::Canceled);
    EXPECT_TRUE(QDir(bundles()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(config())) << "no password file before the bundles are there";
    ASSERT_EQ(run(QStringLiteral("chartsyncer.cleanup")).state, StepResult::State::Ok);
    EXPECT_FALSE(QFileInfo::exists(m_dir));
}

TEST_F(ChartsSyncerSteps, CleanupLeavesNothingWithThePasswordAfterSuccessOrFailure)
{
    plan(QStringLiteral("package"));
    ASSERT_EQ(run(QStringLiteral("chartsyncer.prepare")).state, StepResult::State::Ok);
    // What charts-syncer leaves: its cache, a temporary directory, a copy of the password.
    ASSERT_TRUE(QDir().mkpath(m_dir + QStringLiteral("/workdir/cache")));
    ASSERT_TRUE(QDir().mkpath(m_dir + QStringLiteral("/tmp/charts-syncer123")));
    QFile stray(m_dir + QStringLiteral("/tmp/charts-syncer123/auth.json"));
    ASSERT_TRUE(stray.open(QIODevice::WriteOnly));
    stray.write(TrickyPassword);
    stray.close();
    EXPECT_FALSE(filesHolding(m_session->dir(), TrickyPassword).isEmpty());

    ASSERT_EQ(run(QStringLiteral("chartsyncer.cleanup")).state, StepResult::State::Ok);
    EXPECT_FALSE(QFileInfo::exists(m_dir));
    EXPECT_TRUE(filesHolding(m_session->dir(), TrickyPassword).isEmpty());
    // A second cleanup (a rerun) has nothing to do and says so.
    EXPECT_EQ(run(QStringLiteral("chartsyncer.cleanup")).state, StepResult::State::Ok);
}

TEST_F(ChartsSyncerSteps, AMissingChartsSyncerIsToldBeforeAnythingIsWritten)
{
    plan(QStringLiteral("package"));
    m_context.programs.insert(
        QStringLiteral("charts-syncer"), QStringLiteral("/nonexistent/charts-syncer"));
    const StepResult result = run(QStringLiteral("chartsyncer.prepare"));
    EXPECT_EQ(result.code, QStringLiteral("tool.missing"));
    EXPECT_FALSE(result.hint.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_dir));
}

TEST_F(ChartsSyncerSteps, PrepareIsSkippedOnceTheSyncIsDone)
{
    plan(QStringLiteral("package"));
    EXPECT_FALSE(planned(QStringLiteral("chartsyncer.prepare")).resumable);
    m_session->markFinished(QStringLiteral("images.sync"), QStringLiteral("ok"), 1);
    EXPECT_EQ(run(QStringLiteral("chartsyncer.prepare")).state, StepResult::State::Skipped);
    EXPECT_FALSE(QFileInfo::exists(config()));
}

TEST_F(ChartsSyncerSteps, TheSyncRunsInTheDirectoryWithItsWorkFilesInside)
{
    plan(QStringLiteral("package"));
    const CommandLine &command = planned(QStringLiteral("images.sync")).commands.front();
    EXPECT_EQ(command.workingDirectory(), m_dir);
    EXPECT_EQ(command.arguments(),
        (QStringList {QStringLiteral("sync"), QStringLiteral("--config"), config(),
            QStringLiteral("--workdir"), m_dir + QStringLiteral("/workdir")}));
    EXPECT_EQ(
        command.environment().value(QStringLiteral("TMPDIR")), m_dir + QStringLiteral("/tmp"));
    EXPECT_TRUE(planned(QStringLiteral("chartsyncer.cleanup")).alwaysRun);
}

TEST(ChartsSyncerBundleNames, AChartNameChartsSyncerCannotReadIsRefusedWhenPlanning)
{
    Fixtures fixtures;
    Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    for (auto &bundle : package.bundles) {
        if (bundle->chart.name == QLatin1String("skoala-init")) {
            bundle->chart.name = QStringLiteral("skoala_init");
        }
    }
    const auto planFor = [&package](const char *sync) {
        PlanFixture::Options options;
        options.sync = QString::fromLatin1(sync);
        options.chartTarget = QStringLiteral("local");
        return UpgradePlan::fromYaml(
            PlanFixture::planYaml(package.path, options)
                .replace("    - chart: skoala-init\n      kubeContexts: [worker-1]\n", ""),
            QStringLiteral("plan.yaml"));
    };
    try {
        PlanFixture::plan(package, planFor("charts-syncer"), QStringLiteral("3.18.0"));
        ADD_FAILURE() << "planned";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("plan.invalid"));
        EXPECT_TRUE(error.message().contains(QLatin1String("\"skoala_init\" 0.28.1")))
            << error.message().toStdString();
        EXPECT_TRUE(error.hint().contains(QLatin1String("builtin")));
    }
    // The built-in sync reads the chart from the bundle: no such limit.
    EXPECT_NO_THROW(PlanFixture::plan(package, planFor("builtin"), QStringLiteral("3.18.0")));
}

TEST(ChartsSyncerBundleNames, FollowChartsSyncersPattern)
{
    EXPECT_EQ(
        ChartsSyncerConfig::bundleFileName(QStringLiteral("skoala-init"), QStringLiteral("0.28.1")),
        QStringLiteral("skoala-init_0.28.1.bundle.tar"));
    EXPECT_TRUE(ChartsSyncerConfig::canNameBundle(
        QStringLiteral("skoala-init"), QStringLiteral("0.28.1-rc.1+build")));
    EXPECT_FALSE(
        ChartsSyncerConfig::canNameBundle(QStringLiteral("my_chart"), QStringLiteral("1.0.0")));
    EXPECT_FALSE(
        ChartsSyncerConfig::canNameBundle(QStringLiteral("1chart"), QStringLiteral("1.0.0")));
    EXPECT_FALSE(
        ChartsSyncerConfig::canNameBundle(QStringLiteral("chart"), QStringLiteral("1.0_0")));
}

// Lines as DaoCloud's charts-syncer prints them: klog on stderr, relok8s on stdout.
TEST(ChartsSyncerOutputTest, ReadsTheLinesTheEngineReportsOn)
{
    const ChartsSyncerOutput skipped = ChartsSyncerOutput::parse({},
        "I1206 19:40:00.123456   12345 sync.go:43] Using config file: \"/s/load-image.yaml\"\n"
        "I1206 19:40:00.223456   12345 sync.go:58] There are no charts out of sync!\n");
    EXPECT_TRUE(skipped.nothingToSync);
    EXPECT_TRUE(skipped.error.isEmpty());

    const ChartsSyncerOutput pushed = ChartsSyncerOutput::parse(
        "Computing relocation...\n\nRelocating skoala@0.28.1...\n"
        "Pushing 10.6.0.1/skoala/hive:v0.28.1...\nDone\n"
        "Image 10.6.0.1/skoala/ui:v0.28.1 already exists, skip pushing...\n",
        "I1206 19:40:00.123456   12345 sync.go:54] There is 1 chart out of sync!\n");
    EXPECT_FALSE(pushed.nothingToSync);
    EXPECT_EQ(pushed.pushed, QStringList {QStringLiteral("10.6.0.1/skoala/hive:v0.28.1")});
    EXPECT_EQ(pushed.alreadyThere, QStringList {QStringLiteral("10.6.0.1/skoala/ui:v0.28.1")});

    const ChartsSyncerOutput refused = ChartsSyncerOutput::parse(
        "Attempt #1 failed: failed to push image 10.6.0.1/skoala/hive:v0.28.1: UNAUTHORIZED: "
        "authentication required\n",
        "Error: unable to move chart \"skoala_0.28.1\" with relok8s: failed to push image "
        "10.6.0.1/skoala/hive:v0.28.1: UNAUTHORIZED: authentication required\n");
    EXPECT_TRUE(refused.unauthorized);
    EXPECT_TRUE(refused.error.startsWith(QLatin1String("unable to move chart")));

    const ChartsSyncerOutput crashed = ChartsSyncerOutput::parse({},
        "panic: runtime error: index out of range [1] with length 0\n\ngoroutine 1 [running]:\n");
    EXPECT_TRUE(crashed.panicked);
    EXPECT_EQ(ChartsSyncerOutput::klogMessage(QStringLiteral("plain line")),
        QStringLiteral("plain line"));
}
