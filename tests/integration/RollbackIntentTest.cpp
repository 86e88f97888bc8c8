// A rollback that knows what it did: the intent to upgrade a release is on disk before helm
// starts, so a run killed (-9) during `helm upgrade` of the second of two releases still leaves a
// session `dce-upgrade rollback` returns both from, the last upgraded first. Real helm 3 and 4
// against the Kubernetes API stand-in (two clusters: skoala on the main one, skoala-init on
// worker-1).
#include "UpgradeRunFixture.h"

#include <csignal>

using namespace DceUpgrade::Test;

namespace {

class RollbackAfterAKill : public UpgradeRun
{
protected:
    QString statusOf(const QString &release, const QString &context)
    {
        return status(release, context)
            .value(QLatin1String("info"))
            .toObject()
            .value(QLatin1String("status"))
            .toString();
    }
};

} // namespace

TEST_P(RollbackAfterAKill, KillNineDuringTheSecondUpgradeThenRollbackReturnsBothInReverse)
{
    const QString init = QStringLiteral("skoala-init");
    const QString worker = StandinCluster::WorkerContext;
    ASSERT_TRUE(m_cluster.installRelease(GetParam(), init, Namespace,
        m_repo.chartTgz(init, QStringLiteral("0.28.0")),
        {QStringLiteral("--kube-context"), worker}));
    // skoala-init's --wait never ends: its helm upgrade is under way when the run is killed.
    ASSERT_TRUE(m_cluster.keepUnready(Namespace, QStringLiteral("*"), worker));

    const QString second = QStringLiteral("helm.upgrade:skoala-init@") + worker;
    bool killed = false;
    const CliRun run = runCli(
        runArguments(writePlan(QStringLiteral("helm-repo"),
            skoalaOnly()
                + QStringLiteral("    - chart: skoala-init\n      "
                                 "kubeContexts: [%1]\n")
                      .arg(worker),
            QStringLiteral("  atomic: false\n  wait: true\n  timeout: 90s\n"))),
        [&](const QJsonObject &event, QProcess &process) {
            if (killed || event.value(QLatin1String("id")) != second
                || event.value(QLatin1String("state")) != QLatin1String("running")) {
                return;
            }
            // helm has written the pending-upgrade revision and waits for the Deployment.
            EXPECT_TRUE(waitUntil(
                [&] { return statusOf(init, worker) == QLatin1String("pending-upgrade"); }, 30000));
            ::kill(pid_t(process.processId()), SIGKILL);
            killed = true;
        });
    ASSERT_TRUE(killed) << run.describe();
    EXPECT_TRUE(run.crashed) << run.describe();
    EXPECT_EQ(run.state(QStringLiteral("helm.upgrade:skoala")), QStringLiteral("ok"));
    ASSERT_FALSE(run.session.isEmpty());
    // The orphaned helm goes the same way, as when the whole jump host session dies.
    for (const QString &holder : processesHolding(run.session.toUtf8())) {
        ::kill(pid_t(holder.section(QLatin1Char(' '), 0, 0).toInt()), SIGKILL);
    }
    ASSERT_TRUE(waitUntil([&] { return processesHolding(run.session.toUtf8()).isEmpty(); }, 5000));
    EXPECT_EQ(statusOf(init, worker), QStringLiteral("pending-upgrade"));
    EXPECT_EQ(chart(), QStringLiteral("skoala-0.28.1"));
    ASSERT_TRUE(m_cluster.makeReady(Namespace, QStringLiteral("*"), worker));

    const CliRun back
        = runCli({QStringLiteral("rollback"), QStringLiteral("--session"), run.session,
            QStringLiteral("--events"), QStringLiteral("-"), QStringLiteral("--helm"), m_helm});
    ASSERT_EQ(back.exitCode, 0) << back.describe();
    // The reverse of the upgrade order: the release whose upgrade started last goes first.
    QStringList order;
    for (const QJsonObject &event : back.events) {
        const QString id = event.value(QLatin1String("id")).toString();
        if (event.value(QLatin1String("type")) == QLatin1String("step")
            && event.value(QLatin1String("state")) == QLatin1String("running")
            && id.startsWith(QLatin1String("helm.rollback:"))) {
            order.append(id);
        }
    }
    EXPECT_EQ(order,
        (QStringList {QStringLiteral("helm.rollback:skoala-init@") + worker,
            QStringLiteral("helm.rollback:skoala")}))
        << back.describe();

    // Both run the revision they had before the session, as a new deployed revision.
    for (const auto &[release, context, before] :
        {std::tuple {QStringLiteral("skoala"), StandinCluster::MainContext,
             QStringLiteral("skoala-0.28.0")},
            std::tuple {init, worker, QStringLiteral("skoala-init-0.28.0")}}) {
        const QJsonArray revisions = history(release, context);
        ASSERT_FALSE(revisions.isEmpty());
        const QJsonObject last = revisions.last().toObject();
        EXPECT_EQ(last.value(QLatin1String("status")).toString(), QStringLiteral("deployed"))
            << release.toStdString();
        EXPECT_EQ(last.value(QLatin1String("chart")).toString(), before) << release.toStdString();
        EXPECT_EQ(
            last.value(QLatin1String("description")).toString(), QStringLiteral("Rollback to 1"))
            << release.toStdString();
    }
    // And the rollback report names both, in the order they were rolled back.
    const QJsonObject report = QJsonDocument::fromJson(
        readWholeFile(run.session + QLatin1String("/rollback-report.json")))
                                   .object();
    EXPECT_TRUE(report.value(QLatin1String("ok")).toBool());
}

INSTANTIATE_TEST_SUITE_P(Helm, RollbackAfterAKill, ::testing::Values(3, 4), helmTestName);
