// `dce-upgrade run` and `rollback` end to end: the real helm 3.18 and 4.1 (each scenario runs
// with both) against the Kubernetes API stand-in, from a chart repository with Basic auth as a
// Harbor robot account. What the stand-in cannot model is listed in k8s-standin/README.md.
#include "ChartRepo.h"
#include "ChildProcess.h"
#include "FakeHarborApi.h"
#include "Fixtures.h"
#include "RegistryServer.h"
#include "SecretScan.h"
#include "StandinCluster.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <yaml-cpp/yaml.h>

using namespace DceUpgrade::Test;

namespace {

const QString Namespace = QStringLiteral("skoala-system");
// charts-syncer's containerRepository in the plans: images land in <registry>/skoala/<name>,
// the repositories the test charts name, so the charts of the test chart repository (which,
// unlike charts-syncer's, are not relocated) pull from where the push put the images.
const QString Repository = QStringLiteral("skoala");
// The robot account of the test registry and chart repository: robot$skoala-ci, with a password
// holding the characters shells and YAML like to eat.
const QString User = RegistryServer::robotUser();
const QString Password = RegistryServer::robotPassword();

YAML::Node yaml(const QByteArray &text)
{
    return YAML::Load(text.toStdString());
}

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    std::vector<QJsonObject> events;
    QByteArray err;
    QString session;
    QStringList secretHolders; // processes seen with the password in argv or environment

    // The last `step` event of `id`.
    QJsonObject step(const QString &id) const
    {
        QJsonObject last;
        for (const QJsonObject &event : events) {
            if (event.value(QLatin1String("type")) == QLatin1String("step")
                && event.value(QLatin1String("id")) == id) {
                last = event;
            }
        }
        return last;
    }
    QString state(const QString &id) const
    {
        return step(id).value(QLatin1String("state")).toString();
    }
    std::string describe() const
    {
        QString text = QStringLiteral("exit %1\n").arg(exitCode);
        for (const QJsonObject &event : events) {
            text += QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))
                + QLatin1Char('\n');
        }
        text += QString::fromUtf8(err);
        return text.toStdString();
    }
};

class UpgradeRun : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_state.isValid());
        ASSERT_TRUE(m_cluster.isRunning());
        ASSERT_TRUE(m_repo.isValid());
        m_helm = StandinCluster::helmBinary(GetParam());
        ASSERT_FALSE(m_helm.isEmpty());
        m_package = m_fixtures.make(
            QStringLiteral("package"), QStringLiteral("skoala_v0.28.1_amd64.tar"));
        ASSERT_FALSE(m_package.path.isEmpty());
        m_userValues = m_fixtures.writeFile(QStringLiteral("user-values.yaml"),
            "global:\n  imageRegistry: old.example:5000\nhive:\n  replicas: 2\n  logLevel: "
            "debug\n");
        ASSERT_TRUE(m_cluster.installRelease(GetParam(), QStringLiteral("skoala"), Namespace,
            m_repo.chartTgz(QStringLiteral("skoala"), QStringLiteral("0.28.0")),
            {QStringLiteral("-f"), m_userValues}));
        ASSERT_TRUE(m_registry.isRunning());
        if (imagesPushedBefore()) {
            // The images are in the registry already, as after an earlier sync: the upgrade's
            // image check finds them.
            const Fixtures::CliResult pushed = Fixtures::runCli(
                {QStringLiteral("push"), m_package.path, QStringLiteral("--registry"),
                    m_registry.url(), QStringLiteral("--repository"), Repository,
                    QStringLiteral("--user"), User, QStringLiteral("--password-stdin")},
                Password.toUtf8() + '\n');
            ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
        }
    }

    virtual bool imagesPushedBefore() const { return true; }

    static QString skoalaOnly() { return QStringLiteral("    - chart: skoala\n"); }
    static QString waitFor30s() { return QStringLiteral("  wait: true\n  timeout: 30s\n"); }

    QString writePlan(const QString &method, const QString &releases = skoalaOnly(),
        const QString &upgradeOptions = waitFor30s(), const QString &sync = QStringLiteral("none"))
    {
        const QString plan = QStringLiteral("apiVersion: dce-upgrade.daocloud.io/v1alpha1\n"
                                            "kind: UpgradePlan\n"
                                            "module: skoala\n"
                                            "package: %1\n"
                                            "registry:\n"
                                            "  address: %8\n"
                                            "  scheme: http\n"
                                            "  repository: %9\n"
                                            "  username: %2\n"
                                            "sync:\n"
                                            "  method: %10\n"
                                            "  chartTarget: none\n"
                                            "upgrade:\n"
                                            "  method: %3\n"
                                            "  repoUrl: %4\n"
                                            "  kubeconfig: %5\n"
                                            "%6"
                                            "  releases:\n"
                                            "%7")
                                 .arg(m_package.path, QLatin1Char('\'') + User + QLatin1Char('\''),
                                     method, m_repo.url(), m_cluster.kubeconfig(), upgradeOptions,
                                     releases, m_registry.address(), Repository)
                                 .arg(sync);
        return m_fixtures.writeFile(QStringLiteral("plan-%1.yaml").arg(++m_plans), plan.toUtf8());
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
        environment.remove(QStringLiteral("KUBECONFIG"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return environment;
    }

    // Runs the CLI with `arguments` (events on stdout), the password on stdin when asked for;
    // `onEvent` may act on the run (send it a signal) as events arrive.
    CliRun runCli(const QStringList &arguments,
        const std::function<void(const QJsonObject &, QProcess &)> &onEvent = {})
    {
        CliRun run;
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        guardChild(process);
        process.start(QStringLiteral(DCE_TEST_CLI), arguments);
        if (!process.waitForStarted(10000)) {
            ADD_FAILURE() << "dce-upgrade did not start";
            return run;
        }
        if (arguments.contains(QLatin1String("--secrets-stdin"))) {
            process.write(
                QJsonDocument(QJsonObject {{QStringLiteral("registry.password"), Password}})
                    .toJson(QJsonDocument::Compact)
                + '\n');
        }
        process.closeWriteChannel();
        QByteArray pending;
        QElapsedTimer clock;
        clock.start();
        const QByteArray secret = Password.toUtf8();
        while (clock.elapsed() < 180000) {
            const bool ended = process.waitForFinished(20);
            run.secretHolders += processesHolding(secret);
            pending += process.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QJsonObject event = QJsonDocument::fromJson(pending.left(newline)).object();
                pending.remove(0, newline + 1);
                if (event.isEmpty()) {
                    continue;
                }
                if (event.value(QLatin1String("type")) == QLatin1String("run")
                    && event.value(QLatin1String("state")) == QLatin1String("started")) {
                    run.session = event.value(QLatin1String("session")).toString();
                }
                run.events.push_back(event);
                if (onEvent) {
                    onEvent(event, process);
                }
            }
            if (ended || process.state() == QProcess::NotRunning) {
                break;
            }
        }
        if (process.state() != QProcess::NotRunning) {
            ADD_FAILURE() << "dce-upgrade did not end in time";
            killChild(process);
        }
        run.err = process.readAllStandardError();
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = process.exitCode();
        return run;
    }

    QStringList runArguments(const QString &plan) const
    {
        return {QStringLiteral("run"), QStringLiteral("--plan"), plan, QStringLiteral("--events"),
            QStringLiteral("-"), QStringLiteral("--secrets-stdin"), QStringLiteral("--helm"),
            m_helm, QStringLiteral("--kubectl"), StandinCluster::kubectlBinary()};
    }

    QJsonObject status(const QString &release = QStringLiteral("skoala"),
        const QString &context = StandinCluster::MainContext)
    {
        return QJsonDocument::fromJson(
            m_cluster.helm(GetParam(),
                {QStringLiteral("status"), release, QStringLiteral("-n"), Namespace,
                    QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--kube-context"),
                    context}))
            .object();
    }
    // The chart ("skoala-0.28.1") of the release's current revision.
    QString chart(const QString &release = QStringLiteral("skoala"),
        const QString &context = StandinCluster::MainContext)
    {
        const QJsonArray history = QJsonDocument::fromJson(
            m_cluster.helm(GetParam(),
                {QStringLiteral("history"), release, QStringLiteral("-n"), Namespace,
                    QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--kube-context"),
                    context}))
                                       .array();
        return history.isEmpty()
            ? QString()
            : history.last().toObject().value(QLatin1String("chart")).toString();
    }
    YAML::Node userValues(int revision = 0)
    {
        QStringList args {QStringLiteral("get"), QStringLiteral("values"), QStringLiteral("skoala"),
            QStringLiteral("-n"), Namespace, QStringLiteral("-o"), QStringLiteral("yaml")};
        if (revision > 0) {
            args << QStringLiteral("--revision") << QString::number(revision);
        }
        return yaml(m_cluster.helm(GetParam(), args));
    }

    // No password anywhere a person or another user could find it.
    void expectNoSecretLeft(const CliRun &run)
    {
        EXPECT_TRUE(run.secretHolders.isEmpty())
            << run.secretHolders.join(QLatin1Char('\n')).toStdString();
        ASSERT_FALSE(run.session.isEmpty());
        const QStringList files = filesHolding(run.session, Password.toUtf8());
        EXPECT_TRUE(files.isEmpty()) << files.join(QLatin1Char('\n')).toStdString();
        for (const QJsonObject &event : run.events) {
            EXPECT_FALSE(QJsonDocument(event).toJson().contains(Password.toUtf8()));
        }
        EXPECT_FALSE(run.err.contains(Password.toUtf8()));
    }

    QTemporaryDir m_state;
    Fixtures m_fixtures;
    StandinCluster m_cluster;
    RegistryServer m_registry {RegistryMode::PlainHtpasswd};
    ChartRepo m_repo {Password};
    QString m_helm;
    GeneratedBundle m_package;
    QString m_userValues;
    int m_plans = 0;
};

} // namespace

TEST_P(UpgradeRun, HelmRepoPathUpgradesEveryClusterAndKeepsTheUserValues)
{
    // skoala-init runs on the worker cluster only.
    ASSERT_TRUE(m_cluster.installRelease(GetParam(), QStringLiteral("skoala-init"), Namespace,
        m_repo.chartTgz(QStringLiteral("skoala-init"), QStringLiteral("0.28.0")),
        {QStringLiteral("--kube-context"), StandinCluster::WorkerContext}));
    const YAML::Node installed = userValues();

    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"),
        skoalaOnly()
            + QStringLiteral("    - chart: skoala-init\n      kubeContexts: [%1]\n")
                  .arg(StandinCluster::WorkerContext))));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.events.back().value(QLatin1String("ok")).toBool(), true);

    EXPECT_EQ(status().value(QLatin1String("info")).toObject().value(QLatin1String("status")),
        QStringLiteral("deployed"));
    EXPECT_EQ(status().value(QLatin1String("version")).toInt(), 2);
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    EXPECT_EQ(chart(QStringLiteral("skoala-init"), StandinCluster::WorkerContext),
        QStringLiteral("skoala-init-0.28.1"));
    EXPECT_TRUE(m_cluster
                    .object(QStringLiteral("Deployment"), Namespace,
                        ChartRepo::hiveDeployment(QStringLiteral("skoala-init")))
                    .isEmpty())
        << "skoala-init went to the management cluster";

    // Every user value kept, the registry replaced, and the pods pull from it.
    const YAML::Node after = userValues();
    EXPECT_EQ(after["hive"]["replicas"].as<int>(), 2);
    EXPECT_EQ(after["hive"]["logLevel"].as<std::string>(), "debug");
    EXPECT_EQ(
        after["global"]["imageRegistry"].as<std::string>(), m_registry.address().toStdString());
    const QJsonObject hive = m_cluster.object(QStringLiteral("Deployment"), Namespace,
        ChartRepo::hiveDeployment(QStringLiteral("skoala")));
    const QString image = hive.value(QLatin1String("spec"))
                              .toObject()
                              .value(QLatin1String("template"))
                              .toObject()
                              .value(QLatin1String("spec"))
                              .toObject()
                              .value(QLatin1String("containers"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1String("image"))
                              .toString();
    EXPECT_EQ(image, m_registry.address() + QLatin1String("/skoala/hive:v0.28.1"));

    // The backup is exactly what was installed, private, and named in the report.
    const QStringList backups = QDir(run.session + QLatin1String("/values"))
                                    .entryList({QStringLiteral("skoala-2*.yaml")}, QDir::Files);
    ASSERT_EQ(backups.size(), 1) << backups.join(QLatin1Char(' ')).toStdString();
    const QString backup = run.session + QLatin1String("/values/") + backups.front();
    const YAML::Node saved = yaml(readWholeFile(backup));
    EXPECT_EQ(YAML::Dump(saved), YAML::Dump(installed));
    EXPECT_EQ(QFileInfo(backup).permissions() & 0x0077, QFileDevice::Permissions());
    const QJsonObject report
        = QJsonDocument::fromJson(readWholeFile(run.session + QLatin1String("/report.json")))
              .object();
    EXPECT_TRUE(report.value(QLatin1String("ok")).toBool());
    EXPECT_TRUE(QJsonDocument(report).toJson().contains(backup.toUtf8()));
    EXPECT_TRUE(QFileInfo::exists(run.session + QLatin1String("/report.html")));
    // Each step lists the commands it really ran, with their exit codes.
    bool upgradeRecorded = false;
    for (const QJsonValue &step : report.value(QLatin1String("steps")).toArray()) {
        if (step.toObject().value(QLatin1String("id")) != QLatin1String("helm.upgrade:skoala")) {
            continue;
        }
        const QJsonObject ran
            = step.toObject().value(QLatin1String("commands")).toArray().first().toObject();
        EXPECT_TRUE(ran.value(QLatin1String("command"))
                        .toString()
                        .contains(QLatin1String("helm upgrade skoala skoala-release/skoala")));
        EXPECT_EQ(ran.value(QLatin1String("exitCode")).toInt(-1), 0);
        upgradeRecorded = true;
    }
    EXPECT_TRUE(upgradeRecorded);

    // The repository saw the robot account, and the password went nowhere else.
    bool authenticated = false;
    for (const QJsonValue &request : m_repo.requests()) {
        authenticated = authenticated
            || (request.toObject().value(QLatin1String("auth")) == QLatin1String("ok")
                && request.toObject().value(QLatin1String("user"))
                    == QLatin1String("robot$skoala-ci"));
    }
    EXPECT_TRUE(authenticated);
    expectNoSecretLeft(run);
}

TEST_P(UpgradeRun, ChartPackagePathUpgradesFromTheBundle)
{
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("chart-package"))));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("chart.extract:skoala")), QStringLiteral("ok"));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    const YAML::Node after = userValues();
    EXPECT_EQ(after["hive"]["replicas"].as<int>(), 2);
    EXPECT_EQ(
        after["global"]["imageRegistry"].as<std::string>(), m_registry.address().toStdString());
    expectNoSecretLeft(run);
}

TEST_P(UpgradeRun, AVersionTheRepositoryLacksStopsBeforeAnyChange)
{
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"),
        QStringLiteral("    - chart: skoala\n      version: 0.29.0\n"))));
    EXPECT_NE(run.exitCode, 0) << run.describe();
    const QJsonObject failed = run.step(QStringLiteral("helm.versions"));
    EXPECT_EQ(failed.value(QLatin1String("code")), QStringLiteral("chart.version-missing"))
        << run.describe();
    EXPECT_TRUE(
        failed.value(QLatin1String("message")).toString().contains(QLatin1String("0.28.1")));
    EXPECT_TRUE(run.step(QStringLiteral("helm.upgrade:skoala")).isEmpty());
    EXPECT_EQ(status().value(QLatin1String("version")).toInt(), 1);
}

TEST_P(UpgradeRun, AFailedUpgradeKeepsTheBackupAndRollbackRestoresTheRelease)
{
    const YAML::Node installed = userValues();
    ASSERT_TRUE(m_cluster.keepUnready(Namespace));
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"), skoalaOnly(),
        QStringLiteral("  atomic: false\n  wait: true\n  timeout: 4s\n"))));
    EXPECT_NE(run.exitCode, 0) << run.describe();
    const QJsonObject failed = run.step(QStringLiteral("helm.upgrade:skoala"));
    EXPECT_EQ(failed.value(QLatin1String("code")), QStringLiteral("upgrade.failed"))
        << run.describe();
    EXPECT_TRUE(failed.value(QLatin1String("hint")).toString().contains(QLatin1String("rollback")));
    EXPECT_EQ(run.state(QStringLiteral("report")), QStringLiteral("ok"));
    const QStringList backups = QDir(run.session + QLatin1String("/values"))
                                    .entryList({QStringLiteral("skoala-2*.yaml")}, QDir::Files);
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(
        YAML::Dump(yaml(readWholeFile(run.session + QLatin1String("/values/") + backups.front()))),
        YAML::Dump(installed));

    ASSERT_TRUE(m_cluster.makeReady(Namespace));
    const CliRun back
        = runCli({QStringLiteral("rollback"), QStringLiteral("--session"), run.session,
            QStringLiteral("--events"), QStringLiteral("-"), QStringLiteral("--helm"), m_helm});
    ASSERT_EQ(back.exitCode, 0) << back.describe();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
    EXPECT_EQ(status().value(QLatin1String("info")).toObject().value(QLatin1String("status")),
        QStringLiteral("deployed"));
    EXPECT_EQ(YAML::Dump(userValues()), YAML::Dump(installed));
    EXPECT_TRUE(QFileInfo::exists(run.session + QLatin1String("/rollback-report.html")));
}

TEST_P(UpgradeRun, APendingUpgradeIsExplainedThenRecovered)
{
    ASSERT_TRUE(m_cluster.leavePendingUpgrade(GetParam(), QStringLiteral("skoala"), Namespace,
        m_repo.chartTgz(QStringLiteral("skoala"), QStringLiteral("0.28.1"))));
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"))));
    EXPECT_NE(run.exitCode, 0);
    const QJsonObject check = run.step(QStringLiteral("helm.check"));
    EXPECT_EQ(check.value(QLatin1String("code")), QStringLiteral("release.pending"))
        << run.describe();
    EXPECT_TRUE(
        check.value(QLatin1String("hint")).toString().contains(QLatin1String("--recover-pending")));
    EXPECT_TRUE(run.step(QStringLiteral("values.backup:skoala")).isEmpty()) << "it went on";

    QStringList resume {QStringLiteral("run"), QStringLiteral("--resume"), run.session,
        QStringLiteral("--recover-pending"), QStringLiteral("--events"), QStringLiteral("-"),
        QStringLiteral("--secrets-stdin"), QStringLiteral("--helm"), m_helm};
    const CliRun again = runCli(resume);
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    EXPECT_EQ(status().value(QLatin1String("info")).toObject().value(QLatin1String("status")),
        QStringLiteral("deployed"));
}

TEST_P(UpgradeRun, CancelDuringTheUpgradeLetsHelmEndCleanly)
{
    ASSERT_TRUE(m_cluster.keepUnready(Namespace));
    bool sent = false;
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"), skoalaOnly(),
                                  QStringLiteral("  atomic: true\n  wait: true\n  timeout: 8s\n"))),
        [&](const QJsonObject &event, QProcess &process) {
            if (!sent && event.value(QLatin1String("type")) == QLatin1String("step")
                && event.value(QLatin1String("id")) == QLatin1String("helm.upgrade:skoala")
                && event.value(QLatin1String("state")) == QLatin1String("running")) {
                waitUntil([] { return false; }, 1500); // helm is in its --wait by now
                ::kill(pid_t(process.processId()), SIGTERM);
                sent = true;
            }
        });
    ASSERT_TRUE(sent) << run.describe();
    EXPECT_EQ(run.exitCode, 130) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("helm.upgrade:skoala")), QStringLiteral("canceled"));
    EXPECT_EQ(run.state(QStringLiteral("report")), QStringLiteral("ok"));
    // helm was let finish: no helm of this session is left, and the release is not stuck.
    EXPECT_TRUE(processesHolding(run.session.toUtf8()).isEmpty());
    const QString state = status()
                              .value(QLatin1String("info"))
                              .toObject()
                              .value(QLatin1String("status"))
                              .toString();
    EXPECT_FALSE(state.startsWith(QLatin1String("pending-"))) << state.toStdString();
}

TEST_P(UpgradeRun, KillNineMidUpgradeThenResumeFinishes)
{
    ASSERT_TRUE(m_cluster.keepUnready(Namespace));
    const CliRun run
        = runCli(runArguments(writePlan(QStringLiteral("helm-repo"), skoalaOnly(),
                     QStringLiteral("  atomic: true\n  wait: true\n  timeout: 60s\n"))),
            [&](const QJsonObject &event, QProcess &process) {
                if (event.value(QLatin1String("id")) == QLatin1String("helm.upgrade:skoala")
                    && event.value(QLatin1String("state")) == QLatin1String("running")) {
                    waitUntil([] { return false; }, 1500);
                    ::kill(pid_t(process.processId()), SIGKILL);
                }
            });
    EXPECT_TRUE(run.crashed) << run.describe();
    ASSERT_FALSE(run.session.isEmpty());
    // The orphaned helm goes the same way, as when the whole jump host session dies.
    for (const QString &holder : processesHolding(run.session.toUtf8())) {
        ::kill(pid_t(holder.section(QLatin1Char(' '), 0, 0).toInt()), SIGKILL);
    }
    ASSERT_TRUE(waitUntil([&] { return processesHolding(run.session.toUtf8()).isEmpty(); }, 5000));
    ASSERT_TRUE(m_cluster.makeReady(Namespace));

    const CliRun again = runCli({QStringLiteral("run"), QStringLiteral("--resume"), run.session,
        QStringLiteral("--recover-pending"), QStringLiteral("--events"), QStringLiteral("-"),
        QStringLiteral("--secrets-stdin"), QStringLiteral("--helm"), m_helm});
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(again.state(QStringLiteral("values.backup:skoala")), QStringLiteral("skipped"));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    EXPECT_EQ(userValues()["hive"]["replicas"].as<int>(), 2);
}

INSTANTIATE_TEST_SUITE_P(Helm, UpgradeRun, ::testing::Values(3, 4), helmTestName);

TEST_P(UpgradeRun, ADowngradeNeedsConsent)
{
    const QString toOlder = QStringLiteral("    - chart: skoala\n      version: 0.28.0\n");
    // The images of 0.28.0 are in the registry, as they were when it was installed.
    for (const char *name : {"hive", "ui"}) {
        const QString from = QStringLiteral("docker://%1/skoala/%2:v0.28.")
                                 .arg(m_registry.address(), QLatin1String(name));
        const ProcessResult copied = m_registry.skopeo(
            {QStringLiteral("copy"), from + QLatin1Char('1'), from + QLatin1Char('0')});
        ASSERT_TRUE(copied.ok()) << copied.describe();
    }
    // Installed 0.28.0: move it to 0.28.1 first, then ask for 0.28.0 again.
    ASSERT_EQ(runCli(runArguments(writePlan(QStringLiteral("helm-repo")))).exitCode, 0);
    const CliRun refused = runCli(runArguments(writePlan(QStringLiteral("helm-repo"), toOlder)));
    EXPECT_NE(refused.exitCode, 0);
    const QJsonObject check = refused.step(QStringLiteral("helm.check"));
    EXPECT_EQ(check.value(QLatin1String("code")), QStringLiteral("release.downgrade"))
        << refused.describe();
    EXPECT_TRUE(
        check.value(QLatin1String("hint")).toString().contains(QLatin1String("--allow-downgrade")));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));

    const CliRun allowed = runCli(runArguments(writePlan(QStringLiteral("helm-repo"), toOlder))
        << QStringLiteral("--allow-downgrade"));
    ASSERT_EQ(allowed.exitCode, 0) << allowed.describe();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
}

TEST_P(UpgradeRun, CancelAtAnyStepLeavesNothingBehind)
{
    const QString plan = writePlan(QStringLiteral("helm-repo"));
    const Fixtures::CliResult planned = Fixtures::runCli({QStringLiteral("plan"),
        QStringLiteral("--plan"), plan, QStringLiteral("--json"), QStringLiteral("--helm-version"),
        GetParam() == 3 ? QStringLiteral("3.18.0") : QStringLiteral("4.1.4")});
    ASSERT_EQ(planned.exitCode, 0) << planned.err.toStdString();
    QStringList ids;
    for (const QJsonValue &step : QJsonDocument::fromJson(planned.out.toUtf8())
                                      .object()
                                      .value(QLatin1String("steps"))
                                      .toArray()) {
        const QJsonObject object = step.toObject();
        if (!object.value(QLatin1String("alwaysRun")).toBool()) {
            ids.append(object.value(QLatin1String("id")).toString());
        }
    }
    ASSERT_GE(ids.size(), 8);

    for (const QString &id : std::as_const(ids)) {
        SCOPED_TRACE(id.toStdString());
        bool sent = false;
        const CliRun run
            = runCli(runArguments(plan), [&](const QJsonObject &event, QProcess &process) {
                  if (!sent && event.value(QLatin1String("id")) == id
                      && event.value(QLatin1String("state")) == QLatin1String("running")) {
                      ::kill(pid_t(process.processId()), SIGTERM);
                      sent = true;
                  }
              });
        ASSERT_TRUE(sent) << run.describe();
        // A step quicker than the signal may still finish; the run never goes on past it.
        const QString state = run.state(id);
        EXPECT_TRUE(state == QLatin1String("canceled") || state == QLatin1String("ok"))
            << run.describe();
        EXPECT_TRUE(run.exitCode == 130 || (run.exitCode == 0 && state == QLatin1String("ok")))
            << run.describe();
        EXPECT_EQ(run.state(QStringLiteral("report")), QStringLiteral("ok")) << run.describe();
        EXPECT_EQ(run.state(QStringLiteral("helm.repo.cleanup")), QStringLiteral("ok"));
        EXPECT_TRUE(processesHolding(run.session.toUtf8()).isEmpty());
        const QString release = status()
                                    .value(QLatin1String("info"))
                                    .toObject()
                                    .value(QLatin1String("status"))
                                    .toString();
        EXPECT_EQ(release, QStringLiteral("deployed"));
        expectNoSecretLeft(run);
    }
}

TEST_P(UpgradeRun, WithoutEventsAPersonReadsTheProgress)
{
    QStringList arguments = runArguments(writePlan(QStringLiteral("helm-repo")));
    arguments.removeAt(arguments.indexOf(QLatin1String("--events")) + 1);
    arguments.removeOne(QStringLiteral("--events"));
    const ProcessResult run = runProcess(QStringLiteral(DCE_TEST_CLI), arguments, cliEnvironment(),
        QJsonDocument(QJsonObject {{QStringLiteral("registry.password"), Password}})
                .toJson(QJsonDocument::Compact)
            + '\n');
    ASSERT_TRUE(run.ok()) << run.describe();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.startsWith(QLatin1String("Session: "))) << run.out.constData();
    EXPECT_TRUE(out.contains(QLatin1String("] Upgrade skoala to 0.28.1 in the current cluster")))
        << run.out.constData();
    EXPECT_TRUE(out.contains(QLatin1String("Finished. Report: "))) << run.out.constData();
    EXPECT_FALSE(out.contains(QLatin1String("{\"type\""))) << "events on a terminal";
    EXPECT_FALSE(run.out.contains(Password.toUtf8()));
}

// The registry holds nothing yet: the built-in sync must bring the images, and without a sync the
// image check must stop the run before helm changes anything.
class UpgradeRunIntoAnEmptyRegistry : public UpgradeRun
{
protected:
    bool imagesPushedBefore() const override { return false; }
};

TEST_P(UpgradeRunIntoAnEmptyRegistry, TheBuiltInSyncPushesEveryImageThenTheUpgradeFindsThem)
{
    const CliRun run = runCli(runArguments(writePlan(
        QStringLiteral("helm-repo"), skoalaOnly(), waitFor30s(), QStringLiteral("builtin"))));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    for (const char *id :
        {"registry.check", "images.push", "images.check:skoala", "helm.upgrade:skoala"}) {
        EXPECT_EQ(run.state(QString::fromLatin1(id)), QStringLiteral("ok")) << id << run.describe();
    }
    EXPECT_TRUE(run.step(QStringLiteral("images.check:skoala"))
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("All 2 images")))
        << run.describe();
    // skopeo, an independent client, reads what the upgraded release pulls.
    const ProcessResult hive
        = m_registry.skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
            QStringLiteral("docker://%1/%2/hive:v0.28.1").arg(m_registry.address(), Repository)});
    EXPECT_TRUE(hive.ok()) << hive.describe();
    bool sawBytes = false;
    for (const QJsonObject &event : run.events) {
        sawBytes = sawBytes
            || (event.value(QLatin1String("type")) == QLatin1String("progress")
                && event.value(QLatin1String("step")) == QLatin1String("images.push")
                && event.value(QLatin1String("unit")) == QLatin1String("bytes"));
    }
    EXPECT_TRUE(sawBytes) << "the push reports its progress in bytes";
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    expectNoSecretLeft(run);
}

TEST_P(UpgradeRunIntoAnEmptyRegistry, MissingImagesStopTheRunBeforeHelmChangesAnything)
{
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"))));
    EXPECT_EQ(run.exitCode, 3) << run.describe();
    const QJsonObject check = run.step(QStringLiteral("images.check:skoala"));
    EXPECT_EQ(check.value(QLatin1String("code")), QStringLiteral("images.missing"))
        << run.describe();
    const QString message = check.value(QLatin1String("message")).toString();
    EXPECT_TRUE(message.contains(
        m_registry.address() + QLatin1Char('/') + Repository + QLatin1String("/hive:v0.28.1")))
        << run.describe();
    EXPECT_TRUE(run.step(QStringLiteral("helm.upgrade:skoala")).isEmpty());
    EXPECT_EQ(status().value(QLatin1String("version")).toInt(), 1) << "nothing was upgraded";
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
}

// The whole of the DCE procedure, built in: images into the registry, the chart relocated as
// charts-syncer does and uploaded to Harbor's chart repository (a fake of Harbor's API: Harbor
// cannot run here), then the upgrade from that chart repository. The relocated chart pulls
// from release.daocloud.io/skoala/<name>, where the push put the images: the image check and
// the deployment agree only if the values.yaml rewrite was right.
TEST_P(UpgradeRunIntoAnEmptyRegistry, TheRelocatedChartGoesToHarborAndTheUpgradeInstallsIt)
{
    FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    const QString chartRepo = harbor.url() + QLatin1String("/chartrepo/release.daocloud.io");
    const QString plan
        = QStringLiteral("apiVersion: dce-upgrade.daocloud.io/v1alpha1\n"
                         "kind: UpgradePlan\n"
                         "module: skoala\n"
                         "package: %1\n"
                         "registry:\n"
                         "  address: %2\n"
                         "  scheme: http\n"
                         "  repository: release.daocloud.io/skoala\n"
                         "  username: '%3'\n"
                         "sync:\n"
                         "  method: builtin\n"
                         "  chartTarget: harbor\n"
                         "  chartRepoUrl: %4\n"
                         "upgrade:\n"
                         "  method: helm-repo\n"
                         "  kubeconfig: %5\n"
                         "  wait: true\n"
                         "  timeout: 30s\n"
                         "  releases:\n"
                         "    - chart: skoala\n")
              .arg(m_package.path, m_registry.address(), User, chartRepo, m_cluster.kubeconfig());
    const QString planFile = m_fixtures.writeFile(QStringLiteral("harbor.yaml"), plan.toUtf8());
    const CliRun run = runCli(runArguments(planFile));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("chart.publish")), QStringLiteral("ok")) << run.describe();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    const QJsonObject deployment = m_cluster.object(
        QStringLiteral("Deployment"), Namespace, QStringLiteral("skoala-skoala"));
    const QString image = deployment.value(QLatin1String("spec"))
                              .toObject()
                              .value(QLatin1String("template"))
                              .toObject()
                              .value(QLatin1String("spec"))
                              .toObject()
                              .value(QLatin1String("containers"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1String("image"))
                              .toString();
    EXPECT_EQ(
        image, m_registry.address() + QLatin1String("/release.daocloud.io/skoala/hive:v0.28.1"));
    // A second run finds the chart there and says so (charts-syncer would skip everything).
    const CliRun again = runCli(runArguments(planFile));
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    bool reported = false;
    for (const QJsonObject &event : again.events) {
        reported = reported
            || (event.value(QLatin1String("step")) == QLatin1String("chart.publish")
                && event.value(QLatin1String("text"))
                       .toString()
                       .contains(QLatin1String("already in")));
    }
    EXPECT_TRUE(reported) << again.describe();
    expectNoSecretLeft(run);
}

INSTANTIATE_TEST_SUITE_P(
    Helm, UpgradeRunIntoAnEmptyRegistry, ::testing::Values(3, 4), helmTestName);
