// The step guard: whatever a step's continuation throws (a session write on a full disk, an odd
// image reference) ends that step failed with the error's message; nothing reaches the Qt event
// loop, and the run goes on to its always-run steps and its end.
#include "Fixtures.h"
#include "engine/CommandStep.h"
#include "engine/Engine.h"
#include "engine/ImagesCheckStep.h"
#include "engine/RunContext.h"
#include "engine/Session.h"
#include "model/UpgradePlan.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>

using namespace DceUpgrade;

namespace {

const QString FakeTool = QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/support/fake-tools/fake-tool");

PlannedStep plannedTool(const QString &id, bool alwaysRun = false)
{
    PlannedStep step;
    step.id = id;
    step.title = id;
    step.alwaysRun = alwaysRun;
    step.commands.push_back(CommandLine(FakeTool));
    return step;
}

// A command step whose decision about its command throws, as a fact write on a full disk does.
class ThrowsAfterItsCommand final : public CommandStep
{
public:
    using CommandStep::CommandStep;

protected:
    std::optional<StepResult> afterCommand(
        int, const CommandLine &, const ProcessRunner::Result &) override
    {
        throw Error(QStringLiteral("session.io"), QStringLiteral("Cannot write state.json"),
            QStringLiteral("Free some space."));
    }
};

// A step whose timer continuation throws something that is not an Error.
class ThrowsFromATimer final : public Step
{
public:
    using Step::Step;

protected:
    void run() override
    {
        QTimer::singleShot(0, this, guarded([] { throw std::runtime_error("odd state"); }));
    }
};

StepResult runAlone(Step &step)
{
    std::optional<StepResult> result;
    QObject::connect(
        &step, &Step::finished, &step, [&result](const StepResult &end) { result = end; });
    step.start();
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    EXPECT_TRUE(result.has_value()) << "the step never finished";
    return result.value_or(StepResult::ok());
}

class StepGuardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_state.isValid());
        m_session = std::make_unique<Session>(Session::create(QStringLiteral("test"), "x"));
        m_context.session = m_session.get();
    }

    // Makes every later write of state.json fail, even for root: the name is a directory.
    void breakTheState()
    {
        const QString state = m_session->path(QStringLiteral("state.json"));
        ASSERT_TRUE(QFile::remove(state));
        ASSERT_TRUE(QDir().mkdir(state));
    }

    // Runs the engine over `steps`, breaking state.json as the step `breakAt` starts; returns
    // "id=state/code" per finished step. The run must end, and not as a success.
    QStringList runBreakingTheStateAt(const QString &breakAt, std::vector<PlannedStep> steps)
    {
        m_context.planned.steps = std::move(steps);
        Engine engine(m_context);
        QStringList finished;
        std::optional<bool> ok;
        QObject::connect(
            &engine, &Engine::stepStarted, &engine, [&](const PlannedStep &step, int, int) {
                if (step.id == breakAt) {
                    breakTheState();
                }
            });
        QObject::connect(&engine, &Engine::stepFinished, &engine,
            [&](const PlannedStep &step, const StepResult &result, qint64) {
                finished.append(step.id + QLatin1Char('=') + StepResult::toString(result.state)
                    + QLatin1Char('/') + result.code);
            });
        QObject::connect(
            &engine, &Engine::finished, &engine, [&](bool succeeded) { ok = succeeded; });
        engine.start();
        QElapsedTimer clock;
        clock.start();
        while (!ok && clock.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        EXPECT_EQ(ok, std::optional<bool>(false)) << "the run never ended, or succeeded";
        return finished;
    }

    DceUpgrade::Test::ScopedStateHome m_state;
    std::unique_ptr<Session> m_session;
    RunContext m_context;
};

} // namespace

TEST_F(StepGuardTest, AnErrorInACommandsContinuationFailsTheStepWithItsMessage)
{
    ThrowsAfterItsCommand step(plannedTool(QStringLiteral("throws")), m_context);
    const StepResult result = runAlone(step);
    EXPECT_EQ(result.state, StepResult::State::Failed);
    EXPECT_EQ(result.code, QStringLiteral("session.io"));
    EXPECT_EQ(result.message, QStringLiteral("Cannot write state.json"));
    EXPECT_EQ(result.hint, QStringLiteral("Free some space."));
    // The command it ran is still recorded for the report.
    EXPECT_EQ(step.commandsRun().size(), 1);
}

TEST_F(StepGuardTest, AnyOtherExceptionIsAnInternalErrorOfTheStep)
{
    ThrowsFromATimer step(plannedTool(QStringLiteral("timer")), m_context);
    const StepResult result = runAlone(step);
    EXPECT_EQ(result.state, StepResult::State::Failed);
    EXPECT_EQ(result.code, QStringLiteral("engine.internal"));
    EXPECT_TRUE(result.message.contains(QLatin1String("odd state")))
        << result.message.toStdString();
}

// An image reference the chart renders that is no reference at all: images.check parses it in
// the continuation of `helm template` (here `cat` of what helm would print).
TEST_F(StepGuardTest, AnOddImageInTheRenderedChartFailsTheImageCheck)
{
    UpgradePlan plan;
    plan.registry.address = QStringLiteral("127.0.0.1:5000");
    m_context.plan = &plan;
    const QString rendered = m_session->path(QStringLiteral("rendered.yaml"));
    QFile file(rendered);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n"
        "      containers:\n      - name: hive\n        image: 127.0.0.1:5000/Skoala/Hive:v1\n");
    file.close();
    PlannedStep planned;
    planned.id = QStringLiteral("images.check:skoala");
    planned.title = planned.id;
    planned.commands.push_back(CommandLine(QStringLiteral("cat")).arg(rendered));
    ImagesCheckStep step(planned, m_context);
    const StepResult result = runAlone(step);
    EXPECT_EQ(result.state, StepResult::State::Failed);
    EXPECT_EQ(result.code, QStringLiteral("image.invalid-reference"))
        << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QLatin1String("Skoala/Hive")))
        << result.message.toStdString();
}

// Through the Engine with the real steps: the values backup's continuation (the fact write after
// helm printed the values) meets a state.json that cannot be written.
TEST_F(StepGuardTest, AFactWriteThatFailsEndsTheStepAndTheRunStillEnds)
{
    PlannedStep backup = plannedTool(QStringLiteral("values.backup:skoala"));
    backup.target = QStringLiteral("skoala");
    backup.commands.front().stdoutToFile(m_session->path(QStringLiteral("values/skoala.yaml")));
    const QStringList finished = runBreakingTheStateAt(QStringLiteral("values.backup:skoala"),
        {plannedTool(QStringLiteral("a")), backup, plannedTool(QStringLiteral("after")),
            plannedTool(QStringLiteral("cleanup"), true)});
    EXPECT_EQ(finished,
        (QStringList {QStringLiteral("a=ok/"),
            QStringLiteral("values.backup:skoala=failed/session.io"),
            QStringLiteral("cleanup=ok/")}));
    // The backup itself was made: only its fact could not be recorded.
    EXPECT_TRUE(QFile::exists(m_session->path(QStringLiteral("values/skoala.yaml"))));
}

// The Engine's own write, marking a finished step done, goes through the same guard: the step
// fails (a rerun would not know it is done) and the always-run steps still run.
TEST_F(StepGuardTest, AStepWhoseEndCannotBeRecordedFails)
{
    const QStringList finished = runBreakingTheStateAt(QStringLiteral("a"),
        {plannedTool(QStringLiteral("a")), plannedTool(QStringLiteral("b")),
            plannedTool(QStringLiteral("cleanup"), true)});
    EXPECT_EQ(finished,
        (QStringList {QStringLiteral("a=failed/session.io"), QStringLiteral("cleanup=ok/")}));
    const QJsonObject first = m_context.records.first().toObject();
    EXPECT_TRUE(
        first.value(QLatin1String("message")).toString().contains(QLatin1String("state.json")))
        << first.value(QLatin1String("message")).toString().toStdString();
}
