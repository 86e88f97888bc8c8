#include "EngineClient.h"

#include "engine/EventReader.h"
#include "engine/ProcessRunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

namespace DceUpgrade::Wizard {

namespace {

constexpr int KeptStderrLines = 30;

QByteArray secretsLine(const QHash<QString, QByteArray> &secrets)
{
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        object.insert(it.key(), QString::fromUtf8(it.value()));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// The language the worker writes its titles and messages in: the one the UI shows now.
QString currentLanguage()
{
    return QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

} // namespace

EngineClient::EngineClient(QObject *parent)
    : QObject(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    qRegisterMetaType<DceUpgrade::EngineEvent>();
}

EngineClient::~EngineClient() = default;

QString EngineClient::engineProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/dce-upgrade");
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    const QString chosen = qEnvironmentVariable("DCE_UPGRADE_ENGINE");
    if (!chosen.isEmpty()) {
        return chosen;
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("dce-upgrade"));
    return onPath.isEmpty() ? QStringLiteral("dce-upgrade") : onPath;
}

void EngineClient::start(const QStringList &arguments, const QHash<QString, QByteArray> &secrets)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelRequested = false;
    m_sawRunFinished = false;
    m_lastLines.clear();
    m_runner = std::make_unique<ProcessRunner>();

    connect(m_runner.get(), &ProcessRunner::outputLine, this,
        [this](const QString &stream, const QString &line) {
            if (stream == QLatin1String("stdout")) {
                if (const std::optional<EngineEvent> parsed = EventReader::parseLine(line.toUtf8());
                    parsed && parsed->type != EngineEvent::Type::Unknown) {
                    m_sawRunFinished |= parsed->type == EngineEvent::Type::RunFinished;
                    emit event(*parsed);
                }
                return;
            }
            m_lastLines.append(line);
            if (m_lastLines.size() > KeptStderrLines) {
                m_lastLines.removeFirst();
            }
            emit diagnostic(line);
        });
    connect(m_runner.get(), &ProcessRunner::finished, this,
        [this](const ProcessRunner::Result &result) {
            Ending ending = Ending::Exited;
            switch (result.outcome) {
            case ProcessRunner::Outcome::Finished:
                ending = Ending::Exited;
                break;
            case ProcessRunner::Outcome::FailedToStart:
                ending = Ending::FailedToStart;
                if (!result.errorString.isEmpty()) {
                    m_lastLines.append(result.errorString);
                }
                break;
            case ProcessRunner::Outcome::Canceled:
                // The worker ended after our SIGTERM: it ran its own cancel path and said so
                // with its last event, unless it had to be killed after the grace period.
                ending = m_sawRunFinished ? Ending::Exited : Ending::Canceled;
                break;
            case ProcessRunner::Outcome::Crashed:
            case ProcessRunner::Outcome::InputFailed: // no input is fed here
            case ProcessRunner::Outcome::TimedOut:
            case ProcessRunner::Outcome::Silent:
                ending = Ending::Crashed;
                break;
            }
            m_running = false;
            const int exitCode = result.exitCode;
            const QStringList lastLines = m_lastLines;
            // The runner is done; it goes once control is back in the event loop.
            m_runner.release()->deleteLater();
            emit finished(ending, exitCode, lastLines);
        });

    ProcessRunner::Options options;
    options.environment = m_environment;
    options.secretInput = secretsLine(secrets);
    // The worker's stdout is read line by line as events; nothing needs to be kept.
    options.stdoutLimit = 0;
    // SIGTERM to the worker alone: it stops its own tools in order (helm upgrade gracefully).
    options.gracefulStop = true;
    options.graceMs = m_graceMs;
    QStringList all = arguments;
    all << QStringLiteral("--lang") << currentLanguage();
    const QString program = m_program.isEmpty() ? engineProgram() : m_program;
    m_runner->start(CommandLine(program, all), options);
}

qint64 EngineClient::processId() const
{
    return m_runner ? m_runner->processId() : 0;
}

void EngineClient::cancel()
{
    if (!m_running || !m_runner) {
        return;
    }
    m_cancelRequested = true;
    m_runner->cancel();
}

} // namespace DceUpgrade::Wizard
