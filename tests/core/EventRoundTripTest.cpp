#include "engine/Engine.h"
#include "engine/EventReader.h"
#include "engine/EventWriter.h"
#include "engine/RunContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <gtest/gtest.h>

using namespace DceUpgrade;

namespace {

using Type = EngineEvent::Type;

// An EventWriter on an engine that runs nothing: the test emits the engine's signals itself.
class EventStream : public ::testing::Test
{
protected:
    EventStream()
        : m_engine(m_context)
        , m_stream(&m_bytes)
        , m_writer(m_engine, m_stream)
    { }

    // Every line written so far, parsed back; fails the test for a line the reader refuses.
    std::vector<EngineEvent> events()
    {
        m_stream.flush();
        std::vector<EngineEvent> parsed;
        const QList<QByteArray> lines = m_bytes.split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            const std::optional<EngineEvent> event = EventReader::parseLine(line);
            EXPECT_TRUE(event.has_value()) << line.toStdString();
            if (event) {
                EXPECT_EQ(event->version, EventWriter::Version);
                EXPECT_TRUE(event->time.endsWith(QLatin1Char('Z'))) << line.toStdString();
                parsed.push_back(*event);
            }
        }
        return parsed;
    }

    std::vector<EngineEvent> progressEvents()
    {
        std::vector<EngineEvent> progress;
        for (const EngineEvent &event : events()) {
            if (event.type == Type::Progress) {
                progress.push_back(event);
            }
        }
        return progress;
    }

    static PlannedStep step(const QString &id, const QString &title, int weight)
    {
        PlannedStep planned;
        planned.id = id;
        planned.title = title;
        planned.weight = weight;
        return planned;
    }

    RunContext m_context;
    Engine m_engine;
    QByteArray m_bytes;
    QTextStream m_stream;
    EventWriter m_writer;
};

// Lets the writer's timer for held-back progress fire.
void processEventsFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

} // namespace

TEST_F(EventStream, EveryEventComesBackAsWritten)
{
    const PlannedStep push = step(QStringLiteral("images.push"), QStringLiteral("Push «镜像»"), 60);
    const PlannedStep check
        = step(QStringLiteral("helm.check:skoala@w-1"), QStringLiteral("Check"), 1);
    m_writer.runStarted(QStringLiteral("/state/sessions/skoala-20261206-101500"), {push, check});

    emit m_engine.stepStarted(push, 0, 2);
    emit m_engine.stepLog(
        push.id, QStringLiteral("stderr"), QStringLiteral("line with \"quotes\" and \\ 中文"));
    emit m_engine.stepProgress(push.id, 0, 6000000000LL, QStringLiteral("bytes"));
    QThread::msleep(EventWriter::ProgressIntervalMs + 60); // a speed needs two samples 200 ms apart
    emit m_engine.stepProgress(push.id, 3000000000LL, 6000000000LL, QStringLiteral("bytes"));
    emit m_engine.stepFinished(push, StepResult::ok(), 1234);

    emit m_engine.stepStarted(check, 1, 2);
    emit m_engine.stepProgress(check.id, 1, 3, QStringLiteral("items"));
    emit m_engine.stepFinished(check,
        StepResult::failed(QStringLiteral("release.pending"), QStringLiteral("Pending: 5"),
            QStringLiteral("Roll back to 4")),
        180);
    m_writer.runFinished(false, QStringLiteral("/state/sessions/x/report.html"));

    const std::vector<EngineEvent> all = events();
    ASSERT_EQ(all.size(), 10u);

    const EngineEvent &started = all[0];
    EXPECT_EQ(started.type, Type::RunStarted);
    EXPECT_EQ(started.session, QStringLiteral("/state/sessions/skoala-20261206-101500"));
    ASSERT_EQ(started.steps.size(), 2u);
    EXPECT_EQ(started.steps[0].id, push.id);
    EXPECT_EQ(started.steps[0].title, push.title);
    EXPECT_EQ(started.steps[0].weight, 60);
    EXPECT_EQ(started.steps[1].id, check.id);
    EXPECT_EQ(started.steps[1].weight, 1);

    EXPECT_EQ(all[1].type, Type::StepRunning);
    EXPECT_EQ(all[1].step, push.id);
    EXPECT_TRUE(all[1].state.isEmpty());

    EXPECT_EQ(all[2].type, Type::Log);
    EXPECT_EQ(all[2].step, push.id);
    EXPECT_EQ(all[2].stream, QStringLiteral("stderr"));
    EXPECT_EQ(all[2].text, QStringLiteral("line with \"quotes\" and \\ 中文"));

    EXPECT_EQ(all[3].type, Type::Progress);
    EXPECT_EQ(all[3].step, push.id);
    EXPECT_EQ(all[3].done, 0);
    EXPECT_EQ(all[3].total, 6000000000LL);
    EXPECT_EQ(all[3].unit, QStringLiteral("bytes"));
    EXPECT_EQ(all[3].bytesPerSecond, -1.0); // no speed from one sample
    EXPECT_EQ(all[3].secondsLeft, -1);

    EXPECT_EQ(all[4].type, Type::Progress);
    EXPECT_EQ(all[4].done, 3000000000LL);
    EXPECT_GT(all[4].bytesPerSecond, 0);
    EXPECT_GE(all[4].secondsLeft, 0);

    EXPECT_EQ(all[5].type, Type::StepFinished);
    EXPECT_EQ(all[5].step, push.id);
    EXPECT_EQ(all[5].state, QStringLiteral("ok"));
    EXPECT_EQ(all[5].durationMs, 1234);
    EXPECT_TRUE(all[5].code.isEmpty());
    EXPECT_TRUE(all[5].message.isEmpty());
    EXPECT_TRUE(all[5].hint.isEmpty());

    EXPECT_EQ(all[6].type, Type::StepRunning);
    EXPECT_EQ(all[6].step, check.id);

    EXPECT_EQ(all[7].type, Type::Progress);
    EXPECT_EQ(all[7].done, 1);
    EXPECT_EQ(all[7].total, 3);
    EXPECT_EQ(all[7].unit, QStringLiteral("items"));
    EXPECT_EQ(all[7].bytesPerSecond, -1.0);
    EXPECT_EQ(all[7].secondsLeft, -1);

    EXPECT_EQ(all[8].type, Type::StepFinished);
    EXPECT_EQ(all[8].step, check.id);
    EXPECT_EQ(all[8].state, QStringLiteral("failed"));
    EXPECT_EQ(all[8].code, QStringLiteral("release.pending"));
    EXPECT_EQ(all[8].message, QStringLiteral("Pending: 5"));
    EXPECT_EQ(all[8].hint, QStringLiteral("Roll back to 4"));
    EXPECT_EQ(all[8].durationMs, 180);

    EXPECT_EQ(all[9].type, Type::RunFinished);
    EXPECT_FALSE(all[9].ok);
    EXPECT_EQ(all[9].report, QStringLiteral("/state/sessions/x/report.html"));
}

TEST_F(EventStream, CanceledSkippedAndASuccessfulRunComeBack)
{
    const PlannedStep a = step(QStringLiteral("a"), QStringLiteral("A"), 1);
    emit m_engine.stepStarted(a, 0, 1);
    emit m_engine.stepFinished(a, StepResult::skipped(QStringLiteral("Done before.")), 0);
    emit m_engine.stepStarted(a, 0, 1);
    emit m_engine.stepFinished(a, StepResult::canceled(), 7);
    m_writer.runFinished(true, QStringLiteral("r.html"));

    const std::vector<EngineEvent> all = events();
    ASSERT_EQ(all.size(), 5u);
    EXPECT_EQ(all[1].state, QStringLiteral("skipped"));
    EXPECT_EQ(all[1].message, QStringLiteral("Done before."));
    EXPECT_EQ(all[3].state, QStringLiteral("canceled"));
    EXPECT_EQ(all[3].code, QStringLiteral("canceled"));
    EXPECT_EQ(all[3].durationMs, 7);
    EXPECT_EQ(all[4].type, Type::RunFinished);
    EXPECT_TRUE(all[4].ok);
}

TEST_F(EventStream, UnitsComeBackWithTheirStateBytesAndResult)
{
    const PlannedStep import = step(QStringLiteral("images.import"), QStringLiteral("Import"), 60);
    const QString a = QStringLiteral("root@10.0.0.11:22");
    const QString b = QStringLiteral("root@10.0.0.11:2222");
    emit m_engine.stepStarted(import, 0, 1);
    emit m_engine.stepUnit(import.id, {a, QStringLiteral("running"), 0, 1000, {}, {}, {}});
    emit m_engine.stepUnit(import.id, {b, QStringLiteral("running"), 0, 1000, {}, {}, {}});
    // Within the interval: held back per unit, and the end of the unit says more.
    emit m_engine.stepUnit(import.id, {a, QStringLiteral("running"), 10, 1000, {}, {}, {}});
    emit m_engine.stepUnit(import.id, {a, QStringLiteral("running"), 20, 1000, {}, {}, {}});
    emit m_engine.stepUnit(import.id,
        {b, QStringLiteral("failed"), 0, 1000, QStringLiteral("node.host-key-unknown"),
            QStringLiteral("Unknown key."), QStringLiteral("Add it.")});
    processEventsFor(EventWriter::ProgressIntervalMs + 100);
    emit m_engine.stepUnit(
        import.id, {a, QStringLiteral("ok"), 1000, 1000, {}, QStringLiteral("2 images"), {}});
    emit m_engine.stepFinished(import, StepResult::ok(), 10);

    std::vector<EngineEvent> units;
    for (const EngineEvent &event : events()) {
        if (event.type == Type::Unit) {
            units.push_back(event);
        }
    }
    ASSERT_EQ(units.size(), 5u);
    EXPECT_EQ(units[0].step, import.id);
    EXPECT_EQ(units[0].unitId, a);
    EXPECT_EQ(units[0].state, QStringLiteral("running"));
    EXPECT_EQ(units[0].total, 1000);
    EXPECT_EQ(units[1].unitId, b);
    EXPECT_EQ(units[2].unitId, b);
    EXPECT_EQ(units[2].state, QStringLiteral("failed"));
    EXPECT_EQ(units[2].code, QStringLiteral("node.host-key-unknown"));
    EXPECT_EQ(units[2].message, QStringLiteral("Unknown key."));
    EXPECT_EQ(units[2].hint, QStringLiteral("Add it."));
    EXPECT_EQ(units[3].unitId, a) << "the latest held-back update of a, after the interval";
    EXPECT_EQ(units[3].done, 20);
    EXPECT_EQ(units[4].state, QStringLiteral("ok"));
    EXPECT_EQ(units[4].done, 1000);
    EXPECT_EQ(units[4].message, QStringLiteral("2 images"));
}

TEST(EventReader, UnknownTypesAndKeysAreHarmless)
{
    const auto unknown = EventReader::parseLine(
        R"({"v":1,"type":"weather","time":"2026-12-06T10:00:00.000Z","step":"x","ok":true})");
    ASSERT_TRUE(unknown.has_value());
    EXPECT_EQ(unknown->type, EngineEvent::Type::Unknown);
    EXPECT_EQ(unknown->version, 1);
    EXPECT_EQ(unknown->time, QStringLiteral("2026-12-06T10:00:00.000Z"));
    EXPECT_TRUE(unknown->step.isEmpty());
    EXPECT_FALSE(unknown->ok);

    // A state a newer writer may add is no end of the step.
    const auto paused
        = EventReader::parseLine(R"({"v":1,"type":"step","id":"a","state":"paused"})");
    ASSERT_TRUE(paused.has_value());
    EXPECT_EQ(paused->type, EngineEvent::Type::Unknown);
    const auto noType = EventReader::parseLine(R"({"v":1})");
    ASSERT_TRUE(noType.has_value());
    EXPECT_EQ(noType->type, EngineEvent::Type::Unknown);

    const auto extra = EventReader::parseLine(
        R"({"v":1,"type":"log","step":"s","stream":"engine","text":"t","colour":"red","n":[1]})"
        "\r\n");
    ASSERT_TRUE(extra.has_value());
    EXPECT_EQ(extra->type, EngineEvent::Type::Log);
    EXPECT_EQ(extra->text, QStringLiteral("t"));
    EXPECT_EQ(extra->stream, QStringLiteral("engine"));

    const auto progress = EventReader::parseLine(
        R"({"v":1,"type":"progress","step":"p","done":5,"total":10,"unit":"bytes","bytesPerSecond":2.5,"secondsLeft":2})");
    ASSERT_TRUE(progress.has_value());
    EXPECT_EQ(progress->bytesPerSecond, 2.5);
    EXPECT_EQ(progress->secondsLeft, 2);
}

TEST(EventReader, GarbageAndOtherVersionsAreRefused)
{
    for (const QByteArray &line : {QByteArray(), QByteArray("   "), QByteArray("not json"),
             QByteArray("{\"v\":1,\"type\":\"log\""), QByteArray("[1,2,3]"),
             QByteArray("\"a string\""), QByteArray("42"), QByteArray("null"),
             QByteArray("Warning: something on stdout"),
             QByteArray(R"({"type":"log","step":"s","text":"no version"})"),
             QByteArray(R"({"v":2,"type":"log","step":"s","text":"from the future"})"),
             QByteArray(R"({"v":0,"type":"log"})"), QByteArray(R"({"v":"1","type":"log"})"),
             QByteArray(R"({"v":1.5,"type":"log"})")}) {
        EXPECT_FALSE(EventReader::parseLine(line).has_value()) << line.toStdString();
    }
}

// A push reports every chunk; a reader gets a few lines a second, always the first and the last.
TEST_F(EventStream, ProgressIsThrottledPerStepButKeepsTheFirstAndTheLast)
{
    const PlannedStep push = step(QStringLiteral("images.push"), QStringLiteral("Push"), 60);
    const PlannedStep other = step(QStringLiteral("other"), QStringLiteral("Other"), 1);
    emit m_engine.stepStarted(push, 0, 2);
    QElapsedTimer clock;
    clock.start();
    const qint64 total = 10000;
    for (qint64 done = 1; done <= total; ++done) {
        emit m_engine.stepProgress(push.id, done, total, QStringLiteral("bytes"));
        if (done == 5000) {
            // Another step's progress has a budget of its own.
            emit m_engine.stepProgress(other.id, 1, 2, QStringLiteral("items"));
        }
    }
    const qint64 elapsed = clock.elapsed();

    std::vector<EngineEvent> progress = progressEvents();
    std::vector<EngineEvent> ofPush;
    for (const EngineEvent &event : progress) {
        if (event.step == push.id) {
            ofPush.push_back(event);
        }
    }
    ASSERT_GE(ofPush.size(), 2u);
    EXPECT_LE(qint64(ofPush.size()), 2 + elapsed / EventWriter::ProgressIntervalMs)
        << "in " << elapsed << " ms";
    EXPECT_EQ(ofPush.front().done, 1);
    EXPECT_EQ(ofPush.back().done, total);
    EXPECT_EQ(ofPush.back().total, total);
    EXPECT_EQ(std::count_if(progress.cbegin(), progress.cend(),
                  [&](const EngineEvent &e) { return e.step == other.id; }),
        1);

    // Nothing was held back after the final update: the event loop adds nothing.
    const std::size_t written = events().size();
    processEventsFor(int(EventWriter::ProgressIntervalMs) + 100);
    EXPECT_EQ(events().size(), written);
}

// An update held back is written once the interval is over, so a stalled transfer does not
// leave the reader behind; unless the step ends first.
TEST_F(EventStream, AHeldBackUpdateFollowsAfterTheInterval)
{
    const PlannedStep push = step(QStringLiteral("images.push"), QStringLiteral("Push"), 60);
    emit m_engine.stepStarted(push, 0, 1);
    emit m_engine.stepProgress(push.id, 10, 100, QStringLiteral("items"));
    emit m_engine.stepProgress(push.id, 20, 100, QStringLiteral("items"));
    emit m_engine.stepProgress(push.id, 30, 100, QStringLiteral("items"));
    ASSERT_EQ(progressEvents().size(), 1u);

    processEventsFor(int(EventWriter::ProgressIntervalMs) + 150);
    std::vector<EngineEvent> progress = progressEvents();
    ASSERT_EQ(progress.size(), 2u);
    EXPECT_EQ(progress[1].done, 30);

    // Held back, then the step ends: the end is the last word. (35 may go out at once on a
    // slow machine; 40, right after it, cannot.)
    emit m_engine.stepProgress(push.id, 35, 100, QStringLiteral("items"));
    emit m_engine.stepProgress(push.id, 40, 100, QStringLiteral("items"));
    emit m_engine.stepFinished(push, StepResult::ok(), 5);
    processEventsFor(int(EventWriter::ProgressIntervalMs) + 150);
    const std::vector<EngineEvent> all = events();
    EXPECT_EQ(all.back().type, EngineEvent::Type::StepFinished);
    for (const EngineEvent &event : progressEvents()) {
        EXPECT_NE(event.done, 40);
    }
}
