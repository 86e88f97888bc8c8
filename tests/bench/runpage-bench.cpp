// The Run page benchmark (issue 8; not a timed test): the real Run page in the real wizard
// absorbs a worker that prints log lines and progress events as fast as it can
// (tests/wizard/fake-engine.py in flood mode), while a 5 ms timer measures how late the GUI
// event loop gets to it. Prints the longest stall and the memory growth (RSS), against the
// goals: stall <= 100 ms, growth <= 50 MiB. tests/bench/runpage-bench.sh runs it with the
// issue's figures (200,000 lines, 20,000 progress events).

#include "EngineClient.h"
#include "EngineRun.h"
#include "LogView.h"
#include "RunModel.h"
#include "RunPage.h"
#include "RunView.h"
#include "UpgradeWizard.h"
#include "WizardSession.h"

#include "model/ModuleProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace DceUpgrade;
using namespace DceUpgrade::Wizard;

namespace {

// VmRSS or VmHWM of this process in KiB, from /proc/self/status.
qint64 statusKiB(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(key) + ':';
    for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// Measures how late a 5 ms timer fires: the longest time the event loop was busy elsewhere.
class StallMeter final : public QObject
{
public:
    static constexpr int IntervalMs = 5;

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.nsecsElapsed() - m_lastNs;
            m_lastNs += gap;
            const double lateMs = double(gap) / 1e6 - IntervalMs;
            m_maxLateMs = std::max(m_maxLateMs, lateMs);
            m_over50 += lateMs > 50;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxLateMs() const { return m_maxLateMs; }
    int over50() const { return m_over50; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_maxLateMs = 0;
    int m_over50 = 0;
    int m_ticks = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DaoCloud-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("dce-upgrade-runpage-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run page benchmark: GUI stall and memory."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("lines"), QStringLiteral("Log lines."), QStringLiteral("n"),
        QStringLiteral("200000")});
    parser.addOption({QStringLiteral("progress"), QStringLiteral("Progress events."),
        QStringLiteral("n"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("engine"), QStringLiteral("The fake engine script."),
        QStringLiteral("path"), QStringLiteral(DCE_TEST_FAKE_ENGINE)});
    parser.addOption({QStringLiteral("check"), QStringLiteral("Exit 1 when a goal is missed.")});
    parser.process(app);
    const int lines = parser.value(QStringLiteral("lines")).toInt();
    const int progress = parser.value(QStringLiteral("progress")).toInt();

    QTemporaryDir dir;
    WizardSession session(ModuleProfile::builtIn(QStringLiteral("skoala")));
    session.setLanguage(QStringLiteral("en"));
    session.freeze();
    UpgradeWizard wizard(&session);
    auto *page = qobject_cast<RunPage *>(wizard.page(int(PageId::Run)));
    if (!page) {
        std::fprintf(stderr, "no Run page\n");
        return 2;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FAKE_ENGINE_MODE"), QStringLiteral("flood"));
    environment.insert(QStringLiteral("FAKE_ENGINE_LINES"), QString::number(lines));
    environment.insert(QStringLiteral("FAKE_ENGINE_PROGRESS"), QString::number(progress));
    environment.insert(
        QStringLiteral("FAKE_ENGINE_SESSION"), dir.filePath(QStringLiteral("session")));
    EngineClient *client = page->engineRun()->client();
    client->setProgram(parser.value(QStringLiteral("engine")));
    client->setEnvironment(environment);

    qint64 logEvents = 0;
    qint64 progressEvents = 0;
    QObject::connect(client, &EngineClient::event, &app, [&](const EngineEvent &event) {
        logEvents += event.type == EngineEvent::Type::Log;
        progressEvents += event.type == EngineEvent::Type::Progress;
    });

    wizard.show();
    // Settle: the window laid out and painted once before measuring.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const qint64 rssBefore = statusKiB("VmRSS");

    StallMeter meter;
    QElapsedTimer elapsed;
    QObject::connect(page->engineRun(), &EngineRun::ended, &app, [&] {
        // Let the last batch be drawn, then stop.
        QTimer::singleShot(LogView::FlushIntervalMs + RunView::RefreshIntervalMs + 50, &app,
            [&] { QCoreApplication::quit(); });
    });
    QTimer::singleShot(0, &app, [&] {
        meter.start();
        elapsed.start();
        wizard.setStartId(int(PageId::Run));
        wizard.restart(); // Run::initializePage starts the worker
    });
    app.exec();
    meter.stop();
    const qint64 ms = elapsed.elapsed();
    const qint64 rssAfter = statusKiB("VmRSS");
    const qint64 peak = statusKiB("VmHWM");

    const RunOutcome &outcome = page->engineRun()->model()->outcome();
    const QString lastLine = page->runView()->logView()->textEdit()->document()->lastBlock().text();
    const double growthMiB = double(rssAfter - rssBefore) / 1024.0;
    const double peakGrowthMiB = double(peak - rssBefore) / 1024.0;
    const bool stallOk = meter.maxLateMs() <= 100;
    const bool memoryOk = growthMiB <= 50;
    const bool complete = logEvents >= lines && progressEvents >= progress
        && outcome.result == RunOutcome::Result::Succeeded;

    QTextStream out(stdout);
    out << "runpage-bench: " << lines << " log lines + " << progress
        << " progress events from the worker\n";
    out << "  received:            " << logEvents << " log, " << progressEvents
        << " progress events; run " << (complete ? "succeeded" : "INCOMPLETE") << '\n';
    out << "  last line shown:     " << lastLine << '\n';
    out << "  wall time:           " << ms << " ms\n";
    out << "  longest GUI stall:   " << QString::number(meter.maxLateMs(), 'f', 1)
        << " ms (goal <= 100)  " << (stallOk ? "ok" : "MISSED") << '\n';
    out << "  stalls over 50 ms:   " << meter.over50() << " of " << meter.ticks() << " ticks\n";
    out << "  RSS before/after:    " << rssBefore / 1024 << " / " << rssAfter / 1024
        << " MiB, growth " << QString::number(growthMiB, 'f', 1) << " MiB (goal <= 50)  "
        << (memoryOk ? "ok" : "MISSED") << '\n';
    out << "  peak RSS (VmHWM):    " << peak / 1024 << " MiB, "
        << QString::number(peakGrowthMiB, 'f', 1) << " MiB over the start\n";
    out.flush();
    if (!complete) {
        return 1;
    }
    return parser.isSet(QStringLiteral("check")) && !(stallOk && memoryOk) ? 1 : 0;
}
