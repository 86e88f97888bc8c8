#include "engine/Engine.h"
#include "Fixtures.h"
#include "engine/RunContext.h"
#include "engine/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>

using namespace DceUpgrade;

namespace {

const QString FakeTool = QStringLiteral(DCE_TEST_SOURCE_DIR "/tests/support/fake-tools/fake-tool");

// A step that runs the fake tool with the given behaviour (FAKE_* variables).
PlannedStep toolStep(
    const QString &id, const QMap<QString, QString> &behaviour = {}, bool alwaysRun = false)
{
    PlannedStep step;
    step.id = id;
    step.title = id;
    step.alwaysRun = alwaysRun;
    CommandLine command(FakeTool);
    for (auto it = behaviour.cbegin(); it != behaviour.cend(); ++it) {
        command.env(it.key(), it.value());
    }
    step.commands.push_back(command);
    return step;
}

// Runs the engine over `steps` in a session of its own and records what it reported.
class EngineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_state.isValid());
        m_session = std::make_unique<Session>(Session::create(QStringLiteral("test"), "x"));
    }

    // Returns whether the run succeeded; `whileRunning` gets the engine once a step started.
    bool run(std::vector<PlannedStep> steps,
        const std::function<void(Engine &, const QString &)> &onStepStarted = {},
        const std::function<void(Engine &, const QString &)> &onStepFinished = {})
    {
        RunContext context;
        context.session = m_session.get();
        context.planned.steps = std::move(steps);
        Engine engine(context);
        bool ok = false;
        bool done = false;
        QObject::connect(
            &engine, &Engine::stepStarted, &engine, [&](const PlannedStep &step, int, int) {
                started.append(step.id);
                if (onStepStarted) {
                    onStepStarted(engine, step.id);
                }
            });
        QObject::connect(&engine, &Engine::stepFinished, &engine,
            [&](const PlannedStep &step, const StepResult &result, qint64) {
                finished.append(step.id + QLatin1Char('=') + StepResult::toString(result.state));
                if (onStepFinished) {
                    onStepFinished(engine, step.id);
                }
            });
        QObject::connect(&engine, &Engine::finished, &engine, [&](bool succeeded) {
            ok = succeeded;
            done = true;
        });
        engine.start();
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        EXPECT_TRUE(done) << "the engine never finished";
        records = context.records;
        canceled = engine.wasCanceled();
        return ok;
    }

    DceUpgrade::Test::ScopedStateHome m_state;
    std::unique_ptr<Session> m_session;
    QStringList started;
    QStringList finished;
    QJsonArray records;
    bool canceled = false;
};

} // namespace

TEST_F(EngineTest, RunsEveryStepInOrder)
{
    EXPECT_TRUE(run({toolStep(QStringLiteral("a")), toolStep(QStringLiteral("b"))}));
    EXPECT_EQ(finished, (QStringList {QStringLiteral("a=ok"), QStringLiteral("b=ok")}));
    EXPECT_TRUE(m_session->isDone(QStringLiteral("a")));
    EXPECT_TRUE(m_session->isDone(QStringLiteral("b")));
}

TEST_F(EngineTest, AFailureStopsTheRunButAlwaysRunStepsStillRun)
{
    const bool ok = run({toolStep(QStringLiteral("a")),
        toolStep(QStringLiteral("b"), {{QStringLiteral("FAKE_EXIT"), QStringLiteral("3")}}),
        toolStep(QStringLiteral("c")), toolStep(QStringLiteral("cleanup"), {}, true)});
    EXPECT_FALSE(ok);
    EXPECT_EQ(finished,
        (QStringList {
            QStringLiteral("a=ok"), QStringLiteral("b=failed"), QStringLiteral("cleanup=ok")}));
    EXPECT_FALSE(m_session->isDone(QStringLiteral("b")));
    // The report lists the step that never ran.
    QStringList states;
    for (const QJsonValue &record : records) {
        states.append(record.toObject().value(QLatin1String("id")).toString() + QLatin1Char('=')
            + record.toObject().value(QLatin1String("state")).toString());
    }
    EXPECT_TRUE(states.contains(QStringLiteral("c=not-run")))
        << states.join(QLatin1Char(' ')).toStdString();
}

TEST_F(EngineTest, ARerunSkipsWhatIsDone)
{
    const QMap<QString, QString> fail {{QStringLiteral("FAKE_EXIT"), QStringLiteral("1")}};
    EXPECT_FALSE(run({toolStep(QStringLiteral("a")), toolStep(QStringLiteral("b"), fail)}));
    started.clear();
    finished.clear();
    EXPECT_TRUE(run({toolStep(QStringLiteral("a")), toolStep(QStringLiteral("b"))}));
    EXPECT_EQ(finished, (QStringList {QStringLiteral("a=skipped"), QStringLiteral("b=ok")}));
}

TEST_F(EngineTest, CancelDuringAStepEndsItOnceAndLeavesNoProcess)
{
    QTemporaryDir scratch;
    const QString pidFile = scratch.path() + QLatin1String("/grandchild.pid");
    const bool ok = run(
        {toolStep(QStringLiteral("long"), {{QStringLiteral("FAKE_GRANDCHILD_PIDFILE"), pidFile}}),
            toolStep(QStringLiteral("after")), toolStep(QStringLiteral("cleanup"), {}, true)},
        [&](Engine &engine, const QString &id) {
            if (id == QLatin1String("long")) {
                QTimer::singleShot(500, &engine, [&engine] { engine.cancel(); });
            }
        });
    EXPECT_FALSE(ok);
    EXPECT_EQ(
        finished, (QStringList {QStringLiteral("long=canceled"), QStringLiteral("cleanup=ok")}));
    QFile file(pidFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const pid_t grandchild = file.readAll().trimmed().toInt();
    ASSERT_GT(grandchild, 0);
    // The whole process group went: the grandchild too.
    QElapsedTimer clock;
    clock.start();
    while (::kill(grandchild, 0) == 0 && clock.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    EXPECT_NE(::kill(grandchild, 0), 0) << "process " << grandchild << " survived the cancel";
}

TEST_F(EngineTest, StepLogsGoToTheSession)
{
    EXPECT_TRUE(run({toolStep(QStringLiteral("talk"),
        {{QStringLiteral("FAKE_STDERR"), QStringLiteral("warning: something")}})}));
    QFile log(m_session->path(QStringLiteral("logs/talk.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    EXPECT_TRUE(text.contains("warning: something")) << text.constData();
    EXPECT_TRUE(text.contains("fake-tool")) << text.constData();
}

TEST_F(EngineTest, CancelBetweenStepsStopsTheRunAsCanceled)
{
    const bool ok = run({toolStep(QStringLiteral("a")), toolStep(QStringLiteral("b")),
                            toolStep(QStringLiteral("cleanup"), {}, true)},
        {}, [](Engine &engine, const QString &id) {
            if (id == QLatin1String("a")) {
                engine.cancel(); // after a ended, before b starts
            }
        });
    EXPECT_FALSE(ok);
    EXPECT_TRUE(canceled);
    EXPECT_EQ(finished, (QStringList {QStringLiteral("a=ok"), QStringLiteral("cleanup=ok")}));
    EXPECT_TRUE(m_session->isDone(QStringLiteral("a")));
    EXPECT_FALSE(m_session->isDone(QStringLiteral("b")));
}
