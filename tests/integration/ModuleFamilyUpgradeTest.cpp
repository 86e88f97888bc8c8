// One chart-package upgrade per family of module profiles (issue 12), with the real helm 3.18 /
// 4.1 and kubectl against the Kubernetes API stand-in, and the built-in sync into the real
// registry (TLS, htpasswd). Each test installs an older release of its module from an older
// generated package (tests/fixtures/mkbundle.py module), then runs `dce-upgrade run` with the new
// package, as a user would:
//   kpanda        the standard page: kubectl applies the chart's crds/ before helm upgrade;
//   mspider       v-versions (v0.18.0 -> v0.20.1), no CRDs;
//   spidernet     two registry keys (spidernet.image.registry, ui.image.registry);
//   mcamel-redis  the middleware package `redis_...`, whose chart-package path adds
//                 console_image.registry and operator_image.registry;
//   hydra         a package of three bundles: hydra upgraded, every chart synced, and an agent
//                 installed under a name the user chose upgraded through a releases: entry.
// After each run: the new revision and chart in helm history, the exact --set-string list in the
// values, the backup equal to the values the release had, and skopeo (an independent client)
// finds the images in the registry.
#include "FakeHarborApi.h"
#include "ModuleChart.h"
#include "UpgradeRunFixture.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace DceUpgrade::Test;

namespace {

// The values the older release was installed with: its registry keys pointing at the old
// registry, and a value of the site's own that the upgrade must keep, as a string (helm reads
// an unquoted yes as true).
const QString OldRegistry = QStringLiteral("old.example:5000");

struct InstalledRelease
{
    QString chart;
    QString release;
    QString ns;
    QString context = StandinCluster::MainContext;
};

// The value at `dotted` (a.b.c) of helm's values, as a string ("" when absent).
QString valueAt(const QJsonObject &values, const QString &dotted)
{
    QJsonValue node = values;
    for (const QString &key : dotted.split(QLatin1Char('.'))) {
        node = node.toObject().value(key);
    }
    return node.toString();
}

void setValueAt(QJsonObject &values, QStringList path, const QString &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        values.insert(key, value);
        return;
    }
    QJsonObject child = values.value(key).toObject();
    setValueAt(child, path, value);
    values.insert(key, child);
}

class ModuleFamilyUpgrade : public UpgradeRunFixture, public ::testing::WithParamInterface<int>
{
protected:
    ModuleFamilyUpgrade()
        : UpgradeRunFixture(RegistryMode::TlsHtpasswd)
    { }

    int helmMajor() const override { return GetParam(); }

    // Not the fixture's skoala: each test installs its own module's older release.
    void SetUp() override
    {
        ASSERT_TRUE(m_state.isValid());
        ASSERT_TRUE(m_cluster.isRunning());
        ASSERT_TRUE(m_registry.isRunning());
        m_helm = StandinCluster::helmBinary(helmMajor());
        ASSERT_FALSE(m_helm.isEmpty());
    }

    // mkbundle.py module --module ID --version V --naming N (amd64).
    GeneratedBundle modulePackage(const QString &module, const QString &version,
        const QString &fileName, const QString &naming = QStringLiteral("underscore"))
    {
        GeneratedBundle package = m_fixtures.make(QStringLiteral("module"), fileName,
            {QStringLiteral("--module"), module, QStringLiteral("--version"), version,
                QStringLiteral("--naming"), naming});
        EXPECT_FALSE(package.expect.isEmpty()) << fileName.toStdString();
        return package;
    }

    // helm install of the older chart with the site's values (`keys` at the old registry).
    // --skip-crds: a CRD in the cluster afterwards can only come from the run's kubectl apply.
    // `siteValues`: more values of the site's own, at the top level.
    void installOlder(const GeneratedBundle &older, const InstalledRelease &r,
        const QStringList &keys, const QJsonObject &siteValues = {})
    {
        QJsonObject values = siteValues;
        values.insert(
            QStringLiteral("site"), QJsonObject {{QStringLiteral("keep"), QStringLiteral("yes")}});
        for (const QString &key : keys) {
            setValueAt(values, key.split(QLatin1Char('.')), OldRegistry);
        }
        const QString file
            = m_fixtures.writeFile(QStringLiteral("values-%1-%2.json").arg(r.release, r.context),
                QJsonDocument(values).toJson());
        ASSERT_TRUE(m_cluster.installRelease(helmMajor(), r.release, r.ns,
            unpackModuleChart(older, r.chart, m_fixtures.dir() + QStringLiteral("/old-") + r.chart),
            {QStringLiteral("-f"), file, QStringLiteral("--skip-crds"),
                QStringLiteral("--kube-context"), r.context}));
        m_valuesBefore.insert(r.release + QLatin1Char('@') + r.context, getValues(r, "yaml"));
    }

    QByteArray getValues(const InstalledRelease &r, const char *format) const
    {
        return m_cluster.helm(helmMajor(),
            {QStringLiteral("get"), QStringLiteral("values"), r.release, QStringLiteral("-n"), r.ns,
                QStringLiteral("-o"), QString::fromLatin1(format), QStringLiteral("--kube-context"),
                r.context});
    }

    // A plan of `module` for `package`: the built-in sync into the fixture's registry under
    // `repository` (`syncLines` add a chart target), the upgrade by `method`, `releases` under
    // upgrade.releases when given.
    QString writeModulePlan(const QString &module, const GeneratedBundle &package,
        const QString &repository, const QString &releases = {}, const QString &syncLines = {},
        const QString &method = QStringLiteral("chart-package"))
    {
        return writePlanFile(
            QStringLiteral("apiVersion: dce-upgrade.daocloud.io/v1alpha1\n"
                           "kind: UpgradePlan\n"
                           "module: %1\n"
                           "package: %2\n"
                           "registry:\n"
                           "%3"
                           "sync:\n"
                           "  method: builtin\n"
                           "%4"
                           "upgrade:\n"
                           "  method: %5\n"
                           "  kubeconfig: %6\n"
                           "  wait: true\n"
                           "  timeout: 30s\n"
                           "%7")
                .arg(module, package.path, fixtureRegistry(repository),
                    syncLines.isEmpty() ? QStringLiteral("  chartTarget: none\n") : syncLines,
                    method, m_cluster.kubeconfig(),
                    releases.isEmpty() ? QString() : QLatin1String("  releases:\n") + releases));
    }

    // mspider v0.18.0 installed as `mspider`; the package of v0.20.1, as its page names it.
    GeneratedBundle mspiderV0201Over(const InstalledRelease &mspider)
    {
        installOlder(modulePackage(QStringLiteral("mspider"), QStringLiteral("v0.18.0"),
                         QStringLiteral("mspider_v0.18.0_amd64.tar")),
            mspider, {QStringLiteral("global.imageRegistry")});
        return modulePackage(QStringLiteral("mspider"), QStringLiteral("v0.20.1"),
            QStringLiteral("mspider_v0.20.1_amd64.tar"));
    }

    // The --set-string values of the command the run logged for step `id` ("$ LC_ALL=C helm
    // upgrade ..."), in order.
    static QStringList setStringsRun(const CliRun &run, const QString &id)
    {
        QStringList sets;
        for (const QString &line : run.said(id).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("$ "))) {
                continue;
            }
            const QRegularExpression set(QStringLiteral(" --set-string '?([^' ]+)'?"));
            for (const QRegularExpressionMatch &m : set.globalMatch(line)) {
                sets.append(m.captured(1));
            }
        }
        return sets;
    }

    // What the brief's every family must show after a successful run of `r` to `version`, with
    // exactly `expectedSets` passed as --set-string: revision 2 of the new chart deployed, the
    // values as set (the site's own kept), the backup of the old values intact.
    void expectUpgraded(const CliRun &run, const InstalledRelease &r, const QString &version,
        const QStringList &expectedSets)
    {
        SCOPED_TRACE(r.release.toStdString() + "@" + r.context.toStdString());
        const QString target = r.context == StandinCluster::MainContext
            ? r.release
            : r.release + QLatin1Char('@') + r.context;
        EXPECT_EQ(run.state(QStringLiteral("helm.upgrade:") + target), QStringLiteral("ok"))
            << run.describe();
        const QJsonArray revisions = history(r.release, r.context, r.ns);
        ASSERT_EQ(revisions.size(), 2) << run.describe();
        const QJsonObject last = revisions.last().toObject();
        EXPECT_EQ(last.value(QLatin1String("revision")).toInt(), 2);
        EXPECT_EQ(last.value(QLatin1String("status")).toString(), QStringLiteral("deployed"));
        EXPECT_EQ(
            last.value(QLatin1String("chart")).toString(), r.chart + QLatin1Char('-') + version);

        EXPECT_EQ(setStringsRun(run, QStringLiteral("helm.upgrade:") + target), expectedSets)
            << run.said(QStringLiteral("helm.upgrade:") + target).toStdString();
        const QJsonObject values = QJsonDocument::fromJson(getValues(r, "json")).object();
        for (const QString &set : expectedSets) {
            const QString key = set.section(QLatin1Char('='), 0, 0);
            EXPECT_EQ(valueAt(values, key), set.section(QLatin1Char('='), 1)) << key.toStdString();
        }
        EXPECT_EQ(valueAt(values, QStringLiteral("site.keep")), QStringLiteral("yes"))
            << QJsonDocument(values).toJson().toStdString();

        // The backup: one file of the release in the session, what the release had.
        const QDir backups(run.session + QStringLiteral("/values"));
        const QStringList files
            = backups.entryList({target + QStringLiteral("-2*.yaml")}, QDir::Files);
        ASSERT_EQ(files.size(), 1) << backups.entryList().join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(readWholeFile(backups.filePath(files.first())),
            m_valuesBefore.value(r.release + QLatin1Char('@') + r.context));
        EXPECT_EQ(unixPermissions(backups.filePath(files.first())),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // skopeo, an independent client, finds `image` (REPOSITORY/NAME:TAG) in the registry.
    void expectInRegistry(const QString &image)
    {
        const ProcessResult inspected
            = m_registry.skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"),
                QStringLiteral("docker://%1/%2").arg(m_registry.address(), image)});
        EXPECT_TRUE(inspected.ok()) << image.toStdString() << ": " << inspected.describe();
    }

    // The requests the stand-in got from the run (after `from`), as "ua method path".
    QStringList requestsSince(qsizetype from, const QString &context = StandinCluster::MainContext)
    {
        QStringList lines;
        const QJsonArray log = m_cluster.requestLog(context);
        for (qsizetype i = from; i < log.size(); ++i) {
            const QJsonObject r = log.at(i).toObject();
            lines.append(r.value(QLatin1String("ua")).toString().section(QLatin1Char('/'), 0, 0)
                + QLatin1Char(' ') + r.value(QLatin1String("method")).toString() + QLatin1Char(' ')
                + r.value(QLatin1String("path")).toString());
        }
        return lines;
    }

    QMap<QString, QByteArray> m_valuesBefore; // release@context -> `helm get values -o yaml`
};

// REPOSITORY/NAME: where the plan's registry project puts an image (charts-syncer's
// containerRepository keeps only the last part of the chart's image path). Where that differs
// from the chart's own path (kpanda/kpanda-apiserver), the chart-package path also sets the
// image's repository value.
QString in(const QString &repository, const QString &name)
{
    return repository + QLatin1Char('/') + name;
}

} // namespace

// Two families with both helm versions, the others with helm 3 only (the time of the suite):
// kpanda (CRDs), hydra (several bundles, a worker cluster).
using ModuleFamilyUpgradeOnHelm3 = ModuleFamilyUpgrade;
using ModuleFamilyUpgradeOnHelm4 = ModuleFamilyUpgrade;

// kpanda's page: kubectl apply -f kpanda/crds, then helm upgrade with global.imageRegistry.
TEST_P(ModuleFamilyUpgrade, KpandaAppliesItsCrdsBeforeTheUpgrade)
{
    const InstalledRelease kpanda {
        QStringLiteral("kpanda"), QStringLiteral("kpanda"), QStringLiteral("kpanda-system")};
    installOlder(modulePackage(QStringLiteral("kpanda"), QStringLiteral("0.27.0"),
                     QStringLiteral("kpanda_0.27.0_amd64.tar")),
        kpanda, {QStringLiteral("global.imageRegistry")});
    const QString crd = QStringLiteral("gateways.kpanda.io");
    ASSERT_TRUE(m_cluster.object(QStringLiteral("CustomResourceDefinition"), {}, crd).isEmpty());
    const GeneratedBundle package = modulePackage(QStringLiteral("kpanda"),
        QStringLiteral("0.28.0"), QStringLiteral("kpanda_0.28.0_amd64.tar"));
    const QString project = QStringLiteral("release.daocloud.io/kpanda");
    const qsizetype before = m_cluster.requestLog().size();

    const CliRun run
        = runCli(runArguments(writeModulePlan(QStringLiteral("kpanda"), package, project)));
    ASSERT_EQ(run.exitCode, 0) << run.describe();

    expectUpgraded(run, kpanda, QStringLiteral("0.28.0"),
        {QStringLiteral("global.imageRegistry=") + m_registry.address(),
            QStringLiteral("apiserver.image.repository=")
                + in(project, QStringLiteral("kpanda-apiserver"))});
    EXPECT_EQ(m_cluster.object(QStringLiteral("CustomResourceDefinition"), {}, crd)
                  .value(QLatin1String("spec"))
                  .toObject()
                  .value(QLatin1String("group")),
        QStringLiteral("kpanda.io"));
    // What ran is what the plan shows: English output, like the helm lines.
    EXPECT_TRUE(run.said(QStringLiteral("crds.apply:kpanda"))
                    .contains(QLatin1String("$ LC_ALL=C kubectl apply --server-side "
                                            "--force-conflicts -f ")))
        << run.said(QStringLiteral("crds.apply:kpanda")).toStdString();
    // The order in the cluster itself: kubectl's CRD write before helm's first write.
    const QStringList requests = requestsSince(before);
    const auto crdWrite = std::find_if(requests.cbegin(), requests.cend(), [](const QString &r) {
        return r.startsWith(QLatin1String("kubectl PATCH "))
            && r.endsWith(QLatin1String("/customresourcedefinitions/gateways.kpanda.io"));
    });
    const auto helmWrite = std::find_if(requests.cbegin(), requests.cend(), [](const QString &r) {
        return r.startsWith(QLatin1String("Helm ")) && !r.contains(QLatin1String(" GET "));
    });
    ASSERT_NE(crdWrite, requests.cend()) << requests.join(QLatin1Char('\n')).toStdString();
    ASSERT_NE(helmWrite, requests.cend()) << requests.join(QLatin1Char('\n')).toStdString();
    EXPECT_LT(crdWrite - requests.cbegin(), helmWrite - requests.cbegin());
    expectInRegistry(in(project, QStringLiteral("kpanda-apiserver:0.28.0")));
    expectNoSecretLeft(run);
}

// mspider's page: v versions, no CRD step (the mspider-release alias: below, on the helm-repo
// path; the chart-package path adds no repository).
TEST_P(ModuleFamilyUpgradeOnHelm3, MspiderGoesFromOneVVersionToTheNextWithoutCrds)
{
    const InstalledRelease mspider {
        QStringLiteral("mspider"), QStringLiteral("mspider"), QStringLiteral("mspider-system")};
    const GeneratedBundle package = mspiderV0201Over(mspider);
    const QString project = QStringLiteral("mspider");
    const qsizetype before = m_cluster.requestLog().size();

    const CliRun run
        = runCli(runArguments(writeModulePlan(QStringLiteral("mspider"), package, project)));
    ASSERT_EQ(run.exitCode, 0) << run.describe();

    expectUpgraded(run, mspider, QStringLiteral("v0.20.1"),
        {QStringLiteral("global.imageRegistry=") + m_registry.address()});
    EXPECT_TRUE(run.step(QStringLiteral("helm.repo")).isEmpty()) << run.describe();
    EXPECT_TRUE(run.step(QStringLiteral("crds.apply:mspider")).isEmpty()) << run.describe();
    for (const QString &request : requestsSince(before)) {
        EXPECT_FALSE(request.startsWith(QLatin1String("kubectl ")))
            << "nothing is applied: " << request.toStdString();
    }
    EXPECT_TRUE(m_cluster.objects(QStringLiteral("CustomResourceDefinition")).isEmpty());
    expectInRegistry(in(project, QStringLiteral("mspider-apiserver:v0.20.1")));
    expectNoSecretLeft(run);
}

// spidernet's page sets two keys, no global.imageRegistry.
TEST_P(ModuleFamilyUpgradeOnHelm3, SpidernetSetsBothOfItsRegistryKeys)
{
    const InstalledRelease spidernet {QStringLiteral("spidernet"), QStringLiteral("spidernet"),
        QStringLiteral("spidernet-system")};
    installOlder(modulePackage(QStringLiteral("spidernet"), QStringLiteral("v0.5.0"),
                     QStringLiteral("spidernet_v0.5.0_amd64.tar")),
        spidernet,
        {QStringLiteral("spidernet.image.registry"), QStringLiteral("ui.image.registry")});
    const GeneratedBundle package = modulePackage(QStringLiteral("spidernet"),
        QStringLiteral("v0.6.0"), QStringLiteral("spidernet_v0.6.0_amd64.tar"));
    const QString project = QStringLiteral("release.daocloud.io/spidernet");

    const CliRun run
        = runCli(runArguments(writeModulePlan(QStringLiteral("spidernet"), package, project)));
    ASSERT_EQ(run.exitCode, 0) << run.describe();

    expectUpgraded(run, spidernet, QStringLiteral("v0.6.0"),
        {QStringLiteral("spidernet.image.registry=") + m_registry.address(),
            QStringLiteral("ui.image.registry=") + m_registry.address(),
            QStringLiteral("spidernet.image.repository=")
                + in(project, QStringLiteral("spidernet")),
            QStringLiteral("ui.image.repository=") + in(project, QStringLiteral("spidernet-ui"))});
    expectInRegistry(in(project, QStringLiteral("spidernet:v0.6.0")));
    expectInRegistry(in(project, QStringLiteral("spidernet-ui:v0.6.0")));
    expectNoSecretLeft(run);
}

// The middleware template, as the download page names it (redis_0.12.0_amd64.tar): the
// chart-package path sets console_image.registry and operator_image.registry too.
TEST_P(ModuleFamilyUpgradeOnHelm3, RedisMiddlewareSetsTheChartPackageKeys)
{
    const InstalledRelease redis {QStringLiteral("mcamel-redis"), QStringLiteral("mcamel-redis"),
        QStringLiteral("mcamel-system")};
    const QStringList keys {QStringLiteral("global.imageRegistry"),
        QStringLiteral("console_image.registry"), QStringLiteral("operator_image.registry")};
    installOlder(modulePackage(QStringLiteral("mcamel-redis"), QStringLiteral("0.11.0"),
                     QStringLiteral("redis_0.11.0_amd64.tar"), QStringLiteral("short")),
        redis, keys);
    const GeneratedBundle package
        = modulePackage(QStringLiteral("mcamel-redis"), QStringLiteral("0.12.0"),
            QStringLiteral("redis_0.12.0_amd64.tar"), QStringLiteral("short"));
    const QString project = QStringLiteral("mcamel");

    const CliRun run
        = runCli(runArguments(writeModulePlan(QStringLiteral("mcamel-redis"), package, project)));
    ASSERT_EQ(run.exitCode, 0) << run.describe();

    const QString registry = m_registry.address();
    expectUpgraded(run, redis, QStringLiteral("0.12.0"),
        {QStringLiteral("global.imageRegistry=") + registry,
            QStringLiteral("console_image.registry=") + registry,
            QStringLiteral("operator_image.registry=") + registry,
            QStringLiteral("apiserver.image.repository=")
                + in(project, QStringLiteral("mcamel-redis-apiserver")),
            QStringLiteral("console_image.repository=")
                + in(project, QStringLiteral("mcamel-redis-console")),
            QStringLiteral("operator_image.repository=")
                + in(project, QStringLiteral("mcamel-redis-operator"))});
    for (const char *name : {"apiserver", "console", "operator"}) {
        expectInRegistry(
            in(project, QStringLiteral("mcamel-redis-%1:0.12.0").arg(QString::fromLatin1(name))));
    }
    expectNoSecretLeft(run);
}

// hydra's package holds three bundles. The plan upgrades hydra; every chart and image of the
// package is synced (the agents can then be upgraded from the DCE UI); an agent the user
// installed under a name of their own is upgraded through a releases: entry naming it, and the
// plan says of the other agent that it is synced, not upgraded.
TEST_P(ModuleFamilyUpgrade, HydraUpgradesItselfAndAnAgentNamedInThePlan)
{
    const GeneratedBundle older = modulePackage(QStringLiteral("hydra"), QStringLiteral("v0.8.0"),
        QStringLiteral("hydra_v0.8.0_amd64.tar"));
    const InstalledRelease hydra {
        QStringLiteral("hydra"), QStringLiteral("hydra"), QStringLiteral("hydra-system")};
    // On a worker cluster, under the name the user gave it in the DCE UI.
    const InstalledRelease agent {QStringLiteral("hydra-agent"), QStringLiteral("gpu-agent"),
        QStringLiteral("hydra-agents"), StandinCluster::WorkerContext};
    installOlder(older, hydra, {QStringLiteral("global.imageRegistry")});
    installOlder(older, agent, {QStringLiteral("global.imageRegistry")});
    const GeneratedBundle package = modulePackage(QStringLiteral("hydra"), QStringLiteral("v0.9.0"),
        QStringLiteral("hydra_v0.9.0_amd64.tar"));
    const QString project = QStringLiteral("hydra");
    const QString charts = QStringLiteral("oci://%1/charts").arg(m_registry.address());
    const QString plan = writeModulePlan(QStringLiteral("hydra"), package, project,
        QStringLiteral("    - chart: hydra\n"
                       "    - chart: hydra-agent\n"
                       "      release: gpu-agent\n"
                       "      namespace: hydra-agents\n"
                       "      kubeContexts: [%1]\n")
            .arg(StandinCluster::WorkerContext),
        QStringLiteral("  chartTarget: oci\n  chartRepoUrl: %1\n").arg(charts));

    const CliRun run = runCli(runArguments(plan));
    ASSERT_EQ(run.exitCode, 0) << run.describe();

    const QString registry = QStringLiteral("global.imageRegistry=") + m_registry.address();
    expectUpgraded(run, hydra, QStringLiteral("v0.9.0"), {registry});
    // The agent's chart names its images hydra-agent/...: the project differs.
    expectUpgraded(run, agent, QStringLiteral("v0.9.0"),
        {registry,
            QStringLiteral("apiserver.image.repository=")
                + in(project, QStringLiteral("hydra-agent-apiserver"))});
    // Every chart of the package and its images, the agent nobody upgrades included.
    for (const char *chart : {"hydra", "hydra-agent", "web-search-agent"}) {
        expectInRegistry(QStringLiteral("charts/%1:v0.9.0").arg(QString::fromLatin1(chart)));
        expectInRegistry(
            in(project, QString::fromLatin1(chart) + QStringLiteral("-apiserver:v0.9.0")));
    }
    // web-search-agent is not upgraded, and the plan says so, with how to upgrade it.
    EXPECT_TRUE(run.step(QStringLiteral("helm.upgrade:web-search-agent")).isEmpty());
    const Fixtures::CliResult shown
        = Fixtures::runCli({QStringLiteral("plan"), QStringLiteral("--plan"), plan,
            QStringLiteral("--helm-version"), QStringLiteral("3.18.0")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(
        QLatin1String("web-search-agent v0.9.0 is synced with the package but not upgraded: its "
                      "releases are installed from the DCE UI under names chosen there. To "
                      "upgrade one, add it under upgrade.releases with chart: web-search-agent, "
                      "release:, namespace: and kubeContexts:.")))
        << shown.out.toStdString();
    EXPECT_FALSE(shown.out.contains(QLatin1String("hydra-agent v0.9.0 is synced")))
        << shown.out.toStdString();
    expectNoSecretLeft(run);
}

// ghippo's version note from 0.11 to 0.12: every keycloak key is named keycloakx. helm.check
// reads the installed 0.11.0, says the note applies, and values.prepare renames the keys in the
// values passed to helm; the backup keeps them as they were; the report lists the note.
TEST_P(ModuleFamilyUpgradeOnHelm3, GhippoVersionNoteRenamesKeycloakInTheValuesNotTheBackup)
{
    const InstalledRelease ghippo {
        QStringLiteral("ghippo"), QStringLiteral("ghippo"), QStringLiteral("ghippo-system")};
    const QJsonObject keycloak {{QStringLiteral("realm"), QStringLiteral("ghippo")}};
    installOlder(modulePackage(QStringLiteral("ghippo"), QStringLiteral("0.11.0"),
                     QStringLiteral("ghippo_0.11.0_amd64.tar")),
        ghippo, {QStringLiteral("global.imageRegistry")},
        {{QStringLiteral("keycloak"), keycloak},
            {QStringLiteral("auth"), QJsonObject {{QStringLiteral("keycloak"), keycloak}}}});
    const GeneratedBundle package = modulePackage(QStringLiteral("ghippo"),
        QStringLiteral("0.12.0"), QStringLiteral("ghippo_0.12.0_amd64.tar"));

    const CliRun run = runCli(
        runArguments(writeModulePlan(QStringLiteral("ghippo"), package, QStringLiteral("ghippo"))));
    ASSERT_EQ(run.exitCode, 0) << run.describe();

    // The backup (compared inside) is the values as installed, keycloak and all.
    expectUpgraded(run, ghippo, QStringLiteral("0.12.0"),
        {QStringLiteral("global.imageRegistry=") + m_registry.address()});
    const QJsonObject values = QJsonDocument::fromJson(getValues(ghippo, "json")).object();
    EXPECT_EQ(valueAt(values, QStringLiteral("keycloakx.realm")), QStringLiteral("ghippo"))
        << QJsonDocument(values).toJson().toStdString();
    EXPECT_EQ(valueAt(values, QStringLiteral("auth.keycloakx.realm")), QStringLiteral("ghippo"));
    EXPECT_FALSE(values.contains(QLatin1String("keycloak")));
    EXPECT_FALSE(
        values.value(QLatin1String("auth")).toObject().contains(QLatin1String("keycloak")));
    EXPECT_TRUE(
        m_valuesBefore.value(QStringLiteral("ghippo@") + ghippo.context).contains("keycloak:"));

    EXPECT_TRUE(run.said(QStringLiteral("helm.check"))
                    .contains(QStringLiteral("Version note: ghippo (0.11.0 → 0.12.0): From 0.11")))
        << run.said(QStringLiteral("helm.check")).toStdString();
    const QString prepared = run.said(QStringLiteral("values.prepare:ghippo"));
    EXPECT_TRUE(prepared.contains(QStringLiteral("Renamed keycloak → keycloakx")))
        << prepared.toStdString();
    EXPECT_TRUE(prepared.contains(QStringLiteral("Renamed auth.keycloak → auth.keycloakx")))
        << prepared.toStdString();

    const QJsonObject report
        = QJsonDocument::fromJson(readWholeFile(run.session + QStringLiteral("/report.json")))
              .object();
    const QJsonArray notes = report.value(QLatin1String("versionNotes")).toArray();
    ASSERT_EQ(notes.size(), 1) << QJsonDocument(report).toJson().toStdString();
    EXPECT_EQ(notes.at(0)[QLatin1String("installed")].toString(), QStringLiteral("0.11.0"));
    EXPECT_TRUE(notes.at(0)[QLatin1String("renamesApplied")].toBool());
    const QString html
        = QString::fromUtf8(readWholeFile(run.session + QStringLiteral("/report.html")));
    EXPECT_TRUE(html.contains(QLatin1String("<h2>Version notes</h2>")));
    EXPECT_TRUE(html.contains(QStringLiteral("renamed keycloak → keycloakx")));
    expectNoSecretLeft(run);
}

// mspider from its chart repository, as its page does it: the sync publishes the relocated chart
// to Harbor's chart repository (a FAKE of Harbor's API: Harbor cannot run here; the images go to
// the real registry), helm adds it under the page's alias mspider-release and upgrades to the
// v version from there, setting only the profile's registry key (the chart is relocated).
TEST_P(ModuleFamilyUpgradeOnHelm4, MspiderFromItsChartRepositoryUnderItsReleaseAlias)
{
    const InstalledRelease mspider {
        QStringLiteral("mspider"), QStringLiteral("mspider"), QStringLiteral("mspider-system")};
    const GeneratedBundle package = mspiderV0201Over(mspider);
    FakeHarborApi harbor;
    ASSERT_TRUE(harbor.isRunning());
    const QString chartRepo = harbor.url() + QLatin1String("/chartrepo/release.daocloud.io");
    const QString plan
        = writeModulePlan(QStringLiteral("mspider"), package, QStringLiteral("mspider"), {},
            QStringLiteral("  chartTarget: harbor\n  chartRepoUrl: %1\n").arg(chartRepo),
            QStringLiteral("helm-repo"));

    const CliRun run = runCli(runArguments(plan));
    ASSERT_EQ(run.exitCode, 0) << run.describe();

    EXPECT_TRUE(run.said(QStringLiteral("helm.repo"))
                    .contains(QStringLiteral("helm repo add mspider-release %1 ").arg(chartRepo)))
        << run.said(QStringLiteral("helm.repo")).toStdString();
    EXPECT_TRUE(run.said(QStringLiteral("helm.upgrade:mspider"))
                    .contains(QLatin1String(" mspider-release/mspider ")))
        << run.said(QStringLiteral("helm.upgrade:mspider")).toStdString();
    EXPECT_TRUE(run.said(QStringLiteral("helm.upgrade:mspider"))
                    .contains(QLatin1String(" --version v0.20.1 ")))
        << run.said(QStringLiteral("helm.upgrade:mspider")).toStdString();
    expectUpgraded(run, mspider, QStringLiteral("v0.20.1"),
        {QStringLiteral("global.imageRegistry=") + m_registry.address()});
    expectInRegistry(in(QStringLiteral("mspider"), QStringLiteral("mspider-apiserver:v0.20.1")));
    expectNoSecretLeft(run);
}

INSTANTIATE_TEST_SUITE_P(Helm, ModuleFamilyUpgrade, ::testing::Values(3, 4), helmTestName);
INSTANTIATE_TEST_SUITE_P(Helm, ModuleFamilyUpgradeOnHelm3, ::testing::Values(3), helmTestName);
INSTANTIATE_TEST_SUITE_P(Helm, ModuleFamilyUpgradeOnHelm4, ::testing::Values(4), helmTestName);
