#include "RunCommand.h"

#include "ExitCode.h"

#include "bundle/PackageReader.h"
#include "engine/Engine.h"
#include "engine/EventWriter.h"
#include "engine/Planner.h"
#include "engine/ProcessRunner.h"
#include "engine/Report.h"
#include "engine/RollbackPlanner.h"
#include "engine/RunContext.h"
#include "engine/Session.h"
#include "engine/StepIds.h"
#include "engine/ToolEnvironment.h"
#include "tools/HelmCommands.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace DceUpgrade::Cli {

namespace {

// SIGINT/SIGTERM/SIGHUP reach the event loop through a pipe, so cancel runs as normal code.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void catchSignals()
{
    if (signalPipe[0] < 0 && ::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        ::sigaction(signal, &action, nullptr);
    }
}

QString helmProgram(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("helm"))) {
        return parser.value(QStringLiteral("helm"));
    }
    return HelmCommands::defaultProgram();
}

HelmVersion probeHelm(const QString &program)
{
    const ProcessRunner::Probe probe
        = ProcessRunner::probe(HelmCommands(HelmVersion {}, program).versionQuery());
    bool ok = false;
    const HelmVersion version = HelmVersion::parse(QString::fromUtf8(probe.standardOutput), &ok);
    if (!probe.started || !ok) {
        throw Error(QStringLiteral("tool.missing"),
            RunCommand::tr("helm (%1) did not answer with its version.").arg(program),
            RunCommand::tr("Install helm 3.7 or later, or give its path with --helm."));
    }
    return version;
}

// One JSON object on one line of stdin: {"registry.password": "..."}. Nothing else is read.
QHash<QString, QByteArray> readSecretsLine()
{
    QFile in;
    QHash<QString, QByteArray> secrets;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return secrets;
    }
    const QJsonObject object = QJsonDocument::fromJson(in.readLine(1024 * 1024)).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        secrets.insert(it.key(), it.value().toString().toUtf8());
    }
    return secrets;
}

QByteArray promptHidden(const QString &prompt, QTextStream &err)
{
    err << prompt << Qt::flush;
    termios saved {};
    const bool tty = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
        line.append(char(c));
    }
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    err << Qt::endl;
    return line;
}

QString secretLabel(const QString &id, const UpgradePlan &plan)
{
    if (id == RegistryPasswordId) {
        return RunCommand::tr("Password of %1 for %2: ")
            .arg(plan.registry.username, plan.registry.address);
    }
    return RunCommand::tr("Value of %1: ").arg(id);
}

// The one variable of the user's shell that picks a target, KUBECONFIG, is never taken
// silently: when the plan names no kubeconfig, the run says which one it uses.
void printKubeconfigNote(const UpgradePlan &plan, QTextStream &err)
{
    if (plan.syncOnly()) {
        return;
    }
    const QString note = ToolEnvironment::kubeconfigNote(
        plan.upgrade.kubeconfig, QProcessEnvironment::systemEnvironment());
    if (!note.isEmpty()) {
        err << note << Qt::endl;
    }
}

// The hint of the step that failed the run (records in run order), if it gave one.
QString failureHint(const QJsonArray &records)
{
    for (const QJsonValue &record : records) {
        const QJsonObject step = record.toObject();
        if (step.value(QLatin1String("state")).toString() == QLatin1String("failed")) {
            return step.value(QLatin1String("hint")).toString();
        }
    }
    return {};
}

// Runs the engine over `context` until it finishes; events or terminal progress to `out`.
int perform(RunContext &context, bool events, bool verbose, QTextStream &out, QTextStream &err)
{
    Engine engine(context);
    std::unique_ptr<EventWriter> writer;
    std::unique_ptr<TerminalProgress> progress;
    if (events) {
        writer = std::make_unique<EventWriter>(engine, out);
        writer->runStarted(context.session->dir(), context.planned.steps);
    } else {
        progress = std::make_unique<TerminalProgress>(engine, out, verbose);
        out << RunCommand::tr("Session: %1").arg(context.session->dir()) << Qt::endl;
    }

    catchSignals();
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &engine, [&engine, &err] {
        char buffer[16];
        while (::read(signalPipe[0], buffer, sizeof buffer) > 0) { }
        err << RunCommand::tr("Canceling: the running step stops safely (a running helm upgrade "
                              "is allowed to finish its rollback)...")
            << Qt::endl;
        engine.cancel();
    });

    bool ok = false;
    QObject::connect(&engine, &Engine::finished, &engine, [&ok](bool succeeded) {
        ok = succeeded;
        QCoreApplication::quit();
    });
    QMetaObject::invokeMethod(
        &engine, [&engine] { engine.start(); }, Qt::QueuedConnection);
    QCoreApplication::exec();

    // A report that could not be written (the session's disk is full) is not linked but named,
    // with why: the last event and line say so, and the exit code is the report step's.
    QString report = context.session->path(context.reportName + QLatin1String(".html"));
    QString reportError;
    for (const QJsonValue &record : context.records) {
        const QJsonObject step = record.toObject();
        if (step.value(QLatin1String("id")) == StepIds::Report
            && step.value(QLatin1String("state")) == QLatin1String("failed")) {
            reportError = step.value(QLatin1String("message")).toString();
            report.clear();
        }
    }
    if (writer) {
        writer->runFinished(ok, report, reportError);
    } else {
        if (ok && context.planned.syncOnly) {
            out << Report::syncOnlyNote() << Qt::endl;
        }
        if (!reportError.isEmpty()) {
            out << RunCommand::tr("The report could not be written: %1").arg(reportError)
                << Qt::endl;
        }
        // One piece of advice per failure: a step that failed with its own hint (release.pending:
        // --recover-pending) has said what to do; --resume is the advice when it has not.
        const bool advised
            = !ok && !engine.wasCanceled() && !failureHint(context.records).isEmpty();
        // A report that could not be written is not named (the line above says why).
        QString last = ok ? RunCommand::tr("Finished.") : RunCommand::tr("Not finished.");
        if (!report.isEmpty()) {
            last = RunCommand::tr("%1 %2", "one sentence, then the next (no space in Chinese)")
                       .arg(last, RunCommand::tr("Report: %1").arg(report));
        }
        if (!ok && !advised) {
            last += QLatin1Char('\n')
                + RunCommand::tr("Run again with --resume %1 to continue where it stopped.")
                      .arg(context.session->name());
        }
        out << last << Qt::endl;
    }
    if (ok) {
        return Success;
    }
    if (engine.wasCanceled()) {
        return Canceled;
    }
    // The exit code of the step that failed, so scripts can tell a damaged download (4) or a
    // missing tool (5) from anything else (1); 130 after a cancel, as a shell reports SIGINT.
    for (const QJsonValue &record : context.records) {
        const QJsonObject step = record.toObject();
        if (step.value(QLatin1String("state")).toString() == QLatin1String("failed")) {
            return exitCodeFor(step.value(QLatin1String("code")).toString());
        }
    }
    return Failure;
}

} // namespace

RunCommand::RunCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("plan"), {}, QStringLiteral("file")});
    parser.addOption({QStringLiteral("resume"), {}, QStringLiteral("session")});
    parser.addOption({QStringLiteral("events"), {}, QStringLiteral("target")});
    parser.addOption({QStringLiteral("secrets-stdin"), {}});
    parser.addOption({QStringLiteral("helm"), {}, QStringLiteral("path")});
    parser.addOption({QStringLiteral("kubectl"), {}, QStringLiteral("path")});
    parser.addOption({QStringLiteral("allow-downgrade"), {}});
    parser.addOption({QStringLiteral("recover-pending"), {}});
    parser.addOption({QStringLiteral("verbose"), {}});
    parser.addOption({QStringLiteral("lang"), {}, QStringLiteral("lang")});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()
        || parser.isSet(QStringLiteral("plan")) == parser.isSet(QStringLiteral("resume"))) {
        m_err << (parser.errorText().isEmpty()
                ? tr("run needs either --plan FILE or --resume SESSION.")
                : parser.errorText())
              << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("events"))
        && parser.value(QStringLiteral("events")) != QLatin1String("-")) {
        m_err << tr("--events only writes to standard output: use --events -.") << Qt::endl;
        return Usage;
    }

    // The secrets are read first, so nothing else ever waits on the worker's stdin.
    QHash<QString, QByteArray> secrets;
    if (parser.isSet(QStringLiteral("secrets-stdin"))) {
        secrets = readSecretsLine();
    }

    std::optional<Session> session;
    UpgradePlan plan;
    if (parser.isSet(QStringLiteral("resume"))) {
        session = Session::open(parser.value(QStringLiteral("resume")));
        plan = UpgradePlan::load(session->planPath());
    } else {
        plan = UpgradePlan::load(parser.value(QStringLiteral("plan")));
    }
    const ModuleProfile profile = ModuleProfile::forUpgrade(plan.module);
    const Package package = PackageReader::open(plan.package);
    const QString helm = helmProgram(parser);
    // A sync-only plan runs no helm, so a host without helm can stage the images.
    const HelmVersion helmVersion = plan.syncOnly() ? HelmVersion {} : probeHelm(helm);
    if (!session) {
        session = Session::create(plan.module, plan.toYaml());
    }

    RunContext context;
    context.plan = &plan;
    context.profile = &profile;
    context.package = &package;
    context.helmVersion = helmVersion;
    context.session = &*session;
    context.programs.insert(QStringLiteral("helm"), helm);
    if (parser.isSet(QStringLiteral("kubectl"))) {
        context.programs.insert(QStringLiteral("kubectl"), parser.value(QStringLiteral("kubectl")));
    }
    context.allowDowngrade = parser.isSet(QStringLiteral("allow-downgrade"));
    context.recoverPending = parser.isSet(QStringLiteral("recover-pending"));

    Planner::Input input;
    input.plan = &plan;
    input.profile = &profile;
    input.package = &package;
    input.helm = helmVersion;
    input.sessionDir = session->dir();
    input.timestamp = session->stamp();
    context.planned = Planner::plan(input);

    for (const QString &id : context.planned.secretsNeeded()) {
        if (!secrets.contains(id) && !parser.isSet(QStringLiteral("secrets-stdin"))
            && ::isatty(STDIN_FILENO)) {
            secrets.insert(id, promptHidden(secretLabel(id, plan), m_err));
        }
    }
    context.secrets = secrets;
    for (const QString &warning : context.planned.warnings) {
        m_err << tr("Warning: %1").arg(warning) << '\n';
    }
    printKubeconfigNote(plan, m_err);
    m_err.flush();
    return perform(context, parser.isSet(QStringLiteral("events")),
        parser.isSet(QStringLiteral("verbose")), m_out, m_err);
}

int RunCommand::rollback(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("session"), {}, QStringLiteral("session")});
    parser.addOption({QStringLiteral("events"), {}, QStringLiteral("target")});
    parser.addOption({QStringLiteral("helm"), {}, QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), {}, QStringLiteral("lang")});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()
        || !parser.isSet(QStringLiteral("session"))) {
        m_err << (parser.errorText().isEmpty() ? tr("rollback needs --session SESSION.")
                                               : parser.errorText())
              << Qt::endl;
        return Usage;
    }
    Session session = Session::open(parser.value(QStringLiteral("session")));
    const UpgradePlan plan = UpgradePlan::load(session.planPath());
    const ModuleProfile profile = ModuleProfile::forUpgrade(plan.module);
    if (plan.syncOnly()) {
        m_err << tr("Nothing to roll back: this session only synced the images (upgrade.method: "
                    "none), so no release was changed. The synced images stay where they are.")
              << Qt::endl;
        return Failure;
    }
    const Package package = PackageReader::open(plan.package);
    const QString helm = helmProgram(parser);

    RunContext context;
    context.plan = &plan;
    context.profile = &profile;
    context.package = &package;
    context.helmVersion = probeHelm(helm);
    context.session = &session;
    context.programs.insert(QStringLiteral("helm"), helm);
    context.resumable = false;
    context.reportName = QStringLiteral("rollback-report");

    context.planned = RollbackPlanner::plan(session, plan, HelmCommands(context.helmVersion));
    if (context.planned.steps.empty()) {
        m_err << tr("Nothing to roll back: no upgrade was started in this session.") << Qt::endl;
        return Failure;
    }
    printKubeconfigNote(plan, m_err);
    return perform(context, parser.isSet(QStringLiteral("events")), false, m_out, m_err);
}

} // namespace DceUpgrade::Cli
