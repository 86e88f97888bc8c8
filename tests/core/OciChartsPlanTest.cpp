// Charts as OCI artifacts (Harbor 2.8 and later) on the helm-repo path, and where the CRDs of
// `applyCrds` come from on both paths: the planned commands, the refusals of an old helm and of
// a malformed oci:// address, and what the exported script does with them.
#include "PlanFixture.h"

#include "engine/ScriptWriter.h"
#include "engine/StepFactory.h"
#include "util/Error.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;
using DceUpgrade::Test::PlanFixture;
using DceUpgrade::Test::WithPackage;

namespace {

const QString OciRepo = QStringLiteral("oci://harbor.example.com:8443/skoala");
const QString RegistryConfig = QStringLiteral("${SESSION}/helm/config/registry/config.json");

const PlannedStep *stepOf(const PlanResult &result, const QString &id)
{
    for (const PlannedStep &step : result.steps) {
        if (step.id == id) {
            return &step;
        }
    }
    return nullptr;
}

int indexOf(const PlanResult &result, const QString &id)
{
    for (size_t i = 0; i < result.steps.size(); ++i) {
        if (result.steps[i].id == id) {
            return int(i);
        }
    }
    return -1;
}

QString argAfter(const CommandLine &command, const QString &flag)
{
    const qsizetype at = command.arguments().indexOf(flag);
    return at < 0 ? QStringLiteral("<no %1>").arg(flag) : command.arguments().value(at + 1);
}

class OciCharts : public WithPackage<::testing::TestWithParam<const char *>>
{
protected:
    // A helm-repo plan upgrading from OciRepo (`upgradeLines` replaces the repoAlias line).
    QByteArray planYaml(
        const QString &extraRegistry = {}, const QString &sync = QStringLiteral("none")) const
    {
        PlanFixture::Options options;
        options.sync = sync;
        options.chartTarget = QStringLiteral("none");
        options.extraRegistry = extraRegistry;
        QByteArray yaml = PlanFixture::planYaml(s_package->path, options);
        yaml.replace("  repoAlias: skoala-release\n",
            QStringLiteral("  repoUrl: %1\n").arg(OciRepo).toUtf8());
        return yaml;
    }
    PlanResult plan(const QByteArray &yaml, const QString &helm) const
    {
        m_plan = UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"));
        return PlanFixture::plan(*s_package, m_plan, helm);
    }
    QString helm() const { return QString::fromLatin1(GetParam()); }

    mutable UpgradePlan m_plan;
};

} // namespace

TEST_P(OciCharts, LoginVersionsUpgradeAndLogoutGoToTheRegistryNeverToHelmRepo)
{
    const PlanResult result
        = plan(planYaml(QStringLiteral("  caFile: /etc/harbor-ca.crt\n")), helm());

    EXPECT_EQ(stepOf(result, QStringLiteral("helm.repo")), nullptr) << "helm rejects oci:// there";
    EXPECT_EQ(stepOf(result, QStringLiteral("helm.repo.cleanup")), nullptr);

    const PlannedStep *login = stepOf(result, QStringLiteral("helm.registry.login"));
    ASSERT_NE(login, nullptr);
    ASSERT_EQ(login->commands.size(), 1U);
    const CommandLine &command = login->commands.front();
    EXPECT_EQ(command.arguments().mid(0, 3),
        (QStringList {QStringLiteral("registry"), QStringLiteral("login"),
            QStringLiteral("harbor.example.com:8443")}));
    EXPECT_EQ(argAfter(command, QStringLiteral("--username")), QStringLiteral("robot$skoala"));
    EXPECT_TRUE(command.arguments().contains(QStringLiteral("--password-stdin")));
    EXPECT_EQ(command.input(), CommandLine::Input::Secret);
    EXPECT_EQ(command.secretId(), QStringLiteral("registry.password"));
    EXPECT_EQ(argAfter(command, QStringLiteral("--ca-file")), QStringLiteral("/etc/harbor-ca.crt"));
    EXPECT_EQ(command.environment().value(QStringLiteral("HELM_REGISTRY_CONFIG")), RegistryConfig);
    EXPECT_FALSE(login->resumable) << "the logout of every run removes the login";

    // Versions from the registry: one `show chart` per chart, never `helm search`.
    const PlannedStep *versions = stepOf(result, QStringLiteral("helm.versions"));
    ASSERT_NE(versions, nullptr);
    ASSERT_EQ(versions->commands.size(), 2U);
    const CommandLine &show = versions->commands.front();
    EXPECT_EQ(show.arguments().mid(0, 5),
        (QStringList {QStringLiteral("show"), QStringLiteral("chart"),
            OciRepo + QStringLiteral("/skoala"), QStringLiteral("--version"),
            QStringLiteral("0.28.1")}));
    EXPECT_EQ(argAfter(show, QStringLiteral("--ca-file")), QStringLiteral("/etc/harbor-ca.crt"));
    EXPECT_EQ(show.environment().value(QStringLiteral("HELM_REGISTRY_CONFIG")), RegistryConfig);
    EXPECT_EQ(
        versions->commands.back().arguments().value(2), OciRepo + QStringLiteral("/skoala-init"));

    // The upgrade and the render before it read the chart from the registry, the same way.
    for (const QString &id :
        {QStringLiteral("helm.upgrade:skoala"), QStringLiteral("images.check:skoala"),
            QStringLiteral("helm.upgrade:skoala-init@worker-1")}) {
        const PlannedStep *step = stepOf(result, id);
        ASSERT_NE(step, nullptr) << id.toStdString();
        const CommandLine &helmCommand = step->commands.front();
        EXPECT_TRUE(helmCommand.arguments().value(2).startsWith(OciRepo + QLatin1Char('/')))
            << helmCommand.display().toStdString();
        EXPECT_EQ(argAfter(helmCommand, QStringLiteral("--version")), QStringLiteral("0.28.1"));
        EXPECT_EQ(argAfter(helmCommand, QStringLiteral("--ca-file")),
            QStringLiteral("/etc/harbor-ca.crt"));
        EXPECT_EQ(helmCommand.environment().value(QStringLiteral("HELM_REGISTRY_CONFIG")),
            RegistryConfig);
    }

    // Logged in before anything reads the registry, logged out after everything, always.
    const int loginAt = indexOf(result, QStringLiteral("helm.registry.login"));
    const int logoutAt = indexOf(result, QStringLiteral("helm.registry.logout"));
    EXPECT_LT(loginAt, indexOf(result, QStringLiteral("helm.versions")));
    EXPECT_LT(indexOf(result, QStringLiteral("helm.upgrade:skoala-init@worker-1")), logoutAt);
    const PlannedStep &logout = result.steps[std::size_t(logoutAt)];
    EXPECT_TRUE(logout.alwaysRun);
    EXPECT_EQ(logout.paths.helmRegistryConfig, RegistryConfig);
    ASSERT_EQ(logout.commands.size(), 1U);
    EXPECT_EQ(logout.commands.front().arguments(),
        (QStringList {QStringLiteral("registry"), QStringLiteral("logout"),
            QStringLiteral("harbor.example.com:8443")}));

    for (const PlannedStep &step : result.steps) {
        EXPECT_TRUE(StepFactory::implements(step)) << step.id.toStdString();
        for (const CommandLine &c : step.commands) {
            EXPECT_NE(c.arguments().mid(0, 2),
                (QStringList {QStringLiteral("repo"), QStringLiteral("add")}));
        }
    }
    EXPECT_EQ(result.secretsNeeded(), QStringList {QStringLiteral("registry.password")});
}

TEST_P(OciCharts, TheScriptLogsInThroughAPipeAndLogsOutInItsExitTrap)
{
    const PlanResult result = plan(planYaml(), helm());
    const QString script = QString::fromUtf8(
        ScriptWriter::write(result, {&m_plan, HelmVersion::parse(helm()), QStringLiteral("p")}));
    EXPECT_TRUE(script.contains(QStringLiteral(
        "printf '%s' \"$DCE_REGISTRY_PASSWORD\" | "
        "HELM_REGISTRY_CONFIG=\"${SESSION}\"/helm/config/registry/config.json LC_ALL=C helm "
        "registry login harbor.example.com:8443 --username 'robot$skoala' "
        "--password-stdin")))
        << script.toStdString();
    const qsizetype trap = script.indexOf(QStringLiteral("dce_cleanup() {"));
    const qsizetype trapEnd = script.indexOf(QStringLiteral("trap dce_cleanup EXIT"));
    ASSERT_GE(trap, 0);
    const QString cleanup = script.mid(trap, trapEnd - trap);
    EXPECT_TRUE(cleanup.contains(QStringLiteral("helm registry logout harbor.example.com:8443 || "
                                                "true")))
        << cleanup.toStdString();
    EXPECT_TRUE(
        cleanup.contains(QStringLiteral("rm -f \"${SESSION}\"/helm/config/registry/config.json")))
        << cleanup.toStdString();
    EXPECT_FALSE(script.contains(QStringLiteral("helm repo add")));
    EXPECT_FALSE(script.contains(QStringLiteral("helm search")));
}

TEST_P(OciCharts, TheBuiltInSyncsOciTargetIsWhereTheUpgradeTakesTheChartFrom)
{
    PlanFixture::Options options;
    options.chartTarget = QStringLiteral("oci");
    const PlanResult result = plan(PlanFixture::planYaml(s_package->path, options), helm());
    const PlannedStep *upgrade = stepOf(result, QStringLiteral("helm.upgrade:skoala"));
    ASSERT_NE(upgrade, nullptr);
    EXPECT_EQ(upgrade->commands.front().arguments().value(2),
        QStringLiteral("oci://10.16.23.145/release.daocloud.io/skoala"));
    EXPECT_LT(indexOf(result, QStringLiteral("chart.publish")),
        indexOf(result, QStringLiteral("helm.versions")));
    const PlannedStep *login = stepOf(result, QStringLiteral("helm.registry.login"));
    ASSERT_NE(login, nullptr);
    EXPECT_EQ(login->commands.front().arguments().value(2), QStringLiteral("10.16.23.145"));
}

INSTANTIATE_TEST_SUITE_P(Helm, OciCharts, ::testing::Values("3.18.0", "4.1.4"));

class OciChartsOnOnePackage : public WithPackage<::testing::Test>
{
};

TEST_F(OciChartsOnOnePackage, AHelmWithoutOciIsRefusedWithTheVersionItNeeds)
{
    PlanFixture::Options options;
    options.sync = QStringLiteral("none");
    options.chartTarget = QStringLiteral("none");
    const auto planFor = [&](const QString &extraRegistry) {
        options.extraRegistry = extraRegistry;
        QByteArray yaml = PlanFixture::planYaml(s_package->path, options);
        yaml.replace("  repoAlias: skoala-release\n",
            QStringLiteral("  repoUrl: %1\n").arg(OciRepo).toUtf8());
        return UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"));
    };
    const auto refusal = [&](const UpgradePlan &plan, const char *helm) -> QString {
        try {
            PlanFixture::plan(*s_package, plan, QString::fromLatin1(helm));
        } catch (const Error &error) {
            EXPECT_EQ(error.code(), QStringLiteral("helm.too-old"));
            EXPECT_FALSE(error.hint().isEmpty());
            return error.message();
        }
        return {};
    };
    const UpgradePlan plain = planFor({});
    EXPECT_TRUE(refusal(plain, "3.7.3").contains(QLatin1String("3.8"))) << "OCI went GA in 3.8";
    EXPECT_TRUE(refusal(plain, "3.8.0").isEmpty());
    const UpgradePlan withCa = planFor(QStringLiteral("  caFile: /etc/ca.crt\n"));
    EXPECT_TRUE(refusal(withCa, "3.11.3").contains(QLatin1String("3.12")));
    EXPECT_TRUE(refusal(withCa, "3.12.0").isEmpty());
    const UpgradePlan overHttp = planFor(QStringLiteral("  scheme: http\n"));
    EXPECT_TRUE(refusal(overHttp, "3.17.3").contains(QLatin1String("3.18")));
    const PlanResult result = PlanFixture::plan(*s_package, overHttp, QStringLiteral("3.18.0"));
    const PlannedStep *login = stepOf(result, QStringLiteral("helm.registry.login"));
    ASSERT_NE(login, nullptr);
    EXPECT_TRUE(login->commands.front().arguments().contains(QStringLiteral("--plain-http")));
}

TEST(OciChartsPlan, AMalformedOciAddressIsRefusedWhenThePlanIsRead)
{
    const auto problemsFor = [](const QString &repoUrl) {
        UpgradePlan plan;
        plan.package = QStringLiteral("skoala.tar");
        plan.registry.address = QStringLiteral("10.16.23.145");
        plan.sync.method = SyncMethod::None;
        plan.sync.chartTarget = ChartTarget::None;
        plan.upgrade.repoUrl = repoUrl;
        QStringList keys;
        for (const PlanProblem &problem : plan.validate()) {
            keys.append(problem.key);
            EXPECT_FALSE(problem.hint.isEmpty());
        }
        return keys;
    };
    for (const char *good : {"oci://harbor.example.com/skoala", "oci://10.0.0.1:5000/a/b-c",
             "oci://harbor.example.com/release.daocloud.io/", "https://h/chartrepo/p"}) {
        EXPECT_TRUE(problemsFor(QString::fromLatin1(good)).isEmpty()) << good;
    }
    for (const char *bad : {"oci://", "oci://harbor.example.com", "oci://harbor.example.com/",
             "oci://u:pw@harbor.example.com/skoala", "oci://harbor.example.com/Skoala",
             "oci://harbor.example.com/skoala?x=1", "oci:/harbor.example.com/skoala",
             "OCI://harbor.example.com/skoala", "oci://harbor.example.com//skoala"}) {
        EXPECT_EQ(
            problemsFor(QString::fromLatin1(bad)), QStringList {QStringLiteral("upgrade.repoUrl")})
            << bad;
    }

    UpgradePlan publishing;
    publishing.package = QStringLiteral("skoala.tar");
    publishing.registry.address = QStringLiteral("10.16.23.145");
    publishing.sync.chartTarget = ChartTarget::Oci;
    publishing.sync.chartRepoUrl = QStringLiteral("oci://10.16.23.145");
    const std::vector<PlanProblem> problems = publishing.validate();
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems.front().key, QStringLiteral("sync.chartRepoUrl"));
    EXPECT_TRUE(problems.front().message.contains(QLatin1String("project")))
        << problems.front().message.toStdString();
}

// applyCrds: kubectl applies the crds/ of the chart helm installs, on both paths.
TEST_F(OciChartsOnOnePackage, CrdsComeFromTheChartTheUpgradeInstallsOnBothPaths)
{
    const ModuleProfile profile = ModuleProfile::parse(
        "id: skoala\nname: {en: Microservice Engine}\npackageGlob: \"skoala*.tar\"\nreleases:\n"
        "  - chart: skoala\n    release: skoala\n    namespace: skoala-system\n"
        "    repoAlias: skoala-release\n    imageRegistryKeys: [global.imageRegistry]\n"
        "    applyCrds: true\n",
        QStringLiteral("crds.yaml"));
    const auto planned = [&](const char *upgrade, const QString &repoUrl) {
        PlanFixture::Options options;
        options.sync = QStringLiteral("none");
        options.chartTarget = QStringLiteral("none");
        options.upgrade = QString::fromLatin1(upgrade);
        QByteArray yaml = PlanFixture::planYaml(s_package->path, options);
        yaml.replace("    - chart: skoala-init\n      kubeContexts: [worker-1]\n", "");
        if (!repoUrl.isEmpty()) {
            yaml.replace("  repoAlias: skoala-release\n",
                QStringLiteral("  repoUrl: %1\n").arg(repoUrl).toUtf8());
        } else {
            yaml.replace("  repoAlias: skoala-release\n",
                "  repoAlias: skoala-release\n  repoUrl: https://10.16.23.145/chartrepo/p\n");
        }
        const UpgradePlan plan = UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"));
        Planner::Input input;
        input.plan = &plan;
        input.profile = &profile;
        input.package = s_package;
        input.helm = HelmVersion::parse(QStringLiteral("3.18.0"));
        return Planner::plan(input);
    };
    const auto applied = [](const PlanResult &result) {
        const PlannedStep *crds = stepOf(result, QStringLiteral("crds.apply:skoala"));
        return crds ? crds->commands.front().arguments().value(4) : QString();
    };

    // chart-package: the chart extracted from the package.
    const PlanResult fromPackage = planned("chart-package", {});
    EXPECT_EQ(applied(fromPackage), QStringLiteral("${SESSION}/charts/skoala/crds"));
    EXPECT_EQ(stepOf(fromPackage, QStringLiteral("chart.pull:skoala")), nullptr);
    EXPECT_LT(indexOf(fromPackage, QStringLiteral("chart.extract:skoala")),
        indexOf(fromPackage, QStringLiteral("crds.apply:skoala")));

    // helm-repo: exactly the version helm installs, pulled from the repository after the check
    // that it is there and before the CRDs are applied.
    for (const QString &repoUrl : {QString(), OciRepo}) {
        const PlanResult fromRepo = planned("helm-repo", repoUrl);
        const PlannedStep *pull = stepOf(fromRepo, QStringLiteral("chart.pull:skoala"));
        ASSERT_NE(pull, nullptr) << repoUrl.toStdString();
        const CommandLine &command = pull->commands.front();
        EXPECT_EQ(command.arguments().mid(0, 7),
            (QStringList {QStringLiteral("pull"),
                repoUrl.isEmpty() ? QStringLiteral("skoala-release/skoala")
                                  : OciRepo + QStringLiteral("/skoala"),
                QStringLiteral("--version"), QStringLiteral("0.28.1"), QStringLiteral("--untar"),
                QStringLiteral("--untardir"), QStringLiteral("${SESSION}/charts-pulled/skoala")}));
        EXPECT_EQ(command.environment().contains(QStringLiteral("HELM_REGISTRY_CONFIG")),
            !repoUrl.isEmpty());
        EXPECT_EQ(applied(fromRepo), QStringLiteral("${SESSION}/charts-pulled/skoala/skoala/crds"));
        EXPECT_EQ(stepOf(fromRepo, QStringLiteral("chart.extract:skoala")), nullptr);
        EXPECT_LT(indexOf(fromRepo, QStringLiteral("helm.versions")),
            indexOf(fromRepo, QStringLiteral("chart.pull:skoala")));
        EXPECT_LT(indexOf(fromRepo, QStringLiteral("chart.pull:skoala")),
            indexOf(fromRepo, QStringLiteral("crds.apply:skoala")));
        EXPECT_TRUE(StepFactory::implements(*pull));
    }
}
