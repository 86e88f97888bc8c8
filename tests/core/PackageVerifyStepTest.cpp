// bundle.read (PackageVerifyStep) on its own: progress in bytes over the checksum and the layers,
// a cancel that ends the step at the next block and records nothing, and a rerun that skips the
// hashing of the unchanged package.
#include "Fixtures.h"
#include "bundle/PackageReader.h"
#include "engine/BuiltInSteps.h"
#include "engine/RunContext.h"
#include "engine/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

struct Outcome
{
    StepResult result;
    qint64 lastDone = 0;
    qint64 total = 0;
    int progressEvents = 0;
};

class PackageVerifyStepTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_state.isValid());
        m_session = std::make_unique<Session>(Session::create(QStringLiteral("test"), "x"));
        // 64 MiB of layers: enough blocks for a cancel to land in the middle.
        const auto big = m_fixtures.make(QStringLiteral("big"), QStringLiteral("big.tar"),
            {QStringLiteral("--size"), QString::number(64 << 20), QStringLiteral("--images"),
                QStringLiteral("2"), QStringLiteral("--layers"), QStringLiteral("8")});
        ASSERT_FALSE(big.path.isEmpty());
        m_package = std::make_unique<Package>(PackageReader::open(big.path));
        m_plan.sync.method = SyncMethod::BuiltIn;
    }

    // `cancelAtOnce`: cancel right after the start, while the worker thread hashes the first
    // blocks (64 MiB take it tens of milliseconds).
    Outcome run(bool cancelAtOnce)
    {
        RunContext context;
        context.session = m_session.get();
        context.package = m_package.get();
        context.plan = &m_plan;
        PlannedStep planned;
        planned.id = QStringLiteral("bundle.read");
        planned.builtIn = true;
        PackageVerifyStep step(planned, context);
        Outcome outcome;
        bool done = false;
        QObject::connect(
            &step, &Step::progress, &step, [&](qint64 at, qint64 total, const QString &unit) {
                EXPECT_EQ(unit, QStringLiteral("bytes"));
                EXPECT_GE(at, outcome.lastDone) << "progress went back";
                outcome.lastDone = at;
                outcome.total = total;
                ++outcome.progressEvents;
            });
        QObject::connect(&step, &Step::finished, &step, [&](const StepResult &result) {
            outcome.result = result;
            done = true;
        });
        step.start();
        if (cancelAtOnce) {
            step.cancel();
        }
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        EXPECT_TRUE(done) << "the step never finished";
        return outcome;
    }

    DceUpgrade::Test::ScopedStateHome m_state;
    DceUpgrade::Test::Fixtures m_fixtures;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Package> m_package;
    UpgradePlan m_plan;
};

} // namespace

TEST_F(PackageVerifyStepTest, HashesEveryLayerWithProgressThenARerunSkipsTheUnchangedPackage)
{
    const Outcome first = run(false);
    ASSERT_EQ(first.result.state, StepResult::State::Ok) << first.result.message.toStdString();
    qint64 layers = 0;
    for (const auto &bundle : m_package->bundles) {
        layers += bundle->images.distinctLayerBytes();
    }
    EXPECT_GE(layers, qint64(64) << 20);
    EXPECT_EQ(first.total, layers) << "no checksum file: the layers are the whole work";
    EXPECT_EQ(first.lastDone, layers);
    EXPECT_GT(first.progressEvents, 1);

    const Outcome again = run(false);
    EXPECT_EQ(again.result.state, StepResult::State::Skipped);
    EXPECT_EQ(again.progressEvents, 0) << "the unchanged package was hashed again";
}

TEST_F(PackageVerifyStepTest, ACancelEndsTheStepBeforeTheEndAndRecordsNothing)
{
    const Outcome canceled = run(true);
    EXPECT_EQ(canceled.result.state, StepResult::State::Canceled);
    EXPECT_LT(canceled.lastDone, qint64(64) << 20) << "it hashed on after the cancel";
    EXPECT_TRUE(m_session->fact(QStringLiteral("packageVerified")).isEmpty());
    // Not recorded as verified: the next run hashes it all.
    const Outcome next = run(false);
    EXPECT_EQ(next.result.state, StepResult::State::Ok);
    EXPECT_GT(next.progressEvents, 0);
}
