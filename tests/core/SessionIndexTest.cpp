#include "engine/SessionIndex.h"
#include "Fixtures.h"
#include "engine/Session.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

class SessionIndexTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_state.isValid()); }

    static Session make(const QString &module)
    {
        return Session::create(module, "module: " + module.toUtf8() + "\npackage: /p/x.tar\n");
    }
    static void writeReport(const Session &session, const QString &name, bool ok)
    {
        QFile report(session.path(name));
        ASSERT_TRUE(report.open(QIODevice::WriteOnly));
        report.write(ok ? "{\"ok\": true}" : "{\"ok\": false}");
    }

    DceUpgrade::Test::ScopedStateHome m_state;
};

} // namespace

TEST_F(SessionIndexTest, ReadsWhatTheSessionFilesSay)
{
    Session session = make(QStringLiteral("skoala"));
    session.markFinished(QStringLiteral("bundle.verify"), QStringLiteral("ok"), 5);
    session.save();

    SessionSummary summary = SessionIndex::read(session.dir());
    EXPECT_EQ(summary.module, QStringLiteral("skoala"));
    EXPECT_EQ(summary.package, QStringLiteral("/p/x.tar"));
    EXPECT_EQ(summary.stepsDone, 1);
    EXPECT_TRUE(summary.created.isValid());
    EXPECT_FALSE(summary.reported);
    EXPECT_TRUE(summary.interrupted()) << "killed before the report: interrupted";

    writeReport(session, QStringLiteral("report.json"), false);
    summary = SessionIndex::read(session.dir());
    EXPECT_TRUE(summary.reported);
    EXPECT_TRUE(summary.interrupted()) << "failed: still to continue or roll back";

    writeReport(session, QStringLiteral("rollback-report.json"), true);
    EXPECT_FALSE(SessionIndex::read(session.dir()).interrupted()) << "rolled back: done";
}

TEST_F(SessionIndexTest, OffersTheNewestInterruptedSessionOfTheModuleOnce)
{
    EXPECT_FALSE(SessionIndex::newestInterrupted(QStringLiteral("skoala")));

    const Session finished = make(QStringLiteral("skoala"));
    writeReport(finished, QStringLiteral("report.json"), true);
    const Session other = make(QStringLiteral("kpanda"));
    EXPECT_FALSE(SessionIndex::newestInterrupted(QStringLiteral("skoala")))
        << "a finished run and another module's run are nothing to continue";

    const Session interrupted = make(QStringLiteral("skoala"));
    const auto offered = SessionIndex::newestInterrupted(QStringLiteral("skoala"));
    ASSERT_TRUE(offered);
    EXPECT_EQ(offered->dir, interrupted.dir());
    EXPECT_EQ(SessionIndex::list(QStringLiteral("skoala")).size(), 2u);
    EXPECT_EQ(SessionIndex::list().size(), 3u);

    ASSERT_TRUE(SessionIndex::dismiss(interrupted.dir()));
    EXPECT_FALSE(SessionIndex::newestInterrupted(QStringLiteral("skoala")))
        << "a dismissed session is not offered again";
    EXPECT_TRUE(QFile::exists(interrupted.planPath())) << "dismissing keeps the session";
}
