// What `dce-upgrade run` tells a person at a terminal when it stops: one piece of advice per
// failure, the failed step's own hint, not a generic "--resume" next to it.
#include "UpgradeRunFixture.h"

using namespace DceUpgrade::Test;

TEST_P(UpgradeRun, APendingReleaseIsAdvisedOnlyToRecoverIt)
{
    ASSERT_TRUE(m_cluster.leavePendingUpgrade(GetParam(), QStringLiteral("skoala"), Namespace,
        m_repo.chartTgz(QStringLiteral("skoala"), QStringLiteral("0.28.1"))));
    ScopedStateHome state;
    QStringList arguments = runArguments(writePlan(QStringLiteral("helm-repo")));
    arguments.removeAt(arguments.indexOf(QLatin1String("--events")) + 1);
    arguments.removeOne(QLatin1String("--events"));
    const Fixtures::CliResult run = Fixtures::runCli(arguments,
        QJsonDocument(QJsonObject {{QStringLiteral("registry.password"), Password}})
                .toJson(QJsonDocument::Compact)
            + '\n');
    EXPECT_NE(run.exitCode, 0);
    const QString said = run.out + run.err;
    EXPECT_TRUE(said.contains(QLatin1String("--recover-pending"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QLatin1String("Not finished. Report: "))) << said.toStdString();
    EXPECT_FALSE(said.contains(QLatin1String("--resume"))) << said.toStdString();
}
