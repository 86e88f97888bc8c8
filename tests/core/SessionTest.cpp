#include "engine/Session.h"
#include "Fixtures.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

// Every session test gets its own XDG_STATE_HOME.
class SessionTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_state.isValid()); }

    DceUpgrade::Test::ScopedStateHome m_state;
};

QFileDevice::Permissions ownerOnly(const QString &path)
{
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
            | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther);
}

} // namespace

TEST_F(SessionTest, CreatesAPrivateDirectoryWithThePlan)
{
    const Session session = Session::create(QStringLiteral("skoala"), "module: skoala\n");
    EXPECT_TRUE(session.dir().startsWith(m_state.path() + QLatin1String("/dce-upgrade/sessions/")));
    EXPECT_TRUE(session.name().startsWith(QLatin1String("skoala-")));
    EXPECT_EQ(ownerOnly(session.dir()), QFileDevice::Permissions());
    EXPECT_EQ(ownerOnly(session.planPath()), QFileDevice::Permissions());
    EXPECT_EQ(ownerOnly(session.path(QStringLiteral("state.json"))), QFileDevice::Permissions());
    QFile plan(session.planPath());
    ASSERT_TRUE(plan.open(QIODevice::ReadOnly));
    EXPECT_EQ(plan.readAll(), QByteArray("module: skoala\n"));
}

TEST_F(SessionTest, FinishedStepsAndFactsSurviveReopening)
{
    Session session = Session::create(QStringLiteral("skoala"), "x");
    session.markFinished(QStringLiteral("helm.check"), QStringLiteral("ok"), 12);
    session.markFinished(QStringLiteral("helm.upgrade:skoala"), QStringLiteral("failed"), 3);
    ReleaseFacts facts;
    facts.before = ReleaseFacts::Revision {4, QStringLiteral("deployed"), QStringLiteral("0.27.0")};
    session.setReleaseFacts(QStringLiteral("skoala"), facts);
    session.setFact(QStringLiteral("packageVerified"), {{QStringLiteral("size"), 12}});

    const Session again = Session::open(session.name());
    EXPECT_EQ(again.dir(), session.dir());
    EXPECT_EQ(again.stamp(), session.stamp());
    EXPECT_TRUE(again.isDone(QStringLiteral("helm.check")));
    EXPECT_FALSE(again.isDone(QStringLiteral("helm.upgrade:skoala")));
    EXPECT_FALSE(again.isDone(QStringLiteral("release.verify:skoala")));
    const ReleaseFacts read = again.releaseFacts(QStringLiteral("skoala"));
    ASSERT_TRUE(read.before.has_value());
    EXPECT_EQ(read.before->revision, 4);
    EXPECT_EQ(read.before->chartVersion, QStringLiteral("0.27.0"));
    EXPECT_FALSE(read.after.has_value());
    EXPECT_EQ(again.allReleaseFacts().keys(), QStringList {QStringLiteral("skoala")});
    EXPECT_EQ(
        again.fact(QStringLiteral("packageVerified")).value(QLatin1String("size")).toInt(), 12);
}

TEST_F(SessionTest, UnitsOfAStepSurviveReopeningOnTheirOwn)
{
    Session session = Session::create(QStringLiteral("skoala"), "x");
    const QString step = QStringLiteral("images.import");
    session.markUnitFinished(step, QStringLiteral("root@10.0.0.11:22"), QStringLiteral("ok"));
    session.markUnitFinished(step, QStringLiteral("root@10.0.0.11:2222"), QStringLiteral("failed"));

    const Session again = Session::open(session.name());
    EXPECT_TRUE(again.isUnitDone(step, QStringLiteral("root@10.0.0.11:22")));
    EXPECT_FALSE(again.isUnitDone(step, QStringLiteral("root@10.0.0.11:2222")));
    EXPECT_FALSE(again.isUnitDone(step, QStringLiteral("root@10.0.0.12:22")));
    EXPECT_FALSE(again.isUnitDone(QStringLiteral("other"), QStringLiteral("root@10.0.0.11:22")));
    EXPECT_FALSE(again.isDone(step)) << "a unit is not the step";
}

TEST_F(SessionTest, UnknownSessionIsAClearError)
{
    try {
        Session::open(QStringLiteral("skoala-19990101-000000"));
        FAIL();
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("session.not-found"));
        EXPECT_FALSE(error.hint().isEmpty());
    }
}

TEST_F(SessionTest, PrivateFilesAreNeverReplacedUnlessAsked)
{
    const Session session = Session::create(QStringLiteral("skoala"), "x");
    const QString backup = session.path(QStringLiteral("values/b.yaml"));
    Session::writePrivateFile(backup, "first\n", false);
    EXPECT_EQ(ownerOnly(backup), QFileDevice::Permissions());
    try {
        Session::writePrivateFile(backup, "second\n", false);
        FAIL() << "overwrote the backup";
    } catch (const Error &error) {
        EXPECT_EQ(error.code(), QStringLiteral("session.exists"));
    }
    QFile file(backup);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("first\n"));
}
