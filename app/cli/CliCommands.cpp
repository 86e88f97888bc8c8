#include "CliCommands.h"

#include "ExitCode.h"
#include "InitCommand.h"
#include "PushCommand.h"
#include "RunCommand.h"

#include "Version.h"
#include "bundle/PackageJson.h"
#include "bundle/PackageReader.h"
#include "engine/PlanText.h"
#include "engine/Planner.h"
#include "engine/ProcessRunner.h"
#include "engine/ScriptWriter.h"
#include "engine/VersionNotes.h"
#include "tools/HelmCommands.h"
#include "util/DataSize.h"
#include "util/Error.h"
#include "util/ProgressLine.h"
#include "util/SystemError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

#include <array>

namespace DceUpgrade::Cli {

namespace {

// The reference documents compiled into the program (app/CMakeLists.txt, prefix :/docs), so the
// engineer on a jump host without a browser reads them with `dce-upgrade help TOPIC`.
struct HelpDocument
{
    const char *topic;
    const char *file;
};
constexpr std::array helpDocuments {
    HelpDocument {"plan", ":/docs/plan.md"},
    HelpDocument {"events", ":/docs/events.md"},
    HelpDocument {"cli", ":/docs/cli.md"},
};

QString shortDigest(const QString &digest)
{
    return digest.isEmpty() ? QStringLiteral("-") : digest.left(19);
}

// inspect --verify: "Checking ... 42%" redrawn on a terminal (stderr), nothing in a pipe or log;
// the line ends when the object goes.
ProgressLine verifyProgress(QTextStream &err, const QString &label)
{
    return ProgressLine(
        err, {ProgressLine::isTerminal(STDERR_FILENO)}, [label](qint64 done, qint64 total) {
            return total > 0 ? QStringLiteral("%1 %2%").arg(label).arg(done * 100 / total)
                             : QString();
        });
}

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

QStringList CliCommands::withoutLanguage(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang")) {
            ++i; // and its value
        } else if (!arguments[i].startsWith(QLatin1String("--lang="))) {
            rest.append(arguments[i]);
        }
    }
    return rest;
}

CliCommands::CliCommands()
    : m_out(stdout)
    , m_err(stderr)
{ }

QString CliCommands::commandHelp(const QString &command)
{
    if (command == QLatin1String("inspect")) {
        return tr("Usage: dce-upgrade inspect PACKAGE [--json] [--verify]\n"
                  "\n"
                  "Show the charts, versions and images of an offline package without unpacking "
                  "it.\n"
                  "\n"
                  "  --json     machine-readable output\n"
                  "  --verify   also check the .sha512sum (or .sha256sum) file beside the package "
                  "and\n"
                  "             every layer digest (reads the whole package)\n");
    }
    if (command == QLatin1String("plan")) {
        return tr("Usage: dce-upgrade plan --plan FILE [--json] [--helm-version X.Y.Z]\n"
                  "\n"
                  "Show every step of the upgrade with its exact commands (dry run: nothing is\n"
                  "changed). Passwords are never shown. The plan format: \"dce-upgrade help "
                  "plan\",\n"
                  "or \"dce-upgrade init\" writes a commented plan.\n"
                  "\n"
                  "  --plan FILE            the upgrade plan (YAML)\n"
                  "  --json                 machine-readable output\n"
                  "  --helm-version X.Y.Z   plan for this helm (default: the installed one)\n");
    }
    if (command == QLatin1String("script")) {
        return tr("Usage: dce-upgrade script --plan FILE [--output FILE] [--helm-version X.Y.Z]\n"
                  "\n"
                  "Write the steps of \"dce-upgrade plan\" as a bash script, for sites that must\n"
                  "run commands by hand. The script asks for the password (or reads\n"
                  "DCE_REGISTRY_PASSWORD) when it runs; it holds no secret.\n"
                  "\n"
                  "  --plan FILE            the upgrade plan (YAML)\n"
                  "  --output FILE          write the script to FILE (made executable) instead "
                  "of\n"
                  "                         standard output\n"
                  "  --helm-version X.Y.Z   write it for this helm (default: the installed one)\n");
    }
    if (command == QLatin1String("run")) {
        return tr("Usage: dce-upgrade run --plan FILE [options]\n"
                  "       dce-upgrade run --resume SESSION [options]\n"
                  "\n"
                  "Perform the steps. A session directory under ~/.local/state/dce-upgrade keeps "
                  "the\n"
                  "plan, logs, values backups and the report; --resume continues a session and "
                  "skips\n"
                  "what is done.\n"
                  "\n"
                  "  --plan FILE         start a new session with this plan\n"
                  "  --resume SESSION    continue a session (its name or directory)\n"
                  "  --events -          JSON lines on standard output (\"dce-upgrade help "
                  "events\")\n"
                  "                      instead of readable progress\n"
                  "  --secrets-stdin     read one JSON line such as "
                  "{\"registry.password\":\"...\"};\n"
                  "                      otherwise a terminal is asked\n"
                  "  --helm PATH         the helm to run (default: $DCE_UPGRADE_HELM or helm on "
                  "PATH)\n"
                  "  --kubectl PATH      the kubectl to run (default: kubectl on PATH)\n"
                  "  --allow-downgrade   agree to install an older chart version than the "
                  "deployed one\n"
                  "  --recover-pending   first roll a release an interrupted helm left "
                  "pending-* back\n"
                  "                      to its last deployed revision\n"
                  "  --verbose           show every line the tools print\n");
    }
    if (command == QLatin1String("rollback")) {
        return tr("Usage: dce-upgrade rollback --session SESSION [--events -] [--helm PATH]\n"
                  "\n"
                  "Roll every release the session upgraded back to its revision before.\n"
                  "\n"
                  "  --session SESSION   the session of the run (its name or directory)\n"
                  "  --events -          JSON lines on standard output (\"dce-upgrade help "
                  "events\")\n"
                  "  --helm PATH         the helm to run (default: $DCE_UPGRADE_HELM or helm on "
                  "PATH)\n");
    }
    if (command == QLatin1String("push")) {
        return tr("Usage: dce-upgrade push PACKAGE --registry URL [options]\n"
                  "\n"
                  "The built-in sync on its own: every image of the package straight into the\n"
                  "registry as charts-syncer would put it, then (with --chart-repo) the "
                  "relocated\n"
                  "charts.\n"
                  "\n"
                  "  --registry URL           the image registry (https:// unless http:// is "
                  "given)\n"
                  "  --repository PATH        where the images go under it (charts-syncer's\n"
                  "                           containerRepository), e.g. skoala\n"
                  "  --user USER              the account (robot$name works)\n"
                  "  --password-stdin         read its password from standard input\n"
                  "  --ca-file FILE           trust this CA (a self-signed Harbor)\n"
                  "  --insecure               do not verify the TLS certificate (warned about)\n"
                  "  --jobs N                 parallel uploads (default 4)\n"
                  "  --force                  replace tags and chart versions already there\n"
                  "  --create-project         create the Harbor project (private) when missing\n"
                  "  --chart-target KIND      harbor, local, oci or none (default: from "
                  "--chart-repo)\n"
                  "  --chart-repo URL|DIR     https://HARBOR/chartrepo/PROJECT, "
                  "oci://REGISTRY/PROJECT\n"
                  "                           or a directory\n");
    }
    if (command == QLatin1String("init")) {
        return tr("Usage: dce-upgrade init PACKAGE --registry HOST/PROJECT [options]\n"
                  "\n"
                  "Write a commented upgrade plan for the module in PACKAGE, valid as written;\n"
                  "review it, then run \"dce-upgrade plan --plan FILE\". It never holds a "
                  "password:\n"
                  "\"run\" asks for it.\n"
                  "\n"
                  "  --registry HOST/PROJECT   the image registry and project the images go to\n"
                  "  --user USER               the registry account (robot$name works)\n"
                  "  --http                    the registry speaks plain http\n"
                  "  --sync METHOD             how the images get there: builtin (default),\n"
                  "                            charts-syncer, docker, containerd or none\n"
                  "  --upgrade METHOD          chartPackage (default: the chart of the "
                  "package),\n"
                  "                            helmRepo (--repo-url) or none (sync only)\n"
                  "  --repo-url URL            the Helm repository of --upgrade helmRepo\n"
                  "  --kubeconfig FILE         the kubeconfig of the management cluster\n"
                  "  --node HOST               a node to import into (containerd, docker on "
                  "nodes);\n"
                  "                            repeat for each node\n"
                  "  --output FILE             write the plan to FILE (default: standard "
                  "output)\n");
    }
    return {};
}

void CliCommands::printHelp()
{
    m_out << tr(
        "Usage: dce-upgrade COMMAND [options]\n"
        "       dce-upgrade COMMAND --help   (the options of one command)\n"
        "\n"
        "Offline upgrade of DCE 5.0 modules from their offline packages.\n"
        "\n"
        "Commands:\n"
        "  inspect PACKAGE      the charts, versions and images of an offline package\n"
        "  init PACKAGE --registry HOST/PROJECT\n"
        "                       write a commented upgrade plan to start from\n"
        "  plan --plan FILE     every step of the upgrade with its exact commands (dry run)\n"
        "  script --plan FILE   the same steps as a bash script\n"
        "  run --plan FILE      perform the steps (in a session: --resume SESSION continues)\n"
        "  rollback --session SESSION\n"
        "                       roll the releases a session upgraded back\n"
        "  push PACKAGE --registry URL\n"
        "                       push the images (and charts) of a package to a registry\n"
        "  help [TOPIC]         the plan file format (help plan), the run's events (help\n"
        "                       events), this command line in full (help cli)\n"
        "\n"
        "The upgrade plan (YAML): \"dce-upgrade help plan\" prints its format (also in\n"
        "/usr/share/doc/dce-upgrade/plan.md); \"dce-upgrade init\" writes one with a comment\n"
        "on every key. \"dce-upgrade help\" lists the help topics.\n"
        "\n"
        "Global options (before or after the command):\n"
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

int CliCommands::help(const QString &topic)
{
    for (const HelpDocument &document : helpDocuments) {
        if (topic == QLatin1String(document.topic)) {
            QFile file(QString::fromLatin1(document.file));
            if (!file.open(QIODevice::ReadOnly)) {
                m_err << tr("The help on %1 is missing from this build.").arg(topic) << Qt::endl;
                return Failure;
            }
            // The document's bytes as they are: a pager or a redirect gets the Markdown source.
            const QByteArray text = file.readAll();
            m_out.flush();
            std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
            std::fflush(stdout);
            return Success;
        }
    }
    // `help COMMAND`: that command's options (`plan --help` for the plan command's: `help plan`
    // is the plan format).
    const QString text = commandHelp(topic);
    if (!text.isEmpty()) {
        m_out << text;
        m_out.flush();
        return Success;
    }
    const QString topics
        = tr("Help topics:\n"
             "  plan     the upgrade plan file: every key, its default and meaning\n"
             "  events   the JSON lines of \"run --events -\"\n"
             "  cli      every command, the order of a run, sessions, exit codes\n"
             "Commands (\"help COMMAND\" or \"COMMAND --help\" prints their "
             "options):\n"
             "  inspect, init, plan (\"plan --help\"), script, run, rollback, "
             "push\n");
    if (topic.isEmpty()) {
        m_out << tr("Usage: dce-upgrade help TOPIC\n\n") << topics;
        m_out.flush();
        return Success;
    }
    m_err << tr("Unknown help topic \"%1\".").arg(topic) << '\n' << topics;
    m_err.flush();
    return Usage;
}

int CliCommands::usage(const QString &problem)
{
    m_err << problem << '\n' << tr("Run \"dce-upgrade --help\" for the commands.") << Qt::endl;
    return Usage;
}

int CliCommands::run(const QStringList &given)
{
    // --lang is global: main() has installed the language already, before or after the command.
    const QStringList arguments = withoutLanguage(given);
    const bool helpAsked
        = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("help") && !helpAsked) {
        return help(arguments.value(1));
    }
    if (!arguments.isEmpty() && helpAsked) {
        // `COMMAND --help`: that command's options.
        const QString text = commandHelp(arguments.first());
        if (!text.isEmpty()) {
            m_out << text;
            m_out.flush();
            return Success;
        }
    }
    if (arguments.isEmpty() || helpAsked) {
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
        if (command == QLatin1String("init")) {
            return InitCommand(m_out, m_err).run(arguments);
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

// "Module: 容器管理 (kpanda)", or why this version will not upgrade what the package holds.
QString CliCommands::moduleLine(
    const std::optional<ModuleProfile> &module, const QStringList &charts)
{
    if (!module) {
        return tr("Module: none that dce-upgrade knows holds the charts %1; it upgrades %2.")
            .arg(charts.join(QLatin1String(", ")),
                ModuleProfile::supportedIds().join(QLatin1String(", ")));
    }
    if (!module->supported) {
        const Error why = module->unsupportedError();
        return tr("Module: %1 %2").arg(why.message(), why.hint());
    }
    return tr("Module: %1 (%2)").arg(module->displayName(), module->id);
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
    QStringList charts;
    for (const auto &bundle : package.bundles) {
        charts.append(bundle->chart.name);
    }
    // The module is recognised from the charts, so the engineer does not have to name it.
    const std::optional<ModuleProfile> module = ModuleProfile::forCharts(charts);
    if (module) {
        json.insert(QStringLiteral("module"),
            QJsonObject {{QStringLiteral("id"), module->id},
                {QStringLiteral("name"), module->displayName()},
                {QStringLiteral("supported"), module->supported}});
    }
    // What --verify verified, said in the output: the checksum file (or its absence) and the
    // layers.
    QStringList verified;
    if (parser.isSet(QStringLiteral("verify"))) {
        if (package.checksum) {
            ProgressLine progress = verifyProgress(
                m_err, tr("Checking the %1 checksum...").arg(package.checksum->algorithmName()));
            package.checksum->verify(
                package.path, [&](qint64 done, qint64 total) { progress.update(done, total); });
        }
        int layers = 0;
        qint64 layerBytes = 0;
        for (const auto &bundle : package.bundles) {
            ProgressLine progress = verifyProgress(
                m_err, tr("Checking the layer digests of %1...").arg(bundle->displayName));
            bundle->images.verifyLayers(
                [&](qint64 done, qint64 total) { progress.update(done, total); });
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

    m_out << tr("Package: %1 (%2)").arg(package.path, dataSize(package.size)) << '\n';
    m_out << moduleLine(module, charts) << '\n';
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
                         dataSize(bundle->images.uniqueBlobBytes()))
              << '\n';
        for (const ImageInfo &image : bundle->images.images()) {
            const QString name = image.references.isEmpty()
                ? tr("(no name)")
                : image.references.join(QLatin1String(", "));
            m_out << "    " << name << "  " << shortDigest(image.manifestDigest) << "  "
                  << dataSize(image.storedSize()) << '\n';
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
                     tr("%n image(s)", nullptr, int(images)), dataSize(bytes))
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
