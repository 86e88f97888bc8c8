#include "engine/RollbackPlanner.h"
#include "Fixtures.h"
#include "engine/Session.h"
#include "tools/HelmCommands.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

// Sessions made with their state.json written as a run (or an older version) left it.
class RollbackPlannerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_state.isValid()); }

    Session sessionWithFacts(const QJsonObject &facts)
    {
        const Session made = Session::create(QStringLiteral("skoala"), "module: skoala\n");
        QJsonObject state = made.state();
        state.insert(QStringLiteral("facts"), facts);
        QFile file(made.path(QStringLiteral("state.json")));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(state).toJson());
        file.close();
        return Session::open(made.name());
    }

    static QJsonObject upgraded(
        const QString &release, const QString &context, int before, const QString &at = {})
    {
        QJsonObject fact {{QStringLiteral("release"), release},
            {QStringLiteral("namespace"), QStringLiteral("skoala-system")},
            {QStringLiteral("context"), context}, {QStringLiteral("revisionBefore"), before},
            {QStringLiteral("chartVersionBefore"), QStringLiteral("0.27.%1").arg(before)},
            {QStringLiteral("revisionNow"), before + 1},
            {QStringLiteral("upgradeAttempted"), true}};
        if (!at.isEmpty()) {
            fact.insert(QStringLiteral("upgradeAttemptedAt"), at);
        }
        return fact;
    }

    static UpgradePlan plan()
    {
        UpgradePlan plan;
        plan.upgrade.timeout = QStringLiteral("15m");
        plan.upgrade.kubeconfig = QStringLiteral("/etc/kube.conf");
        return plan;
    }

    DceUpgrade::Test::ScopedStateHome m_state;
};

} // namespace

TEST_F(RollbackPlannerTest, RollsBackWhatWasUpgradedTheLastFirst)
{
    // skoala-init sorts after skoala but was upgraded before it (an earlier run, say).
    const Session session = sessionWithFacts({
        {QStringLiteral("target:skoala"),
            upgraded(QStringLiteral("skoala"), {}, 4, QStringLiteral("2026-12-06T10:05:00.000Z"))},
        {QStringLiteral("target:skoala-init@worker-1"),
            upgraded(QStringLiteral("skoala-init"), QStringLiteral("worker-1"), 2,
                QStringLiteral("2026-12-06T10:00:00.000Z"))},
        // Checked, never upgraded: nothing to return to.
        {QStringLiteral("target:hive"),
            QJsonObject {{QStringLiteral("release"), QStringLiteral("hive")},
                {QStringLiteral("revisionBefore"), 7}}},
        {QStringLiteral("registry"), QJsonObject {{QStringLiteral("upgradeAttempted"), true}}},
    });

    const QList<RollbackPlanner::Target> targets = RollbackPlanner::targets(session);
    ASSERT_EQ(targets.size(), 2);
    EXPECT_EQ(targets[0].target, QStringLiteral("skoala"));
    EXPECT_EQ(targets[0].release, QStringLiteral("skoala"));
    EXPECT_EQ(targets[0].namespaceName, QStringLiteral("skoala-system"));
    EXPECT_EQ(targets[0].kubeContext, QString());
    EXPECT_EQ(targets[0].revision, 4);
    EXPECT_EQ(targets[0].chartVersion, QStringLiteral("0.27.4"));
    EXPECT_EQ(targets[1].target, QStringLiteral("skoala-init@worker-1"));
    EXPECT_EQ(targets[1].kubeContext, QStringLiteral("worker-1"));
    EXPECT_EQ(targets[1].revision, 2);

    const PlanResult result = RollbackPlanner::plan(session, plan(), HelmCommands(HelmVersion {}));
    ASSERT_EQ(result.steps.size(), 3u);
    EXPECT_EQ(result.steps[0].id, QStringLiteral("helm.rollback:skoala"));
    EXPECT_EQ(result.steps[0].target, QStringLiteral("skoala"));
    EXPECT_TRUE(result.steps[0].title.contains(QStringLiteral("4")));
    EXPECT_FALSE(result.steps[0].alwaysRun);
    // The history first (is the release still as it was?), then the rollback.
    ASSERT_EQ(result.steps[0].commands.size(), 2u);
    EXPECT_EQ(result.steps[0].purposeOf(0).action, CommandPurpose::Action::ReleaseHistory);
    EXPECT_EQ(result.steps[0].commands[0].arguments().mid(0, 2),
        (QStringList {QStringLiteral("history"), QStringLiteral("skoala")}));
    EXPECT_TRUE(result.steps[0].commands[0].arguments().contains(QStringLiteral("/etc/kube.conf")));
    const QStringList &rollback = result.steps[0].commands[1].arguments();
    EXPECT_EQ(rollback.mid(0, 6),
        (QStringList {QStringLiteral("rollback"), QStringLiteral("skoala"), QStringLiteral("4"),
            QStringLiteral("-n"), QStringLiteral("skoala-system"), QStringLiteral("--wait")}));
    EXPECT_TRUE(rollback.contains(QStringLiteral("15m")));
    EXPECT_TRUE(rollback.contains(QStringLiteral("/etc/kube.conf")));
    EXPECT_FALSE(rollback.contains(QStringLiteral("--kube-context")));

    EXPECT_EQ(result.steps[1].id, QStringLiteral("helm.rollback:skoala-init@worker-1"));
    const QStringList &init = result.steps[1].commands[1].arguments();
    ASSERT_TRUE(init.contains(QStringLiteral("--kube-context")));
    EXPECT_EQ(
        init.at(init.indexOf(QStringLiteral("--kube-context")) + 1), QStringLiteral("worker-1"));
    EXPECT_EQ(init.at(2), QStringLiteral("2"));

    EXPECT_EQ(result.steps[2].id, QStringLiteral("report"));
    EXPECT_TRUE(result.steps[2].alwaysRun);
    EXPECT_TRUE(result.steps[2].builtIn);
    EXPECT_TRUE(result.secretsNeeded().isEmpty());
}

// Sessions of versions before upgradeAttemptedAt: the reverse order of the keys, as before.
TEST_F(RollbackPlannerTest, OlderSessionsKeepTheOrderOfTheirKeys)
{
    const Session session = sessionWithFacts({
        {QStringLiteral("target:skoala"), upgraded(QStringLiteral("skoala"), {}, 4)},
        {QStringLiteral("target:skoala-init@worker-1"),
            upgraded(QStringLiteral("skoala-init"), QStringLiteral("worker-1"), 2)},
    });
    const QList<RollbackPlanner::Target> targets = RollbackPlanner::targets(session);
    ASSERT_EQ(targets.size(), 2);
    EXPECT_EQ(targets[0].target, QStringLiteral("skoala-init@worker-1"));
    EXPECT_EQ(targets[1].target, QStringLiteral("skoala"));
}

TEST_F(RollbackPlannerTest, NothingToRollBackWithoutAnUpgrade)
{
    const Session fresh = sessionWithFacts({});
    EXPECT_TRUE(RollbackPlanner::targets(fresh).isEmpty());
    EXPECT_TRUE(RollbackPlanner::plan(fresh, plan(), HelmCommands(HelmVersion {})).steps.empty());

    QJsonObject checkedOnly = upgraded(QStringLiteral("skoala"), {}, 4);
    checkedOnly.insert(QStringLiteral("upgradeAttempted"), false);
    const Session checked = sessionWithFacts({{QStringLiteral("target:skoala"), checkedOnly}});
    EXPECT_TRUE(RollbackPlanner::targets(checked).isEmpty());
    EXPECT_TRUE(RollbackPlanner::plan(checked, plan(), HelmCommands(HelmVersion {})).steps.empty());
}

// The order comes from what the session recorded as each upgrade started (recordUpgradeStart,
// before helm runs), not from the keys (sorted) or the clock: here both would say otherwise.
TEST_F(RollbackPlannerTest, TheRecordedUpgradeOrderIsReversed)
{
    Session session = sessionWithFacts({
        {QStringLiteral("target:alpha"),
            upgraded(QStringLiteral("alpha"), {}, 3, QStringLiteral("2026-12-06T10:09:00.000Z"))},
        {QStringLiteral("target:zeta"),
            upgraded(QStringLiteral("zeta"), {}, 5, QStringLiteral("2026-12-06T10:00:00.000Z"))},
        {QStringLiteral("target:middle"),
            QJsonObject {{QStringLiteral("release"), QStringLiteral("middle")},
                {QStringLiteral("revisionBefore"), 7}}},
    });
    session.recordUpgradeStart(QStringLiteral("zeta"));
    session.recordUpgradeStart(QStringLiteral("middle"));
    session.recordUpgradeStart(QStringLiteral("alpha"));
    session.recordUpgradeStart(QStringLiteral("zeta")); // a rerun: its place stays
    EXPECT_EQ(session.upgradeOrder(),
        (QStringList {QStringLiteral("zeta"), QStringLiteral("middle"), QStringLiteral("alpha")}));
    // On disk the order names the facts' keys, as older builds wrote it.
    EXPECT_EQ(session.state().value(QLatin1String("upgradeOrder")).toArray(),
        (QJsonArray {QStringLiteral("target:zeta"), QStringLiteral("target:middle"),
            QStringLiteral("target:alpha")}));

    // As a later `rollback` reads it from disk.
    const Session reopened = Session::open(session.dir());
    EXPECT_TRUE(reopened.releaseFacts(QStringLiteral("middle")).upgradeAttempted);
    EXPECT_TRUE(reopened.state()
                    .value(QLatin1String("facts"))
                    .toObject()
                    .value(QLatin1String("target:middle"))
                    .toObject()
                    .value(QLatin1String("upgradeAttempted"))
                    .toBool());
    const QList<RollbackPlanner::Target> targets = RollbackPlanner::targets(reopened);
    ASSERT_EQ(targets.size(), 3);
    EXPECT_EQ(targets[0].target, QStringLiteral("alpha"));
    EXPECT_EQ(targets[1].target, QStringLiteral("middle"));
    EXPECT_EQ(targets[1].revision, 7);
    EXPECT_EQ(targets[2].target, QStringLiteral("zeta"));
}
