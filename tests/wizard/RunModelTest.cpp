#include "RunModel.h"
#include "EventLines.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace DceUpgrade::Wizard::Test {

namespace {

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
    feedEventLines(model,
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
    feedEventLines(model,
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
    feedEventLines(model,
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
    feedEventLines(model,
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
    feedEventLines(
        model, {Started, R"({"v":1,"type":"step","id":"helm.upgrade","state":"running"})"});
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
    feedEventLines(model,
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
    feedEventLines(model,
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

    feedEventLines(model,
        {R"({"v":1,"type":"progress","step":"images.push","done":500,"total":100,"unit":"bytes"})"});
    EXPECT_NEAR(model.progress(), 0.70, 1e-9) << "done past total counts as the whole step";
    EXPECT_EQ(model.transfer().bytesPerSecond, -1) << "not sent: not known";

    feedEventLines(model,
        {R"({"v":1,"type":"progress","step":"images.push","done":-5,"total":100,"unit":"bytes"})"});
    EXPECT_NEAR(model.progress(), 0.10, 1e-9) << "negative progress is none";

    feedEventLines(model,
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
    feedEventLines(model, {Started});
    model.workerEnded(EngineClient::Ending::Exited, 0, {}, false);
    model.reset(RunOutcome::Kind::Rollback);
    EXPECT_EQ(cleared.count(), 2);
    EXPECT_TRUE(model.steps().empty());
    EXPECT_TRUE(model.sessionDir().isEmpty());
    EXPECT_FALSE(model.hasEnded());
    EXPECT_EQ(model.kind(), RunOutcome::Kind::Rollback);
    EXPECT_EQ(model.outcome().kind, RunOutcome::Kind::Rollback);
}

TEST(RunModelTest, UnitsAppearUnderTheirStepInTheOrderTheyCame)
{
    using namespace NodeLines;
    RunModel model;
    QSignalSpy units(&model, &RunModel::unitChanged);
    QSignalSpy steps(&model, &RunModel::stepChanged);
    model.reset(RunOutcome::Kind::Upgrade);
    feedEventLines(model, {RunStarted, ImportRunning});
    steps.clear();
    // The second node is named first: the order is the engine's, not sorted.
    feedEventLines(model, {SecondRunning, FirstRunning});
    const int import = model.indexOf(QStringLiteral("images.import"));
    ASSERT_EQ(import, 1);
    const std::vector<RunModel::Unit> &nodes = model.steps()[1].units;
    ASSERT_EQ(nodes.size(), 2u);
    EXPECT_EQ(nodes[0].id, QStringLiteral("root@10.0.0.12:22"));
    EXPECT_EQ(nodes[1].id, QStringLiteral("root@10.0.0.11:22"));
    EXPECT_EQ(nodes[0].state, RunModel::StepState::Running);
    EXPECT_EQ(nodes[1].total, 2147483648);
    EXPECT_TRUE(nodes[1].running.isValid()) << "its elapsed time counts from its start";
    EXPECT_TRUE(model.steps()[0].units.empty());
    EXPECT_TRUE(model.steps()[2].units.empty());
    ASSERT_EQ(units.count(), 2);
    EXPECT_EQ(units.at(1).at(0).toInt(), 1);
    EXPECT_EQ(units.at(1).at(1).toInt(), 1);
    EXPECT_EQ(steps.count(), 0) << "a unit changes its step's units, not the step";

    // A unit's progress is its own bytes: the other node and the step's progress keep theirs.
    feedEventLines(model, {FirstHalfway});
    EXPECT_EQ(nodes[1].done, 1073741824);
    EXPECT_EQ(nodes[0].done, 0);
    EXPECT_EQ(units.count(), 3);
    EXPECT_EQ(units.at(2).at(1).toInt(), 1);
    EXPECT_EQ(model.steps()[1].done, 0) << "the step's bytes come with its progress events";
    EXPECT_EQ(model.steps()[1].state, RunModel::StepState::Running);

    // A unit of a step the first event did not list is shown under a step of its own.
    feedEventLines(model,
        {R"({"v":1,"type":"unit","step":"images.verify","unit":"local","state":"running","done":0,"total":10})",
            R"({"v":1,"type":"unit","step":"images.import","unit":"","state":"running"})"});
    ASSERT_EQ(model.steps().size(), 4u);
    ASSERT_EQ(model.steps()[3].units.size(), 1u);
    EXPECT_EQ(model.steps()[3].units[0].id, QStringLiteral("local"));
    EXPECT_EQ(model.steps()[1].units.size(), 2u) << "a unit without a name is no unit";
}

TEST(RunModelTest, FailedUnitKeepsItsMessageAndHintWhileTheOtherIsOk)
{
    using namespace NodeLines;
    RunModel model;
    model.reset(RunOutcome::Kind::Upgrade);
    feedEventLines(model,
        {RunStarted, ImportRunning, FirstRunning, SecondRunning, FirstHalfway, SecondFailed,
            FirstOk, ImportFailed, RunFailed});
    const RunModel::Step &step = model.steps()[1];
    ASSERT_EQ(step.units.size(), 2u);
    const RunModel::Unit &first = step.units[0];
    const RunModel::Unit &second = step.units[1];
    EXPECT_EQ(first.state, RunModel::StepState::Ok);
    EXPECT_EQ(first.done, 2147483648);
    EXPECT_EQ(first.message, QStringLiteral("Every image is on root@10.0.0.11:22."));
    EXPECT_TRUE(first.code.isEmpty());
    EXPECT_GE(first.durationMs, 0) << "measured from its start";
    EXPECT_EQ(second.state, RunModel::StepState::Failed);
    EXPECT_EQ(second.code, QStringLiteral("node.host-key-unknown"));
    EXPECT_EQ(second.message,
        QStringLiteral("The host key of root@10.0.0.12:22 is not known to this machine."));
    EXPECT_EQ(second.hint, QStringLiteral("Connect once from a terminal and answer yes."));

    // A late update of an ended unit does not bring it back.
    feedEventLines(model, {SecondRunning});
    EXPECT_EQ(second.state, RunModel::StepState::Failed);

    // The step failed naming the node: that is what the outcome carries.
    model.workerEnded(EngineClient::Ending::Exited, 1, {}, false);
    const RunOutcome &outcome = model.outcome();
    EXPECT_EQ(outcome.result, RunOutcome::Result::Failed);
    EXPECT_EQ(outcome.failedStep, QStringLiteral("images.import"));
    EXPECT_EQ(outcome.failedStepTitle, QStringLiteral("Import on every node"));
    EXPECT_EQ(outcome.code, QStringLiteral("nodes.failed"));
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("root@10.0.0.12:22")))
        << outcome.message.toStdString();
    EXPECT_FALSE(outcome.message.contains(QStringLiteral("root@10.0.0.11:22")));
    EXPECT_TRUE(outcome.hint.startsWith(QStringLiteral("root@10.0.0.12:22: Connect once")));
    EXPECT_EQ(first.state, RunModel::StepState::Ok) << "the worker's end changes no ended unit";
    EXPECT_EQ(second.state, RunModel::StepState::Failed);
}

TEST(RunModelTest, UnitDoneInAnEarlierRunIsSkipped)
{
    using namespace NodeLines;
    RunModel model;
    QSignalSpy units(&model, &RunModel::unitChanged);
    model.reset(RunOutcome::Kind::Upgrade);
    feedEventLines(model,
        {RunStarted, ImportRunning,
            R"({"v":1,"type":"unit","step":"images.import","unit":"root@10.0.0.11:22",)"
            R"("state":"skipped","done":0,"total":2147483648,)"
            R"("message":"Done in an earlier run of this session."})",
            SecondRunning});
    const std::vector<RunModel::Unit> &nodes = model.steps()[1].units;
    ASSERT_EQ(nodes.size(), 2u);
    EXPECT_EQ(nodes[0].state, RunModel::StepState::Skipped);
    EXPECT_EQ(nodes[0].message, QStringLiteral("Done in an earlier run of this session."));
    EXPECT_EQ(nodes[0].durationMs, -1) << "it did not run in this run";
    EXPECT_FALSE(nodes[0].running.isValid());
    EXPECT_EQ(nodes[1].state, RunModel::StepState::Running);
    EXPECT_EQ(units.count(), 2);
}

TEST(RunModelTest, UnitsTheWorkerLeftRunningEndLikeTheirStep)
{
    using namespace NodeLines;
    RunModel model;
    QSignalSpy units(&model, &RunModel::unitChanged);
    model.reset(RunOutcome::Kind::Upgrade);
    feedEventLines(model, {RunStarted, ImportRunning, FirstRunning, SecondRunning, FirstOk});
    units.clear();
    model.workerEnded(EngineClient::Ending::Crashed, 9, {QStringLiteral("killed")}, false);
    const RunModel::Step &step = model.steps()[1];
    EXPECT_EQ(model.outcome().result, RunOutcome::Result::WorkerLost);
    EXPECT_EQ(model.outcome().failedStep, QStringLiteral("images.import"));
    EXPECT_EQ(step.state, RunModel::StepState::Failed);
    EXPECT_EQ(step.units[0].state, RunModel::StepState::Ok) << "it had ended";
    EXPECT_EQ(step.units[1].state, RunModel::StepState::Failed) << "it was interrupted";
    EXPECT_GE(step.units[1].durationMs, 0) << "the time it ran, no longer ticking";
    ASSERT_EQ(units.count(), 1);
    EXPECT_EQ(units.at(0).at(1).toInt(), 1);

    // Stopped by the user (killed after the grace period): the units are canceled.
    model.reset(RunOutcome::Kind::Upgrade);
    feedEventLines(model, {RunStarted, ImportRunning, FirstRunning, SecondRunning});
    model.workerEnded(EngineClient::Ending::Canceled, -1, {}, true);
    EXPECT_EQ(model.outcome().result, RunOutcome::Result::Canceled);
    EXPECT_EQ(model.steps()[1].state, RunModel::StepState::Canceled);
    EXPECT_EQ(model.steps()[1].units[0].state, RunModel::StepState::Canceled);
    EXPECT_EQ(model.steps()[1].units[1].state, RunModel::StepState::Canceled);

    // A new run starts without the last run's units.
    model.reset(RunOutcome::Kind::Upgrade);
    feedEventLines(model, {Started});
    EXPECT_TRUE(model.steps()[1].units.empty());
}

} // namespace DceUpgrade::Wizard::Test
