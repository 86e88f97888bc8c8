// Every helm command line the Planner can produce is accepted by the flag parsers of the real
// helm 3.18 and helm 4.1: each runs with --help appended, which makes helm parse every flag
// (an unknown or misspelt one fails) and then print its help instead of doing anything.
#include "ChildProcess.h"
#include "Fixtures.h"
#include "StandinCluster.h"

#include "bundle/PackageReader.h"
#include "engine/Planner.h"
#include "model/ModuleProfile.h"
#include "model/UpgradePlan.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace DceUpgrade;
using namespace DceUpgrade::Test;

namespace {

class HelmFlags : public ::testing::TestWithParam<int>
{
};

// The plan variations that change a helm command line: how the registry (and so the chart
// repository) is reached, and how the upgrade runs.
std::vector<std::pair<QString, QString>> variants(const QString &caFile)
{
    const QString repo = QStringLiteral(
        "  method: helm-repo\n  repoUrl: https://harbor.example/chartrepo/skoala\n");
    // Charts as OCI artifacts (Harbor 2.8+): registry login/logout, show chart, oci:// upgrade.
    const QString oci
        = QStringLiteral("  method: helm-repo\n  repoUrl: oci://harbor.example/skoala\n");
    const QStringList registries {QStringLiteral("  username: robot$skoala-ci\n"), QString(),
        QStringLiteral("  username: admin\n  insecure: true\n"),
        QStringLiteral("  username: admin\n  scheme: http\n"),
        QStringLiteral("  username: robot$skoala-ci\n  caFile: %1\n").arg(caFile)};
    const QStringList upgrades {
        repo + QStringLiteral("  atomic: true\n  wait: true\n  timeout: 10m\n"),
        repo + QStringLiteral("  atomic: false\n  wait: false\n  kubeconfig: /tmp/kube.yaml\n"),
        repo
            + QStringLiteral("  releases:\n    - chart: skoala\n    - chart: skoala-init\n"
                             "      kubeContexts: [worker-1, worker-2]\n"),
        QStringLiteral("  method: chart-package\n  atomic: true\n  wait: true\n"),
        QStringLiteral(
            "  method: chart-package\n  atomic: false\n  wait: false\n  kubeContext: dce\n"),
        oci + QStringLiteral("  atomic: true\n  wait: true\n  timeout: 10m\n")};
    std::vector<std::pair<QString, QString>> all;
    for (const QString &registry : registries) {
        for (const QString &upgrade : upgrades) {
            all.emplace_back(registry, upgrade);
        }
    }
    return all;
}

} // namespace

TEST_P(HelmFlags, EveryPlannedHelmCommandParses)
{
    const QString helmPath = StandinCluster::helmBinary(GetParam());
    ASSERT_FALSE(helmPath.isEmpty());
    Fixtures fixtures;
    const GeneratedBundle package = fixtures.make(QStringLiteral("package"));
    ASSERT_FALSE(package.path.isEmpty());
    const QString caFile = fixtures.writeFile(QStringLiteral("ca.crt"), "not checked here\n");
    const Package opened = PackageReader::open(package.path);
    const ModuleProfile profile = ModuleProfile::builtIn(QStringLiteral("skoala"));
    const HelmVersion version = GetParam() == 3 ? HelmVersion {3, 18, 0} : HelmVersion {4, 1, 4};

    int checked = 0;
    QSet<QString> seen; // the same command line from two variants is run once
    for (const auto &[registry, upgrade] : variants(caFile)) {
        const QString yaml = QStringLiteral(
            "apiVersion: dce-upgrade.daocloud.io/v1alpha1\nkind: UpgradePlan\nmodule: skoala\n"
            "package: %1\nregistry:\n  address: harbor.example\n"
            "  repository: release.daocloud.io/skoala\n%2sync:\n  method: none\nupgrade:\n%3")
                                 .arg(package.path, registry, upgrade);
        const UpgradePlan plan = UpgradePlan::fromYaml(yaml.toUtf8(), QStringLiteral("plan.yaml"));
        Planner::Input input;
        input.plan = &plan;
        input.profile = &profile;
        input.package = &opened;
        input.helm = version;
        input.sessionDir = fixtures.dir();
        input.timestamp = QStringLiteral("20261128-120000");
        for (const PlannedStep &step : Planner::plan(input).steps) {
            for (const CommandLine &command : step.commands) {
                const QString key = command.arguments().join(QChar(0));
                if (command.program() != QLatin1String("helm") || seen.contains(key)) {
                    continue;
                }
                seen.insert(key);
                const ProcessResult run = runProcess(helmPath,
                    command.arguments() + QStringList {QStringLiteral("--help")},
                    QProcessEnvironment::systemEnvironment(), "password\n", 30000);
                EXPECT_TRUE(run.ok()) << command.display().toStdString() << ": " << run.describe();
                EXPECT_TRUE(run.out.contains("Usage:")) << command.display().toStdString();
                ++checked;
            }
        }
    }
    // version, status, repo list/add/update, search, get values, upgrade, history at least.
    EXPECT_GT(checked, 20);
}

INSTANTIATE_TEST_SUITE_P(Helm, HelmFlags, ::testing::Values(3, 4), helmTestName);
