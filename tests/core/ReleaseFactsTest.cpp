#include "engine/ReleaseFacts.h"
#include "Fixtures.h"
#include "engine/RollbackPlanner.h"
#include "engine/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

// The facts of one release after a whole run, key for key as the string-keyed steps wrote them
// (helm.check with --recover-pending, values.save, values.prepare, helm.upgrade,
// release.verify) before ReleaseFacts existed: sessions of those builds must still resume and
// roll back, and a rewrite must not change a key.
constexpr char WrittenByARun[] = R"({
    "target": "skoala-init@worker-1",
    "release": "skoala-init",
    "namespace": "skoala-system",
    "context": "worker-1",
    "chartVersionTarget": "0.28.1",
    "revisionNow": 6,
    "statusNow": "pending-upgrade",
    "chartVersionNow": "0.28.1",
    "revisionBefore": 5,
    "statusBefore": "pending-upgrade",
    "chartVersionBefore": "0.27.0",
    "recoveredFrom": "pending-upgrade",
    "backup": "/s/values/skoala-init@worker-1-values-backup.yaml",
    "values": "/s/values/skoala-init@worker-1-values-upgrade.yaml",
    "valuesChanged": [{"key": "global.imageRegistry", "from": "", "to": "10.6.0.1:5000"}],
    "pinnedImages": ["hive.image.tag = v0.27.0"],
    "upgradeAttempted": true,
    "history": [{"revision": 5, "status": "superseded", "chart": "skoala-init-0.27.0",
                 "description": "Upgrade complete"},
                {"revision": 7, "status": "deployed", "chart": "skoala-init-0.28.1",
                 "description": "Upgrade complete"}],
    "revisionAfter": 7,
    "statusAfter": "deployed",
    "chartVersionAfter": "0.28.1"
})";

QJsonObject writtenByARun()
{
    return QJsonDocument::fromJson(WrittenByARun).object();
}

class ReleaseFactsSessionTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_state.isValid()); }

    DceUpgrade::Test::ScopedStateHome m_state;
};

} // namespace

TEST(ReleaseFacts, ReadsEveryKeyARunWrites)
{
    ASSERT_FALSE(writtenByARun().isEmpty());
    const ReleaseFacts facts = ReleaseFacts::fromJson(writtenByARun());
    EXPECT_EQ(facts.target, QStringLiteral("skoala-init@worker-1"));
    EXPECT_EQ(facts.release, QStringLiteral("skoala-init"));
    EXPECT_EQ(facts.namespaceName, QStringLiteral("skoala-system"));
    EXPECT_EQ(facts.kubeContext, QStringLiteral("worker-1"));
    EXPECT_EQ(facts.chartVersionTarget, QStringLiteral("0.28.1"));
    ASSERT_TRUE(facts.now.has_value());
    EXPECT_EQ(facts.now->revision, 6);
    EXPECT_EQ(facts.now->status, QStringLiteral("pending-upgrade"));
    ASSERT_TRUE(facts.before.has_value());
    EXPECT_EQ(facts.before->revision, 5);
    EXPECT_EQ(facts.before->chartVersion, QStringLiteral("0.27.0"));
    EXPECT_EQ(facts.recoveredFrom, QStringLiteral("pending-upgrade"));
    EXPECT_EQ(facts.backup, QStringLiteral("/s/values/skoala-init@worker-1-values-backup.yaml"));
    ASSERT_TRUE(facts.values.has_value());
    EXPECT_EQ(
        facts.values->path, QStringLiteral("/s/values/skoala-init@worker-1-values-upgrade.yaml"));
    ASSERT_EQ(facts.values->changes.size(), 1u);
    EXPECT_EQ(facts.values->changes[0].key, QStringLiteral("global.imageRegistry"));
    EXPECT_EQ(facts.values->changes[0].to, QStringLiteral("10.6.0.1:5000"));
    EXPECT_EQ(facts.values->pinnedImages, QStringList {QStringLiteral("hive.image.tag = v0.27.0")});
    EXPECT_TRUE(facts.upgradeAttempted);
    ASSERT_TRUE(facts.after.has_value());
    EXPECT_EQ(facts.after->revision, 7);
    EXPECT_EQ(facts.after->status, QStringLiteral("deployed"));
    EXPECT_EQ(facts.after->chartVersion, QStringLiteral("0.28.1"));
    ASSERT_EQ(facts.history.size(), 2u);
    EXPECT_EQ(facts.history[1].chart, QStringLiteral("skoala-init-0.28.1"));
    EXPECT_EQ(facts.history[1].description, QStringLiteral("Upgrade complete"));
}

TEST(ReleaseFacts, WritesBackExactlyTheKeysItRead)
{
    EXPECT_EQ(ReleaseFacts::fromJson(writtenByARun()).toJson(), writtenByARun());

    // After helm.check alone: no backup, values, attempt or result yet, and an empty context
    // (the current one) and chart version are still written.
    const QJsonObject checked = QJsonDocument::fromJson(R"({"target": "skoala",
        "release": "skoala", "namespace": "skoala-system", "context": "",
        "chartVersionTarget": "0.28.1", "revisionNow": 4, "statusNow": "deployed",
        "chartVersionNow": "", "revisionBefore": 4, "statusBefore": "deployed",
        "chartVersionBefore": ""})")
                                    .object();
    ASSERT_FALSE(checked.isEmpty());
    EXPECT_EQ(ReleaseFacts::fromJson(checked).toJson(), checked);
    EXPECT_EQ(ReleaseFacts().toJson(), QJsonObject());
}

// Older builds wrote when the upgrade started instead of the session's order, and no
// statusBefore: a rollback still finds the revision to return to.
TEST(ReleaseFacts, ReadsWhatOlderBuildsWrote)
{
    const ReleaseFacts facts = ReleaseFacts::fromJson(
        QJsonDocument::fromJson(R"({"release": "skoala", "revisionBefore": 4,
            "chartVersionBefore": "0.27.0", "upgradeAttempted": true,
            "upgradeAttemptedAt": "2026-12-06T10:05:00.000Z"})")
            .object());
    ASSERT_TRUE(facts.before.has_value());
    EXPECT_EQ(facts.before->revision, 4);
    EXPECT_EQ(facts.before->status, QString());
    EXPECT_FALSE(facts.now.has_value());
    EXPECT_FALSE(facts.after.has_value());
    EXPECT_TRUE(facts.upgradeAttempted);
    EXPECT_EQ(facts.upgradeAttemptedAt, QStringLiteral("2026-12-06T10:05:00.000Z"));
    EXPECT_EQ(facts.toJson().value(QLatin1String("upgradeAttemptedAt")).toString(),
        facts.upgradeAttemptedAt);
}

TEST(ReleaseFacts, StateKeysNameTheTarget)
{
    EXPECT_EQ(ReleaseFacts::stateKey(QStringLiteral("skoala-init@worker-1")),
        QStringLiteral("target:skoala-init@worker-1"));
    EXPECT_EQ(ReleaseFacts::targetOfStateKey(QStringLiteral("target:skoala")),
        std::optional<QString>(QStringLiteral("skoala")));
    EXPECT_FALSE(ReleaseFacts::targetOfStateKey(QStringLiteral("packageVerified")).has_value());
    EXPECT_FALSE(ReleaseFacts::targetOfStateKey(QStringLiteral("docker.pushed")).has_value());
}

// A session state.json as a run of the current format leaves it: it resumes, rolls back, and
// what a step writes back keeps every key.
TEST_F(ReleaseFactsSessionTest, ASessionWrittenBeforeResumesAndRollsBack)
{
    const Session made = Session::create(QStringLiteral("skoala"), "module: skoala\n");
    QJsonObject state = made.state();
    state.insert(QStringLiteral("facts"),
        QJsonObject {{QStringLiteral("target:skoala-init@worker-1"), writtenByARun()},
            {QStringLiteral("packageVerified"), QJsonObject {{QStringLiteral("size"), 3}}}});
    state.insert(
        QStringLiteral("upgradeOrder"), QJsonArray {QStringLiteral("target:skoala-init@worker-1")});
    {
        QFile file(made.path(QStringLiteral("state.json")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(state).toJson());
    }

    Session session = Session::open(made.name());
    EXPECT_EQ(session.upgradeOrder(), QStringList {QStringLiteral("skoala-init@worker-1")});
    const QMap<QString, ReleaseFacts> all = session.allReleaseFacts();
    ASSERT_EQ(all.keys(), QStringList {QStringLiteral("skoala-init@worker-1")});
    EXPECT_EQ(all.first().after->revision, 7);

    const QList<RollbackPlanner::Target> targets = RollbackPlanner::targets(session);
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets[0].target, QStringLiteral("skoala-init@worker-1"));
    EXPECT_EQ(targets[0].release, QStringLiteral("skoala-init"));
    EXPECT_EQ(targets[0].kubeContext, QStringLiteral("worker-1"));
    EXPECT_EQ(targets[0].revision, 5);
    EXPECT_EQ(targets[0].chartVersion, QStringLiteral("0.27.0"));

    // A rerun's helm.upgrade records its start again: nothing else changes on disk.
    session.recordUpgradeStart(QStringLiteral("skoala-init@worker-1"));
    const Session reopened = Session::open(made.name());
    EXPECT_EQ(reopened.state().value(QLatin1String("facts")), state.value(QLatin1String("facts")));
    EXPECT_EQ(reopened.state().value(QLatin1String("upgradeOrder")),
        state.value(QLatin1String("upgradeOrder")));
}
