#include "model/UpgradePlan.h"
#include "util/Error.h"

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

const QByteArray Full = R"(apiVersion: dce-upgrade.daocloud.io/v1alpha1
kind: UpgradePlan
module: skoala
package: pkg/skoala_v0.28.0_amd64.tar
registry:
  address: 10.16.23.145:8443
  scheme: https
  caFile: ca.crt
  repository: release.daocloud.io/skoala
  username: robot$skoala
sync:
  method: containerd
  jobs: 6
  chartTarget: local
  localChartPath: ./local-repo
  nodes:
    - host: 10.0.0.11
      port: 2222
      identityFile: keys/id
upgrade:
  method: chart-package
  kubeconfig: /etc/kube.conf
  atomic: false
  wait: true
  timeout: 1h30m
  releases:
    - chart: skoala-init
      version: 0.28.1
      kubeContexts: [w1, w2]
)";

QString errorOf(const QByteArray &yaml)
{
    try {
        UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"), QStringLiteral("/base"));
    } catch (const Error &error) {
        return error.code() + QLatin1Char(' ') + error.message();
    }
    return {};
}

} // namespace

TEST(UpgradePlan, ReadsEveryFieldAndResolvesPaths)
{
    const UpgradePlan plan
        = UpgradePlan::fromYaml(Full, QStringLiteral("plan.yaml"), QStringLiteral("/base"));
    EXPECT_EQ(plan.package, QStringLiteral("/base/pkg/skoala_v0.28.0_amd64.tar"));
    EXPECT_EQ(plan.registry.address, QStringLiteral("10.16.23.145:8443"));
    EXPECT_EQ(plan.registry.caFile, QStringLiteral("/base/ca.crt"));
    EXPECT_EQ(plan.registry.username, QStringLiteral("robot$skoala"));
    EXPECT_EQ(plan.sync.method, SyncMethod::Containerd);
    EXPECT_EQ(plan.sync.jobs, 6);
    EXPECT_EQ(plan.sync.chartTarget, ChartTarget::Local);
    ASSERT_EQ(plan.sync.nodes.size(), 1u);
    EXPECT_EQ(plan.sync.nodes[0].port, 2222);
    EXPECT_EQ(plan.sync.nodes[0].user, QStringLiteral("root"));
    EXPECT_EQ(plan.sync.nodes[0].identityFile, QStringLiteral("/base/keys/id"));
    EXPECT_EQ(plan.upgrade.method, UpgradeMethod::ChartPackage);
    EXPECT_FALSE(plan.upgrade.atomic);
    EXPECT_EQ(plan.upgrade.timeout, QStringLiteral("1h30m"));
    ASSERT_EQ(plan.upgrade.releases.size(), 1u);
    EXPECT_EQ(plan.upgrade.releases[0].kubeContexts,
        (QStringList {QStringLiteral("w1"), QStringLiteral("w2")}));
}

TEST(UpgradePlan, SaveAndLoadGiveTheSamePlan)
{
    const UpgradePlan plan
        = UpgradePlan::fromYaml(Full, QStringLiteral("plan.yaml"), QStringLiteral("/base"));
    const QByteArray saved = plan.toYaml();
    EXPECT_TRUE(saved.startsWith("apiVersion: dce-upgrade.daocloud.io/v1alpha1\n"));
    const UpgradePlan again
        = UpgradePlan::fromYaml(saved, QStringLiteral("saved.yaml"), QStringLiteral("/elsewhere"));
    EXPECT_EQ(again.toYaml(), saved);
    EXPECT_EQ(again.registry.username, QStringLiteral("robot$skoala"));
    EXPECT_EQ(again.upgrade.releases[0].kubeContexts.size(), 2);
}

// A sync-only plan keeps the upgrade settings it holds (the same file upgrades later by changing
// the method alone), takes them without checking them, and refuses a plan with nothing to do.
TEST(UpgradePlan, SyncOnlyPlanRoundTripsWithItsUpgradeSettings)
{
    QByteArray yaml = Full;
    yaml.replace("  method: chart-package", "  method: none");
    yaml.replace("1h30m", "soon"); // not a duration: unused, so not checked
    const UpgradePlan plan
        = UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"), QStringLiteral("/base"));
    EXPECT_EQ(plan.upgrade.method, UpgradeMethod::None);
    EXPECT_TRUE(plan.syncOnly());
    EXPECT_EQ(UpgradePlan::toString(UpgradeMethod::None), QStringLiteral("none"));
    const QByteArray saved = plan.toYaml();
    EXPECT_TRUE(saved.contains("upgrade:\n  method: none\n")) << saved.toStdString();
    const UpgradePlan again
        = UpgradePlan::fromYaml(saved, QStringLiteral("saved.yaml"), QStringLiteral("/elsewhere"));
    EXPECT_EQ(again.toYaml(), saved);
    EXPECT_EQ(again.upgrade.method, UpgradeMethod::None);
    EXPECT_EQ(again.upgrade.kubeconfig, QStringLiteral("/etc/kube.conf"));
    ASSERT_EQ(again.upgrade.releases.size(), 1u);
    EXPECT_EQ(again.upgrade.releases[0].kubeContexts.size(), 2);

    QByteArray nothing = yaml;
    nothing.replace("method: containerd", "method: none");
    const QString error = errorOf(nothing);
    EXPECT_TRUE(error.startsWith(QStringLiteral("plan.invalid plan.yaml, line 21")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("nothing to do"))) << error.toStdString();
}

TEST(UpgradePlan, ErrorsNameTheLine)
{
    QByteArray typo = Full;
    typo.replace("  jobs: 6", "  jbos: 6");
    EXPECT_TRUE(errorOf(typo).contains(QStringLiteral("plan.yaml, line 13")))
        << errorOf(typo).toStdString();
    EXPECT_TRUE(errorOf(typo).contains(QStringLiteral("jbos")));

    QByteArray method = Full;
    method.replace("method: containerd", "method: rsync");
    EXPECT_TRUE(errorOf(method).contains(QStringLiteral("line 12")))
        << errorOf(method).toStdString();
    EXPECT_TRUE(errorOf(method).contains(QStringLiteral("charts-syncer")));

    QByteArray syntax = Full;
    syntax.replace("  scheme: https", "  scheme: [https");
    EXPECT_TRUE(errorOf(syntax).startsWith(QStringLiteral("yaml.invalid plan.yaml, line")))
        << errorOf(syntax).toStdString();

    QByteArray version = Full;
    version.replace("v1alpha1", "v9");
    EXPECT_TRUE(errorOf(version).contains(QStringLiteral("line 1")))
        << errorOf(version).toStdString();

    QByteArray timeout = Full;
    timeout.replace("1h30m", "soon");
    EXPECT_TRUE(errorOf(timeout).contains(QStringLiteral("line 25")))
        << errorOf(timeout).toStdString();

    QByteArray port = Full;
    port.replace("port: 2222", "port: 70000");
    EXPECT_TRUE(errorOf(port).contains(QStringLiteral("line 18"))) << errorOf(port).toStdString();
}

TEST(UpgradePlan, APasswordIsRefused)
{
    QByteArray withPassword = Full;
    withPassword.replace(
        "  username: robot$skoala", "  username: robot$skoala\n  password: Harbor12345");
    const QString error = errorOf(withPassword);
    EXPECT_TRUE(error.startsWith(QStringLiteral("plan.invalid"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("line 11")));
    EXPECT_FALSE(error.contains(QStringLiteral("Harbor12345")));
}

TEST(UpgradePlan, AddressMustBeAHost)
{
    QByteArray url = Full;
    url.replace("address: 10.16.23.145:8443", "address: https://10.16.23.145/release.daocloud.io");
    EXPECT_TRUE(errorOf(url).contains(QStringLiteral("line 6"))) << errorOf(url).toStdString();
}

TEST(UpgradePlan, ReadsTheNodeSettings)
{
    QByteArray yaml = Full;
    yaml.replace("      identityFile: keys/id\n",
        "      identityFile: keys/id\n"
        "    - {host: 10.0.0.11, port: 2223, user: ops, sudo: true}\n"
        "    - {local: true}\n"
        "  parallelNodes: 2\n"
        "  knownHostsFile: nodes_known_hosts\n"
        "  hostKeys: accept-new\n");
    const UpgradePlan plan
        = UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"), QStringLiteral("/base"));
    ASSERT_EQ(plan.sync.nodes.size(), 3u);
    EXPECT_FALSE(plan.sync.nodes[0].sudo);
    EXPECT_TRUE(plan.sync.nodes[1].sudo);
    EXPECT_EQ(plan.sync.nodes[1].id(), QStringLiteral("ops@10.0.0.11:2223"));
    EXPECT_TRUE(plan.sync.nodes[2].local);
    EXPECT_EQ(plan.sync.nodes[2].id(), QStringLiteral("local"));
    EXPECT_EQ(plan.sync.parallelNodes, 2);
    EXPECT_EQ(plan.sync.knownHostsFile, QStringLiteral("/base/nodes_known_hosts"));
    EXPECT_EQ(plan.sync.hostKeys, HostKeyPolicy::AcceptNew);
    EXPECT_EQ(plan.sync.docker, DockerTarget::Registry);

    // What it wrote reads back the same.
    const UpgradePlan again = UpgradePlan::fromYaml(plan.toYaml(), QStringLiteral("again.yaml"));
    ASSERT_EQ(again.sync.nodes.size(), 3u);
    EXPECT_EQ(again.sync.nodes[1].id(), plan.sync.nodes[1].id());
    EXPECT_TRUE(again.sync.nodes[1].sudo);
    EXPECT_TRUE(again.sync.nodes[2].local);
    EXPECT_EQ(again.sync.parallelNodes, 2);
    EXPECT_EQ(again.sync.knownHostsFile, plan.sync.knownHostsFile);
    EXPECT_EQ(again.sync.hostKeys, HostKeyPolicy::AcceptNew);
}

TEST(UpgradePlan, DefaultsNeverAcceptAnUnknownHostKey)
{
    const UpgradePlan plan = UpgradePlan::fromYaml(Full, QStringLiteral("plan.yaml"));
    EXPECT_EQ(plan.sync.hostKeys, HostKeyPolicy::Strict);
    EXPECT_EQ(plan.sync.parallelNodes, 4);
    EXPECT_TRUE(plan.sync.knownHostsFile.isEmpty());
    EXPECT_FALSE(plan.sync.nodes[0].sudo);
    EXPECT_FALSE(plan.sync.nodes[0].local);
    EXPECT_EQ(plan.sync.nodes[0].id(), QStringLiteral("root@10.0.0.11:2222"));
}

TEST(UpgradePlan, RefusesWhatANodeCannotMean)
{
    QByteArray yaml = Full;
    yaml.replace("      identityFile: keys/id\n", "      identityFile: keys/id\n  hostKeys: yes\n");
    EXPECT_TRUE(errorOf(yaml).contains(QStringLiteral("strict, accept-new")))
        << errorOf(yaml).toStdString();
    yaml = Full;
    yaml.replace("    - host: 10.0.0.11\n", "    - local: true\n      host: 10.0.0.11\n");
    EXPECT_TRUE(errorOf(yaml).contains(QStringLiteral("local: true")))
        << errorOf(yaml).toStdString();
    yaml = Full;
    yaml.replace("      identityFile: keys/id\n",
        "      identityFile: keys/id\n    - {local: true}\n    - {local: true}\n");
    EXPECT_TRUE(errorOf(yaml).contains(QStringLiteral("sync.nodes[2]")))
        << errorOf(yaml).toStdString();
}

// sync.docker: where the Docker method loads the images; this host's push is the default.
TEST(UpgradePlan, SyncDockerSaysWhereDockerLoadsTheImages)
{
    QByteArray docker = Full;
    docker.replace("method: containerd", "method: docker");
    const UpgradePlan byDefault
        = UpgradePlan::fromYaml(docker, QStringLiteral("plan.yaml"), QStringLiteral("/base"));
    EXPECT_EQ(byDefault.sync.docker, DockerTarget::Registry);
    EXPECT_FALSE(byDefault.toYaml().contains("docker:")) << "the default is not spelled out";

    docker.replace("  jobs: 6", "  jobs: 6\n  docker: nodes");
    const UpgradePlan onNodes
        = UpgradePlan::fromYaml(docker, QStringLiteral("plan.yaml"), QStringLiteral("/base"));
    EXPECT_EQ(onNodes.sync.docker, DockerTarget::Nodes);
    EXPECT_TRUE(onNodes.importsOnNodes());
    EXPECT_FALSE(byDefault.importsOnNodes());
    EXPECT_EQ(UpgradePlan::fromYaml(onNodes.toYaml(), QStringLiteral("saved.yaml")).sync.docker,
        DockerTarget::Nodes);

    docker.replace("docker: nodes", "docker: everywhere");
    EXPECT_TRUE(errorOf(docker).contains(QStringLiteral("registry, nodes")))
        << errorOf(docker).toStdString();
}

// sync.imagesAlreadyOn: where images put before the run are; with sync.method none only.
TEST(UpgradePlan, ImagesAlreadyOnTheNodesGoWithSyncNoneOnly)
{
    QByteArray yaml = Full;
    yaml.replace("method: containerd", "method: none\n  imagesAlreadyOn: nodes");
    const UpgradePlan plan = UpgradePlan::fromYaml(yaml, QStringLiteral("plan.yaml"));
    EXPECT_EQ(plan.sync.imagesAlreadyOn, ImagesLocation::Nodes);
    EXPECT_TRUE(plan.imagesOnNodes());
    EXPECT_FALSE(plan.importsOnNodes()) << "nothing is imported by this run";
    EXPECT_TRUE(plan.validate().empty());
    const UpgradePlan again = UpgradePlan::fromYaml(plan.toYaml(), QStringLiteral("again.yaml"));
    EXPECT_EQ(again.sync.imagesAlreadyOn, ImagesLocation::Nodes);
    EXPECT_FALSE(
        UpgradePlan::fromYaml(Full, QStringLiteral("p")).toYaml().contains("imagesAlreadyOn"))
        << "the default is not spelled out";

    yaml.replace("method: none", "method: builtin");
    EXPECT_TRUE(errorOf(yaml).contains(QStringLiteral("sync.method: none only")))
        << errorOf(yaml).toStdString();
    yaml.replace("imagesAlreadyOn: nodes", "imagesAlreadyOn: everywhere");
    EXPECT_TRUE(errorOf(yaml).contains(QStringLiteral("registry, nodes")))
        << errorOf(yaml).toStdString();
}
