// The Docker sync steps run by the real Engine on generated packages, against the FAKE docker
// (tests/support/fake-tools/fake-docker: no Docker daemon can run here), which checks argv,
// DOCKER_CONFIG, the password on stdin and the bytes `docker load` gets. What needs a registry
// (the push itself) is tested end to end in tests/integration/UpgradeRunDockerTest.cpp.
#include "FakeDocker.h"
#include "PlanFixture.h"
#include "SecretScan.h"

#include "engine/DockerSteps.h"
#include "engine/Engine.h"
#include "engine/RunContext.h"
#include "engine/Session.h"
#include "engine/StepFactory.h"
#include "engine/SyncSteps.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

// What shells, YAML and JSON like to eat, and the robot account's '$'.
const QByteArray Password = QByteArrayLiteral("C0re-only$pw pa\"ss'word\\n #x");
const QString Robot = QStringLiteral("robot$skoala");

// A docker sync planned over a generated skoala package in a session of its own, with `docker`
// being the FAKE (a link in a bin directory; its state directory lies beside it).
class DockerSteps : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_state.isValid() && m_fake.isValid());
        m_docker = m_fake.program();
        m_package = std::make_unique<Package>(
            PackageReader::open(m_fixtures.make(QStringLiteral("package")).path));
        m_fake.expectLogin(Robot, Password);
        m_fake.expectImagesOf(*m_package);
    }

    void writeState(const char *name, const QByteArray &content)
    {
        m_fake.write(QLatin1String(name), content);
    }
    QList<QJsonObject> calls() const { return m_fake.calls(); }
    QList<QJsonObject> events() const { return m_fake.events(); }
    QList<QStringList> callsOf(const QString &command) const { return m_fake.callsOf(command); }

    void plan(const QString &extraRegistry = {})
    {
        PlanFixture::Options options;
        options.sync = QStringLiteral("docker");
        options.chartTarget = QStringLiteral("none");
        options.upgrade = QStringLiteral("chart-package");
        options.username = Robot;
        options.extraRegistry = extraRegistry;
        const QByteArray yaml = PlanFixture::planYaml(m_package->path, options);
        m_plan = UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"));
        m_session = std::make_unique<Session>(Session::create(QStringLiteral("skoala"), yaml));
        Planner::Input input;
        input.plan = &m_plan;
        input.profile = &m_profile;
        input.package = m_package.get();
        input.helm = HelmVersion::parse(QStringLiteral("3.18.0"));
        input.sessionDir = m_session->dir();
        input.timestamp = m_session->stamp();
        m_planned = Planner::plan(input);
    }

    QString configDir() const { return m_session->path(QStringLiteral("docker")); }

    // Runs the planned Docker steps listed in `ids` through the Engine, as `dce-upgrade run`
    // does; `whenStarted` may act on the engine as each step starts. Returns each step's record.
    QMap<QString, QJsonObject> run(const QStringList &ids,
        const std::function<void(Engine &, const QString &)> &whenStarted = {})
    {
        RunContext context;
        context.plan = &m_plan;
        context.profile = &m_profile;
        context.package = m_package.get();
        context.session = m_session.get();
        context.programs.insert(QStringLiteral("docker"), m_docker);
        context.secrets.insert(RegistryPasswordId, m_password);
        for (const PlannedStep &step : m_planned.steps) {
            if (ids.contains(step.id)) {
                context.planned.steps.push_back(step);
            }
        }
        Engine engine(context);
        bool done = false;
        QObject::connect(
            &engine, &Engine::stepStarted, &engine, [&](const PlannedStep &step, int, int) {
                if (whenStarted) {
                    whenStarted(engine, step.id);
                }
            });
        QObject::connect(&engine, &Engine::stepProgress, &engine,
            [this](const QString &id, qint64 doneBytes, qint64 total, const QString &unit) {
                m_progress[id].append({doneBytes, total});
                m_units[id] = unit;
            });
        QObject::connect(&engine, &Engine::stepLog, &engine,
            [this](const QString &id, const QString &, const QString &text) {
                m_log[id] += text + QLatin1Char('\n');
            });
        QObject::connect(&engine, &Engine::finished, &engine, [&done](bool) { done = true; });
        engine.start();
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        EXPECT_TRUE(done) << "the engine never finished";
        QMap<QString, QJsonObject> records;
        for (const QJsonValue &record : context.records) {
            records.insert(
                record.toObject().value(QLatin1String("id")).toString(), record.toObject());
        }
        return records;
    }

    static QString state(const QJsonObject &record)
    {
        return record.value(QLatin1String("state")).toString();
    }
    static QString text(const QJsonObject &record, const char *key)
    {
        return record.value(QLatin1String(key)).toString();
    }

    ScopedStateHome m_state;
    FakeDocker m_fake;
    Fixtures m_fixtures;
    QString m_docker;
    ModuleProfile m_profile = ModuleProfile::builtIn(QStringLiteral("skoala"));
    std::unique_ptr<Package> m_package;
    UpgradePlan m_plan;
    std::unique_ptr<Session> m_session;
    PlanResult m_planned;
    QByteArray m_password = Password;
    QMap<QString, QList<QPair<qint64, qint64>>> m_progress;
    QMap<QString, QString> m_units;
    QMap<QString, QString> m_log;
};

const QStringList CheckOnly {QStringLiteral("docker.check"), QStringLiteral("docker.logout")};
const QStringList UpToLoad {QStringLiteral("docker.check"), QStringLiteral("docker.login"),
    QStringLiteral("docker.load"), QStringLiteral("docker.logout")};

} // namespace

TEST_F(DockerSteps, EveryDockerStepHasItsOwnStepAndThePushRunsDocker)
{
    plan();
    RunContext context;
    context.plan = &m_plan;
    for (const PlannedStep &step : m_planned.steps) {
        if (!step.id.startsWith(QLatin1String("docker."))) {
            continue;
        }
        const std::unique_ptr<Step> made = StepFactory::create(step, context);
        EXPECT_TRUE(
            dynamic_cast<DockerStep *>(made.get()) || dynamic_cast<DockerLogoutStep *>(made.get()))
            << step.id.toStdString();
        EXPECT_EQ(dynamic_cast<ImagesPushStep *>(made.get()), nullptr) << step.id.toStdString();
    }
}

TEST_F(DockerSteps, DockerNotRunningIsToldWithTheFixBeforeAnythingElse)
{
    plan();
    writeState("mode", "daemon-down");
    const auto records = run(UpToLoad);
    const QJsonObject check = records.value(QStringLiteral("docker.check"));
    EXPECT_EQ(text(check, "code"), QStringLiteral("tool.docker-not-running"));
    EXPECT_TRUE(text(check, "message").contains(QLatin1String("Is the docker daemon running?")));
    EXPECT_TRUE(text(check, "hint").contains(QLatin1String("sudo systemctl start docker")));
    EXPECT_EQ(state(records.value(QStringLiteral("docker.load"))), QStringLiteral("not-run"));
    EXPECT_EQ(calls().size(), 1) << "only docker version ran";
    EXPECT_EQ(state(records.value(QStringLiteral("docker.logout"))), QStringLiteral("ok"));
    EXPECT_FALSE(QFileInfo::exists(configDir()));
}

TEST_F(DockerSteps, APermissionDeniedOnTheSocketSaysToJoinTheDockerGroup)
{
    plan();
    writeState("mode", "permission-denied");
    const QJsonObject check = run(CheckOnly).value(QStringLiteral("docker.check"));
    EXPECT_EQ(text(check, "code"), QStringLiteral("tool.docker-permission"));
    EXPECT_TRUE(text(check, "hint").contains(QLatin1String("usermod -aG docker")));
}

TEST_F(DockerSteps, ADockerThatIsNotInstalledSaysSoAndOffersTheBuiltInSync)
{
    plan();
    m_docker = m_fake.binDir() + QStringLiteral("/no-such-docker");
    const auto records = run(CheckOnly);
    const QJsonObject check = records.value(QStringLiteral("docker.check"));
    EXPECT_EQ(text(check, "code"), QStringLiteral("tool.missing"));
    EXPECT_TRUE(text(check, "hint").contains(QLatin1String("builtin")));
    EXPECT_EQ(state(records.value(QStringLiteral("docker.logout"))), QStringLiteral("ok"));
}

TEST_F(DockerSteps, APlainHttpRegistryDockerDoesNotTrustStopsAtTheCheck)
{
    plan(QStringLiteral("  scheme: http\n"));
    bool warned = false;
    for (const QString &warning : m_planned.warnings) {
        warned = warned
            || (warning.contains(QLatin1String("\"10.16.23.145\""))
                && warning.contains(QLatin1String("/etc/docker/daemon.json")));
    }
    EXPECT_TRUE(warned) << m_planned.warnings.join(QLatin1Char('\n')).toStdString();
    const QJsonObject check = run(CheckOnly).value(QStringLiteral("docker.check"));
    EXPECT_EQ(text(check, "code"), QStringLiteral("registry.insecure"));
    EXPECT_TRUE(text(check, "hint").contains(QLatin1String("insecure-registries")));
    EXPECT_TRUE(text(check, "hint").contains(QLatin1String("\"10.16.23.145\"")));

    // Once Docker lists it, the check passes and says so.
    writeState("daemon.json", R"({"insecure-registries": ["10.16.23.145"]})");
    const QJsonObject again = run(CheckOnly).value(QStringLiteral("docker.check"));
    EXPECT_EQ(state(again), QStringLiteral("ok")) << text(again, "message").toStdString();
    EXPECT_TRUE(m_log.value(QStringLiteral("docker.check"))
                    .contains(QLatin1String("treats 10.16.23.145 as an insecure registry")));
}

TEST_F(DockerSteps, APrivateCaIsNamedWhereDockerReadsIt)
{
    plan(QStringLiteral("  caFile: /srv/harbor-ca.crt\n"));
    const QString where = QStringLiteral("/etc/docker/certs.d/10.16.23.145");
    bool warned = false;
    for (const QString &warning : m_planned.warnings) {
        warned = warned || warning.contains(where + QLatin1String("/ca.crt"));
    }
    EXPECT_TRUE(warned) << m_planned.warnings.join(QLatin1Char('\n')).toStdString();
    const QJsonObject check = run(CheckOnly).value(QStringLiteral("docker.check"));
    EXPECT_EQ(state(check), QStringLiteral("ok"));
    if (!QFileInfo::exists(where)) {
        EXPECT_TRUE(m_log.value(QStringLiteral("docker.check")).contains(where))
            << m_log.value(QStringLiteral("docker.check")).toStdString();
    }
}

TEST_F(DockerSteps, TheLoginGetsThePasswordOnStdinOnlyAndKeepsItInThePrivateDirectory)
{
    plan();
    bool private700 = false;
    bool config600 = false;
    const auto records = run(UpToLoad, [&](Engine &, const QString &id) {
        if (id == QLatin1String("docker.load")) {
            private700 = unixPermissions(configDir())
                == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            config600 = unixPermissions(configDir() + QStringLiteral("/config.json"))
                == (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    });
    EXPECT_EQ(state(records.value(QStringLiteral("docker.login"))), QStringLiteral("ok"))
        << text(records.value(QStringLiteral("docker.login")), "message").toStdString();
    EXPECT_TRUE(private700);
    EXPECT_TRUE(config600);
    for (const QJsonObject &call : calls()) {
        EXPECT_FALSE(QJsonDocument(call).toJson().contains("C0re-only"));
        EXPECT_EQ(call.value(QLatin1String("dockerConfig")).toString(), configDir());
    }
    // Afterwards nothing holds it: the directory is gone, the session has no copy.
    EXPECT_FALSE(QFileInfo::exists(configDir()));
    EXPECT_TRUE(filesHolding(m_session->dir(), Password).isEmpty());
    EXPECT_TRUE(
        filesHolding(m_session->dir(), QByteArray(Robot.toUtf8() + ':' + Password).toBase64())
            .isEmpty());
}

TEST_F(DockerSteps, AWrongPasswordIsRefusedAtTheLoginAndNothingIsLoaded)
{
    plan();
    m_password = "not-the-password";
    const auto records = run(UpToLoad);
    const QJsonObject login = records.value(QStringLiteral("docker.login"));
    EXPECT_EQ(text(login, "code"), QStringLiteral("registry.unauthorized"));
    EXPECT_TRUE(text(login, "message").contains(QLatin1String("incorrect username or password")));
    EXPECT_TRUE(text(login, "message").contains(Robot));
    EXPECT_EQ(state(records.value(QStringLiteral("docker.load"))), QStringLiteral("not-run"));
    for (const QJsonObject &event : events()) {
        EXPECT_NE(event.value(QLatin1String("event")), QStringLiteral("load"));
    }
    EXPECT_FALSE(QFileInfo::exists(configDir()));
}

TEST_F(DockerSteps, LoadStreamsEachImagesTarAndChecksEveryImageArrived)
{
    plan();
    const auto records = run(UpToLoad);
    const QJsonObject load = records.value(QStringLiteral("docker.load"));
    ASSERT_EQ(state(load), QStringLiteral("ok")) << text(load, "message").toStdString();
    EXPECT_TRUE(text(load, "message").contains(QLatin1String("All 8 image")))
        << text(load, "message").toStdString();
    // The fake compared each stream with the package's images.tar, byte for byte.
    int loads = 0;
    for (const QJsonObject &event : events()) {
        loads += event.value(QLatin1String("event")) == QLatin1String("load");
    }
    EXPECT_EQ(loads, int(m_package->bundles.size()));
    EXPECT_EQ(m_units.value(QStringLiteral("docker.load")), QStringLiteral("bytes"));
    // One progress over both bundles' images.tar: it only grows, to their total.
    qint64 total = 0;
    for (const auto &bundle : m_package->bundles) {
        total += m_package->member(bundle->memberChain + QStringList {QStringLiteral("images.tar")})
                     .size();
    }
    const QList<QPair<qint64, qint64>> progress = m_progress.value(QStringLiteral("docker.load"));
    ASSERT_FALSE(progress.isEmpty());
    for (qsizetype i = 0; i < progress.size(); ++i) {
        EXPECT_EQ(progress[i].second, total);
        EXPECT_GE(progress[i].first, i == 0 ? 0 : progress[i - 1].first);
    }
    EXPECT_EQ(progress.constLast().first, total);
}

TEST_F(DockerSteps, AnImageDockerDidNotLoadIsNamed)
{
    plan();
    writeState("load-skip", "skoala/marker\n");
    const QJsonObject load = run(UpToLoad).value(QStringLiteral("docker.load"));
    EXPECT_EQ(text(load, "code"), QStringLiteral("docker.load-incomplete"));
    EXPECT_TRUE(text(load, "message").contains(QLatin1String("release.daocloud.io/skoala/marker")))
        << text(load, "message").toStdString();
    EXPECT_FALSE(text(load, "message").contains(QLatin1String("skoala/hive")));
}

TEST_F(DockerSteps, ARerunPushesOnlyTheImagesAnEarlierRunDidNotPush)
{
    plan();
    ASSERT_EQ(state(run(UpToLoad).value(QStringLiteral("docker.load"))), QStringLiteral("ok"));
    // An earlier run of this session pushed every image but hive:v0.28.1, which the registry
    // now fails to store.
    const PlannedStep *push = nullptr;
    for (const PlannedStep &step : m_planned.steps) {
        push = step.id == QLatin1String("docker.push") ? &step : push;
    }
    ASSERT_NE(push, nullptr);
    QJsonObject pushed;
    QString left;
    for (const CommandLine &command : push->commands) {
        const QString target = command.arguments().constLast();
        if (target.endsWith(QLatin1String("/hive:v0.28.1"))) {
            left = target;
        } else {
            pushed.insert(target, QStringLiteral("sha256:earlier"));
        }
    }
    ASSERT_FALSE(left.isEmpty());
    m_session->setFact(QString(DockerPushStep::PushedFact), pushed);
    writeState("push-fail", "hive:v0.28.1\tblob upload unknown\n");

    const QJsonObject result
        = run({QStringLiteral("docker.check"), QStringLiteral("docker.login"),
                  QStringLiteral("docker.push"), QStringLiteral("docker.logout")})
              .value(QStringLiteral("docker.push"));
    EXPECT_EQ(text(result, "code"), QStringLiteral("registry.upload-lost"));
    EXPECT_TRUE(text(result, "message").contains(left)) << text(result, "message").toStdString();
    EXPECT_TRUE(text(result, "hint").contains(QLatin1String("free space")));
    const QList<QStringList> pushes {{QStringLiteral("push"), left}};
    EXPECT_EQ(callsOf(QStringLiteral("push")), pushes);
    EXPECT_EQ(m_units.value(QStringLiteral("docker.push")), QStringLiteral("items"));
    EXPECT_TRUE(m_log.value(QStringLiteral("docker.push"))
                    .contains(QLatin1String("pushed in an earlier run of this session")));
}

TEST_F(DockerSteps, ACancelDuringTheLoadStillRemovesTheLogin)
{
    plan();
    writeState("load-pause", "30");
    QTimer poll;
    const auto records = run(UpToLoad, [&](Engine &engine, const QString &id) {
        if (id != QLatin1String("docker.load")) {
            return;
        }
        // Cancel once docker load runs (and has read its stream).
        QObject::connect(&poll, &QTimer::timeout, &engine, [this, &engine, &poll] {
            if (!callsOf(QStringLiteral("load")).isEmpty()) {
                poll.stop();
                engine.cancel();
            }
        });
        poll.start(20);
    });
    EXPECT_EQ(callsOf(QStringLiteral("load")).size(), 1);
    EXPECT_EQ(state(records.value(QStringLiteral("docker.load"))), QStringLiteral("canceled"));
    EXPECT_EQ(state(records.value(QStringLiteral("docker.logout"))), QStringLiteral("ok"));
    EXPECT_FALSE(QFileInfo::exists(configDir()));
    EXPECT_TRUE(m_fake.stillRunning().isEmpty()) << "a docker was left running";
}
