#include "ChartVersionFetcher.h"

#include "HelmHome.h"
#include "ToolInventory.h"

#include "engine/ProcessRunner.h"
#include "tools/HelmCommands.h"
#include "tools/HelmOutput.h"
#include "util/Error.h"
#include "util/SystemError.h"

#include <QDir>

namespace DceUpgrade::Wizard {

struct ChartVersionFetcher::Run
{
    Request request;
    HelmHome home;
    ProcessRunner *runner = nullptr; // the command running now; deleted later, never in its slot
    qsizetype chart = 0; // the next chart to search
    Result result;
};

namespace {

struct Diagnosis
{
    QString code; // for the help on it (ErrorHelp): repo.unauthorized, repo.tls, ...
    QString hint;
};

// What to do about a repository helm could not add, from the words of its error: a wrong
// password looks different from a wrong address or an untrusted certificate.
Diagnosis diagnose(const QString &said, const QString &url)
{
    const QString lower = said.toLower();
    if (lower.contains(QLatin1String("401")) || lower.contains(QLatin1String("unauthorized"))
        || lower.contains(QLatin1String("403")) || lower.contains(QLatin1String("forbidden"))) {
        return {QStringLiteral("repo.unauthorized"),
            ChartVersionFetcher::tr("The repository refused the user name and password: check "
                                    "them on the Registry page.")};
    }
    if (lower.contains(QLatin1String("x509")) || lower.contains(QLatin1String("certificate"))) {
        return {QStringLiteral("repo.tls"),
            ChartVersionFetcher::tr("The repository's certificate is not trusted: choose its CA "
                                    "file on the Registry page.")};
    }
    if (lower.contains(QLatin1String("404"))
        || lower.contains(QLatin1String("not a valid chart"))) {
        return {QStringLiteral("repo.not-found"),
            ChartVersionFetcher::tr(
                "Check the URL: Harbor's chart repository is https://HARBOR/chartrepo/PROJECT, and "
                "Harbor 2.8 and later have none (then upgrade from the chart package).")};
    }
    return {QStringLiteral("repo.unreachable"),
        ChartVersionFetcher::tr("Check that this machine reaches %1, and the URL.").arg(url)};
}

} // namespace

ChartVersionFetcher::ChartVersionFetcher(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DceUpgrade::Wizard::ChartVersionFetcher::Result>();
}

ChartVersionFetcher::~ChartVersionFetcher()
{
    cancel();
}

void ChartVersionFetcher::start(Request request)
{
    cancel();
    m_run = std::make_unique<Run>();
    m_run->request = std::move(request);
    // Every path below ends in finish() or fail(), queued so that finished() never arrives
    // before start() returns.
    QMetaObject::invokeMethod(this, &ChartVersionFetcher::addRepository, Qt::QueuedConnection);
}

void ChartVersionFetcher::cancel()
{
    if (!m_run) {
        return;
    }
    if (ProcessRunner *runner = m_run->runner) {
        runner->disconnect(this);
        runner->cancel();
        runner->deleteLater();
    }
    m_run.reset();
}

void ChartVersionFetcher::addRepository()
{
    if (!m_run) {
        return;
    }
    const Request &request = m_run->request;
    if (!m_run->home.isValid()) {
        fail(tr("Cannot create a temporary directory for helm: %1")
                 .arg(SystemError::translated(m_run->home.errorString())),
            tr("Free some space in %1.").arg(QDir::tempPath()));
        return;
    }
    if (!request.username.isEmpty() && request.password.isEmpty()) {
        fail(tr("The chart repository needs the password of %1, which has not been typed in.")
                 .arg(request.username),
            tr("Type the password on the Registry page, then fetch the versions again."));
        return;
    }
    CommandLine add;
    try {
        add = HelmCommands(request.helm, request.helmProgram)
                  .repoAdd(request.alias, request.url, request.username, request.caFile,
                      request.insecure);
    } catch (const Error &error) {
        fail(error.message(), error.hint(), error.code());
        return;
    }
    const QByteArray input = add.input() == CommandLine::Input::Secret
        ? request.password + QByteArrayLiteral("\n")
        : QByteArray();
    runHelm(add, input, &ChartVersionFetcher::onAdded);
}

void ChartVersionFetcher::onAdded(const QByteArray &)
{
    searchNext();
}

void ChartVersionFetcher::searchNext()
{
    const Request &request = m_run->request;
    if (m_run->chart >= request.charts.size()) {
        Result result = std::move(m_run->result);
        result.ok = true;
        finish(std::move(result));
        return;
    }
    const QString chart = request.charts.at(m_run->chart);
    runHelm(HelmCommands(request.helm, request.helmProgram)
                .searchVersions(request.alias, chart, request.devel),
        {}, &ChartVersionFetcher::onSearched);
}

void ChartVersionFetcher::onSearched(const QByteArray &output)
{
    const Request &request = m_run->request;
    const QString chart = request.charts.at(m_run->chart);
    const auto versions = HelmOutput::parseSearch(output, request.alias + QLatin1Char('/') + chart);
    if (!versions) {
        fail(tr("helm listed the versions of %1 in a form this version does not understand.")
                 .arg(chart),
            tr("Check `helm version`: helm 3.7 or later is needed."));
        return;
    }
    m_run->result.versions.insert(chart, *versions);
    ++m_run->chart;
    searchNext();
}

void ChartVersionFetcher::runHelm(const CommandLine &command, const QByteArray &input,
    void (ChartVersionFetcher::*then)(const QByteArray &))
{
    Run *run = m_run.get();
    auto *runner = new ProcessRunner(this);
    run->runner = runner;
    const bool adding = then == &ChartVersionFetcher::onAdded;
    connect(runner, &ProcessRunner::finished, this,
        [this, run, runner, then, adding](const ProcessRunner::Result &result) {
            runner->deleteLater();
            if (m_run.get() != run) {
                return; // abandoned meanwhile
            }
            run->runner = nullptr;
            const QString url = run->request.url;
            switch (result.outcome) {
            case ProcessRunner::Outcome::FailedToStart:
                fail(result.errorString.isEmpty() ? tr("helm could not be started.")
                                                  : result.errorString,
                    ToolInventory::howToGet(ToolInventory::Tool::Helm));
                return;
            case ProcessRunner::Outcome::TimedOut:
            case ProcessRunner::Outcome::Silent:
                fail(tr("helm did not answer within %1 seconds.").arg(CommandTimeoutMs / 1000),
                    tr("Check that this machine reaches %1.").arg(url));
                return;
            case ProcessRunner::Outcome::Crashed:
            case ProcessRunner::Outcome::InputFailed: // no input is fed here
                fail(tr("helm crashed."), tr("Check the helm installation with `helm version`."));
                return;
            case ProcessRunner::Outcome::Canceled:
                return;
            case ProcessRunner::Outcome::Finished:
                break;
            }
            if (result.exitCode != 0) {
                QString said = HelmOutput::parseFailure(result.standardError).message;
                if (said.isEmpty()) {
                    said = tr("exit code %1").arg(result.exitCode);
                }
                const Diagnosis diagnosis = diagnose(said, url);
                fail(adding ? tr("helm could not add the Helm repository %1: %2").arg(url, said)
                            : tr("helm could not list the chart versions: %1").arg(said),
                    diagnosis.hint, diagnosis.code);
                return;
            }
            (this->*then)(result.standardOutput);
        });
    ProcessRunner::Options options;
    options.environment = run->home.environment();
    options.timeoutMs = CommandTimeoutMs;
    options.graceMs = 1000;
    options.secretInput = input;
    runner->start(command, options);
}

void ChartVersionFetcher::fail(const QString &message, const QString &hint, const QString &code)
{
    Result result;
    result.code = code;
    result.message = message;
    result.hint = hint;
    finish(std::move(result));
}

void ChartVersionFetcher::finish(Result result)
{
    // The private helm configuration (with the password helm saved) goes before anyone hears.
    m_run.reset();
    emit finished(result);
}

} // namespace DceUpgrade::Wizard
