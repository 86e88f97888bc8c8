#include "RunModel.h"

#include "engine/EventReader.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

// Feeds event lines as the worker writes them, through the real EventReader, dropping what
// EngineClient drops (lines it cannot read and unknown types).
void feed(RunModel &model, std::initializer_list<const char *> lines)
{
    for (const char *line : lines) {
        if (const auto event = EventReader::parseLine(QByteArray(line));
            event && event->type != EngineEvent::Type::Unknown) {
            model.consume(*event);
        }
    }
}

const char *const Started
    = R"({"v":1,"type":"run","state":"started","session":"/s/skoala-1","steps":[)"
      R"({"id":"bundle.verify","title":"Verify","weight":10},)"
      R"({"id":"images.push","title":"Push","weight":60},)"
      R"({"id":"helm.upgrade","title":"Upgrade","weight":30}]})";

} // namespace

TEST(RunModelTest, OkRunSucceedsWithEveryStepDone)
{
    RunModel model;
    QSignalSpy ended(&model, &RunModel::ended);
    model.reset(RunOutcome::Kind::Upgrade);
    feed(model,
        {Started, R"({"v":1,"type":"step","id":"bundle.verify","state":"running"})",
            R"({"v":1,"type":"step","id":"bundle.verify","state":"ok","durationMs":1500})",
            R"({"v":1,"type":"step","id":"images.push","state":"running"})",
            R"({"v":1,"type":"step","id":"images.push","state":"ok","durationMs":60000})",
            R"({"v":1,"type":"step","id":"helm.upgrade","state":"running"})",
            R"({"v":1,"type":"step","id":"helm.upgrade","state":"ok","durationMs":9000})",
            R"({"v":1,"type":"run","state":"finished","ok":true,"report":"/s/skoala-1/report.html"})"});
    EXPECT_EQ(model.sessionDir(), QStringLiteral("/s/skoala-1"));
    EXPECT_EQ(model.reportPath(), QStringLiteral("/s/skoala-1/report.html"));
    ASSERT_EQ(model.steps().size(), 3u);
    EXPECT_EQ(model.steps()[1].state, RunModel::StepState::Ok);
    EXPECT_EQ(model.steps()[1].durationMs, 60000);
    EXPECT_DOUBLE_EQ(model.progress(), 1.0);
    EXPECT_EQ(ended.count(), 0) << "ended only once the worker is gone";

    model.workerEnded(EngineClient::Ending::Exited, 0, {}, false);
    ASSERT_EQ(ended.count(), 1);
    const RunOutcome outcome = model.outcome();
    EXPECT_EQ(outcome.kind, RunOutcome::Kind::Upgrade);
    EXPECT_EQ(outcome.result, RunOutcome::Result::Succeeded);
    EXPECT_EQ(outcome.sessionDir, QStringLiteral("/s/skoala-1"));
    EXPECT_EQ(outcome.report, QStringLiteral("/s/skoala-1/report.html"));
    EXPECT_TRUE(outcome.failedStep.isEmpty());

    model.workerEnded(EngineClient::Ending::Exited, 0, {}, false);
    EXPECT_EQ(ended.count(), 1) << "exactly once per run";
}

TEST(RunModelTest, FailedStepCarriesItsMessageAndHint)
{
    RunModel model;
    model.reset(RunOutcome::Kind::Upgrade);
    feed(model,
        {Started, R"({"v":1,"type":"step","id":"bundle.verify","state":"running"})",
            R"({"v":1,"type":"step","id":"bundle.verify","state":"ok","durationMs":10})",
            R"({"v":1,"type":"step","id":"images.push","state":"running"})",
            R"({"v":1,"type":"step","id":"images.push","state":"failed","durationMs":20,)"
            R"("code":"registry.unauthorized","message":"401 from the registry","hint":"Check the password"})",
            R"({"v":1,"type":"run","state":"finished","ok":false,"report":"/r.html"})"});
    model.workerEnded(EngineClient::Ending::Exited, 1, {QStringLiteral("stderr line")}, false);
    const RunOutcome &outcome = model.outcome();
    EXPECT_EQ(outcome.result, RunOutcome::Result::Failed);
    EXPECT_EQ(outcome.failedStep, QStringLiteral("images.push"));
    EXPECT_EQ(outcome.failedStepTitle, QStringLiteral("Push"));
    EXPECT_EQ(outcome.code, QStringLiteral("registry.unauthorized"));
    EXPECT_EQ(outcome.message, QStringLiteral("401 from the registry"));
    EXPECT_EQ(outcome.hint, QStringLiteral("Check the password"));
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_EQ(model.steps()[2].state, RunModel::StepState::Pending) << "never ran";
    // The failed step counts nothing: 10 of 100.
    EXPECT_NEAR(model.progress(), 0.1, 1e-9);
}

TEST(RunModelTest, CancelEndsCanceledAndTheRunningStepIsInterrupted)
{
    RunModel model;
    model.reset(RunOutcome::Kind::Upgrade);
    feed(model,
        {Started, R"({"v":1,"type":"step","id":"bundle.verify","state":"running"})",
            R"({"v":1,"type":"step","id":"bundle.verify","state":"ok","durationMs":10})",
            R"({"v":1,"type":"step","id":"images.push","state":"running"})"});
    EXPECT_EQ(model.runningIndex(), 1);
    // Killed after the grace period: no step event, no run event.
    model.workerEnded(EngineClient::Ending::Canceled, -1, {}, true);
    EXPECT_EQ(model.outcome().result, RunOutcome::Result::Canceled);
    EXPECT_EQ(model.steps()[1].state, RunModel::StepState::Canceled);
    EXPECT_EQ(model.runningIndex(), -1);

    // The engine's own cancel path: the step says canceled, the run finishes not ok.
    model.reset(RunOutcome::Kind::Upgrade);
    feed(model,
        {Started, R"({"v":1,"type":"step","id":"images.push","state":"running"})",
            R"({"v":1,"type":"step","id":"images.push","state":"canceled","durationMs":5,"code":"canceled"})",
            R"({"v":1,"type":"run","state":"finished","ok":false,"report":"/r.html"})"});
    model.workerEnded(EngineClient::Ending::Exited, 130, {}, true);
    EXPECT_EQ(model.outcome().result, RunOutcome::Result::Canceled);
    EXPECT_TRUE(model.outcome().failedStep.isEmpty());
}

TEST(RunModelTest, LostWorkerKeepsItsLastLinesAndTheStepItWasIn)
{
    RunModel model;
    model.reset(RunOutcome::Kind::Upgrade);
    feed(model, {Started, R"({"v":1,"type":"step","id":"helm.upgrade","state":"running"})"});
    const QStringList lines {QStringLiteral("a"), QStringLiteral("b")};
    model.workerEnded(EngineClient::Ending::Crashed, 9, lines, false);
    EXPECT_EQ(model.outcome().result, RunOutcome::Result::WorkerLost);
    EXPECT_EQ(model.outcome().lastLines, lines);
    EXPECT_EQ(model.outcome().failedStep, QStringLiteral("helm.upgrade"));
    EXPECT_EQ(model.steps()[2].state, RunModel::StepState::Failed);

    // A worker that refused before its first event: failed, with what it said.
    model.reset(RunOutcome::Kind::Upgrade);
    model.workerEnded(EngineClient::Ending::Exited, 2, lines, false);
    EXPECT_EQ(model.outcome().result, RunOutcome::Result::Failed);
    EXPECT_TRUE(model.outcome().failedStep.isEmpty());
    EXPECT_EQ(model.outcome().lastLines, lines);
}

TEST(RunModelTest, UnknownTypesKeysAndStatesAreIgnored)
{
    RunModel model;
    QSignalSpy logs(&model, &RunModel::logLine);
    model.reset(RunOutcome::Kind::Upgrade);
    feed(model,
        {Started, R"({"v":1,"type":"telemetry","cpu":0.5})", "not json at all",
            R"({"v":2,"type":"step","id":"images.push","state":"ok"})",
            R"({"v":1,"type":"step","id":"images.push","state":"paused"})",
            R"({"v":1,"type":"step","id":"bundle.verify","state":"running","colour":"green"})",
            R"({"v":1,"type":"log","step":"bundle.verify","stream":"stdout","text":"hello","extra":{"a":1}})",
            R"({"v":1,"type":"progress","step":"no.such.step","done":5,"total":10,"unit":"items"})"});
    ASSERT_EQ(model.steps().size(), 3u) << "no step made up from unknown events";
    EXPECT_EQ(model.steps()[0].state, RunModel::StepState::Running);
    EXPECT_EQ(model.steps()[1].state, RunModel::StepState::Pending)
        << "neither v:2 nor an unknown state changed the step";
    ASSERT_EQ(logs.count(), 1);
    EXPECT_EQ(logs.at(0).at(2).toString(), QStringLiteral("hello"));
    EXPECT_DOUBLE_EQ(model.progress(), 0.0);
}

TEST(RunModelTest, ProgressIsWeightedByStepsAndClamped)
{
    RunModel model;
    QSignalSpy progress(&model, &RunModel::progressChanged);
    model.reset(RunOutcome::Kind::Upgrade);
    feed(model,
        {Started, R"({"v":1,"type":"step","id":"bundle.verify","state":"running"})",
            R"({"v":1,"type":"step","id":"bundle.verify","state":"ok","durationMs":10})",
            R"({"v":1,"type":"step","id":"images.push","state":"running"})",
            R"({"v":1,"type":"progress","step":"images.push","done":50,"total":100,"unit":"bytes",)"
            R"("bytesPerSecond":1048576,"secondsLeft":7})"});
    // 10 (done) + 60 * 0.5 of 100.
    EXPECT_NEAR(model.progress(), 0.40, 1e-9);
    EXPECT_EQ(model.transfer().unit, QStringLiteral("bytes"));
    EXPECT_EQ(model.transfer().done, 50);
    EXPECT_EQ(model.transfer().total, 100);
    EXPECT_DOUBLE_EQ(model.transfer().bytesPerSecond, 1048576.0);
    EXPECT_EQ(model.transfer().secondsLeft, 7);
    EXPECT_GT(progress.count(), 0);

    feed(model,
        {R"({"v":1,"type":"progress","step":"images.push","done":500,"total":100,"unit":"bytes"})"});
    EXPECT_NEAR(model.progress(), 0.70, 1e-9) << "done past total counts as the whole step";
    EXPECT_EQ(model.transfer().bytesPerSecond, -1) << "not sent: not known";

    feed(model,
        {R"({"v":1,"type":"progress","step":"images.push","done":-5,"total":100,"unit":"bytes"})"});
    EXPECT_NEAR(model.progress(), 0.10, 1e-9) << "negative progress is none";

    feed(model,
        {R"({"v":1,"type":"step","id":"images.push","state":"skipped","durationMs":0})",
            R"({"v":1,"type":"step","id":"helm.upgrade","state":"running"})"});
    EXPECT_NEAR(model.progress(), 0.70, 1e-9) << "skipped counts as done";
    EXPECT_TRUE(model.transfer().unit.isEmpty()) << "a new step has no transfer yet";
    EXPECT_LE(model.progress(), 1.0);
}

TEST(RunModelTest, ResetForgetsTheLastRun)
{
    RunModel model;
    QSignalSpy cleared(&model, &RunModel::cleared);
    model.reset(RunOutcome::Kind::Upgrade);
    feed(model, {Started});
    model.workerEnded(EngineClient::Ending::Exited, 0, {}, false);
    model.reset(RunOutcome::Kind::Rollback);
    EXPECT_EQ(cleared.count(), 2);
    EXPECT_TRUE(model.steps().empty());
    EXPECT_TRUE(model.sessionDir().isEmpty());
    EXPECT_FALSE(model.hasEnded());
    EXPECT_EQ(model.kind(), RunOutcome::Kind::Rollback);
    EXPECT_EQ(model.outcome().kind, RunOutcome::Kind::Rollback);
}

} // namespace DceUpgrade::Wizard::Test
