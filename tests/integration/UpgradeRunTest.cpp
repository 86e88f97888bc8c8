// `dce-upgrade run` and `rollback` end to end: the real helm 3.18 and 4.1 (each scenario runs
// with both) against the Kubernetes API stand-in, from a chart repository with Basic auth as a
// Harbor robot account. What the stand-in cannot model is listed in k8s-standin/README.md.
#include "UpgradeRunFixture.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <csignal>

using namespace DceUpgrade::Test;

TEST_P(UpgradeRun, HelmRepoPathUpgradesEveryClusterAndKeepsTheUserValues)
{
    // skoala-init runs on the worker cluster only.
    ASSERT_TRUE(m_cluster.installRelease(GetParam(), QStringLiteral("skoala-init"), Namespace,
        m_repo.chartTgz(QStringLiteral("skoala-init"), QStringLiteral("0.28.0")),
        {QStringLiteral("--kube-context"), StandinCluster::WorkerContext}));
    const YAML::Node installed = userValues();

    const QString planFile = writePlan(QStringLiteral("helm-repo"),
        skoalaOnly()
            + QStringLiteral("    - chart: skoala-init\n      kubeContexts: [%1]\n")
                  .arg(StandinCluster::WorkerContext));
    const CliRun run = runCli(runArguments(planFile));
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
    const QString image = firstImageOf(ChartRepo::hiveDeployment(QStringLiteral("skoala")));
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
    // The audit record: the plan file that ran, by its checksum, and the cluster helm used.
    EXPECT_EQ(report.value(QLatin1String("plan")).toObject().value(QLatin1String("sha256")),
        QString::fromLatin1(
            QCryptographicHash::hash(readWholeFile(planFile), QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(report.value(QLatin1String("cluster")).toObject().value(QLatin1String("kubeconfig")),
        m_cluster.kubeconfig());
    EXPECT_LE(QDateTime::fromString(report.value(QLatin1String("started")).toString(), Qt::ISODate),
        QDateTime::fromString(report.value(QLatin1String("finished")).toString(), Qt::ISODate));
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
    // The repository lacks the version: not "the package or plan cannot be used" (3).
    EXPECT_EQ(run.exitCode, 1) << run.describe();
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

// The upgrade was attempted but helm never wrote a revision: the chart repository serves the
// chart once (to the image check's helm template), then no more, so helm 3's upgrade fails to
// download it, and rollback leaves the release as it is instead of adding a "Rollback to 1"
// revision. helm 4 keeps the chart it downloaded in its content cache, so its upgrade goes
// through: then the same step sees a changed release and does roll it back (the other branch).
TEST_P(UpgradeRun, RollbackLeavesAReleaseItsUpgradeNeverChanged)
{
    const QString servesLeft = m_repo.chartTgz(QStringLiteral("skoala"), QStringLiteral("0.28.1"))
        + QLatin1String(".serves-left");
    {
        QFile limit(servesLeft);
        ASSERT_TRUE(limit.open(QIODevice::WriteOnly));
        limit.write("1");
    }
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"))));
    QFile::remove(servesLeft);
    EXPECT_EQ(run.state(QStringLiteral("images.check:skoala")), QStringLiteral("ok"))
        << run.describe();
    const bool helmCachesCharts = GetParam() >= 4;
    EXPECT_EQ(run.state(QStringLiteral("helm.upgrade:skoala")),
        helmCachesCharts ? QStringLiteral("ok") : QStringLiteral("failed"))
        << run.describe();
    const int revisions = helmCachesCharts ? 2 : 1;
    ASSERT_EQ(history().size(), revisions) << run.describe();

    const CliRun back
        = runCli({QStringLiteral("rollback"), QStringLiteral("--session"), run.session,
            QStringLiteral("--events"), QStringLiteral("-"), QStringLiteral("--helm"), m_helm});
    ASSERT_EQ(back.exitCode, 0) << back.describe();
    EXPECT_EQ(back.state(QStringLiteral("helm.rollback:skoala")), QStringLiteral("ok"))
        << back.describe();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
    const bool saidNothingToDo = back.describe().find("nothing to roll back") != std::string::npos;
    if (helmCachesCharts) {
        EXPECT_EQ(history().size(), revisions + 1) << back.describe(); // "Rollback to 1"
        EXPECT_FALSE(saidNothingToDo) << back.describe();
    } else {
        EXPECT_EQ(history().size(), revisions) << back.describe(); // nothing added
        EXPECT_TRUE(saidNothingToDo) << back.describe();
    }
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
