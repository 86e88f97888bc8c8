#include "PlanCommand.h"

#include "CliCommands.h"
#include "ExitCode.h"

#include "bundle/PackageReader.h"
#include "engine/PlanText.h"
#include "engine/Planner.h"
#include "engine/ProcessRunner.h"
#include "engine/ScriptWriter.h"
#include "engine/VersionNotes.h"
#include "tools/HelmCommands.h"
#include "util/Error.h"
#include "util/SystemError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace DceUpgrade::Cli {

namespace {

HelmVersion detectHelm(const QString &given, QStringList &notes)
{
    bool ok = false;
    if (!given.isEmpty()) {
        const HelmVersion version = HelmVersion::parse(given, &ok);
        if (!ok) {
            throw Error(QStringLiteral("plan.invalid"),
                PlanCommand::tr("\"%1\" is not a helm version such as 3.18.0.").arg(given));
        }
        return version;
    }
    const HelmCommands helm {HelmVersion {}};
    const ProcessRunner::Probe result = ProcessRunner::probe(helm.versionQuery());
    const HelmVersion version = HelmVersion::parse(QString::fromUtf8(result.standardOutput), &ok);
    if (result.exitCode == 0 && ok) {
        notes.append(
            PlanCommand::tr("Commands are for the installed helm %1.").arg(version.toString()));
        return version;
    }
    notes.append(PlanCommand::tr("helm was not found (or did not answer); commands are shown for "
                                 "helm %1. Use --helm-version to plan for another version.")
                     .arg(HelmVersion {}.toString()));
    return HelmVersion {};
}

} // namespace

PlanCommand::PlanCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int PlanCommand::run(const QStringList &arguments, bool asScript)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("plan"), {}, QStringLiteral("file")});
    parser.addOption({QStringLiteral("json"), {}});
    parser.addOption({QStringLiteral("output"), {}, QStringLiteral("file")});
    parser.addOption({QStringLiteral("helm-version"), {}, QStringLiteral("version")});
    parser.addOption({QStringLiteral("lang"), {}, QStringLiteral("lang")});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()
        || !parser.isSet(QStringLiteral("plan"))) {
        return CliCommands::usage(m_err,
            parser.errorText().isEmpty() ? tr("%1 needs --plan FILE.").arg(arguments.first())
                                         : parser.errorText());
    }

    const QString planPath = parser.value(QStringLiteral("plan"));
    const UpgradePlan upgradePlan = UpgradePlan::load(planPath);
    const ModuleProfile profile = ModuleProfile::forUpgrade(upgradePlan.module);
    const Package package = PackageReader::open(upgradePlan.package);
    QStringList notes;
    // A sync-only plan runs no helm: nothing to ask the installed one, no note about it.
    const HelmVersion helm = upgradePlan.syncOnly()
        ? HelmVersion {}
        : detectHelm(parser.value(QStringLiteral("helm-version")), notes);

    Planner::Input input;
    input.plan = &upgradePlan;
    input.profile = &profile;
    input.package = &package;
    input.helm = helm;
    const PlanResult result = Planner::plan(input);

    if (asScript) {
        const QByteArray script = ScriptWriter::write(result, {&upgradePlan, helm, planPath});
        if (parser.isSet(QStringLiteral("output"))) {
            const QString path = parser.value(QStringLiteral("output"));
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size()
                || !file.commit()) {
                throw Error(QStringLiteral("file.write"),
                    tr("Cannot write %1: %2").arg(path, SystemError::of(file)));
            }
            // 0755, as a script a colleague may review and run: it holds no secret (the
            // password is read when it runs). Set on the path: a committed QSaveFile has none.
            QFile::setPermissions(path,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                    | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                    | QFileDevice::ExeOther);
        } else {
            m_out << QString::fromUtf8(script);
        }
        for (const QString &warning : result.warnings) {
            m_err << tr("Warning: %1").arg(warning) << '\n';
        }
        // The script cannot know the installed version: every note that may apply is said.
        for (const VersionNotes::Entry &entry : VersionNotes::of(result)) {
            m_err << tr("Version note: %1").arg(VersionNotes::line(entry)) << '\n';
        }
        m_err.flush();
        return Success;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray steps;
        for (const PlannedStep &step : result.steps) {
            QJsonArray commands;
            for (const CommandLine &command : step.commands) {
                commands.append(QJsonObject {{QStringLiteral("program"), command.program()},
                    {QStringLiteral("arguments"), QJsonArray::fromStringList(command.arguments())},
                    {QStringLiteral("display"), command.display()}});
            }
            QJsonArray files;
            for (const PlannedFile &file : step.files) {
                files.append(QJsonObject {{QStringLiteral("path"), file.path},
                    {QStringLiteral("content"), QString::fromUtf8(file.content)}});
            }
            steps.append(QJsonObject {{QStringLiteral("id"), step.id},
                {QStringLiteral("title"), step.title}, {QStringLiteral("weight"), step.weight},
                {QStringLiteral("builtIn"), step.builtIn},
                {QStringLiteral("alwaysRun"), step.alwaysRun},
                {QStringLiteral("details"), QJsonArray::fromStringList(step.details)},
                {QStringLiteral("files"), files}, {QStringLiteral("commands"), commands}});
        }
        QJsonArray releases;
        for (const ResolvedRelease &release : result.releases) {
            releases.append(QJsonObject {{QStringLiteral("chart"), release.profile.chart},
                {QStringLiteral("release"), release.release},
                {QStringLiteral("namespace"), release.namespaceName},
                {QStringLiteral("version"), release.version},
                {QStringLiteral("imageRegistry"), release.imageRegistry},
                {QStringLiteral("kubeContexts"),
                    QJsonArray::fromStringList(release.kubeContexts)}});
        }
        QJsonArray versionNotes;
        for (const VersionNotes::Entry &entry : VersionNotes::of(result)) {
            versionNotes.append(VersionNotes::toJson(entry));
        }
        const QJsonObject root {
            {QStringLiteral("helmVersion"), result.syncOnly ? QString() : helm.toString()},
            {QStringLiteral("syncOnly"), result.syncOnly}, {QStringLiteral("steps"), steps},
            {QStringLiteral("releases"), releases},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
            {QStringLiteral("versionNotes"), versionNotes}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Success;
    }

    m_out << PlanText::render(result, {profile.displayName(), planPath, notes, {}});
    m_out.flush();
    return Success;
}

} // namespace DceUpgrade::Cli
