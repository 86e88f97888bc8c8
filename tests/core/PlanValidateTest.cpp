#include "PlanFixture.h"

#include "model/UpgradePlan.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <functional>

using namespace DceUpgrade;
using DceUpgrade::Test::PlanFixture;
using DceUpgrade::Test::WithPackage;

namespace {

const QString Harbor = QStringLiteral("10.16.23.145");
const QString ChartRepo = QStringLiteral("https://10.16.23.145/chartrepo/release.daocloud.io");

SshNode node(const QString &host)
{
    SshNode made;
    made.host = host;
    return made;
}

// A plan every rule is happy with, with something in every field a rule looks at.
UpgradePlan goodPlan()
{
    UpgradePlan plan;
    plan.package = QStringLiteral("/srv/skoala_v0.28.0_amd64.tar");
    plan.registry.address = Harbor;
    plan.registry.repository = QStringLiteral("release.daocloud.io/skoala");
    plan.registry.username = QStringLiteral("robot$skoala");
    plan.sync.method = SyncMethod::BuiltIn;
    plan.sync.chartTarget = ChartTarget::Harbor;
    plan.sync.chartRepoUrl = ChartRepo;
    plan.sync.localChartPath = QStringLiteral("/tmp/local-repo");
    plan.sync.nodes = {node(QStringLiteral("10.0.0.11")), node(QStringLiteral("10.0.0.12"))};
    plan.upgrade.method = UpgradeMethod::HelmRepo;
    plan.upgrade.repoUrl = ChartRepo;
    plan.upgrade.releases = {ReleasePlan {QStringLiteral("skoala"), {}, {}, {}, {}},
        ReleasePlan {QStringLiteral("skoala-init"), {}, {}, {}, {QStringLiteral("worker-1")}}};
    return plan;
}

struct Rule
{
    const char *name;
    std::function<void(UpgradePlan &)> spoil;
    const char *key; // nullptr: the change is no problem
};

void PrintTo(const Rule &rule, std::ostream *os)
{
    *os << rule.name;
}

const Rule Rules[] = {
    {"no package", [](UpgradePlan &p) { p.package.clear(); }, "package"},
    {"address with scheme",
        [](UpgradePlan &p) { p.registry.address = QStringLiteral("https://10.16.23.145"); },
        "registry.address"},
    {"address with path",
        [](UpgradePlan &p) { p.registry.address = QStringLiteral("10.16.23.145/skoala"); },
        "registry.address"},
    {"pushes without address", [](UpgradePlan &p) { p.registry.address.clear(); },
        "registry.address"},
    {"charts-syncer without address",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::ChartsSyncer;
            p.registry.address.clear();
        },
        "registry.address"},
    {"a prefix registry is an address",
        [](UpgradePlan &p) {
            p.registry.address.clear();
            p.registry.prefixRegistry = Harbor;
        },
        nullptr},
    {"no sync needs no address",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::None;
            p.registry.address.clear();
        },
        nullptr},
    {"containerd needs no address",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::Containerd;
            p.registry.address.clear();
        },
        nullptr},
    {"scheme", [](UpgradePlan &p) { p.registry.scheme = QStringLiteral("ftp"); },
        "registry.scheme"},
    {"http is a scheme", [](UpgradePlan &p) { p.registry.scheme = QStringLiteral("http"); },
        nullptr},
    {"insecure and a CA",
        [](UpgradePlan &p) {
            p.registry.insecure = true;
            p.registry.caFile = QStringLiteral("/etc/ca.crt");
        },
        "registry.caFile"},
    {"no jobs", [](UpgradePlan &p) { p.sync.jobs = 0; }, "sync.jobs"},
    {"too many jobs", [](UpgradePlan &p) { p.sync.jobs = 33; }, "sync.jobs"},
    {"32 jobs", [](UpgradePlan &p) { p.sync.jobs = 32; }, nullptr},
    {"harbor without its URL", [](UpgradePlan &p) { p.sync.chartRepoUrl.clear(); },
        "sync.chartRepoUrl"},
    {"oci without its URL",
        [](UpgradePlan &p) {
            p.sync.chartTarget = ChartTarget::Oci;
            p.sync.chartRepoUrl.clear();
        },
        "sync.chartRepoUrl"},
    {"charts-syncer to harbor without its URL",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::ChartsSyncer;
            p.sync.chartRepoUrl.clear();
        },
        "sync.chartRepoUrl"},
    {"docker publishes no chart",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::Docker;
            p.sync.chartRepoUrl.clear();
        },
        nullptr},
    {"local without its directory",
        [](UpgradePlan &p) {
            p.sync.chartTarget = ChartTarget::Local;
            p.sync.localChartPath.clear();
        },
        "sync.localChartPath"},
    {"charts-syncer to local without its directory",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::ChartsSyncer;
            p.sync.chartTarget = ChartTarget::Local;
            p.sync.localChartPath.clear();
        },
        "sync.localChartPath"},
    {"charts-syncer to oci",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::ChartsSyncer;
            p.sync.chartTarget = ChartTarget::Oci;
        },
        "sync.chartTarget"},
    {"charts-syncer to nowhere",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::ChartsSyncer;
            p.sync.chartTarget = ChartTarget::None;
        },
        "sync.chartTarget"},
    {"containerd without nodes",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::Containerd;
            p.sync.nodes.clear();
        },
        "sync.nodes"},
    {"a node without host", [](UpgradePlan &p) { p.sync.nodes[1].host.clear(); },
        "sync.nodes[1].host"},
    {"port 0", [](UpgradePlan &p) { p.sync.nodes[0].port = 0; }, "sync.nodes[0].port"},
    {"port 65536", [](UpgradePlan &p) { p.sync.nodes[1].port = 65536; }, "sync.nodes[1].port"},
    {"a node twice",
        [](UpgradePlan &p) { p.sync.nodes.push_back(node(QStringLiteral("10.0.0.11"))); },
        "sync.nodes[2].host"},
    {"a node twice, spelled otherwise",
        [](UpgradePlan &p) {
            p.sync.nodes[0].host = QStringLiteral("Node-1.example");
            p.sync.nodes[1].host = QStringLiteral("node-1.EXAMPLE");
        },
        "sync.nodes[1].host"},
    {"one host, two ports",
        [](UpgradePlan &p) {
            p.sync.nodes[1].host = p.sync.nodes[0].host;
            p.sync.nodes[1].port = 2222;
        },
        nullptr},
    {"a local node",
        [](UpgradePlan &p) {
            p.sync.nodes.push_back(SshNode());
            p.sync.nodes.back().local = true;
        },
        nullptr},
    {"the local node twice",
        [](UpgradePlan &p) {
            p.sync.nodes.push_back(SshNode());
            p.sync.nodes.back().local = true;
            p.sync.nodes.push_back(p.sync.nodes.back());
        },
        "sync.nodes[3].local"},
    {"a local node with a host", [](UpgradePlan &p) { p.sync.nodes[1].local = true; },
        "sync.nodes[1].host"},
    {"same host and port, other user",
        [](UpgradePlan &p) {
            p.sync.nodes[1] = p.sync.nodes[0];
            p.sync.nodes[1].user = QStringLiteral("ops");
        },
        "sync.nodes[1].host"},
    {"parallelNodes 0", [](UpgradePlan &p) { p.sync.parallelNodes = 0; }, "sync.parallelNodes"},
    {"parallelNodes 33", [](UpgradePlan &p) { p.sync.parallelNodes = 33; }, "sync.parallelNodes"},
    {"docker on nodes without nodes",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::Docker;
            p.sync.docker = DockerTarget::Nodes;
            p.sync.nodes.clear();
        },
        "sync.nodes"},
    {"docker on nodes needs no address",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::Docker;
            p.sync.docker = DockerTarget::Nodes;
            p.registry.address.clear();
        },
        nullptr},
    {"docker to a registry needs its address",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::Docker;
            p.registry.address.clear();
        },
        "registry.address"},
    {"helm-repo without a repository",
        [](UpgradePlan &p) {
            p.sync.chartTarget = ChartTarget::Local;
            p.sync.chartRepoUrl.clear();
            p.sync.localChartPath = QStringLiteral("/srv/charts");
            p.upgrade.repoUrl.clear();
        },
        "upgrade.repoUrl"},
    // Harbor 2.8+: the OCI target the sync publishes to is where helm takes the chart from.
    {"helm-repo from the sync's OCI target",
        [](UpgradePlan &p) {
            p.sync.chartTarget = ChartTarget::Oci;
            p.sync.chartRepoUrl = QStringLiteral("oci://10.16.23.145/charts");
            p.upgrade.repoUrl.clear();
        },
        nullptr},
    {"helm-repo from a malformed OCI address",
        [](UpgradePlan &p) { p.upgrade.repoUrl = QStringLiteral("oci://10.16.23.145"); },
        "upgrade.repoUrl"},
    {"helm-repo from the sync's repository", [](UpgradePlan &p) { p.upgrade.repoUrl.clear(); },
        nullptr},
    {"chart-package needs no repository",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::None;
            p.sync.chartRepoUrl.clear();
            p.upgrade.repoUrl.clear();
            p.upgrade.method = UpgradeMethod::ChartPackage;
        },
        nullptr},
    {"sync only needs no repository",
        [](UpgradePlan &p) {
            p.sync.chartTarget = ChartTarget::None;
            p.sync.chartRepoUrl.clear();
            p.upgrade.repoUrl.clear();
            p.upgrade.method = UpgradeMethod::None;
        },
        nullptr},
    {"sync only ignores the upgrade settings",
        [](UpgradePlan &p) {
            p.upgrade.method = UpgradeMethod::None;
            p.upgrade.timeout = QStringLiteral("soon");
            p.upgrade.releases[1].chart.clear();
        },
        nullptr},
    {"neither sync nor upgrade",
        [](UpgradePlan &p) {
            p.sync.method = SyncMethod::None;
            p.upgrade.method = UpgradeMethod::None;
        },
        "upgrade.method"},
    {"timeout", [](UpgradePlan &p) { p.upgrade.timeout = QStringLiteral("soon"); },
        "upgrade.timeout"},
    {"no timeout", [](UpgradePlan &p) { p.upgrade.timeout.clear(); }, "upgrade.timeout"},
    {"hours and seconds", [](UpgradePlan &p) { p.upgrade.timeout = QStringLiteral("1h30s"); },
        nullptr},
    {"a release without chart", [](UpgradePlan &p) { p.upgrade.releases[1].chart.clear(); },
        "upgrade.releases[1].chart"},
};

class PlanRule : public WithPackage<::testing::TestWithParam<Rule>>
{
};

} // namespace

TEST(PlanValidate, AGoodPlanHasNoProblems)
{
    EXPECT_TRUE(goodPlan().validate().empty());
    const UpgradePlan again
        = UpgradePlan::fromYaml(goodPlan().toYaml(), QStringLiteral("plan.yaml"));
    EXPECT_TRUE(again.validate().empty());
    EXPECT_NO_THROW(goodPlan().throwIfInvalid());
}

TEST(PlanValidate, EveryProblemIsListedInTheOrderOfTheFile)
{
    UpgradePlan plan = goodPlan();
    plan.upgrade.timeout = QStringLiteral("later");
    plan.registry.scheme = QStringLiteral("ftp");
    plan.sync.nodes[0].port = -1;
    plan.package.clear();
    QStringList keys;
    for (const PlanProblem &problem : plan.validate()) {
        keys.append(problem.key);
    }
    EXPECT_EQ(keys,
        (QStringList {QStringLiteral("package"), QStringLiteral("registry.scheme"),
            QStringLiteral("sync.nodes[0].port"), QStringLiteral("upgrade.timeout")}));
}

TEST(PlanValidate, MessagesNameTheKeyAndSayWhatToDo)
{
    UpgradePlan plan = goodPlan();
    plan.sync.nodes.push_back(node(QStringLiteral("10.0.0.12")));
    const std::vector<PlanProblem> problems = plan.validate();
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("sync.nodes[2]")))
        << problems[0].message.toStdString();
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("sync.nodes[1]")));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("10.0.0.12")));
    EXPECT_FALSE(problems[0].hint.isEmpty());
}

TEST_P(PlanRule, GivesExactlyItsKey)
{
    const Rule &rule = GetParam();
    UpgradePlan plan = goodPlan();
    rule.spoil(plan);
    const std::vector<PlanProblem> problems = plan.validate();
    if (!rule.key) {
        for (const PlanProblem &problem : problems) {
            ADD_FAILURE() << problem.key.toStdString() << ": " << problem.message.toStdString();
        }
        return;
    }
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].key, QString::fromLatin1(rule.key));
    EXPECT_FALSE(problems[0].message.isEmpty());
    EXPECT_FALSE(problems[0].hint.isEmpty());
}

// The loader and the planner report what validate() finds, word for word; the loader with the
// line of the key when the file has it.
TEST_P(PlanRule, LoaderAndPlannerReportTheSameProblem)
{
    const Rule &rule = GetParam();
    UpgradePlan plan = goodPlan();
    plan.package = s_package->path;
    rule.spoil(plan);
    const std::vector<PlanProblem> problems = plan.validate();
    if (!rule.key) {
        EXPECT_NO_THROW(UpgradePlan::fromYaml(plan.toYaml(), QStringLiteral("plan.yaml")));
        return;
    }
    ASSERT_FALSE(problems.empty());
    const PlanProblem &first = problems.front();

    try {
        UpgradePlan::fromYaml(plan.toYaml(), QStringLiteral("plan.yaml"));
        ADD_FAILURE() << "the loader took the plan";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("plan.invalid"));
        EXPECT_TRUE(error.message().startsWith(QStringLiteral("plan.yaml")));
        EXPECT_TRUE(error.message().endsWith(QStringLiteral(": ") + first.message))
            << error.message().toStdString();
        EXPECT_EQ(error.hint(), first.hint);
    }

    try {
        PlanFixture::plan(*s_package, plan, QStringLiteral("3.18.0"));
        ADD_FAILURE() << "the planner took the plan";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("plan.invalid"));
        EXPECT_EQ(error.message(), first.message);
        EXPECT_EQ(error.hint(), first.hint);
    }
}

INSTANTIATE_TEST_SUITE_P(EveryRule, PlanRule, ::testing::ValuesIn(Rules));

TEST(PlanValidate, TheLoaderNamesTheLineOfTheKey)
{
    const auto errorOf = [](const QByteArray &yaml) -> QString {
        try {
            UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"));
        } catch (const Error &error) {
            return error.message();
        }
        return {};
    };
    const QByteArray good = goodPlan().toYaml();
    const QList<QByteArray> lines = good.split('\n');
    const auto lineOf = [&lines](const QByteArray &text) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(text)) {
                return QStringLiteral("plan.yaml, line %1: ").arg(i + 1);
            }
        }
        return QString();
    };

    QByteArray duplicate = good;
    duplicate.replace("- host: 10.0.0.12", "- host: 10.0.0.11");
    EXPECT_TRUE(errorOf(duplicate).startsWith(lineOf("- host: 10.0.0.12")))
        << errorOf(duplicate).toStdString();

    QByteArray jobs = good;
    jobs.replace("jobs: 4", "jobs: 0");
    EXPECT_TRUE(errorOf(jobs).startsWith(lineOf("jobs: 4"))) << errorOf(jobs).toStdString();

    // A missing key: the line of its section.
    QByteArray noUrl = good;
    noUrl.replace(
        QByteArray(QByteArray("  chartRepoUrl: ") + ChartRepo.toUtf8() + '\n'), QByteArray());
    EXPECT_TRUE(errorOf(noUrl).startsWith(lineOf("sync:"))) << errorOf(noUrl).toStdString();
    EXPECT_TRUE(errorOf(noUrl).contains(QStringLiteral("sync.chartRepoUrl")));

    // Not even the section: the file alone.
    QByteArray noRegistry = good;
    const qsizetype from = noRegistry.indexOf("registry:");
    noRegistry.remove(from, noRegistry.indexOf("sync:") - from);
    EXPECT_TRUE(errorOf(noRegistry).startsWith(QStringLiteral("plan.yaml: ")))
        << errorOf(noRegistry).toStdString();
    EXPECT_TRUE(errorOf(noRegistry).contains(QStringLiteral("registry.address")));
}
