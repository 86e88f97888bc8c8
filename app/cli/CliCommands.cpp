#include "CliCommands.h"

#include "ExitCode.h"
#include "PushCommand.h"
#include "RunCommand.h"

#include "Version.h"
#include "bundle/PackageJson.h"
#include "bundle/PackageReader.h"
#include "engine/PlanText.h"
#include "engine/Planner.h"
#include "engine/ProcessRunner.h"
#include "engine/ScriptWriter.h"
#include "tools/HelmCommands.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace DceUpgrade::Cli {

namespace {

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString shortDigest(const QString &digest)
{
    return digest.isEmpty() ? QStringLiteral("-") : digest.left(19);
}

// A progress line that redraws itself on a terminal and stays quiet in a pipe or log.
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, QString label)
        : m_err(err)
        , m_label(std::move(label))
        , m_tty(::isatty(STDERR_FILENO) != 0)
    { }
    void update(qint64 done, qint64 total)
    {
        if (!m_tty || total <= 0) {
            return;
        }
        const int percent = int(done * 100 / total);
        if (percent != m_last) {
            m_last = percent;
            m_err << '\r' << m_label << ' ' << percent << '%' << Qt::flush;
        }
    }
    void finish()
    {
        if (m_tty && m_last >= 0) {
            m_err << '\r' << m_label << " 100%" << Qt::endl;
        }
    }

private:
    QTextStream &m_err;
    QString m_label;
    bool m_tty;
    int m_last = -1;
};

HelmVersion detectHelm(const QString &given, QStringList &notes)
{
    bool ok = false;
    if (!given.isEmpty()) {
        const HelmVersion version = HelmVersion::parse(given, &ok);
        if (!ok) {
            throw Error(QStringLiteral("plan.invalid"),
                CliCommands::tr("\"%1\" is not a helm version such as 3.18.0.").arg(given));
        }
        return version;
    }
    const HelmCommands helm {HelmVersion {}};
    const ProcessRunner::Probe result = ProcessRunner::probe(helm.versionQuery());
    const HelmVersion version = HelmVersion::parse(QString::fromUtf8(result.standardOutput), &ok);
    if (result.exitCode == 0 && ok) {
        notes.append(
            CliCommands::tr("Commands are for the installed helm %1.").arg(version.toString()));
        return version;
    }
    notes.append(CliCommands::tr("helm was not found (or did not answer); commands are shown for "
                                 "helm %1. Use --helm-version to plan for another version.")
                     .arg(HelmVersion {}.toString()));
    return HelmVersion {};
}

} // namespace

CliCommands::CliCommands()
    : m_out(stdout)
    , m_err(stderr)
{ }

void CliCommands::printHelp()
{
    m_out << tr(
        "Usage: dce-upgrade COMMAND [options]\n"
        "\n"
        "Offline upgrade of DCE 5.0 modules from their offline packages.\n"
        "\n"
        "Commands:\n"
        "  inspect PACKAGE [--json] [--verify]\n"
        "      Show the charts, versions and images of an offline package without\n"
        "      unpacking it. --verify also checks the .sha512sum file and every layer\n"
        "      digest (reads the whole package).\n"
        "  plan --plan FILE [--json] [--helm-version X.Y.Z]\n"
        "      Show every step of the upgrade with its exact commands (dry run: nothing\n"
        "      is changed). Passwords are never shown.\n"
        "  script --plan FILE [--output FILE] [--helm-version X.Y.Z]\n"
        "      Write the same steps as a bash script.\n"
        "  run --plan FILE [--events -] [--secrets-stdin] [--helm PATH] [--kubectl PATH]\n"
        "      [--allow-downgrade] [--recover-pending] [--verbose]\n"
        "  run --resume SESSION [...]\n"
        "      Perform the steps. A session directory under ~/.local/state/dce-upgrade\n"
        "      keeps the plan, logs, values backups and the report; --resume continues a\n"
        "      session and skips what is done. --events - writes JSON lines (docs/events.md)\n"
        "      instead of readable progress. --secrets-stdin reads one JSON line such as\n"
        "      {\"registry.password\":\"...\"}; otherwise a terminal is asked.\n"
        "  rollback --session SESSION [--helm PATH]\n"
        "      Roll every release the session upgraded back to its revision before.\n"
        "\n"
        "Global options:\n"
        "  --lang en|zh_CN   language of messages (default: the system's)\n"
        "  --version, --help\n"
        "\n"
        "Exit codes:\n"
        "  0 success; 1 other failure; 2 wrong arguments; 3 the package, plan or profile\n"
        "  cannot be used; 4 checksum or digest mismatch (damaged download); 5 a file or\n"
        "  tool on this machine is missing or unusable; 130 run or rollback canceled.\n"
        "Errors go to standard error and say what to do.\n");
    m_out.flush();
}

int CliCommands::usage(const QString &problem)
{
    m_err << problem << '\n' << tr("Run \"dce-upgrade --help\" for the commands.") << Qt::endl;
    return Usage;
}

int CliCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.contains(QLatin1String("--help"))
        || arguments.contains(QLatin1String("-h")) || arguments.first() == QLatin1String("help")) {
        printHelp();
        return arguments.isEmpty() ? Usage : Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        m_out << "dce-upgrade " << Version << Qt::endl;
        return Success;
    }
    const QString command = arguments.first();
    try {
        if (command == QLatin1String("inspect")) {
            return inspect(arguments);
        }
        if (command == QLatin1String("plan")) {
            return plan(arguments, false);
        }
        if (command == QLatin1String("script")) {
            return plan(arguments, true);
        }
        if (command == QLatin1String("run")) {
            return RunCommand(m_out, m_err).run(arguments);
        }
        if (command == QLatin1String("push")) {
            return PushCommand(m_out, m_err).run(arguments);
        }
        if (command == QLatin1String("rollback")) {
            return RunCommand(m_out, m_err).rollback(arguments);
        }
    } catch (const Error &error) {
        m_err << tr("Error: %1").arg(error.message()) << '\n';
        if (!error.hint().isEmpty()) {
            m_err << tr("What to do: %1").arg(error.hint()) << '\n';
        }
        m_err << '(' << error.code() << ')' << Qt::endl;
        return exitCodeFor(error.code());
    }
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int CliCommands::inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("package"), {});
    parser.addOption({QStringLiteral("json"), {}});
    parser.addOption({QStringLiteral("verify"), {}});
    parser.addOption({QStringLiteral("lang"), {}, QStringLiteral("lang")});
    // QCommandLineParser takes the first word for the program name: here the subcommand.
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        return usage(parser.errorText().isEmpty() ? tr("inspect needs exactly one PACKAGE.")
                                                  : parser.errorText());
    }
    const Package package = PackageReader::open(parser.positionalArguments().at(0));

    QJsonObject json = PackageJson::toJson(package);
    // What --verify verified, said in the output: the checksum file (or its absence) and the
    // layers.
    QStringList verified;
    if (parser.isSet(QStringLiteral("verify"))) {
        if (package.checksum) {
            ProgressLine progress(
                m_err, tr("Checking the %1 checksum...").arg(package.checksum->algorithmName()));
            package.checksum->verify(
                package.path, [&](qint64 done, qint64 total) { progress.update(done, total); });
            progress.finish();
        }
        int layers = 0;
        qint64 layerBytes = 0;
        for (const auto &bundle : package.bundles) {
            ProgressLine progress(
                m_err, tr("Checking the layer digests of %1...").arg(bundle->displayName));
            bundle->images.verifyLayers(
                [&](qint64 done, qint64 total) { progress.update(done, total); });
            progress.finish();
            layers += int(bundle->images.distinctLayers().size());
            layerBytes += bundle->images.distinctLayerBytes();
        }
        json.insert(QStringLiteral("verified"), true);
        json.insert(QStringLiteral("verification"),
            QJsonObject {{QStringLiteral("checksumFile"),
                             package.checksum ? QJsonValue(package.checksum->path) : QJsonValue()},
                {QStringLiteral("layers"), layers},
                {QStringLiteral("layerBytes"), double(layerBytes)}});
        verified.append(package.checksum
                ? tr("checksum file %1 matched (%2)")
                      .arg(package.checksum->path, package.checksum->algorithmName())
                : tr("no checksum file beside the package"));
        verified.append(
            tr("%n layer(s) (%1 bytes) match their digests", nullptr, layers).arg(layerBytes));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Success;
    }

    m_out << tr("Package: %1 (%2)").arg(package.path, humanSize(package.size)) << '\n';
    for (const QString &line : verified) {
        m_out << tr("Verified: %1").arg(line) << '\n';
    }
    if (!package.checksum) {
        m_out << tr("Checksum: no .sha512sum or .sha256sum file beside the package") << '\n';
    } else if (parser.isSet(QStringLiteral("verify"))) {
        m_out << tr("Checksum: %1 matches %2")
                     .arg(package.checksum->algorithmName(), package.checksum->path)
              << '\n';
    } else {
        m_out << tr("Checksum: %1 in %2 (not checked; add --verify)")
                     .arg(package.checksum->algorithmName(), package.checksum->path)
              << '\n';
    }
    for (const auto &bundle : package.bundles) {
        m_out << '\n' << tr("Bundle: %1").arg(bundle->displayName) << '\n';
        m_out << "  "
              << tr("Chart: %1 %2 (app %3)")
                     .arg(bundle->chart.name, bundle->chart.version, bundle->chart.appVersion)
              << '\n';
        m_out << "  "
              << tr("Images: %1, format %2, %3 to push")
                     .arg(bundle->images.images().size())
                     .arg(ImageArchive::formatName(bundle->images.format()),
                         humanSize(bundle->images.uniqueBlobBytes()))
              << '\n';
        for (const ImageInfo &image : bundle->images.images()) {
            const QString name = image.references.isEmpty()
                ? tr("(no name)")
                : image.references.join(QLatin1String(", "));
            m_out << "    " << name << "  " << shortDigest(image.manifestDigest) << "  "
                  << humanSize(image.storedSize()) << '\n';
        }
        for (const QString &warning : bundle->images.warnings()) {
            m_out << "  " << tr("Warning: %1").arg(warning) << '\n';
        }
    }
    qsizetype images = 0;
    qint64 bytes = 0;
    for (const auto &bundle : package.bundles) {
        images += qsizetype(bundle->images.images().size());
        bytes += bundle->images.uniqueBlobBytes();
    }
    // One sentence to translate, so the separators follow the language too.
    m_out << '\n'
          << tr("Total: %1, %2, %3 to push", "charts, images, size")
                 .arg(tr("%n chart(s)", nullptr, int(package.bundles.size())),
                     tr("%n image(s)", nullptr, int(images)), humanSize(bytes))
          << '\n';
    m_out.flush();
    return Success;
}

int CliCommands::plan(const QStringList &arguments, bool asScript)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("plan"), {}, QStringLiteral("file")});
    parser.addOption({QStringLiteral("json"), {}});
    parser.addOption({QStringLiteral("output"), {}, QStringLiteral("file")});
    parser.addOption({QStringLiteral("helm-version"), {}, QStringLiteral("version")});
    parser.addOption({QStringLiteral("lang"), {}, QStringLiteral("lang")});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()
        || !parser.isSet(QStringLiteral("plan"))) {
        return usage(parser.errorText().isEmpty()
                ? tr("%1 needs --plan FILE.").arg(arguments.first())
                : parser.errorText());
    }

    const QString planPath = parser.value(QStringLiteral("plan"));
    const UpgradePlan upgradePlan = UpgradePlan::load(planPath);
    const ModuleProfile profile = ModuleProfile::builtIn(upgradePlan.module);
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
            QSaveFile file(parser.value(QStringLiteral("output")));
            if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size()
                || !file.commit()) {
                throw Error(QStringLiteral("file.write"),
                    tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
            }
            file.setPermissions(
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        } else {
            m_out << QString::fromUtf8(script);
        }
        for (const QString &warning : result.warnings) {
            m_err << tr("Warning: %1").arg(warning) << '\n';
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
        const QJsonObject root {
            {QStringLiteral("helmVersion"), result.syncOnly ? QString() : helm.toString()},
            {QStringLiteral("syncOnly"), result.syncOnly}, {QStringLiteral("steps"), steps},
            {QStringLiteral("releases"), releases},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Success;
    }

    m_out << PlanText::render(result, {profile.displayName(), planPath, notes});
    m_out.flush();
    return Success;
}

} // namespace DceUpgrade::Cli
