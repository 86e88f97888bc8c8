#pragma once

#include "Fixtures.h"

#include "bundle/PackageReader.h"
#include "engine/Planner.h"
#include "model/UpgradePlan.h"

#include <QByteArray>
#include <QString>

#include <gtest/gtest.h>

namespace DceUpgrade::Test {

// A skoala package and plans over it, for the planner, script and command line tests.
struct PlanFixture
{
    struct Options
    {
        QString sync = QStringLiteral("builtin");
        QString chartTarget = QStringLiteral("harbor");
        QString upgrade = QStringLiteral("helm-repo");
        QString username = QStringLiteral("robot$skoala");
        QString extraRegistry; // more YAML lines under registry:
    };

    static QByteArray planYaml(const QString &packagePath, const Options &o)
    {
        QString yaml = QStringLiteral("apiVersion: dce-upgrade.daocloud.io/v1alpha1\n"
                                      "kind: UpgradePlan\n"
                                      "module: skoala\n"
                                      "package: %1\n"
                                      "registry:\n"
                                      "  address: 10.16.23.145\n"
                                      "  repository: release.daocloud.io/skoala\n")
                           .arg(packagePath);
        if (!o.username.isEmpty()) {
            yaml += QStringLiteral("  username: '%1'\n").arg(o.username);
        }
        yaml += o.extraRegistry;
        yaml += QStringLiteral("sync:\n  method: %1\n  chartTarget: %2\n")
                    .arg(o.sync, o.chartTarget);
        // Harbor 2.8+ keeps charts as OCI artifacts in the registry itself.
        yaml += o.chartTarget == QLatin1String("oci")
            ? QStringLiteral("  chartRepoUrl: oci://10.16.23.145/release.daocloud.io\n")
            : QStringLiteral(
                "  chartRepoUrl: https://10.16.23.145/chartrepo/release.daocloud.io\n");
        yaml += QStringLiteral("  localChartPath: /tmp/local-repo\n"
                               "  nodes:\n"
                               "    - {host: 10.0.0.11, user: root, port: 22}\n"
                               "    - {host: 10.0.0.12}\n");
        yaml += QStringLiteral("upgrade:\n  method: %1\n  repoAlias: skoala-release\n"
                               "  releases:\n    - chart: skoala\n    - chart: skoala-init\n"
                               "      kubeContexts: [worker-1]\n")
                    .arg(o.upgrade);
        return yaml.toUtf8();
    }

    static PlanResult plan(
        const Package &package, const UpgradePlan &upgradePlan, const QString &helm)
    {
        static const ModuleProfile profile = ModuleProfile::builtIn(QStringLiteral("skoala"));
        Planner::Input input;
        input.plan = &upgradePlan;
        input.profile = &profile;
        input.package = &package;
        input.helm = HelmVersion::parse(helm);
        return Planner::plan(input);
    }
};

// A test suite over one generated skoala package (`s_package`), made once for the suite: making
// one runs the Python generator. `Base` is ::testing::Test or a ::testing::TestWithParam<T>.
template<typename Base>
class WithPackage : public Base
{
protected:
    static void SetUpTestSuite()
    {
        s_fixtures = new Fixtures;
        s_package
            = new Package(PackageReader::open(s_fixtures->make(QStringLiteral("package")).path));
    }
    static void TearDownTestSuite()
    {
        delete s_package;
        delete s_fixtures;
    }
    static inline Fixtures *s_fixtures = nullptr;
    static inline Package *s_package = nullptr;
};

} // namespace DceUpgrade::Test
