// `dce-upgrade run` into a registry that holds nothing yet: the built-in sync must bring the
// images (and the relocated chart), and without a sync the image check must stop the run before
// helm changes anything. Then Harbor as sites have it, its API and its registry on one address.
#include "FakeHarborApi.h"
#include "UpgradeRunFixture.h"

using namespace DceUpgrade::Test;

TEST_P(UpgradeRunIntoAnEmptyRegistry, TheBuiltInSyncPushesEveryImageThenTheUpgradeFindsThem)
{
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"), skoalaOnly(),
        waitFor30s(), syncBy(QStringLiteral("builtin")))));
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
    EXPECT_TRUE(run.reportedProgress(QStringLiteral("images.push"), QStringLiteral("bytes")))
        << "the push reports its progress in bytes";
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    expectNoSecretLeft(run);
}

TEST_P(UpgradeRunIntoAnEmptyRegistry, MissingImagesStopTheRunBeforeHelmChangesAnything)
{
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("helm-repo"))));
    // The registry lacks images: not "the package or plan cannot be used" (3).
    EXPECT_EQ(run.exitCode, 1) << run.describe();
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
    const QString planFile = writePlanFile(skoalaPlan(
        registryLines(m_registry.address(), QStringLiteral("release.daocloud.io/skoala")),
        QStringLiteral("  method: builtin\n  chartTarget: harbor\n  chartRepoUrl: %1\n")
            .arg(chartRepo),
        QStringLiteral("  method: helm-repo\n")));
    const CliRun run = runCli(runArguments(planFile));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("chart.publish")), QStringLiteral("ok")) << run.describe();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    const QString image = firstImageOf(QStringLiteral("skoala-skoala"));
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

// Harbor as sites have it: its API and its registry on one address. A FAKE of Harbor's API
// (FakeHarborApi; Harbor cannot run here) passes /v2 to the fixture's real registry, so the
// registry check asks "Harbor" about the project while the images land in real storage.
class UpgradeRunThroughHarbor : public UpgradeRunIntoAnEmptyRegistry
{
protected:
    FakeHarborOptions harborOptions() const
    {
        FakeHarborOptions options;
        options.registryUpstream = m_registry.url();
        return options;
    }

    // The project is Repository ("skoala"), not among FakeHarborOptions' projects unless a test
    // adds it. The chart comes from the package (the chart repository knows only the robot).
    QString writeHarborPlan(
        const FakeHarborApi &harbor, const QString &user, const QString &syncOptions = {})
    {
        return writePlanFile(skoalaPlan(registryLines(harbor.address(), Repository, {}, user),
            QLatin1String("  method: builtin\n")
                + (syncOptions.contains(QLatin1String("chartTarget"))
                        ? syncOptions
                        : syncOptions + QLatin1String("  chartTarget: none\n")),
            QStringLiteral("  method: chart-package\n")));
    }

    // Requests passed to the registry that could change it: uploads, mounts, manifests.
    static int registryWrites(const FakeHarborApi &harbor)
    {
        int writes = 0;
        for (const QJsonValue &request : harbor.requests()) {
            const QJsonObject r = request.toObject();
            const QString method = r.value(QLatin1String("method")).toString();
            writes += r.value(QLatin1String("proxied")).toBool() && method != QLatin1String("GET")
                && method != QLatin1String("HEAD");
        }
        return writes;
    }

    static std::vector<QJsonObject> projectCreations(const FakeHarborApi &harbor)
    {
        std::vector<QJsonObject> creations;
        for (const QJsonValue &request : harbor.requests()) {
            const QJsonObject r = request.toObject();
            if (r.value(QLatin1String("method")) == QLatin1String("POST")
                && r.value(QLatin1String("path")) == QLatin1String("/api/v2.0/projects")) {
                creations.push_back(r);
            }
        }
        return creations;
    }

    // The run stopped at registry.check with `code`: nothing pushed, nothing upgraded.
    void expectStoppedAtTheRegistryCheck(
        const CliRun &run, const FakeHarborApi &harbor, const QString &code)
    {
        EXPECT_EQ(run.exitCode, 1) << run.describe(); // a registry failure (docs/cli.md)
        EXPECT_EQ(run.step(QStringLiteral("registry.check")).value(QLatin1String("code")), code)
            << run.describe();
        EXPECT_TRUE(run.step(QStringLiteral("images.push")).isEmpty()) << run.describe();
        EXPECT_EQ(registryWrites(harbor), 0) << "nothing may reach the registry";
        EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
        expectNoSecretLeft(run);
    }
};

TEST_P(UpgradeRunThroughHarbor, AMissingProjectStopsTheRunBeforeAnythingIsSent)
{
    FakeHarborApi harbor(harborOptions());
    ASSERT_TRUE(harbor.isRunning());
    const CliRun run = runCli(runArguments(writeHarborPlan(harbor, User)));
    expectStoppedAtTheRegistryCheck(run, harbor, QStringLiteral("harbor.project-missing"));
    const QJsonObject check = run.step(QStringLiteral("registry.check"));
    EXPECT_TRUE(check.value(QLatin1String("message")).toString().contains(Repository))
        << run.describe();
    EXPECT_TRUE(
        check.value(QLatin1String("hint")).toString().contains(QLatin1String("sync.createProject")))
        << run.describe();
    EXPECT_TRUE(projectCreations(harbor).empty());
}

TEST_P(UpgradeRunThroughHarbor, CreateProjectMakesItPrivateThenTheImagesAndTheUpgradeFollow)
{
    FakeHarborApi harbor(harborOptions());
    ASSERT_TRUE(harbor.isRunning());
    m_password = RegistryServer::adminPassword();
    const CliRun run = runCli(runArguments(writeHarborPlan(
        harbor, RegistryServer::adminUser(), QStringLiteral("  createProject: true\n"))));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    for (const char *id :
        {"registry.check", "images.push", "images.check:skoala", "helm.upgrade:skoala"}) {
        EXPECT_EQ(run.state(QString::fromLatin1(id)), QStringLiteral("ok")) << id << run.describe();
    }
    const std::vector<QJsonObject> created = projectCreations(harbor);
    ASSERT_EQ(created.size(), 1u);
    EXPECT_EQ(created.front().value(QLatin1String("code")).toInt(), 201);
    EXPECT_EQ(created.front().value(QLatin1String("project")), Repository);
    EXPECT_EQ(created.front().value(QLatin1String("public")), false) << "created private";
    bool said = false;
    for (const QJsonObject &event : run.events) {
        said = said
            || event.value(QLatin1String("text"))
                   .toString()
                   .contains(QLatin1String("Created the private Harbor project skoala"));
    }
    EXPECT_TRUE(said) << run.describe();
    EXPECT_GT(registryWrites(harbor), 0) << "the images went through Harbor's address";
    // skopeo reads them straight from the registry behind the fake.
    const ProcessResult hive
        = m_registry.skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
            QStringLiteral("docker://%1/%2/hive:v0.28.1").arg(m_registry.address(), Repository)});
    EXPECT_TRUE(hive.ok()) << hive.describe();
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    expectNoSecretLeft(run);
}

TEST_P(UpgradeRunThroughHarbor, ARobotAccountMayNotCreateTheProject)
{
    FakeHarborApi harbor(harborOptions());
    ASSERT_TRUE(harbor.isRunning());
    const CliRun run = runCli(
        runArguments(writeHarborPlan(harbor, User, QStringLiteral("  createProject: true\n"))));
    expectStoppedAtTheRegistryCheck(run, harbor, QStringLiteral("harbor.denied"));
    const std::vector<QJsonObject> created = projectCreations(harbor);
    ASSERT_EQ(created.size(), 1u);
    EXPECT_EQ(created.front().value(QLatin1String("code")).toInt(), 403);
}

TEST_P(UpgradeRunThroughHarbor, Harbor29HasNoChartRepositoryToPublishTo)
{
    FakeHarborOptions options = harborOptions();
    options.version = QStringLiteral("v2.9.0");
    options.projects.append(Repository);
    FakeHarborApi harbor(options);
    ASSERT_TRUE(harbor.isRunning());
    const CliRun run = runCli(runArguments(writeHarborPlan(harbor, User,
        QStringLiteral("  chartTarget: harbor\n  chartRepoUrl: %1/chartrepo/%2\n")
            .arg(harbor.url(), Repository))));
    expectStoppedAtTheRegistryCheck(run, harbor, QStringLiteral("harbor.no-chart-repo"));
    EXPECT_TRUE(run.step(QStringLiteral("registry.check"))
                    .value(QLatin1String("hint"))
                    .toString()
                    .contains(QLatin1String("oci")))
        << run.describe();
}

TEST_P(UpgradeRunThroughHarbor, AWrongPasswordStopsAtTheFirstStep)
{
    FakeHarborOptions options = harborOptions();
    options.projects.append(Repository);
    FakeHarborApi harbor(options);
    ASSERT_TRUE(harbor.isRunning());
    m_password = QStringLiteral("not-the-password-%1").arg(GetParam());
    const CliRun run = runCli(runArguments(writeHarborPlan(harbor, User)));
    expectStoppedAtTheRegistryCheck(run, harbor, QStringLiteral("registry.unauthorized"));
}

// The Harbor checks do not depend on the helm generation: helm 3 only.
INSTANTIATE_TEST_SUITE_P(Helm, UpgradeRunThroughHarbor, ::testing::Values(3), helmTestName);

// upgrade.method none: the built-in sync stages the images in the registry days before the
// maintenance window. No helm runs (the --helm given does not exist, and a run that asked it
// for its version would stop with tool.missing), the cluster is never called, and a rollback
// of the session says there is nothing to roll back.
class UpgradeRunSyncOnly : public UpgradeRunIntoAnEmptyRegistry
{
};

TEST_P(UpgradeRunSyncOnly, StagesTheImagesAndCallsNeitherHelmNorTheCluster)
{
    const qsizetype clusterCallsBefore = m_cluster.requestLog().size();
    const QString plan = writePlan(
        QStringLiteral("none"), skoalaOnly(), waitFor30s(), syncBy(QStringLiteral("builtin")));
    const QString noHelm = m_fixtures.dir() + QStringLiteral("/no-such-dir/helm");
    const CliRun run = runCli({QStringLiteral("run"), QStringLiteral("--plan"), plan,
        QStringLiteral("--events"), QStringLiteral("-"), QStringLiteral("--secrets-stdin"),
        QStringLiteral("--helm"), noHelm});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    QStringList ran;
    for (const QJsonObject &event : run.events) {
        if (event.value(QLatin1String("type")) == QLatin1String("step")
            && event.value(QLatin1String("state")) == QLatin1String("ok")) {
            ran.append(event.value(QLatin1String("id")).toString());
        }
    }
    EXPECT_EQ(ran,
        (QStringList {QStringLiteral("bundle.read"), QStringLiteral("registry.check"),
            QStringLiteral("images.push"), QStringLiteral("report")}))
        << run.describe();

    // skopeo, an independent client, finds every image of both charts under its relocated name.
    for (const char *image : {"hive:v0.28.1", "ui:v0.28.1", "nginx:1.25", "marker:v0.28.1",
             "sesame:v0.28.1", "skoala-agent:v0.28.1", "envoy:v1.28.0"}) {
        const ProcessResult found
            = m_registry.skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
                QStringLiteral("docker://%1/%2/%3")
                    .arg(m_registry.address(), Repository, QString::fromLatin1(image))});
        EXPECT_TRUE(found.ok()) << image << found.describe();
    }
    EXPECT_EQ(m_cluster.requestLog().size(), clusterCallsBefore) << "the cluster was called";
    // (These two ask the cluster themselves.)
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.0"));
    EXPECT_EQ(status().value(QLatin1String("version")).toInt(), 1);
    const qsizetype clusterCallsAfterRun = m_cluster.requestLog().size();

    QFile reportFile(run.session + QStringLiteral("/report.json"));
    ASSERT_TRUE(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
    EXPECT_TRUE(report.value(QLatin1String("ok")).toBool());
    EXPECT_TRUE(report.value(QLatin1String("syncOnly")).toBool());
    EXPECT_TRUE(report.value(QLatin1String("releases")).toArray().isEmpty());
    QFile html(run.session + QStringLiteral("/report.html"));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    EXPECT_TRUE(page.contains("no release was upgraded"));
    EXPECT_TRUE(page.contains("<title>Offline image sync of skoala (no upgrade)</title>"));
    expectNoSecretLeft(run);

    // Nothing was changed, so nothing can be rolled back: said plainly, helm still not asked.
    const CliRun rollback = runCli({QStringLiteral("rollback"), QStringLiteral("--session"),
        run.session, QStringLiteral("--helm"), noHelm});
    EXPECT_EQ(rollback.exitCode, 1) << rollback.describe();
    EXPECT_TRUE(rollback.err.contains("Nothing to roll back")) << rollback.describe();
    EXPECT_TRUE(rollback.err.contains("only synced the images")) << rollback.describe();
    EXPECT_EQ(m_cluster.requestLog().size(), clusterCallsAfterRun);
}

// A sync-only plan whose sync is none has nothing to do: refused before a session is made.
TEST_P(UpgradeRunSyncOnly, APlanWithNothingToDoIsRefused)
{
    const CliRun run = runCli(runArguments(writePlan(QStringLiteral("none"))));
    EXPECT_EQ(run.exitCode, 3) << run.describe();
    EXPECT_TRUE(run.err.contains("nothing to do")) << run.describe();
    EXPECT_TRUE(run.events.empty()) << run.describe();
}

INSTANTIATE_TEST_SUITE_P(Helm, UpgradeRunSyncOnly, ::testing::Values(3), helmTestName);
