#include "PlanFixture.h"

#include "engine/PlanText.h"
#include "engine/StepFactory.h"
#include "engine/StepIds.h"
#include "util/Error.h"
#include "util/Yaml.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;
using DceUpgrade::Test::Fixtures;
using DceUpgrade::Test::PlanFixture;
using DceUpgrade::Test::WithPackage;

namespace {

struct Combination
{
    const char *sync;
    const char *chartTarget;
    const char *upgrade;
    const char *helm;
};

void PrintTo(const Combination &c, std::ostream *os)
{
    *os << c.sync << '/' << c.chartTarget << '/' << c.upgrade << "/helm-" << c.helm;
}

class EveryCombination : public WithPackage<::testing::TestWithParam<Combination>>
{
};

std::vector<const CommandLine *> commandsOf(const PlanResult &result, const QString &idPrefix)
{
    std::vector<const CommandLine *> found;
    for (const PlannedStep &step : result.steps) {
        if (step.id.startsWith(idPrefix)) {
            for (const CommandLine &command : step.commands) {
                found.push_back(&command);
            }
        }
    }
    return found;
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

} // namespace

TEST_P(EveryCombination, StepsAvoidEveryTrap)
{
    const Combination c = GetParam();
    PlanFixture::Options options;
    options.sync = QString::fromLatin1(c.sync);
    options.chartTarget = QString::fromLatin1(c.chartTarget);
    options.upgrade = QString::fromLatin1(c.upgrade);
    const UpgradePlan upgradePlan = UpgradePlan::fromYaml(
        PlanFixture::planYaml(s_package->path, options), QStringLiteral("plan.yaml"));
    const PlanResult result
        = PlanFixture::plan(*s_package, upgradePlan, QString::fromLatin1(c.helm));
    const HelmVersion helm = HelmVersion::parse(QString::fromLatin1(c.helm));
    const bool fromRepo = upgradePlan.upgrade.method == UpgradeMethod::HelmRepo;

    // Ids are unique: state.json and events key on them.
    QSet<QString> ids;
    for (const PlannedStep &step : result.steps) {
        EXPECT_FALSE(ids.contains(step.id)) << step.id.toStdString();
        ids.insert(step.id);
        EXPECT_FALSE(step.title.isEmpty());
        for (const CommandLine &command : step.commands) {
            // §6 + secrets: no password flag with a value, ever.
            for (const QString &arg : command.arguments()) {
                EXPECT_NE(arg, QStringLiteral("--password")) << command.display().toStdString();
                EXPECT_FALSE(arg.startsWith(QStringLiteral("--password=")))
                    << command.display().toStdString();
                EXPECT_FALSE(arg.startsWith(QStringLiteral("-p=")))
                    << command.display().toStdString();
            }
            if (command.arguments().contains(QStringLiteral("--password-stdin"))) {
                EXPECT_EQ(command.input(), CommandLine::Input::Secret);
            }
            if (command.program() == QStringLiteral("helm")) {
                EXPECT_EQ(
                    command.environment().value(QStringLiteral("LC_ALL")), QStringLiteral("C"));
            }
        }
    }

    // The release order and the backup-before-upgrade rule.
    const int skoalaBackup = indexOf(result, QStringLiteral("values.backup:skoala"));
    const int skoalaUpgrade = indexOf(result, QStringLiteral("helm.upgrade:skoala"));
    const int initUpgrade = indexOf(result, QStringLiteral("helm.upgrade:skoala-init@worker-1"));
    ASSERT_GE(skoalaBackup, 0);
    EXPECT_LT(skoalaBackup, skoalaUpgrade);
    EXPECT_LT(skoalaUpgrade, initUpgrade);
    EXPECT_LT(indexOf(result, QStringLiteral("jobs.delete:skoala-init@worker-1")), initUpgrade);
    EXPECT_LT(indexOf(result, QStringLiteral("values.backup:skoala-init@worker-1")), initUpgrade);
    EXPECT_EQ(result.steps.back().id, QStringLiteral("report"));
    EXPECT_TRUE(result.steps.back().alwaysRun);

    for (const CommandLine *upgrade : commandsOf(result, QStringLiteral("helm.upgrade:"))) {
        const QStringList &args = upgrade->arguments();
        // Trap 1: the version is really passed (on the helm-repo path).
        if (fromRepo) {
            const qsizetype at = args.indexOf(QStringLiteral("--version"));
            ASSERT_GE(at, 0) << upgrade->display().toStdString();
            EXPECT_EQ(args.at(at + 1), QStringLiteral("0.28.1"));
            EXPECT_TRUE(args.at(2).startsWith(QStringLiteral("skoala-release/skoala")));
        } else {
            EXPECT_FALSE(args.contains(QStringLiteral("--version")));
            EXPECT_TRUE(args.at(2).startsWith(QStringLiteral("${SESSION}/charts/")));
        }
        EXPECT_TRUE(args.contains(helm.major >= 4 ? QStringLiteral("--rollback-on-failure")
                                                  : QStringLiteral("--atomic")));
        EXPECT_FALSE(args.contains(helm.major >= 4 ? QStringLiteral("--atomic")
                                                   : QStringLiteral("--rollback-on-failure")));
        EXPECT_TRUE(args.contains(QStringLiteral("-f")));
        const qsizetype set = args.indexOf(QStringLiteral("--set-string"));
        ASSERT_GE(set, 0);
        EXPECT_TRUE(
            args.at(set + 1).startsWith(QStringLiteral("global.imageRegistry=10.16.23.145")));
    }

    for (const CommandLine *update : commandsOf(result, QStringLiteral("helm.repo"))) {
        if (update->arguments().mid(0, 2)
            == QStringList {QStringLiteral("repo"), QStringLiteral("update")}) {
            // Trap 3/4: NAME only where helm knows it.
            EXPECT_EQ(update->arguments().size(), helm.canUpdateOneRepo() ? 3 : 2);
        }
    }
    for (const CommandLine *search : commandsOf(result, QStringLiteral("helm.versions"))) {
        EXPECT_TRUE(search->arguments().contains(QStringLiteral("json")));
    }
    for (const CommandLine *command : commandsOf(result, QStringLiteral("images.import"))) {
        // Trap 5: the kubelet's namespace, for the import and every tag.
        const QString remote = command->arguments().last();
        EXPECT_TRUE(remote.startsWith(QStringLiteral("sh -c ")));
        EXPECT_EQ(remote.count(QStringLiteral("ctr ")),
            remote.count(QStringLiteral("ctr -n k8s.io images ")))
            << command->display().toStdString();
    }

    for (const CommandLine *command : commandsOf(result, QStringLiteral("docker."))) {
        EXPECT_FALSE(command->environment().value(QStringLiteral("DOCKER_CONFIG")).isEmpty());
    }

    // Trap 7: charts-syncer's auth is nested where charts-syncer reads it, and masked.
    for (const PlannedStep &step : result.steps) {
        for (const PlannedFile &file : step.files) {
            const YAML::Node config = Yaml::parse(file.content, file.path);
            if (upgradePlan.sync.chartTarget == ChartTarget::Harbor) {
                EXPECT_EQ(
                    config["target"]["repo"]["auth"]["username"].as<std::string>(), "robot$skoala");
            } else {
                EXPECT_EQ(config["target"]["repo"]["kind"].as<std::string>(), "LOCAL");
            }
            EXPECT_EQ(
                config["target"]["containers"]["auth"]["password"].as<std::string>(), "******");
            EXPECT_FALSE(config["target"]["repo"]["username"]);
            EXPECT_EQ(file.secretId, QStringLiteral("registry.password"));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Skoala, EveryCombination,
    ::testing::Values(Combination {"builtin", "harbor", "helm-repo", "3.18.0"},
        Combination {"builtin", "oci", "chart-package", "4.1.4"},
        Combination {"builtin", "local", "chart-package", "3.18.0"},
        Combination {"builtin", "none", "helm-repo", "4.1.4"},
        Combination {"charts-syncer", "harbor", "helm-repo", "3.18.0"},
        Combination {"charts-syncer", "harbor", "helm-repo", "4.1.4"},
        Combination {"charts-syncer", "local", "chart-package", "3.18.0"},
        Combination {"charts-syncer", "harbor", "chart-package", "4.1.4"},
        Combination {"docker", "none", "helm-repo", "3.18.0"},
        Combination {"docker", "none", "chart-package", "4.1.4"},
        Combination {"containerd", "none", "helm-repo", "4.1.4"},
        Combination {"containerd", "none", "chart-package", "3.18.0"},
        Combination {"none", "none", "helm-repo", "3.7.0"},
        Combination {"none", "none", "chart-package", "3.6.3"}));

TEST(Planner, OldHelmCannotTakeAPasswordSafely)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    PlanFixture::Options options;
    options.sync = QStringLiteral("none");
    const UpgradePlan withUser
        = UpgradePlan::fromYaml(PlanFixture::planYaml(package.path, options), QStringLiteral("p"));
    try {
        PlanFixture::plan(package, withUser, QStringLiteral("3.6.3"));
        FAIL() << "helm 3.6 was given a password";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("helm.too-old"));
    }
    options.username.clear();
    const UpgradePlan anonymous
        = UpgradePlan::fromYaml(PlanFixture::planYaml(package.path, options), QStringLiteral("p"));
    const PlanResult result = PlanFixture::plan(package, anonymous, QStringLiteral("3.6.3"));
    for (const CommandLine *command : commandsOf(result, QStringLiteral("helm.repo"))) {
        EXPECT_FALSE(command->arguments().contains(QStringLiteral("--username")));
    }
}

TEST(Planner, ChartPackagePassesTheValuesChartsSyncerWouldRewrite)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    PlanFixture::Options options;
    options.upgrade = QStringLiteral("chart-package");
    const PlanResult result = PlanFixture::plan(package,
        UpgradePlan::fromYaml(PlanFixture::planYaml(package.path, options), QStringLiteral("p")),
        QStringLiteral("3.18.0"));
    const ResolvedRelease &skoala = result.releases.front();
    EXPECT_EQ(skoala.imageRegistry, QStringLiteral("10.16.23.145"));
    const QStringList &values = skoala.imageValues;
    EXPECT_TRUE(values.contains(QStringLiteral("global.imageRegistry=10.16.23.145")));
    // original-chart/ keeps "skoala/hive"; the push went to release.daocloud.io/skoala/hive.
    EXPECT_TRUE(
        values.contains(QStringLiteral("hive.image.repository=release.daocloud.io/skoala/hive")));
    // A subchart's image, set from the parent.
    EXPECT_TRUE(values.contains(
        QStringLiteral("sesame.image.repository=10.16.23.145/release.daocloud.io/skoala/sesame")));
    // A third-party image in one value, flattened and pinned by digest as relok8s writes it.
    const auto nginx = std::find_if(values.cbegin(), values.cend(),
        [](const QString &v) { return v.startsWith(QStringLiteral("nginx.image=")); });
    ASSERT_NE(nginx, values.cend());
    EXPECT_TRUE(nginx->startsWith(
        QStringLiteral("nginx.image=10.16.23.145/release.daocloud.io/skoala/nginx@sha256:")));

    // The helm repo path installs the relocated chart: only the registry key is overridden.
    options.upgrade = QStringLiteral("helm-repo");
    const PlanResult fromRepo = PlanFixture::plan(package,
        UpgradePlan::fromYaml(PlanFixture::planYaml(package.path, options), QStringLiteral("p")),
        QStringLiteral("3.18.0"));
    EXPECT_EQ(fromRepo.releases.front().imageValues,
        QStringList {QStringLiteral("global.imageRegistry=10.16.23.145")});
}

TEST(Planner, PlanMustFitThePackage)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    PlanFixture::Options options;
    QByteArray yaml = PlanFixture::planYaml(package.path, options);
    yaml.replace("    - chart: skoala\n", "    - chart: skoala\n      version: 9.9.9\n");
    yaml.replace("method: helm-repo", "method: chart-package");
    try {
        PlanFixture::plan(
            package, UpgradePlan::fromYaml(yaml, QStringLiteral("p")), QStringLiteral("3.18.0"));
        FAIL();
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("plan.invalid"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("9.9.9")));
    }
}

// Without it the run would push every image and only then fail to publish the chart.
TEST(Planner, AChartTargetNeedsItsDestination)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    struct Case
    {
        const char *sync;
        const char *target;
        const char *drop;
        const char *named;
    };
    for (const Case &c : {Case {"builtin", "harbor", "chartRepoUrl", "sync.chartRepoUrl"},
             Case {"builtin", "oci", "chartRepoUrl", "sync.chartRepoUrl"},
             Case {"charts-syncer", "harbor", "chartRepoUrl", "sync.chartRepoUrl"},
             Case {"builtin", "local", "localChartPath", "sync.localChartPath"}}) {
        PlanFixture::Options options;
        options.sync = QString::fromLatin1(c.sync);
        options.chartTarget = QString::fromLatin1(c.target);
        QByteArray yaml = PlanFixture::planYaml(package.path, options);
        const QByteArray key = QByteArray("  ") + c.drop + ':';
        const qsizetype at = yaml.indexOf(key);
        ASSERT_GE(at, 0) << c.drop;
        yaml.remove(at, yaml.indexOf('\n', at) + 1 - at);
        try {
            PlanFixture::plan(package, UpgradePlan::fromYaml(yaml, QStringLiteral("p")),
                QStringLiteral("3.18.0"));
            ADD_FAILURE() << c.sync << '/' << c.target << " planned without " << c.drop;
        } catch (const Error &error) {
            EXPECT_EQ(error.code(), QStringLiteral("plan.invalid"));
            EXPECT_TRUE(error.message().contains(QLatin1String(c.named)))
                << error.message().toStdString();
        }
    }
}

// What a run must collect before it starts: the password, once, only when someone logs in.
TEST(Planner, SecretsNeededAreTheOnesTheStepsAskFor)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    for (const char *sync : {"builtin", "charts-syncer", "docker"}) {
        PlanFixture::Options options;
        options.sync = QString::fromLatin1(sync);
        const PlanResult withUser = PlanFixture::plan(package,
            UpgradePlan::fromYaml(
                PlanFixture::planYaml(package.path, options), QStringLiteral("p")),
            QStringLiteral("3.18.0"));
        EXPECT_EQ(withUser.secretsNeeded(), QStringList {RegistryPasswordId}) << sync;

        options.username.clear();
        const PlanResult anonymous = PlanFixture::plan(package,
            UpgradePlan::fromYaml(
                PlanFixture::planYaml(package.path, options), QStringLiteral("p")),
            QStringLiteral("3.18.0"));
        EXPECT_TRUE(anonymous.secretsNeeded().isEmpty()) << sync;
    }
}

// upgrade.method none: the sync steps of every method with their own checks, and nothing that
// needs helm, kubectl or a cluster, so a host without helm can stage the images days before the
// maintenance window.
TEST(Planner, ASyncOnlyPlanStagesTheImagesAndTouchesNoCluster)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    const QStringList upgradeKinds {QStringLiteral("helm."), QStringLiteral("chart.extract:"),
        QStringLiteral("jobs.delete:"), QStringLiteral("crds.apply:"), QStringLiteral("values."),
        QStringLiteral("images.check:"), QStringLiteral("release.verify:")};
    const auto isUpgradeStep = [&upgradeKinds](const PlannedStep &step) {
        return std::any_of(upgradeKinds.cbegin(), upgradeKinds.cend(),
            [&step](const QString &kind) { return step.id.startsWith(kind); });
    };
    for (const char *sync : {"builtin", "charts-syncer", "docker", "containerd"}) {
        PlanFixture::Options options;
        options.sync = QString::fromLatin1(sync);
        options.upgrade = QStringLiteral("none");
        const UpgradePlan syncOnly = UpgradePlan::fromYaml(
            PlanFixture::planYaml(package.path, options), QStringLiteral("p"));
        options.upgrade = QStringLiteral("chart-package");
        const UpgradePlan full = UpgradePlan::fromYaml(
            PlanFixture::planYaml(package.path, options), QStringLiteral("p"));
        // Planning asks no helm: the version given is not looked at.
        const PlanResult staged = PlanFixture::plan(package, syncOnly, QStringLiteral("3.6.3"));
        const PlanResult upgraded = PlanFixture::plan(package, full, QStringLiteral("3.18.0"));

        EXPECT_TRUE(staged.syncOnly) << sync;
        EXPECT_FALSE(upgraded.syncOnly) << sync;
        EXPECT_TRUE(staged.releases.empty()) << sync;
        for (const PlannedStep &step : staged.steps) {
            EXPECT_FALSE(isUpgradeStep(step)) << sync << ": " << step.id.toStdString();
            EXPECT_EQ(step.release, -1) << step.id.toStdString();
            for (const CommandLine &command : step.commands) {
                EXPECT_NE(command.program(), QStringLiteral("helm")) << step.id.toStdString();
                EXPECT_NE(command.program(), QStringLiteral("kubectl")) << step.id.toStdString();
            }
        }
        // Exactly the upgrade plan's sync steps, in its order and with its commands.
        std::vector<const PlannedStep *> syncSteps;
        for (const PlannedStep &step : upgraded.steps) {
            if (!isUpgradeStep(step)) {
                syncSteps.push_back(&step);
            }
        }
        ASSERT_EQ(staged.steps.size(), syncSteps.size()) << sync;
        for (std::size_t i = 0; i < syncSteps.size(); ++i) {
            EXPECT_EQ(staged.steps[i].id, syncSteps[i]->id) << sync;
            ASSERT_EQ(staged.steps[i].commands.size(), syncSteps[i]->commands.size());
            for (std::size_t c = 0; c < syncSteps[i]->commands.size(); ++c) {
                EXPECT_EQ(
                    staged.steps[i].commands[c].display(), syncSteps[i]->commands[c].display());
            }
        }
        EXPECT_EQ(staged.steps.back().id, QStringLiteral("report"));
        EXPECT_EQ(staged.secretsNeeded(), upgraded.secretsNeeded()) << sync;
        EXPECT_TRUE(PlanText::render(staged,
            {QStringLiteral("Skoala"), QStringLiteral("p"), {},
                {}}).contains(QStringLiteral("Sync only (upgrade.method: none)")));
    }
}

// Staging another module's images is still a mistake, though nothing is upgraded.
TEST(Planner, ASyncOnlyPlanStillWantsThePackageOfItsModule)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    PlanFixture::Options options;
    options.upgrade = QStringLiteral("none");
    const UpgradePlan plan
        = UpgradePlan::fromYaml(PlanFixture::planYaml(package.path, options), QStringLiteral("p"));
    ModuleProfile other = ModuleProfile::builtIn(QStringLiteral("skoala"));
    other.id = QStringLiteral("insight");
    for (ReleaseProfile &release : other.releases) {
        release.chart = QStringLiteral("insight-") + release.chart;
    }
    Planner::Input input;
    input.plan = &plan;
    input.profile = &other;
    input.package = &package;
    try {
        Planner::plan(input);
        FAIL() << "another module's package was planned";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("plan.invalid"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("insight")))
            << error.message().toStdString();
    }
}

// One images.import step for all nodes: each node named as a run names it, each getting one
// session per images.tar; Docker on the nodes instead of a push.
TEST(Planner, ImportOnNodesIsOneStepWithEveryNodeAndEveryImagesTar)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    PlanFixture::Options options;
    options.sync = QStringLiteral("containerd");
    options.chartTarget = QStringLiteral("none");
    QByteArray yaml = PlanFixture::planYaml(package.path, options);
    yaml.replace("    - {host: 10.0.0.12}\n",
        "    - {host: 10.0.0.11, port: 2222, user: ops, sudo: true}\n    - {local: true}\n"
        "  parallelNodes: 2\n");
    const PlanResult result = PlanFixture::plan(
        package, UpgradePlan::fromYaml(yaml, QStringLiteral("p")), QStringLiteral("3.18.0"));
    const int at = indexOf(result, QStringLiteral("images.import"));
    ASSERT_GE(at, 0);
    const PlannedStep &step = result.steps[std::size_t(at)];
    EXPECT_FALSE(step.builtIn);
    EXPECT_TRUE(step.resumable);
    ASSERT_EQ(step.commands.size(), 6u) << "3 nodes x 2 bundles";
    const QString details = step.details.join(QLatin1Char('\n'));
    for (const char *node : {"root@10.0.0.11:22", "ops@10.0.0.11:2222", "local"}) {
        EXPECT_TRUE(details.contains(QString::fromLatin1(node))) << details.toStdString();
    }
    EXPECT_TRUE(details.contains(QStringLiteral("at most 2 at once")));
    for (const CommandLine &command : step.commands) {
        EXPECT_EQ(command.input(), CommandLine::Input::BundleMember);
        EXPECT_EQ(command.inputMemberPath().last(), QStringLiteral("images.tar"));
    }
    EXPECT_EQ(step.commands[2].program(), QStringLiteral("ssh"));
    EXPECT_TRUE(
        step.commands[2].arguments().last().contains(QStringLiteral("sudo -n ctr -n k8s.io")));
    EXPECT_EQ(step.commands[4].program(), QStringLiteral("sh")) << "the local node needs no ssh";
    EXPECT_TRUE(
        step.scriptLines.join(QLatin1Char('\n')).contains(QStringLiteral("dce_node_check")));
    EXPECT_EQ(indexOf(result, QStringLiteral("images.check:skoala")), -1)
        << "nothing is looked up in a registry";

    yaml.replace("method: containerd", "method: docker\n  docker: nodes");
    const PlanResult docker = PlanFixture::plan(
        package, UpgradePlan::fromYaml(yaml, QStringLiteral("p")), QStringLiteral("3.18.0"));
    const int load = indexOf(docker, QStringLiteral("images.import"));
    ASSERT_GE(load, 0);
    EXPECT_TRUE(docker.steps[std::size_t(load)].commands.front().arguments().last().contains(
        QStringLiteral("docker load >&2")));
    EXPECT_EQ(indexOf(docker, QStringLiteral("images.push")), -1);
    EXPECT_EQ(indexOf(docker, QStringLiteral("docker.login")), -1);
    EXPECT_EQ(indexOf(docker, QStringLiteral("images.check:skoala")), -1);
}

// Docker from this host: the daemon checked before anything else of the sync, the password on
// stdin only, the load streamed from the package, the push a Docker step of its own (not the
// built-in pusher), and the login removed whatever happens.
TEST(Planner, DockerChecksTheDaemonFirstAndAlwaysForgetsTheLogin)
{
    Fixtures fixtures;
    const Package package = PackageReader::open(fixtures.make(QStringLiteral("package")).path);
    PlanFixture::Options options;
    options.sync = QStringLiteral("docker");
    options.chartTarget = QStringLiteral("none");
    options.upgrade = QStringLiteral("chart-package");
    const PlanResult result = PlanFixture::plan(package,
        UpgradePlan::fromYaml(PlanFixture::planYaml(package.path, options), QStringLiteral("p")),
        QStringLiteral("3.18.0"));
    QStringList ids;
    for (const PlannedStep &step : result.steps) {
        ids.append(step.id);
    }
    const qsizetype check = ids.indexOf(QStringLiteral("docker.check"));
    ASSERT_EQ(check, ids.indexOf(QStringLiteral("bundle.read")) + 1)
        << ids.join(QLatin1Char(' ')).toStdString();
    // The cluster checks between the daemon's check and the heavy work (issue 10).
    EXPECT_EQ(ids.value(check + 1), QStringLiteral("helm.check"));
    EXPECT_EQ(ids.mid(ids.indexOf(QStringLiteral("docker.login")), 4),
        (QStringList {QStringLiteral("docker.login"), QStringLiteral("docker.load"),
            QStringLiteral("docker.push"), QStringLiteral("docker.logout")}));
    EXPECT_FALSE(ids.contains(QStringLiteral("images.push"))) << "that id is the built-in pusher";

    const auto step = [&](const char *id) -> const PlannedStep & {
        return result.steps[std::size_t(ids.indexOf(QLatin1String(id)))];
    };
    EXPECT_FALSE(step("docker.check").resumable);
    const CommandLine &login = step("docker.login").commands.front();
    EXPECT_EQ(login.arguments(),
        (QStringList {QStringLiteral("login"), QStringLiteral("10.16.23.145"),
            QStringLiteral("--username"), QStringLiteral("robot$skoala"),
            QStringLiteral("--password-stdin")}));
    EXPECT_EQ(login.input(), CommandLine::Input::Secret);
    EXPECT_FALSE(step("docker.login").resumable) << "the logout undoes it at every run's end";

    const std::vector<CommandLine> &loads = step("docker.load").commands;
    ASSERT_EQ(loads.size(), package.bundles.size());
    for (const CommandLine &load : loads) {
        EXPECT_EQ(load.arguments(), QStringList {QStringLiteral("load")});
        EXPECT_EQ(load.input(), CommandLine::Input::BundleMember);
        EXPECT_EQ(load.inputMemberPath().constLast(), QStringLiteral("images.tar"));
    }
    const std::vector<CommandLine> &pushes = step("docker.push").commands;
    ASSERT_EQ(pushes.size() % 2, 0u);
    for (std::size_t i = 0; i < pushes.size(); i += 2) {
        EXPECT_EQ(pushes[i].arguments().value(0), QStringLiteral("tag"));
        EXPECT_EQ(pushes[i + 1].arguments(),
            (QStringList {QStringLiteral("push"), pushes[i].arguments().value(2)}));
        EXPECT_TRUE(pushes[i + 1].arguments().value(1).startsWith(
            QLatin1String("10.16.23.145/release.daocloud.io/skoala/")));
    }

    const PlannedStep &logout = step("docker.logout");
    EXPECT_TRUE(logout.alwaysRun);
    EXPECT_EQ(logout.commands.front().arguments(),
        (QStringList {QStringLiteral("logout"), QStringLiteral("10.16.23.145")}));
    EXPECT_TRUE(logout.scriptLines.constLast().startsWith(QLatin1String("rm -rf ")));
    for (const char *id :
        {"docker.check", "docker.login", "docker.load", "docker.push", "docker.logout"}) {
        EXPECT_EQ(step(id).paths.dockerConfig, QStringLiteral("${SESSION}/docker")) << id;
        for (const CommandLine &command : step(id).commands) {
            EXPECT_EQ(command.environment().value(QStringLiteral("DOCKER_CONFIG")),
                QStringLiteral("${SESSION}/docker"));
        }
    }
}

// charts-syncer pins the manifest digest for a hint without a tag placeholder; Docker pushes
// other digests (it recompresses the layers) and an import on the nodes re-serialises the
// manifests, so those name by tag instead, or the upgrade would ask for digests that are not
// there. Images put on the nodes before the run (sync none, imagesAlreadyOn: nodes) likewise,
// and no registry is asked for them.
// The tests below plan one generated package many ways: it is made once for them.
class PlannerOnOnePackage : public WithPackage<::testing::Test>
{
};

TEST_F(PlannerOnOnePackage, WhatDockerAndTheNodesHoldIsNamedByTagNotByDigest)
{
    const Package &package = *s_package;
    struct Planned
    {
        QStringList values; // the --set-string values of helm.upgrade:skoala
        bool imagesChecked = false;
    };
    const auto planWith = [&](const char *sync, const QByteArray &moreSync = {}) {
        PlanFixture::Options options;
        options.sync = QString::fromLatin1(sync);
        options.chartTarget = QStringLiteral("none");
        options.upgrade = QStringLiteral("chart-package");
        QByteArray yaml = PlanFixture::planYaml(package.path, options);
        yaml.replace("  chartTarget: none\n", QByteArray("  chartTarget: none\n").append(moreSync));
        const PlanResult result = PlanFixture::plan(
            package, UpgradePlan::fromYaml(yaml, QStringLiteral("p")), QStringLiteral("3.18.0"));
        Planned planned;
        planned.imagesChecked = indexOf(result, QStringLiteral("images.check:skoala")) >= 0;
        for (const PlannedStep &step : result.steps) {
            if (step.id == QLatin1String("helm.upgrade:skoala")) {
                const QStringList args = step.commands.front().arguments();
                for (qsizetype i = 0; i + 1 < args.size(); ++i) {
                    if (args[i] == QLatin1String("--set-string")) {
                        planned.values.append(args[i + 1]);
                    }
                }
            }
        }
        return planned;
    };
    const auto byDigest = [](const Planned &planned) {
        return planned.values.filter(QStringLiteral("@sha256:")).size();
    };
    const Planned builtIn = planWith("builtin");
    EXPECT_EQ(byDigest(builtIn), 2) << builtIn.values.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(builtIn.imagesChecked);
    const Planned inRegistry = planWith("none");
    EXPECT_EQ(byDigest(inRegistry), 2);
    EXPECT_TRUE(inRegistry.imagesChecked);

    for (const Planned &planned : {planWith("docker"), planWith("docker", "  docker: nodes\n"),
             planWith("containerd"), planWith("none", "  imagesAlreadyOn: nodes\n")}) {
        const std::string values = planned.values.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(byDigest(planned), 0) << values;
        EXPECT_TRUE(planned.values.contains(
            QStringLiteral("nginx.image=10.16.23.145/release.daocloud.io/skoala/nginx:1.25")))
            << values;
        EXPECT_TRUE(planned.values.contains(QStringLiteral(
            "hive.migration.image.repository=release.daocloud.io/skoala/hive:latest")))
            << values;
    }
    EXPECT_FALSE(planWith("containerd").imagesChecked);
    EXPECT_FALSE(planWith("none", "  imagesAlreadyOn: nodes\n").imagesChecked);
    EXPECT_TRUE(planWith("docker").imagesChecked) << "Docker pushed to the registry";
}

// Every built-in step the Planner makes, for every sync method (Docker both ways) and every
// upgrade method, has a Step class that performs it: `plan` never offers what `run` refuses.
TEST_F(PlannerOnOnePackage, EveryBuiltInStepOfEveryMethodHasAStepThatRunsIt)
{
    const Package &package = *s_package;
    int planned = 0;
    for (const char *sync :
        {"builtin", "charts-syncer", "docker", "docker-nodes", "containerd", "none"}) {
        for (const char *upgrade : {"helm-repo", "chart-package", "none"}) {
            const QString method = QString::fromLatin1(sync);
            if (method == QLatin1String("none") && qstrcmp(upgrade, "none") == 0) {
                continue; // nothing to do: refused by validate()
            }
            PlanFixture::Options options;
            options.sync
                = method == QLatin1String("docker-nodes") ? QStringLiteral("docker") : method;
            options.chartTarget = method == QLatin1String("charts-syncer") ? QStringLiteral("local")
                                                                           : QStringLiteral("none");
            options.upgrade = QString::fromLatin1(upgrade);
            QByteArray yaml = PlanFixture::planYaml(package.path, options);
            if (method == QLatin1String("docker-nodes")) {
                yaml.replace("  method: docker\n", "  method: docker\n  docker: nodes\n");
            }
            const PlanResult result = PlanFixture::plan(package,
                UpgradePlan::fromYaml(yaml, QStringLiteral("p")), QStringLiteral("3.18.0"));
            for (const PlannedStep &step : result.steps) {
                EXPECT_TRUE(StepFactory::implements(step))
                    << step.id.toStdString() << " (" << sync << ", " << upgrade << ")";
                ++planned;
            }
        }
    }
    EXPECT_GT(planned, 50);
}

namespace {

// Where a step belongs in the run order of issue 10: package, registry (or Docker daemon),
// cluster, sync, then per release the upgrade, then the cleanups and the report.
enum class Phase {
    Package,
    SyncTarget,
    Cluster,
    ChartRepository, // helm.repo, helm.versions: with the cluster checks or after the sync
    Sync,
    ChartExtract,
    Backup,
    Values,
    ImageCheck,
    ReleaseChange, // jobs.delete, crds.apply: per release, after its checks and backup
    Upgrade,
    Verify,
    Cleanup,
    Report,
};

Phase phaseOf(const QString &id)
{
    static const QHash<QString, Phase> phases {{QStringLiteral("bundle.read"), Phase::Package},
        {QStringLiteral("registry.check"), Phase::SyncTarget},
        {QStringLiteral("docker.check"), Phase::SyncTarget},
        {QStringLiteral("helm.check"), Phase::Cluster},
        {QStringLiteral("helm.repo"), Phase::ChartRepository},
        {QStringLiteral("helm.versions"), Phase::ChartRepository},
        {QStringLiteral("helm.registry.login"), Phase::ChartRepository},
        {QStringLiteral("images.push"), Phase::Sync},
        {QStringLiteral("chart.publish"), Phase::Sync},
        {QStringLiteral("chartsyncer.prepare"), Phase::Sync},
        {QStringLiteral("images.sync"), Phase::Sync},
        {QStringLiteral("chartsyncer.cleanup"), Phase::Sync},
        {QStringLiteral("docker.login"), Phase::Sync}, {QStringLiteral("docker.load"), Phase::Sync},
        {QStringLiteral("docker.push"), Phase::Sync},
        {QStringLiteral("docker.logout"), Phase::Sync},
        {QStringLiteral("images.import"), Phase::Sync},
        {QStringLiteral("chart.extract"), Phase::ChartExtract},
        {QStringLiteral("chart.pull"), Phase::ChartExtract},
        {QStringLiteral("jobs.delete"), Phase::ReleaseChange},
        {QStringLiteral("crds.apply"), Phase::ReleaseChange},
        {QStringLiteral("values.backup"), Phase::Backup},
        {QStringLiteral("values.prepare"), Phase::Values},
        {QStringLiteral("images.check"), Phase::ImageCheck},
        {QStringLiteral("helm.upgrade"), Phase::Upgrade},
        {QStringLiteral("release.verify"), Phase::Verify},
        {QStringLiteral("helm.repo.cleanup"), Phase::Cleanup},
        {QStringLiteral("helm.registry.logout"), Phase::Cleanup},
        {QStringLiteral("report"), Phase::Report}};
    const auto found = phases.constFind(id.section(QLatin1Char(':'), 0, 0));
    EXPECT_NE(found, phases.cend()) << "a step of no known phase: " << id.toStdString();
    return found == phases.cend() ? Phase::Report : *found;
}

} // namespace

// Issue 10: every run checks the package, the registry and the cluster before anything heavy,
// for every sync method (each chart target) and every upgrade method; the per-release steps
// follow backup -> values -> image check -> jobs, CRDs -> upgrade -> verify (nothing of a
// release changes before its backup and checks); the chart repository is asked
// for the version before the sync unless the sync itself publishes the package's chart there.
TEST_F(PlannerOnOnePackage, EveryRunChecksPackageRegistryAndClusterBeforeTheSync)
{
    struct Sync
    {
        const char *method;
        const char *chartTarget;
    };
    int plans = 0;
    for (const Sync sync : {Sync {"builtin", "none"}, Sync {"builtin", "harbor"},
             Sync {"builtin", "oci"}, Sync {"builtin", "local"}, Sync {"charts-syncer", "harbor"},
             Sync {"charts-syncer", "local"}, Sync {"docker", "none"},
             Sync {"docker-nodes", "none"}, Sync {"containerd", "none"}, Sync {"none", "none"}}) {
        for (const char *upgrade : {"helm-repo", "chart-package", "none"}) {
            const QString method = QString::fromLatin1(sync.method);
            if (method == QLatin1String("none") && qstrcmp(upgrade, "none") == 0) {
                continue; // nothing to do: refused by validate()
            }
            PlanFixture::Options options;
            options.sync
                = method == QLatin1String("docker-nodes") ? QStringLiteral("docker") : method;
            options.chartTarget = QString::fromLatin1(sync.chartTarget);
            options.upgrade = QString::fromLatin1(upgrade);
            QByteArray yaml = PlanFixture::planYaml(s_package->path, options);
            if (method == QLatin1String("docker-nodes")) {
                yaml.replace("  method: docker\n", "  method: docker\n  docker: nodes\n");
            }
            const PlanResult result = PlanFixture::plan(*s_package,
                UpgradePlan::fromYaml(yaml, QStringLiteral("p")), QStringLiteral("3.18.0"));
            ++plans;
            QStringList ids;
            for (const PlannedStep &step : result.steps) {
                ids.append(step.id);
            }
            const std::string where = std::string(sync.method) + '/' + sync.chartTarget + '/'
                + upgrade + ": " + ids.join(QLatin1Char(' ')).toStdString();
            ASSERT_FALSE(ids.isEmpty());
            EXPECT_EQ(ids.first(), QStringLiteral("bundle.read")) << where;
            EXPECT_EQ(ids.last(), QStringLiteral("report")) << where;
            EXPECT_FALSE(ids.contains(QStringLiteral("bundle.verify"))) << "one verify step";

            // The registry check where the run pushes with its own client or charts-syncer, the
            // daemon check where Docker pushes from here.
            const bool pushesItself
                = method == QLatin1String("builtin") || method == QLatin1String("charts-syncer");
            EXPECT_EQ(ids.contains(QStringLiteral("registry.check")), pushesItself) << where;
            EXPECT_EQ(
                ids.contains(QStringLiteral("docker.check")), method == QLatin1String("docker"))
                << where;

            const bool syncOnly = qstrcmp(upgrade, "none") == 0;
            EXPECT_EQ(ids.contains(QStringLiteral("helm.check")), !syncOnly) << where;
            if (syncOnly) {
                for (const PlannedStep &step : result.steps) {
                    EXPECT_FALSE(step.id.startsWith(QLatin1String("helm")))
                        << "a sync-only plan has no cluster check: " << where;
                    for (const CommandLine &command : step.commands) {
                        EXPECT_NE(command.program(), QStringLiteral("helm")) << where;
                        EXPECT_NE(command.program(), QStringLiteral("kubectl")) << where;
                    }
                }
            }

            // Global order of the phases, and per release (target) its own order.
            Phase last = Phase::Package;
            QHash<QString, Phase> lastOfTarget;
            bool releaseStepSeen = false;
            for (const QString &id : ids) {
                const Phase phase = phaseOf(id);
                const QString target = id.section(QLatin1Char(':'), 1);
                const bool perRelease = phase >= Phase::Backup && phase <= Phase::Verify;
                if (perRelease) {
                    EXPECT_GE(int(phase), int(lastOfTarget.value(target, Phase::Backup)))
                        << id.toStdString() << " in " << where;
                    lastOfTarget.insert(target, phase);
                    releaseStepSeen = true;
                    continue;
                }
                if (phase == Phase::ChartRepository && last >= Phase::Sync) {
                    EXPECT_FALSE(releaseStepSeen) << where; // after the sync, before any release
                    EXPECT_LE(int(last), int(Phase::ChartExtract)) << where;
                    continue;
                }
                EXPECT_GE(int(phase), int(last)) << id.toStdString() << " in " << where;
                if (phase <= Phase::ChartExtract) {
                    EXPECT_FALSE(releaseStepSeen) << id.toStdString() << " in " << where;
                }
                last = phase;
            }

            // The chart repository is asked before the sync unless the sync publishes the
            // package's chart there; then helm.check says so.
            const qsizetype versions = ids.indexOf(QStringLiteral("helm.versions"));
            EXPECT_EQ(versions >= 0, qstrcmp(upgrade, "helm-repo") == 0) << where;
            if (versions >= 0) {
                const bool published = pushesItself && qstrcmp(sync.chartTarget, "none") != 0;
                qsizetype lastSync = -1;
                for (qsizetype i = 0; i < ids.size(); ++i) {
                    if (phaseOf(ids[i]) == Phase::Sync) {
                        lastSync = i;
                    }
                }
                // An OCI registry (chartTarget oci) has its login where a helm repository is added.
                const qsizetype repo = ids.contains(QStringLiteral("helm.repo"))
                    ? ids.indexOf(QStringLiteral("helm.repo"))
                    : ids.indexOf(QStringLiteral("helm.registry.login"));
                EXPECT_EQ(versions, repo + 1) << where;
                if (published) {
                    EXPECT_GT(repo, lastSync) << where;
                } else {
                    EXPECT_EQ(repo, ids.indexOf(QStringLiteral("helm.check")) + 1) << where;
                }
                const QStringList details
                    = result.steps[std::size_t(ids.indexOf(QStringLiteral("helm.check")))].details;
                EXPECT_EQ(
                    details.join(QLatin1Char('\n'))
                        .contains(QLatin1String("the sync publishes to the chart repository")),
                    published)
                    << where;
            }
        }
    }
    EXPECT_EQ(plans, 29);
}

// A chart version the package does not hold cannot come with the sync: it must be in the
// repository already, so the repository is asked before the sync even when the sync publishes.
TEST_F(PlannerOnOnePackage, AVersionNotInThePackageIsLookedForBeforeTheSync)
{
    PlanFixture::Options options;
    options.sync = QStringLiteral("builtin");
    options.chartTarget = QStringLiteral("harbor");
    QByteArray yaml = PlanFixture::planYaml(s_package->path, options);
    yaml.replace("    - chart: skoala\n", "    - chart: skoala\n      version: 0.29.0\n");
    const PlanResult result = PlanFixture::plan(
        *s_package, UpgradePlan::fromYaml(yaml, QStringLiteral("p")), QStringLiteral("3.18.0"));
    QStringList ids;
    for (const PlannedStep &step : result.steps) {
        ids.append(step.id);
    }
    EXPECT_EQ(ids.mid(0, 5),
        (QStringList {QStringLiteral("bundle.read"), QStringLiteral("registry.check"),
            QStringLiteral("helm.check"), QStringLiteral("helm.repo"),
            QStringLiteral("helm.versions")}))
        << ids.join(QLatin1Char(' ')).toStdString();
    EXPECT_LT(
        ids.indexOf(QStringLiteral("helm.versions")), ids.indexOf(QStringLiteral("images.push")));
}

// The steps interpret their commands' results by what the planner says each command is about
// (PlannedStep::purposes), never by reading the command line back: what it says must be what
// the command does. Checked here against the argument lists, for every command a step reads.
TEST_F(PlannerOnOnePackage, EveryCommandAStepInterpretsSaysWhatItIsAbout)
{
    using Action = CommandPurpose::Action;
    const auto planWith = [&](const char *sync, const char *chartTarget, const char *upgrade) {
        PlanFixture::Options options;
        options.sync = QString::fromLatin1(sync);
        options.chartTarget = QString::fromLatin1(chartTarget);
        options.upgrade = QString::fromLatin1(upgrade);
        return PlanFixture::plan(*s_package,
            UpgradePlan::fromYaml(
                PlanFixture::planYaml(s_package->path, options), QStringLiteral("p")),
            QStringLiteral("3.18.0"));
    };
    QMap<Action, int> seen;
    const auto check = [&](const PlanResult &result, QLatin1StringView id) {
        const auto step = std::find_if(result.steps.cbegin(), result.steps.cend(),
            [&](const PlannedStep &s) { return s.id == id; });
        ASSERT_NE(step, result.steps.cend()) << QString(id).toStdString();
        EXPECT_LE(step->purposes.size(), step->commands.size());
        for (int i = 0; i < int(step->commands.size()); ++i) {
            const QStringList args = step->commands[std::size_t(i)].arguments();
            const CommandPurpose &purpose = step->purposeOf(i);
            ++seen[purpose.action];
            switch (purpose.action) {
            case Action::HelmVersion:
                EXPECT_EQ(args.value(0), QStringLiteral("version"));
                break;
            case Action::ReleaseStatus: {
                ASSERT_GE(purpose.release, 0);
                ASSERT_LT(purpose.release, int(result.releases.size()));
                EXPECT_EQ(args.mid(0, 2),
                    QStringList({QStringLiteral("status"),
                        result.releases[std::size_t(purpose.release)].release}));
                EXPECT_EQ(args.contains(QStringLiteral("--kube-context")),
                    !purpose.kubeContext.isEmpty());
                if (!purpose.kubeContext.isEmpty()) {
                    EXPECT_EQ(args.value(args.indexOf(QStringLiteral("--kube-context")) + 1),
                        purpose.kubeContext);
                }
                break;
            }
            case Action::ReleaseHistory: // rollback plans only (RollbackPlannerTest)
                ADD_FAILURE() << "an upgrade plan runs no rollback history";
                break;
            case Action::RepoList:
                EXPECT_EQ(
                    args.mid(0, 2), QStringList({QStringLiteral("repo"), QStringLiteral("list")}));
                EXPECT_EQ(purpose.subject, QStringLiteral("skoala-release"));
                break;
            case Action::RepoAdd:
                EXPECT_EQ(args.mid(0, 3),
                    QStringList({QStringLiteral("repo"), QStringLiteral("add"), purpose.subject}));
                break;
            case Action::SearchVersions:
                EXPECT_EQ(args.mid(0, 3),
                    QStringList(
                        {QStringLiteral("search"), QStringLiteral("repo"), purpose.subject}));
                EXPECT_EQ(purpose.subject, QStringLiteral("skoala-release/") + purpose.chart);
                break;
            case Action::ShowChart:
                EXPECT_EQ(args.mid(0, 5),
                    QStringList({QStringLiteral("show"), QStringLiteral("chart"), purpose.subject,
                        QStringLiteral("--version"), purpose.version}));
                EXPECT_TRUE(purpose.subject.endsWith(QLatin1Char('/') + purpose.chart));
                break;
            case Action::DockerLogin:
                EXPECT_EQ(args.value(0), QStringLiteral("login"));
                EXPECT_TRUE(args.contains(purpose.subject));
                break;
            case Action::DockerTag:
            case Action::DockerPush:
                EXPECT_EQ(args.value(0),
                    purpose.action == Action::DockerTag ? QStringLiteral("tag")
                                                        : QStringLiteral("push"));
                EXPECT_EQ(args.constLast(), purpose.subject);
                EXPECT_TRUE(purpose.subject.startsWith(QLatin1String("10.16.23.145/")));
                break;
            case Action::Other:
                // Only `helm repo update` is judged by its exit code alone.
                EXPECT_EQ(
                    args.mid(0, 2), QStringList({QStringLiteral("repo"), QStringLiteral("update")}))
                    << QString(id).toStdString() << " command " << i << " says nothing";
                break;
            }
        }
    };
    const PlanResult https = planWith("builtin", "none", "helm-repo");
    check(https, StepIds::HelmCheck);
    check(https, StepIds::HelmRepo);
    check(https, StepIds::HelmVersions);
    check(planWith("builtin", "oci", "helm-repo"), StepIds::HelmVersions);
    const PlanResult docker = planWith("docker", "none", "chart-package");
    check(docker, StepIds::DockerLogin);
    check(docker, StepIds::DockerPush);

    for (const Action action : {Action::HelmVersion, Action::ReleaseStatus, Action::RepoList,
             Action::RepoAdd, Action::SearchVersions, Action::ShowChart, Action::DockerLogin,
             Action::DockerTag, Action::DockerPush}) {
        EXPECT_GT(seen.value(action), 0) << "no command of action " << int(action) << " checked";
    }
    EXPECT_EQ(seen.value(Action::ReleaseStatus), 2) << "skoala, and skoala-init on worker-1";
}
